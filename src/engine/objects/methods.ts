// Methods of the built-in types (list, dict, str). Arguments are borrowed for the call; each method
// returns a new reference. Names CPython has that are not implemented here are registered as known,
// so using one says "not supported" instead of raising a wrong AttributeError.
import { withPackedArguments } from './tpcall';
import { isBytesLike } from './bytes';
import type { Runtime } from '../vm/runtime';
import type { BuiltinImpl, PyObject } from './object';
import { PyInt, PyStr } from './scalars';
import { PyDict, PyDictView, PyList, PySlice, PyTuple } from './containers';
import { sliceIndicesMethod } from './slices';
import type { PyTextStream } from './callables';
import { PyException } from './exceptions';
import { PyType } from './object';
import { collect, dictIter, equals, hashKey, isTrue, normalizeIndex } from './protocols';
import { dictClear, dictDelete, dictGet, dictSet } from './dictops';
import { listAppendSteal, listExtendSteal, listInsertSteal, listRemoveAt } from './listops';
import { repr } from './repr';
import { KNOWN_ATTRIBUTES } from './knownAttributes';
import { installSetMethods } from './setmethods';
import { overridesMappingAccess } from '../modules/constructors';
import { strFormat } from './strformat';
import { listSortMethod } from './sorting';
import {
  capitalize, isAlnum, isAlpha, isAscii, isDecimal, isDigit, isIdentifier, isLower, isNumeric, isPrintable, isTitle, isUpper, swapCase, titleCase,
} from './strcase';
import { makeTrans, translate } from './strtranslate';
import { dictUpdate, dictUpdateKeywords } from './dictmerge';
import { viewIsDisjoint } from './dictviewsets';
import { installNumberMethods } from './numbermethods';
import { installBytesMethods, strEncode } from './bytesmethods';
import { installIntBytesMethods } from './intbytes';

type Method = (rt: Runtime, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject;

function arity(rt: Runtime, name: string, args: PyObject[], min: number, max: number, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max && min === 0) rt.raise(rt.types.TypeError, `${name}() takes no arguments (${args.length} given)`);
    if (min === max && min === 1) rt.raise(rt.types.TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    if (args.length < min) rt.raise(rt.types.TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    rt.raise(rt.types.TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

function intArg(rt: Runtime, o: PyObject): number {
  if (!(o instanceof PyInt)) rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

// What str.isspace() and the argument-less strip()/split() treat as whitespace (JavaScript's \s differs).
const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * split()/rsplit() without a separator: runs of whitespace separate words; after `limit` splits the rest
 * stays whole, keeping its far-side whitespace ("a b c  ".split(None, 1) == ['a', 'b c  ']).
 */
function splitWhitespace(s: string, limit: number, fromRight: boolean): string[] {
  const words = [...s.matchAll(/[^\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g)];
  if (limit < 0 || words.length <= limit) return words.map((m) => m[0]);
  if (!fromRight) return [...words.slice(0, limit).map((m) => m[0]), s.slice(words[limit]!.index)];
  const head = words[words.length - limit - 1]!;
  return [s.slice(0, head.index + head[0].length), ...words.slice(words.length - limit).map((m) => m[0])];
}

/** list.index/tuple.index bounds: ints only (None too is refused), negatives count from the end. */
function indexBound(rt: Runtime, o: PyObject | undefined, fallback: number, length: number): number {
  if (o === undefined) return fallback;
  if (!(o instanceof PyInt)) return rt.raise(rt.types.TypeError, 'slice indices must be integers or have an __index__ method');
  const n = Number(o.value);
  return n < 0 ? Math.max(0, n + length) : n;
}

function sequenceIndex(rt: Runtime, self: PyList | PyTuple, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  arity(rt, 'index', args, 1, 3, kw);
  const items = self.items;
  const start = indexBound(rt, args[1], 0, items.length);
  const stop = indexBound(rt, args[2], items.length, items.length);
  // The length is read on every step: an __eq__ may shrink the list.
  for (let i = start; i < stop && i < items.length; i++) {
    if (items[i] === args[0] || equals(rt, items[i]!, args[0]!)) return rt.int(i);
  }
  return self instanceof PyTuple
    ? rt.raise(rt.types.ValueError, 'tuple.index(x): x not in tuple')
    : rt.raise(rt.types.ValueError, rt.profile.messages.listIndexNotFound ?? `${repr(rt, args[0]!)} is not in list`);
}

function sequenceCount(rt: Runtime, self: PyList | PyTuple, args: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  arity(rt, self instanceof PyTuple ? 'tuple.count' : 'list.count', args, 1, 1, kw);
  return rt.int(self.items.filter((x) => x === args[0] || equals(rt, x, args[0]!)).length);
}

const TUPLE_METHODS: Record<string, Method> = {
  index(rt, self, args, kw) { return sequenceIndex(rt, self as PyTuple, args, kw); },
  count(rt, self, args, kw) { return sequenceCount(rt, self as PyTuple, args, kw); },
};

const LIST_METHODS: Record<string, Method> = {
  append(rt, self, args, kw) {
    arity(rt, 'list.append', args, 1, 1, kw);
    listAppendSteal(rt, self as PyList, rt.heap.incref(args[0]!, 'item'));
    return rt.none();
  },
  extend(rt, self, args, kw) {
    arity(rt, 'list.extend', args, 1, 1, kw);
    const src = args[0]!;
    const hinted = src instanceof PyList || src instanceof PyTuple || src instanceof PyDict || src instanceof PyStr || isBytesLike(src) || src.type.name === 'range';
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
    if (args.length) intArg(rt, args[0]!); // the index is converted (Py_ssize_t) before the list is looked at
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
  index(rt, self, args, kw) { return sequenceIndex(rt, self as PyList, args, kw); },
  count(rt, self, args, kw) { return sequenceCount(rt, self as PyList, args, kw); },
  clear(rt, self, args, kw) {
    arity(rt, 'list.clear', args, 0, 0, kw);
    const list = self as PyList;
    const items = list.items;
    if (items.length === 0 && list.allocated <= 0) return rt.none(); // no buffer to free (also while sorted)
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
  sort(rt, self, args, kw) {
    listSortMethod(rt, self as PyList, args, kw);
    return rt.none();
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
      if (args[0] instanceof PyDict && overridesMappingAccess(args[0].type)) rt.unsupported('dict.update from a dict subclass that overrides __iter__ and keys() or __getitem__');
      dictUpdate(rt, d, args[0]);
    }
    dictUpdateKeywords(rt, d, kw);
    return rt.none();
  },
  clear(rt, self, args, kw) { arity(rt, 'dict.clear', args, 0, 0, kw); dictClear(rt, self as PyDict); return rt.none(); },
  popitem(rt, self, args, kw) {
    arity(rt, 'dict.popitem', args, 0, 0, kw);
    const d = self as PyDict;
    const last = [...d.entries.values()].pop();
    if (!last) return rt.raise(rt.types.KeyError, 'popitem(): dictionary is empty');
    const pair = rt.tuple([rt.heap.incref(last.key, 'item'), rt.heap.incref(last.value, 'item')]);
    dictDelete(rt, d, last.key);
    return pair;
  },
  copy(rt, self, args, kw) {
    arity(rt, 'dict.copy', args, 0, 0, kw);
    const out = rt.dict();
    for (const { key, value } of (self as PyDict).entries.values()) dictSet(rt, out, key, value);
    return out;
  },
};

/** dict.keys()/values()/items(): v0 returns a list snapshot-free view as a list of the same items. */
function view(rt: Runtime, d: PyDict, kind: 'keys' | 'values' | 'items'): PyObject {
  const type = kind === 'keys' ? rt.types.dict_keys : kind === 'values' ? rt.types.dict_values : rt.types.dict_items;
  return rt.heap.register(new PyDictView(type, rt.heap.incref(d, 'item'), kind));
}

function strSelf(self: PyObject): string {
  return (self as PyStr).value;
}

function strArg(rt: Runtime, o: PyObject | undefined, what: string): string {
  if (!(o instanceof PyStr)) rt.raise(rt.types.TypeError, `${what} must be str, not ${o?.type.name ?? 'NoneType'}`);
  return o.value;
}

/** The substring argument of find/count/partition/…: CPython says only "must be str, not int". */
function subArg(rt: Runtime, o: PyObject | undefined): string {
  if (!(o instanceof PyStr)) rt.raise(rt.types.TypeError, `must be str, not ${o?.type.name ?? 'NoneType'}`);
  return o.value;
}

function sliceBound(rt: Runtime, o: PyObject | undefined, fallback: number, length: number): number {
  if (o === undefined || o === rt.None) return fallback;
  if (!(o instanceof PyInt)) return rt.raise(rt.types.TypeError, 'slice indices must be integers or None or have an __index__ method');
  const n = Number(o.value);
  return n < 0 ? Math.max(0, n + length) : Math.min(n, length);
}

/**
 * sub and s[start:end] for find/index/count (indices in code points, like Python's); window is null when
 * start lies past the end of s, where CPython finds nothing, not even the empty string.
 */
function searchWindow(rt: Runtime, s: string, args: PyObject[]): { sub: string; window: string | null; start: number } {
  const sub = subArg(rt, args[0]);
  const points = /[\ud800-\udfff]/.test(s) ? [...s] : null;
  const length = points ? points.length : s.length;
  const start = sliceBound(rt, args[1], 0, length);
  const end = sliceBound(rt, args[2], length, length);
  const rawStart = args[1] instanceof PyInt ? Number(args[1].value) : 0;
  if (rawStart > length || start > end) return { sub, window: null, start };
  return { sub, window: points ? points.slice(start, end).join('') : s.slice(start, end), start };
}

/** str.find/rfind: a code-point index into s, or -1. */
function findSubstring(rt: Runtime, s: string, args: PyObject[], fromRight: boolean): number {
  const { sub, window, start } = searchWindow(rt, s, args);
  if (window === null) return -1;
  const unit = fromRight ? window.lastIndexOf(sub) : window.indexOf(sub);
  if (unit < 0) return -1;
  return start + (/[\ud800-\udfff]/.test(window) ? [...window.slice(0, unit)].length : unit);
}

// str.splitlines' line boundaries: \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

function splitLines(s: string, keepends: boolean): string[] {
  const lines: string[] = [];
  let from = 0;
  for (const m of s.matchAll(LINE_BREAK)) {
    lines.push(s.slice(from, keepends ? m.index + m[0].length : m.index));
    from = m.index + m[0].length;
  }
  if (from < s.length) lines.push(s.slice(from));
  return lines;
}

/** A str.isxxx() method: no arguments, a bool. */
function predicate(name: string, test: (s: string) => boolean): Method {
  return (rt, self, args, kw) => {
    arity(rt, `str.${name}`, args, 0, 0, kw);
    return rt.bool(test(strSelf(self)));
  };
}

/** str.replace: `count` replacements from the left (all when negative); an empty `old` matches between characters. */
function replaceSubstring(s: string, old: string, replacement: string, count: number): string {
  if (old === '') {
    const chars = [...s];
    const slots = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
    let out = '';
    for (let i = 0; i < slots; i++) out += replacement + (chars[i] ?? '');
    return out + chars.slice(slots).join('');
  }
  const parts = s.split(old);
  if (count < 0 || count >= parts.length - 1) return parts.join(replacement);
  return parts.slice(0, count + 1).join(replacement) + old + parts.slice(count + 1).join(old);
}

const STR_METHODS: Record<string, Method> = {
  upper(rt, self, args, kw) { arity(rt, 'str.upper', args, 0, 0, kw); return rt.str(strSelf(self).toUpperCase()); },
  encode(rt, self, args, kw) { return strEncode(rt, self as PyStr, args, kw); },
  lower(rt, self, args, kw) { arity(rt, 'str.lower', args, 0, 0, kw); return rt.str(strSelf(self).toLowerCase()); },
  strip(rt, self, args, kw) { return rt.str(stripSide(rt, 'strip', strSelf(self), args, kw, true, true)); },
  split(rt, self, args, kw) {
    const s = strSelf(self);
    const sep = args[0] ?? kw?.get('sep');
    const max = args[1] ?? kw?.get('maxsplit');
    const limit = max instanceof PyInt ? Number(max.value) : -1;
    let parts: string[];
    if (!sep || sep.type.name === 'NoneType') {
      parts = splitWhitespace(s, limit, false);
    } else {
      const sepText = strArg(rt, sep, 'must be str or None, not');
      if (sepText === '') rt.raise(rt.types.ValueError, 'empty separator');
      const all = s.split(sepText);
      parts = limit >= 0 && all.length > limit + 1 ? [...all.slice(0, limit), all.slice(limit).join(sepText)] : all;
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
    const old = strArg(rt, args[0], 'replace() argument 1');
    const replacement = strArg(rt, args[1], 'replace() argument 2');
    const count = args[2] ? intArg(rt, args[2]) : -1;
    return rt.str(replaceSubstring(strSelf(self), old, replacement, count));
  },
  index(rt, self, args, kw) {
    arity(rt, 'index', args, 1, 3, kw);
    const i = findSubstring(rt, strSelf(self), args, false);
    if (i < 0) rt.raise(rt.types.ValueError, 'substring not found');
    return rt.int(i);
  },
  startswith(rt, self, args, kw) { arity(rt, 'startswith', args, 1, 3, kw); return rt.bool(affixMatch(rt, strSelf(self), args, 'startswith')); },
  endswith(rt, self, args, kw) { arity(rt, 'endswith', args, 1, 3, kw); return rt.bool(affixMatch(rt, strSelf(self), args, 'endswith')); },
  find(rt, self, args, kw) { arity(rt, 'find', args, 1, 3, kw); return rt.int(findSubstring(rt, strSelf(self), args, false)); },
  count(rt, self, args, kw) {
    arity(rt, 'count', args, 1, 3, kw);
    const { sub, window } = searchWindow(rt, strSelf(self), args);
    if (window === null) return rt.int(0);
    return rt.int(sub === '' ? [...window].length + 1 : window.split(sub).length - 1);
  },
  isdigit: predicate('isdigit', isDigit),
  format(rt, self, args, kw) { return rt.str(strFormat(rt, strSelf(self), args, kw)); },
  format_map(rt, self, args, kw) {
    arity(rt, 'str.format_map', args, 1, 1, kw);
    const mapping = args[0];
    if (!(mapping instanceof PyDict)) return rt.unsupported('format_map with a non-dict mapping');
    const kwargs = new Map<string, PyObject>();
    for (const { key, value } of mapping.entries.values()) if (key instanceof PyStr) kwargs.set(key.value, value);
    return rt.str(strFormat(rt, strSelf(self), [], kwargs));
  },
  title(rt, self, args, kw) { arity(rt, 'str.title', args, 0, 0, kw); return rt.str(titleCase(strSelf(self))); },
  capitalize(rt, self, args, kw) { arity(rt, 'str.capitalize', args, 0, 0, kw); return rt.str(capitalize(strSelf(self))); },
  swapcase(rt, self, args, kw) { arity(rt, 'str.swapcase', args, 0, 0, kw); return rt.str(swapCase(strSelf(self))); },
  // Full case folding is, but for dotless i, lowercasing the uppercase form (ß → SS → ss, ς → Σ → σ).
  casefold(rt, self, args, kw) {
    arity(rt, 'str.casefold', args, 0, 0, kw);
    return rt.str([...strSelf(self)].map((c) => (c === 'ı' ? c : c.toUpperCase().toLowerCase())).join('')); },
  lstrip(rt, self, args, kw) { return rt.str(stripSide(rt, 'lstrip', strSelf(self), args, kw, true, false)); },
  rstrip(rt, self, args, kw) { return rt.str(stripSide(rt, 'rstrip', strSelf(self), args, kw, false, true)); },
  center(rt, self, args, kw) { arity(rt, 'center', args, 1, 2, kw); return rt.str(pad(rt, strSelf(self), args, 'center')); },
  ljust(rt, self, args, kw) { arity(rt, 'ljust', args, 1, 2, kw); return rt.str(pad(rt, strSelf(self), args, 'left')); },
  rjust(rt, self, args, kw) { arity(rt, 'rjust', args, 1, 2, kw); return rt.str(pad(rt, strSelf(self), args, 'right')); },
  zfill(rt, self, args, kw) {
    arity(rt, 'str.zfill', args, 1, 1, kw);
    const s = strSelf(self);
    const width = intArg(rt, args[0]!);
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return rt.str(sign + s.slice(sign.length).padStart(Math.max(0, width - sign.length), '0'));
  },
  partition(rt, self, args, kw) {
    arity(rt, 'str.partition', args, 1, 1, kw);
    const s = strSelf(self);
    const sep = subArg(rt, args[0]);
    if (sep === '') rt.raise(rt.types.ValueError, 'empty separator');
    const i = s.indexOf(sep);
    const parts = i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return rt.tuple(parts.map((p) => rt.str(p)));
  },
  rpartition(rt, self, args, kw) {
    arity(rt, 'str.rpartition', args, 1, 1, kw);
    const s = strSelf(self);
    const sep = subArg(rt, args[0]);
    if (sep === '') rt.raise(rt.types.ValueError, 'empty separator');
    const i = s.lastIndexOf(sep);
    const parts = i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return rt.tuple(parts.map((p) => rt.str(p)));
  },
  rfind(rt, self, args, kw) { arity(rt, 'rfind', args, 1, 3, kw); return rt.int(findSubstring(rt, strSelf(self), args, true)); },
  rindex(rt, self, args, kw) {
    arity(rt, 'rindex', args, 1, 3, kw);
    const i = findSubstring(rt, strSelf(self), args, true);
    if (i < 0) rt.raise(rt.types.ValueError, 'substring not found');
    return rt.int(i);
  },
  splitlines(rt, self, args, kw) {
    if (args.length > 1 || (kw && [...kw.keys()].some((k) => k !== 'keepends'))) return rt.unsupported('these arguments to str.splitlines()');
    const keep = args[0] ?? kw?.get('keepends');
    return rt.list(splitLines(strSelf(self), keep !== undefined && isTrue(rt, keep)).map((p) => rt.str(p)));
  },
  removeprefix(rt, self, args) { const s = strSelf(self); const p = subArg(rt, args[0]); return rt.str(s.startsWith(p) ? s.slice(p.length) : s); },
  removesuffix(rt, self, args) { const s = strSelf(self); const p = subArg(rt, args[0]); return rt.str(p && s.endsWith(p) ? s.slice(0, -p.length) : s); },
  isalpha: predicate('isalpha', isAlpha),
  isalnum: predicate('isalnum', isAlnum),
  isspace: predicate('isspace', (t) => t.length > 0 && [...t].every((c) => PY_WHITESPACE.test(c))),
  isupper: predicate('isupper', isUpper),
  islower: predicate('islower', isLower),
  istitle: predicate('istitle', isTitle),
  isnumeric: predicate('isnumeric', isNumeric),
  isdecimal: predicate('isdecimal', isDecimal),
  isidentifier: predicate('isidentifier', isIdentifier),
  isascii: predicate('isascii', isAscii),
  isprintable: predicate('isprintable', isPrintable),
  maketrans(rt, _self, args, kw) { return makeTrans(rt, args, kw); },
  translate(rt, self, args, kw) { arity(rt, 'str.translate', args, 1, 1, kw); return rt.str(translate(rt, strSelf(self), args[0]!)); },
  rsplit(rt, self, args, kw) {
    const s = strSelf(self);
    const sep = args[0] ?? kw?.get('sep');
    const max = args[1] ?? kw?.get('maxsplit');
    const limit = max instanceof PyInt ? Number(max.value) : -1;
    if (!sep || sep.type.name === 'NoneType') {
      return rt.list(splitWhitespace(s, limit, true).map((w) => rt.str(w)));
    }
    const sepText = strArg(rt, sep, 'must be str or None, not');
    const parts = s.split(sepText);
    if (limit < 0 || parts.length <= limit + 1) return rt.list(parts.map((p) => rt.str(p)));
    return rt.list([parts.slice(0, parts.length - limit).join(sepText), ...parts.slice(parts.length - limit)].map((p) => rt.str(p)));
  },
  expandtabs(rt, self, args) {
    const size = args[0] ? intArg(rt, args[0]) : 8;
    let col = 0;
    let out = '';
    for (const c of strSelf(self)) {
      if (c === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return rt.str(out);
  },
};

/** str.startswith/endswith: a str or a tuple of str, within optional start/end. */
function affixMatch(rt: Runtime, s: string, args: PyObject[], which: 'startswith' | 'endswith'): boolean {
  const start = args[1] instanceof PyInt ? Number(args[1].value) : 0;
  const end = args[2] instanceof PyInt ? Number(args[2].value) : undefined;
  const chars = [...s];
  const norm = (i: number) => (i < 0 ? Math.max(0, chars.length + i) : Math.min(i, chars.length));
  const window = chars.slice(norm(start), end === undefined ? undefined : norm(end)).join('');
  const spec = args[0]!;
  const options = spec instanceof PyTuple ? spec.items : [spec];
  return options.some((o) => {
    if (!(o instanceof PyStr)) {
      rt.raise(rt.types.TypeError, spec instanceof PyTuple
        ? `tuple for ${which} must only contain str, not ${o.type.name}`
        : `${which} first arg must be str or a tuple of str, not ${o.type.name}`);
    }
    return which === 'startswith' ? window.startsWith((o as PyStr).value) : window.endsWith((o as PyStr).value);
  });
}

function stripSide(rt: Runtime, name: string, s: string, args: PyObject[], kw: Map<string, PyObject> | null, left: boolean, right: boolean): string {
  arity(rt, name, args, 0, 1, kw);
  const chars = args[0];
  if (chars !== undefined && chars !== rt.None && !(chars instanceof PyStr)) rt.raise(rt.types.TypeError, `${name} arg must be None or str`);
  const set = chars instanceof PyStr ? chars.value : null;
  const drop = (c: string) => (set === null ? PY_WHITESPACE.test(c) : set.includes(c));
  let a = 0;
  let b = s.length;
  if (left) while (a < b && drop(s[a]!)) a++;
  if (right) while (b > a && drop(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function pad(rt: Runtime, s: string, args: PyObject[], how: 'center' | 'left' | 'right'): string {
  const width = intArg(rt, args[0]!);
  const fill = args[1] instanceof PyStr ? args[1].value : ' ';
  if (args[1] && (!(args[1] instanceof PyStr) || [...args[1].value].length !== 1)) {
    rt.raise(rt.types.TypeError, 'The fill character must be exactly one character long');
  }
  const len = [...s].length;
  if (width <= len) return s;
  const total = width - len;
  if (how === 'left') return s + fill.repeat(total);
  if (how === 'right') return fill.repeat(total) + s;
  // CPython's centering puts the extra fill on the right when total is odd and len is even, else left.
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

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
  /** BaseException.add_note (PEP 678): appends to __notes__, creating the list on first use. */
  add_note(rt, self, args, kw) {
    arity(rt, 'BaseException.add_note', args, 1, 1, kw);
    const note = args[0]!;
    if (!(note instanceof PyStr)) rt.raise(rt.types.TypeError, rt.profile.messages.addNoteNotStr.replace('{type}', note.type.name));
    const exc = self as PyException;
    let notes = exc.values.get('__notes__');
    if (!notes) {
      notes = rt.list([]);
      exc.values.set('__notes__', notes);
      rt.recorder.touch(exc);
    }
    if (!(notes instanceof PyList)) rt.raise(rt.types.TypeError, 'Cannot add note: __notes__ is not a list');
    listAppendSteal(rt, notes as PyList, rt.heap.incref(note, 'item'));
    return rt.none();
  },
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

const VIEW_SET_METHODS: Record<string, Method> = {
  isdisjoint(rt, self, args, kw) {
    arity(rt, 'isdisjoint', args, 1, 1, kw);
    return rt.bool(viewIsDisjoint(rt, self as PyDictView, args[0]!));
  },
};

const SLICE_METHODS: Record<string, Method> = {
  indices(rt, self, args, kw) {
    if (kw && kw.size > 0) rt.raise(rt.types.TypeError, 'slice.indices() takes no keyword arguments');
    if (args.length !== 1) rt.raise(rt.types.TypeError, `slice.indices() takes exactly one argument (${args.length} given)`);
    return sliceIndicesMethod(rt, self as PySlice, args[0]!);
  },
};

/** METH_VARARGS methods get their arguments as a new tuple (and keywords as a new dict), as CPython's do. */
function packVarargsMethods(rt: Runtime): void {
  for (const [typeName, names] of Object.entries(rt.profile.builtins.varargsMethods)) {
    const type = (rt.types as Record<string, PyType>)[typeName];
    for (const name of names) {
      const impl = type?.methods.get(name);
      if (!type || !impl) continue;
      type.methods.set(name, (self, args, kwargs) => withPackedArguments(rt, args, kwargs, () => impl(self, args, kwargs)));
    }
  }
}

export function installMethods(rt: Runtime): void {
  installNumberMethods(rt);
  installSetMethods(rt);
  install(rt, rt.types.generator, GENERATOR_METHODS);
  install(rt, rt.types.BaseException, EXCEPTION_METHODS);
  install(rt, rt.types.TextIOWrapper, STREAM_METHODS);
  install(rt, rt.types.list, LIST_METHODS);
  install(rt, rt.types.tuple, TUPLE_METHODS);
  install(rt, rt.types.dict, DICT_METHODS);
  install(rt, rt.types.str, STR_METHODS);
  install(rt, rt.types.slice, SLICE_METHODS);
  install(rt, rt.types.dict_keys, VIEW_SET_METHODS);
  install(rt, rt.types.dict_items, VIEW_SET_METHODS);
  installBytesMethods(rt);
  installIntBytesMethods(rt);
  packVarargsMethods(rt);
  for (const [typeName, names] of Object.entries(KNOWN_ATTRIBUTES)) {
    const type = (rt.types as Record<string, PyType>)[typeName];
    if (type) for (const n of names) type.knownAttributes.add(n);
  }
}
