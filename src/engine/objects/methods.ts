// Methods of the built-in types (list, dict, str). Arguments are borrowed for the call; each method
// returns a new reference. Names CPython has that are not implemented here are registered as known,
// so using one says "not supported" instead of raising a wrong AttributeError.
import type { Runtime } from '../vm/runtime';
import type { BuiltinImpl, PyObject } from './object';
import { PyInt, PyStr } from './scalars';
import { PyDict, PyList, PyTuple } from './containers';
import type { PyTextStream } from './callables';
import { PyException } from './exceptions';
import { PyType } from './object';
import { collect, dictIter, equals, hashKey, normalizeIndex } from './protocols';
import { dictClear, dictDelete, dictGet, dictSet } from './dictops';
import { listAppendSteal, listExtendSteal, listInsertSteal, listRemoveAt } from './listops';
import { repr } from './repr';
import { KNOWN_ATTRIBUTES } from './knownAttributes';
import { installSetMethods } from './setmethods';

type Method = (rt: Runtime, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject;

function arity(rt: Runtime, name: string, args: PyObject[], min: number, max: number, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max && min === 0) rt.raise(rt.types.TypeError, `${name.split('.').pop()}() takes no arguments (${args.length} given)`);
    if (min === max && min === 1) rt.raise(rt.types.TypeError, `${name.split('.').pop()}() takes exactly one argument (${args.length} given)`);
    if (args.length < min) rt.raise(rt.types.TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    rt.raise(rt.types.TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

function intArg(rt: Runtime, o: PyObject): number {
  if (!(o instanceof PyInt)) rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

const LIST_METHODS: Record<string, Method> = {
  append(rt, self, args, kw) {
    arity(rt, 'list.append', args, 1, 1, kw);
    listAppendSteal(rt, self as PyList, rt.heap.incref(args[0]!, 'item'));
    return rt.none();
  },
  extend(rt, self, args, kw) {
    arity(rt, 'list.extend', args, 1, 1, kw);
    const src = args[0]!;
    const hinted = src instanceof PyList || src instanceof PyTuple || src instanceof PyDict || src instanceof PyStr || src.type.name === 'range';
    listExtendSteal(rt, self as PyList, collect(rt, src), hinted);
    return rt.none();
  },
  insert(rt, self, args, kw) {
    arity(rt, 'insert', args, 2, 2, kw);
    const list = self as PyList;
    let i = intArg(rt, args[0]!);
    const n = list.items.length;
    if (i < 0) i = Math.max(0, i + n);
    listInsertSteal(rt, list, Math.min(i, n), rt.heap.incref(args[1]!, 'item'));
    return rt.none();
  },
  pop(rt, self, args, kw) {
    arity(rt, 'pop', args, 0, 1, kw);
    const list = self as PyList;
    if (list.items.length === 0) rt.raise(rt.types.IndexError, 'pop from empty list');
    const i = args.length ? normalizeIndex(rt, list, args[0]!, 'pop index out of range') : list.items.length - 1;
    return listRemoveAt(rt, list, i);
  },
  remove(rt, self, args, kw) {
    arity(rt, 'list.remove', args, 1, 1, kw);
    const list = self as PyList;
    const i = list.items.findIndex((x) => x === args[0] || equals(rt, x, args[0]!));
    if (i < 0) rt.raise(rt.types.ValueError, 'list.remove(x): x not in list');
    rt.heap.decref(listRemoveAt(rt, list, i), 'item');
    return rt.none();
  },
  index(rt, self, args, kw) {
    arity(rt, 'index', args, 1, 3, kw);
    const i = (self as PyList).items.findIndex((x) => x === args[0] || equals(rt, x, args[0]!));
    if (i < 0) rt.raise(rt.types.ValueError, `${repr(rt, args[0]!)} is not in list`);
    return rt.int(i);
  },
  count(rt, self, args, kw) {
    arity(rt, 'list.count', args, 1, 1, kw);
    return rt.int((self as PyList).items.filter((x) => x === args[0] || equals(rt, x, args[0]!)).length);
  },
  clear(rt, self, args, kw) {
    arity(rt, 'list.clear', args, 0, 0, kw);
    const list = self as PyList;
    const items = list.items;
    list.items = [];
    list.allocated = 0;
    rt.heap.resized(list);
    rt.recorder.touch(list);
    for (let i = items.length - 1; i >= 0; i--) rt.heap.decref(items[i]!, 'item');
    return rt.none();
  },
  copy(rt, self, args, kw) {
    arity(rt, 'list.copy', args, 0, 0, kw);
    return rt.list((self as PyList).items.map((x) => rt.heap.incref(x, 'item')));
  },
  reverse(rt, self, args, kw) {
    arity(rt, 'list.reverse', args, 0, 0, kw);
    (self as PyList).items.reverse();
    rt.recorder.touch(self);
    return rt.none();
  },
};

const DICT_METHODS: Record<string, Method> = {
  get(rt, self, args, kw) {
    arity(rt, 'get', args, 1, 2, kw);
    const v = dictGet(rt, self as PyDict, args[0]!);
    return rt.heap.incref(v ?? args[1] ?? rt.None);
  },
  keys(rt, self, args, kw) { arity(rt, 'dict.keys', args, 0, 0, kw); return view(rt, self as PyDict, 'keys'); },
  values(rt, self, args, kw) { arity(rt, 'dict.values', args, 0, 0, kw); return view(rt, self as PyDict, 'values'); },
  items(rt, self, args, kw) { arity(rt, 'dict.items', args, 0, 0, kw); return view(rt, self as PyDict, 'items'); },
  pop(rt, self, args, kw) {
    arity(rt, 'pop', args, 1, 2, kw);
    const d = self as PyDict;
    const v = dictGet(rt, d, args[0]!);
    if (!v) {
      if (args[1]) return rt.heap.incref(args[1]);
      return rt.raiseWith(rt.types.KeyError, args[0]!);
    }
    rt.heap.incref(v);
    dictDelete(rt, d, args[0]!);
    return v;
  },
  setdefault(rt, self, args, kw) {
    arity(rt, 'setdefault', args, 1, 2, kw);
    const d = self as PyDict;
    const v = dictGet(rt, d, args[0]!);
    if (v) return rt.heap.incref(v);
    const dflt = args[1] ?? rt.None;
    dictSet(rt, d, args[0]!, dflt);
    return rt.heap.incref(dflt);
  },
  update(rt, self, args, kw) {
    arity(rt, 'update', args, 0, 1, null);
    const d = self as PyDict;
    if (args[0]) {
      if (!(args[0] instanceof PyDict)) rt.unsupported('dict.update with a non-dict argument');
      for (const { key, value } of [...(args[0] as PyDict).entries.values()]) dictSet(rt, d, key, value);
    }
    if (kw) {
      for (const [name, value] of kw) {
        const key = rt.str(name);
        dictSet(rt, d, key, value);
        rt.heap.decref(key);
      }
    }
    return rt.none();
  },
  clear(rt, self, args, kw) { arity(rt, 'dict.clear', args, 0, 0, kw); dictClear(rt, self as PyDict); return rt.none(); },
  copy(rt, self, args, kw) {
    arity(rt, 'dict.copy', args, 0, 0, kw);
    const out = rt.dict();
    for (const { key, value } of (self as PyDict).entries.values()) dictSet(rt, out, key, value);
    return out;
  },
};

/** dict.keys()/values()/items(): v0 returns a list snapshot-free view as a list of the same items. */
function view(rt: Runtime, d: PyDict, kind: 'keys' | 'values' | 'items'): PyObject {
  void hashKey;
  return dictIter(rt, d, kind);
}

function strSelf(self: PyObject): string {
  return (self as PyStr).value;
}

function strArg(rt: Runtime, o: PyObject | undefined, what: string): string {
  if (!(o instanceof PyStr)) rt.raise(rt.types.TypeError, `${what} must be str, not ${o?.type.name ?? 'NoneType'}`);
  return o.value;
}

const STR_METHODS: Record<string, Method> = {
  upper(rt, self, args, kw) { arity(rt, 'str.upper', args, 0, 0, kw); return rt.str(strSelf(self).toUpperCase()); },
  lower(rt, self, args, kw) { arity(rt, 'str.lower', args, 0, 0, kw); return rt.str(strSelf(self).toLowerCase()); },
  strip(rt, self, args, kw) {
    arity(rt, 'strip', args, 0, 1, kw);
    const chars = args[0] && args[0] instanceof PyStr ? args[0].value : null;
    const s = strSelf(self);
    if (chars === null) return rt.str(s.replace(/^[\s]+|[\s]+$/g, ''));
    let a = 0;
    let b = s.length;
    while (a < b && chars.includes(s[a]!)) a++;
    while (b > a && chars.includes(s[b - 1]!)) b--;
    return rt.str(s.slice(a, b));
  },
  split(rt, self, args, kw) {
    const s = strSelf(self);
    const sep = args[0] ?? kw?.get('sep');
    let parts: string[];
    if (!sep || sep.type.name === 'NoneType') parts = s.split(/\s+/).filter((p) => p.length > 0);
    else {
      const sepText = strArg(rt, sep, 'must be str or None, not');
      if (sepText === '') rt.raise(rt.types.ValueError, 'empty separator');
      parts = s.split(sepText);
    }
    return rt.list(parts.map((p) => rt.str(p)));
  },
  join(rt, self, args, kw) {
    arity(rt, 'str.join', args, 1, 1, kw);
    const items = collect(rt, args[0]!);
    try {
      const texts = items.map((x, i) => {
        if (!(x instanceof PyStr)) rt.raise(rt.types.TypeError, `sequence item ${i}: expected str instance, ${x.type.name} found`);
        return (x as PyStr).value;
      });
      return rt.str(texts.join(strSelf(self)));
    } finally {
      for (const x of items) rt.heap.decref(x);
    }
  },
  replace(rt, self, args, kw) {
    arity(rt, 'replace', args, 2, 3, kw);
    const parts = strSelf(self).split(strArg(rt, args[0], 'replace() argument 1'));
    const count = args[2] ? intArg(rt, args[2]) : -1;
    const replacement = strArg(rt, args[1], 'replace() argument 2');
    if (count < 0 || count >= parts.length - 1) return rt.str(parts.join(replacement));
    const old = strArg(rt, args[0], 'replace() argument 1');
    return rt.str(parts.slice(0, count + 1).join(replacement) + old + parts.slice(count + 1).join(old));
  },
  index(rt, self, args, kw) {
    arity(rt, 'index', args, 1, 1, kw);
    const i = strSelf(self).indexOf(strArg(rt, args[0], 'must be str, not'));
    if (i < 0) rt.raise(rt.types.ValueError, 'substring not found');
    return rt.int(i);
  },
  startswith(rt, self, args, kw) { arity(rt, 'startswith', args, 1, 1, kw); return rt.bool(strSelf(self).startsWith(strArg(rt, args[0], 'startswith first arg'))); },
  endswith(rt, self, args, kw) { arity(rt, 'endswith', args, 1, 1, kw); return rt.bool(strSelf(self).endsWith(strArg(rt, args[0], 'endswith first arg'))); },
  find(rt, self, args, kw) { arity(rt, 'find', args, 1, 1, kw); return rt.int(strSelf(self).indexOf(strArg(rt, args[0], 'must be str, not'))); },
  count(rt, self, args, kw) {
    arity(rt, 'count', args, 1, 1, kw);
    const sub = strArg(rt, args[0], 'must be str, not');
    return rt.int(sub === '' ? [...strSelf(self)].length + 1 : strSelf(self).split(sub).length - 1);
  },
  isdigit(rt, self, args, kw) { arity(rt, 'str.isdigit', args, 0, 0, kw); return rt.bool(/^\d+$/.test(strSelf(self))); },
};

function install(rt: Runtime, type: PyType, methods: Record<string, Method>): void {
  for (const [name, m] of Object.entries(methods)) {
    const impl: BuiltinImpl = (self, args, kwargs) => m(rt, self, args, kwargs);
    type.methods.set(name, impl);
  }
}

const STREAM_METHODS: Record<string, Method> = {
  write(rt, self, args, kw) {
    arity(rt, 'write', args, 1, 1, kw);
    const text = strArg(rt, args[0], 'write() argument');
    rt.write((self as PyTextStream).stream, text);
    return rt.int([...text].length);
  },
  flush(rt, _self, args, kw) {
    arity(rt, 'flush', args, 0, 0, kw);
    return rt.none();
  },
};

const EXCEPTION_METHODS: Record<string, Method> = {
  /** BaseException.__init__: the arguments become `args`. */
  __init__(rt, self, args) {
    const exc = self as PyException;
    const old = exc.args;
    exc.args = rt.tuple(args.map((a) => rt.heap.incref(a, 'item')));
    rt.recorder.touch(exc);
    rt.heap.decref(old, 'attr');
    return rt.none();
  },
};

const GENERATOR_METHODS: Record<string, Method> = {
  send(rt, self, args, kw) {
    arity(rt, 'generator.send', args, 1, 1, kw);
    return finishOrYield(rt, rt.resumeGenerator(self, args[0]!, null));
  },
  throw(rt, self, args) {
    if (args.length < 1) rt.raise(rt.types.TypeError, 'throw expected at least 1 argument, got 0');
    let exc = args[0]!;
    if (exc instanceof PyType) exc = rt.call(exc, args[1] ? [args[1]] : []);
    else rt.heap.incref(exc);
    if (!(exc instanceof PyException)) {
      rt.heap.decref(exc);
      rt.raise(rt.types.TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + exc.type.name);
    }
    return finishOrYield(rt, rt.resumeGenerator(self, rt.None, exc));
  },
  close(rt, self, args, kw) {
    arity(rt, 'generator.close', args, 0, 0, kw);
    rt.closeGenerator(self);
    return rt.none();
  },
};

/** send()/throw(): a yielded value, or StopIteration carrying the return value. */
function finishOrYield(rt: Runtime, result: { done: boolean; value: PyObject }): PyObject {
  if (!result.done) return result.value;
  if (result.value === rt.None) {
    rt.heap.decref(result.value);
    return rt.raise(rt.types.StopIteration, null);
  }
  return rt.raiseWith(rt.types.StopIteration, result.value);
}

export function installMethods(rt: Runtime): void {
  installSetMethods(rt);
  install(rt, rt.types.generator, GENERATOR_METHODS);
  install(rt, rt.types.BaseException, EXCEPTION_METHODS);
  install(rt, rt.types.TextIOWrapper, STREAM_METHODS);
  install(rt, rt.types.list, LIST_METHODS);
  install(rt, rt.types.dict, DICT_METHODS);
  install(rt, rt.types.str, STR_METHODS);
  for (const [typeName, names] of Object.entries(KNOWN_ATTRIBUTES)) {
    const type = (rt.types as Record<string, PyType>)[typeName];
    if (type) for (const n of names) type.knownAttributes.add(n);
  }
}
