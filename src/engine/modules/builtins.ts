// The builtins module: the functions the reference-counting chapter uses. Arguments are borrowed
// for the duration of the call (CPython's vectorcall); each function returns a new reference.
import { isBytesLike } from '../objects/bytes';
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import { PyFloat, PyInt, PyStr, normInt } from '../objects/scalars';
import { isProxy, proxyReferent } from '../objects/weakref';
import { withPackedArguments } from '../objects/tpcall';
import { initKeywordParser } from '../objects/argparsers';
import { PyDict, PyDictView, PyList, PyRange, PyTuple } from '../objects/containers';
import { PyGenericIter } from '../objects/iterators';
import { PyBuiltin, PyCell, PyFunction, PyMethodDescr, PyModule, PyTextStream } from '../objects/callables';
import { functionDict } from '../objects/functionAttributes';
import { PyType } from '../objects/object';
import { PyMethod, createClass, lookupInMro } from '../objects/classes';
import { hasInstanceState } from '../objects/instance';
import { builtinRoot } from '../objects/subclass';
import { PyMethodWrapper } from '../objects/descriptors';
import { PyRaise } from '../objects/exceptions';
import { deleteAttribute, getAttribute, materializeDict, setAttribute } from '../objects/attributes';
import { dictGetStr } from '../objects/dictops';
import { pyHash } from '../objects/pyhash';
import { listSortMethod } from '../objects/sorting';
import { PyRangeIter, PySeqIter } from '../objects/iterators';
import { callDunder } from '../objects/dunders';
import { formatValue } from '../objects/format';
import { isTrue } from '../objects/protocols';
import { collect, compare, dictIter, getIter, hashKey, iterNext, length, refillResultTuple } from '../objects/protocols';
import { zeroDivision, binaryOp } from '../objects/number';
import { dictSet } from '../objects/dictops';
import { repr, str } from '../objects/repr';
import { hexAddress } from '../objects/repr';
import { closestName } from '../vm/suggestions';
import { checkPositional, noKeywords, oneArg, parseArgs, unexpectedKeyword } from './native';
import { callMethod, currentStdout, writeToFile } from './output';

type Fn = (rt: Runtime, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject;

function keywordCheck(rt: Runtime, name: string, kwargs: Map<string, PyObject> | null, allowed: string[]): void {
  if (!kwargs) return;
  for (const key of kwargs.keys()) {
    if (!allowed.includes(key)) unexpectedKeyword(rt, name, key, allowed);
  }
}

/** any()/all(): consumes the iterator only until an item's truth equals `stopOn`. */
function shortCircuit(rt: Runtime, iterable: PyObject, stopOn: boolean): boolean {
  const it = getIter(rt, iterable);
  try {
    for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) {
      const truth = isTrue(rt, x);
      rt.heap.decref(x);
      if (truth === stopOn) return true;
    }
    return false;
  } finally {
    rt.heap.decref(it);
  }
}

/** dir(object()) in 3.11–3.13: what every class instance also lists. */
/** A metaclass's __instancecheck__/__subclasscheck__ (types whose metaclass is `type` have none). */
function metaclassHook(rt: Runtime, cls: PyObject, name: string): PyObject | undefined {
  return cls instanceof PyType && cls.type.isHeapType ? lookupInMro(cls.type, name) : undefined;
}

function callCheckHook(rt: Runtime, hook: PyObject, cls: PyObject, arg: PyObject): boolean {
  const result = rt.call(hook, [cls, arg]);
  try {
    return isTrue(rt, result);
  } finally {
    rt.heap.decref(result);
  }
}

/** PyObject_IsInstance: exact type, tuples of classes, a metaclass's __instancecheck__, then the MRO. */
function isInstance(rt: Runtime, o: PyObject, cls: PyObject): boolean {
  if (o.type === cls) return true;
  if (cls instanceof PyTuple && cls.type === rt.types.tuple) return cls.items.some((c) => isInstance(rt, o, c));
  const hook = metaclassHook(rt, cls, '__instancecheck__');
  if (hook) return callCheckHook(rt, hook, cls, o);
  if (!(cls instanceof PyType)) return rt.raise(rt.types.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return o.type.isSubtypeOf(cls);
}

/** PyObject_IsSubclass: tuples of classes, a metaclass's __subclasscheck__, then the MRO. */
function isSubclass(rt: Runtime, c: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple && cls.type === rt.types.tuple) return cls.items.some((k) => isSubclass(rt, c, k));
  const hook = metaclassHook(rt, cls, '__subclasscheck__');
  if (hook) return callCheckHook(rt, hook, cls, c);
  if (!(c instanceof PyType)) return rt.raise(rt.types.TypeError, 'issubclass() arg 1 must be a class');
  if (!(cls instanceof PyType)) return rt.raise(rt.types.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return c.isSubtypeOf(cls);
}

/** _PyType_CalculateMetaclass: the metaclass that is a subclass of every base's metaclass. */
function mostDerivedMetaclass(rt: Runtime, meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const candidate = b.type;
    if (winner.isSubtypeOf(candidate)) continue;
    if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      continue;
    }
    rt.raise(rt.types.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The class body's namespace: metaclass.__prepare__(name, bases, **kwargs) when it defines one, else a dict. */
function prepareNamespace(rt: Runtime, metaclass: PyObject, name: PyStr, basesTuple: PyTuple, kwargs: Map<string, PyObject> | null): PyDict {
  const prepare = metaclass instanceof PyType && metaclass.isHeapType ? lookupInMro(metaclass, '__prepare__') : undefined;
  if (!prepare) return rt.dict();
  const fn = prepare instanceof PyMethodWrapper ? prepare.func : prepare;
  const leading = prepare instanceof PyMethodWrapper && prepare.type === rt.types.classmethod ? [metaclass] : [];
  const ns = rt.call(fn, [...leading, name, basesTuple], kwargs);
  if (ns instanceof PyDict && ns.type === rt.types.dict) return ns;
  rt.heap.decref(ns);
  return rt.unsupported('a __prepare__ that returns something other than a dict');
}

/** Whether a class's instances are built-in objects (a list subclass…) rather than plain instances. */
function hasBuiltinRoot(rt: Runtime, cls: PyType): boolean {
  const root = builtinRoot(cls);
  return root !== rt.types.object && !root.isSubtypeOf(rt.types.BaseException);
}

const OBJECT_DIR = ['__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__',
  '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
  '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__'];

function radix(rt: Runtime, o: PyObject, base: number, prefix: string): string {
  if (!(o instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  const v = BigInt(o.value);
  return v < 0n ? `-${prefix}${(-v).toString(base)}` : `${prefix}${v.toString(base)}`;
}

function minmax(rt: Runtime, name: 'min' | 'max', args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  keywordCheck(rt, name, kwargs, ['key', 'default']);
  const key = kwargs?.get('key');
  const items = args.length === 1 ? collect(rt, args[0]!) : args.map((a) => rt.heap.incref(a));
  if (items.length === 0) {
    const dflt = kwargs?.get('default');
    if (dflt) return rt.heap.incref(dflt);
    if (args.length === 0) rt.raise(rt.types.TypeError, `${name} expected at least 1 argument, got 0`);
    rt.raise(rt.types.ValueError, rt.profile.messages.emptyIterableMinMax ? `${name}() iterable argument is empty` : `${name}() arg is an empty sequence`);
  }
  const keys = key && key !== rt.None ? items.map((x) => rt.call(key, [x])) : items;
  let best = 0;
  for (let i = 1; i < items.length; i++) if (compare(rt, name === 'min' ? 'Lt' : 'Gt', keys[i]!, keys[best]!)) best = i;
  const winner = rt.heap.incref(items[best]!);
  for (const x of items) rt.heap.decref(x);
  if (keys !== items) keys.forEach((k) => rt.heap.decref(k));
  return winner;
}

/** print() proper: writes each argument's str, separated, to the file. */
function printArgs(rt: Runtime, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  keywordCheck(rt, 'print', kwargs, ['sep', 'end', 'file', 'flush']);
  const text = (key: string, dflt: string): string => {
    const v = kwargs?.get(key);
    if (!v || v === rt.None) return dflt;
    if (!(v instanceof PyStr)) rt.raise(rt.types.TypeError, `${key} must be None or a string, not ${v.type.name}`);
    return (v as PyStr).value;
  };
  const sep = text('sep', ' ');
  const end = text('end', '\n');
  const file = kwargs?.get('file');
  // file=None (or no file) means sys.stdout as it is now: a program may have replaced it.
  const target = file && file !== rt.None ? file : currentStdout(rt);
  if (target === rt.None) return rt.none();
  const pieces = (a: PyObject): string => {
    if (a instanceof PyStr && !a.type.isHeapType) return a.value;
    const s = rt.str(str(rt, a));
    const value = s.value;
    rt.heap.decref(s);
    return value;
  };
  if (target instanceof PyTextStream) {
    // print() makes a str of each argument (a temporary object) and writes it.
    rt.write(target.stream, args.map(pieces).join(sep) + end);
    return rt.none();
  }
  // Any other file: file.write(text) for each argument, separator and end, as PyFile_WriteObject does.
  args.forEach((a, i) => {
    if (i > 0) writeToFile(rt, target, sep);
    writeToFile(rt, target, pieces(a));
  });
  writeToFile(rt, target, end);
  const flush = kwargs?.get('flush');
  if (flush && isTrue(rt, flush)) rt.heap.decref(callMethod(rt, target, 'flush', []));
  return rt.none();
}

const FUNCTIONS: Record<string, Fn> = {
  print(rt, args, kwargs) {
    // print() parses with its Argument Clinic parser on every call (its *args).
    initKeywordParser(rt, 'print', ['sep', 'end', 'file', 'flush']);
    // 3.11–3.13 pack the arguments in a tuple (*args) that lives until print returns.
    const packed = rt.profile.builtins.printPacksArgs && args.length > 0 ? rt.tuple(args.map((a) => rt.heap.incref(a, 'item'))) : null;
    try {
      return printArgs(rt, args, kwargs);
    } finally {
      if (packed) rt.heap.decref(packed);
    }
  },
  len(rt, args, kwargs) { return rt.int(length(rt, oneArg(rt, 'len', args, kwargs))); },
  repr(rt, args, kwargs) { return rt.str(repr(rt, oneArg(rt, 'repr', args, kwargs))); },
  id(rt, args, kwargs) { return rt.int(oneArg(rt, 'id', args, kwargs).address); },
  hash(rt, args, kwargs) {
    const o = oneArg(rt, 'hash', args, kwargs);
    return rt.int(normInt(pyHash(rt, o)));
  },
  abs(rt, args, kwargs) {
    const o = oneArg(rt, 'abs', args, kwargs);
    if (o instanceof PyInt) return rt.int(typeof o.value === 'number' ? Math.abs(o.value) : normInt(o.value < 0n ? -o.value : o.value));
    if (o instanceof PyFloat) return rt.float(Math.abs(o.value));
    return rt.raise(rt.types.TypeError, `bad operand type for abs(): '${o.type.name}'`);
  },
  isinstance(rt, args, kwargs) {
    noKeywords(rt, 'isinstance', kwargs);
    if (args.length !== 2) rt.raise(rt.types.TypeError, `isinstance expected 2 arguments, got ${args.length}`);
    const [o, cls] = args as [PyObject, PyObject];
    // recursive_isinstance: the type first, then obj.__class__ (a proxy's is its referent's).
    return rt.bool(isInstance(rt, o, cls) || (isProxy(o) && isInstance(rt, proxyReferent(rt, o), cls)));
  },
  min(rt, args, kwargs) { return minmax(rt, 'min', args, kwargs); },
  max(rt, args, kwargs) { return minmax(rt, 'max', args, kwargs); },
  sum(rt, args, kwargs) {
    if (args.length === 0) rt.raise(rt.types.TypeError, 'sum() takes at least 1 positional argument (0 given)');
    const [iterable, start] = parseArgs(rt, 'sum', args, kwargs, { params: ['iterable', 'start'], required: 1, posOnly: 1 });
    const items = collect(rt, iterable!);
    let total: PyObject = start ? rt.heap.incref(start) : rt.int(0);
    if (rt.profile.builtins.compensatedFloatSum && items.some((x) => x instanceof PyFloat) && items.every((x) => x instanceof PyFloat || x instanceof PyInt)
      && (total instanceof PyFloat || total instanceof PyInt)) {
      // Neumaier summation, as CPython 3.12+ does for floats (gh-100425).
      let sum = Number((total as PyInt | PyFloat).value);
      let c = 0;
      for (const x of items) {
        const v = Number((x as PyInt | PyFloat).value);
        const t = sum + v;
        c += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
      }
      for (const x of items) rt.heap.decref(x);
      rt.heap.decref(total);
      return rt.float(sum + c);
    }
    try {
      for (const x of items) {
        const next = binaryOp(rt, 'Add', total, x, false);
        rt.heap.decref(total);
        total = next;
      }
    } finally {
      for (const x of items) rt.heap.decref(x);
    }
    return total;
  },
  sorted(rt, args, kwargs) {
    if (args.length !== 1) rt.raise(rt.types.TypeError, `sorted expected 1 argument, got ${args.length}`);
    const list = rt.list(collect(rt, args[0]!));
    try {
      listSortMethod(rt, list, [], kwargs);
    } catch (error) {
      rt.heap.decref(list);
      throw error;
    }
    return list;
  },
  enumerate(rt, args, kwargs) {
    // enumerate words its own errors: an unknown keyword first, and no "(pos 1)" on the missing iterable.
    const unknown = [...(kwargs?.keys() ?? [])].find((key) => key !== 'iterable' && key !== 'start');
    if (unknown !== undefined) rt.raise(rt.types.TypeError, `'${unknown}' is an invalid keyword argument for enumerate()`);
    if (args.length === 0 && !kwargs?.has('iterable')) rt.raise(rt.types.TypeError, "enumerate() missing required argument 'iterable'");
    const [iterable, start] = parseArgs(rt, 'enumerate', args, kwargs, { params: ['iterable', 'start'], required: 1 });
    if (start !== undefined && !(start instanceof PyInt)) rt.raise(rt.types.TypeError, `'${start.type.name}' object cannot be interpreted as an integer`);
    const it = getIter(rt, iterable!);
    let i = start instanceof PyInt ? Number(start.value) : 0;
    const enumerator = rt.heap.register(new PyGenericIter(rt.types.enumerate, [it], (self) => {
      const next = iterNext(rt, it);
      if (next === null) return null;
      const index = rt.int(i++);
      const result = refillResultTuple(rt, self, [index, next]);
      rt.heap.decref(index);
      rt.heap.decref(next);
      return result;
    }));
    enumerator.result = rt.tuple([rt.none(), rt.none()]);
    return enumerator;
  },
  zip(rt, args) {
    const its = args.map((a) => getIter(rt, a));
    // zip_new keeps the iterators in a tuple (zip_traverse visits it, then the result tuple).
    const iters = rt.tuple(its);
    const zipper = rt.heap.register(new PyGenericIter(rt.types.zip, [iters], (self) => {
      const items: PyObject[] = [];
      for (const it of its) {
        const next = iterNext(rt, it);
        if (next === null) {
          for (const x of items) rt.heap.decref(x);
          return null;
        }
        items.push(next);
      }
      const result = refillResultTuple(rt, self, items);
      for (const x of items) rt.heap.decref(x);
      return result;
    }));
    zipper.result = rt.tuple(its.map(() => rt.none()));
    return zipper;
  },
  __build_class__(rt, args, kwargs) {
    const [func, name, ...bases] = args;
    if (!(func instanceof PyFunction)) return rt.raise(rt.types.TypeError, '__build_class__: func must be a function');
    if (!(name instanceof PyStr)) return rt.raise(rt.types.TypeError, '__build_class__: name is not a string');
    for (const b of bases) if (!(b instanceof PyType)) rt.unsupported('bases that are not classes (__mro_entries__)');
    const keywords = new Map(kwargs ?? []);
    const explicit = keywords.get('metaclass');
    keywords.delete('metaclass');
    const classKwargs = keywords.size > 0 ? keywords : null;
    const meta = explicit ?? (bases.length > 0 ? bases[0]!.type : rt.types.type);
    const metaclass = meta instanceof PyType ? mostDerivedMetaclass(rt, meta, bases as PyType[]) : meta;
    // The bases tuple is built first (_PyTuple_FromArray) and held until the class exists: it becomes __bases__.
    const basesTuple = rt.argsTuple(bases.map((b) => rt.heap.incref(b, 'item')));
    let ns: PyDict;
    try {
      ns = prepareNamespace(rt, metaclass, name, basesTuple, classKwargs);
    } catch (error) {
      rt.heap.decref(basesTuple);
      throw error;
    }
    try {
      const cell = rt.runClassBody(func, ns);
      let cls: PyObject;
      if (metaclass === rt.types.type) {
        const qualname = dictGetStr(ns, '__qualname__');
        // type(name, bases, ns) goes through tp_call: a 3-tuple of the arguments lives while the class is made.
        cls = withPackedArguments(rt, [name, basesTuple, ns], null, () =>
          createClass(rt, name.value, qualname instanceof PyStr ? qualname.value : name.value, bases as PyType[], ns, rt.types.type, classKwargs, basesTuple));
      } else {
        cls = rt.call(metaclass, [name, basesTuple, ns], classKwargs);
      }
      if (cell instanceof PyCell && cell.value !== cls && cls instanceof PyType) {
        rt.heap.decref(cell);
        rt.heap.decref(cls);
        rt.raise(rt.types.TypeError, `__class__ set to ${repr(rt, cell.value ?? rt.None)} defining '${name.value}' as ${repr(rt, cls)}`);
      }
      rt.heap.decref(cell);
      return cls;
    } finally {
      rt.heap.decref(ns);
      rt.heap.decref(basesTuple);
    }
  },
  getattr(rt, args) {
    if (args.length < 2 || args.length > 3) rt.raise(rt.types.TypeError, `getattr expected at least 2 arguments, got ${args.length}`);
    const name = args[1];
    if (!(name instanceof PyStr)) return rt.raise(rt.types.TypeError, "attribute name must be string, not '" + name!.type.name + "'");
    try {
      return getAttribute(rt, args[0]!, name.value);
    } catch (error) {
      if (args[2] && error instanceof PyRaise && error.exc.type.isSubtypeOf(rt.types.AttributeError)) {
        rt.heap.decref(error.exc);
        return rt.heap.incref(args[2]);
      }
      throw error;
    }
  },
  hasattr(rt, args) {
    const name = args[1];
    if (!(name instanceof PyStr)) return rt.raise(rt.types.TypeError, 'attribute name must be string');
    try {
      rt.heap.decref(getAttribute(rt, args[0]!, name.value));
      return rt.bool(true);
    } catch (error) {
      if (error instanceof PyRaise && error.exc.type.isSubtypeOf(rt.types.AttributeError)) {
        rt.heap.decref(error.exc);
        return rt.bool(false);
      }
      throw error;
    }
  },
  setattr(rt, args) {
    if (!(args[1] instanceof PyStr)) return rt.raise(rt.types.TypeError, 'attribute name must be string');
    setAttribute(rt, args[0]!, args[1].value, args[2]!);
    return rt.none();
  },
  delattr(rt, args) {
    if (!(args[1] instanceof PyStr)) return rt.raise(rt.types.TypeError, 'attribute name must be string');
    deleteAttribute(rt, args[0]!, args[1].value);
    return rt.none();
  },
  dir(rt, args, kwargs) {
    if (args.length === 0) return rt.list(rt.localNames().sort().map((n) => rt.str(n)));
    const o = oneArg(rt, 'dir', args, kwargs);
    const names = new Set<string>();
    const addDict = (d: PyObject | null) => {
      if (d instanceof PyDict) for (const { key } of d.entries.values()) if (key instanceof PyStr) names.add(key.value);
    };
    if (o instanceof PyModule) {
      // A module whose names the simulator implements only in part would list too few.
      const prefix = `${o.name}.`;
      if ([...rt.types.module.knownAttributes].some((k) => k.startsWith(prefix))) rt.unsupported(`dir() of the '${o.name}' module (some of its names are not implemented)`);
      addDict(o.dict);
    }
    else if ((hasInstanceState(o) && !hasBuiltinRoot(rt, o.type)) || (o instanceof PyType && o.isHeapType && !hasBuiltinRoot(rt, o))) {
      const cls = o instanceof PyType ? o : o.type;
      if (hasInstanceState(o)) {
        for (const k of o.values.keys()) names.add(k);
        addDict(o.dict);
      }
      for (const t of cls.mro) if (t.isHeapType) addDict(t.dict);
      for (const n of OBJECT_DIR) names.add(n);
      if (o instanceof PyType) ['__class__', '__doc__'].forEach((n) => names.add(n));
    } else {
      return rt.unsupported(`dir() of '${o.type.name}' objects`);
    }
    const sorted = [...names].sort();
    return rt.list(sorted.map((n) => rt.str(n)));
  },
  globals(rt, args, kwargs) {
    noKeywords(rt, 'globals', kwargs);
    if (args.length > 0) rt.raise(rt.types.TypeError, `globals() takes no arguments (${args.length} given)`);
    return rt.heap.incref(rt.currentGlobals());
  },
  vars(rt, args, kwargs) {
    const o = oneArg(rt, 'vars', args, kwargs);
    if (o instanceof PyModule) return rt.heap.incref(o.dict);
    if (o instanceof PyFunction) return rt.heap.incref(functionDict(rt, o));
    if (hasInstanceState(o) && o.type.hasDict) return materializeDict(rt, o);
    if (o instanceof PyType && o.isHeapType) return getAttribute(rt, o, '__dict__');
    return rt.raise(rt.types.TypeError, 'vars() argument must have __dict__ attribute');
  },
  callable(rt, args, kwargs) {
    const o = oneArg(rt, 'callable', args, kwargs);
    // The callable kinds of object, whatever their type is named, then anything whose class defines __call__.
    const ok = o instanceof PyFunction || o instanceof PyType || o instanceof PyBuiltin || o instanceof PyMethod
      || o instanceof PyMethodDescr || o instanceof PyMethodWrapper || !!lookupInMro(o.type, '__call__')
      || (!o.type.isHeapType && !!o.type.lookupMethod('__call__'));
    return rt.bool(ok);
  },
  issubclass(rt, args, kwargs) {
    noKeywords(rt, 'issubclass', kwargs);
    if (args.length !== 2) rt.raise(rt.types.TypeError, `issubclass expected 2 arguments, got ${args.length}`);
    return rt.bool(isSubclass(rt, args[0]!, args[1]!));
  },
  map(rt, args) {
    if (args.length < 2) rt.raise(rt.types.TypeError, 'map() must have at least two arguments.');
    const fn = rt.heap.incref(args[0]!, 'item');
    const its = args.slice(1).map((a) => getIter(rt, a));
    // map_new keeps the iterators in a tuple; map_traverse visits it before the function.
    const iters = rt.tuple(its);
    return rt.heap.register(new PyGenericIter(rt.types.map, [iters, fn], () => {
      const values: PyObject[] = [];
      for (const it of its) {
        const v = iterNext(rt, it);
        if (v === null) {
          values.forEach((x) => rt.heap.decref(x));
          return null;
        }
        values.push(v);
      }
      try {
        return rt.call(fn, values);
      } finally {
        values.forEach((x) => rt.heap.decref(x));
      }
    }));
  },
  filter(rt, args) {
    if (args.length !== 2) rt.raise(rt.types.TypeError, `filter expected 2 arguments, got ${args.length}`);
    const fn = args[0]!;
    const it = getIter(rt, args[1]!);
    const keep = rt.heap.incref(fn, 'item');
    return rt.heap.register(new PyGenericIter(rt.types.filter, [keep, it], () => {
      for (let v = iterNext(rt, it); v !== null; v = iterNext(rt, it)) {
        let ok: boolean;
        if (fn === rt.None) ok = isTrue(rt, v);
        else {
          const r = rt.call(fn, [v]);
          ok = isTrue(rt, r);
          rt.heap.decref(r);
        }
        if (ok) return v;
        rt.heap.decref(v);
      }
      return null;
    }));
  },
  reversed(rt, args, kwargs) {
    const seq = oneArg(rt, 'reversed', args, kwargs);
    if (isBytesLike(seq) && !seq.type.isHeapType) {
      // A reversed object over the sequence: it holds the bytes/bytearray and indexes it from the end.
      let i = seq.data.length - 1;
      return rt.heap.register(new PyGenericIter(rt.types.reversed, [rt.heap.incref(seq, 'item')], () => {
        if (i < 0 || i >= seq.data.length) return null;
        return rt.int(seq.data[i--]!);
      }));
    }
    if (seq.type.isHeapType) {
      const custom = callDunder(rt, seq, '__reversed__', []);
      if (custom) return custom;
    }
    // list_reverseiterator; the `reversed` object over a sequence; range_reverse; dict reverse iterators.
    if (seq instanceof PyList) return rt.heap.register(new PySeqIter(rt.types.list_reverseiterator, rt.heap.incref(seq, 'item'), true));
    if (seq instanceof PyTuple || seq instanceof PyStr) return rt.heap.register(new PySeqIter(rt.types.reversed, rt.heap.incref(seq, 'item'), true));
    if (seq instanceof PyRange) {
      return rt.heap.register(new PyRangeIter(rt.types.range_iterator, seq.start + (seq.length - 1) * seq.step, -seq.step, seq.length));
    }
    if (seq.type.nativeSequence) return seq.type.nativeSequence.reversed(seq);
    if (seq instanceof PyDict) return dictIter(rt, seq, 'keys', true);
    if (seq instanceof PyDictView) return dictIter(rt, seq.dict, seq.kind, true);
    return rt.raise(rt.types.TypeError, `'${seq.type.name}' object is not reversible`);
  },
  bin(rt, args, kwargs) { return rt.str(radix(rt, oneArg(rt, 'bin', args, kwargs), 2, '0b')); },
  oct(rt, args, kwargs) { return rt.str(radix(rt, oneArg(rt, 'oct', args, kwargs), 8, '0o')); },
  divmod(rt, args) {
    if (args.length !== 2) rt.raise(rt.types.TypeError, `divmod expected 2 arguments, got ${args.length}`);
    const [a, b] = args as [PyObject, PyObject];
    // float_divmod's own message for a zero divisor.
    const numeric = (o: PyObject) => (o instanceof PyInt || o instanceof PyFloat) && !o.type.isHeapType;
    if (numeric(a) && numeric(b) && (a instanceof PyFloat || b instanceof PyFloat) && Number((b as PyInt | PyFloat).value) === 0) zeroDivision(rt, 'float divmod()');
    const q = binaryOp(rt, 'FloorDiv', args[0]!, args[1]!, false);
    const r = binaryOp(rt, 'Mod', args[0]!, args[1]!, false);
    return rt.tuple([q, r]);
  },
  pow(rt, given, kwargs) {
    const bound = parseArgs(rt, 'pow', given, kwargs, { params: ['base', 'exp', 'mod'], required: 2 });
    const args = (bound[2] === undefined ? bound.slice(0, 2) : bound) as PyObject[];
    if (args.length === 3 && args[2] !== rt.None) {
      const [b, e, m] = args as [PyObject, PyObject, PyObject];
      if (!(b instanceof PyInt && e instanceof PyInt && m instanceof PyInt)) {
        return rt.raise(rt.types.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
      }
      let mod = BigInt(m.value);
      if (mod === 0n) rt.raise(rt.types.ValueError, 'pow() 3rd argument cannot be 0');
      let exp = BigInt(e.value);
      const negative = mod < 0n;
      if (negative) mod = -mod;
      let base = ((BigInt(b.value) % mod) + mod) % mod;
      if (exp < 0n) {
        // A negative exponent uses the modular inverse (extended Euclid).
        let [r0, r1, s0, s1] = [base, mod, 1n, 0n];
        while (r1 !== 0n) {
          const q = r0 / r1;
          [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
        }
        if (r0 !== 1n) rt.raise(rt.types.ValueError, 'base is not invertible for the given modulus');
        base = ((s0 % mod) + mod) % mod;
        exp = -exp;
      }
      let result = 1n % mod;
      while (exp > 0n) {
        if (exp & 1n) result = (result * base) % mod;
        base = (base * base) % mod;
        exp >>= 1n;
      }
      if (negative && result !== 0n) result -= mod;
      return rt.int(normInt(result));
    }
    return binaryOp(rt, 'Pow', args[0]!, args[1]!, false);
  },
  ascii(rt, args, kwargs) {
    const text = repr(rt, oneArg(rt, 'ascii', args, kwargs));
    let out = '';
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      out += c < 128 ? ch : c < 256 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 65536 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
    }
    return rt.str(out);
  },
  format(rt, args, kwargs) {
    noKeywords(rt, 'format', kwargs);
    checkPositional(rt, 'format', args.length, 1, 2);
    if (args[1] !== undefined && !(args[1] instanceof PyStr)) rt.raise(rt.types.TypeError, `format() argument 2 must be str, not ${args[1].type.name}`);
    return rt.str(formatValue(rt, args[0]!, args[1] instanceof PyStr ? args[1].value : ''));
  },
  input(rt, args, kwargs) {
    noKeywords(rt, 'input', kwargs);
    checkPositional(rt, 'input', args.length, 0, 1);
    if (args[0]) rt.write('stdout', str(rt, args[0]));
    // A line of the simulated stdin without its newline; at its end, EOFError (CPython's message).
    if (rt.stdinPos >= rt.stdin.length) return rt.raise(rt.types.EOFError, 'EOF when reading a line');
    const end = rt.stdin.indexOf('\n', rt.stdinPos);
    const line = rt.stdin.slice(rt.stdinPos, end < 0 ? rt.stdin.length : end);
    rt.stdinPos = end < 0 ? rt.stdin.length : end + 1;
    return rt.str(line.endsWith('\r') ? line.slice(0, -1) : line);
  },
  iter(rt, args, kwargs) { return getIter(rt, oneArg(rt, 'iter', args, kwargs)); },
  next(rt, args, kwargs) {
    noKeywords(rt, 'next', kwargs);
    checkPositional(rt, 'next', args.length, 1, 2);
    // A class's __next__ is called directly: its StopIteration (and traceback) propagates as is.
    if (!args[1] && args[0]!.type.isHeapType) {
      const custom = callDunder(rt, args[0]!, '__next__', []);
      if (custom) return custom;
      rt.raise(rt.types.TypeError, `'${args[0]!.type.name}' object is not an iterator`);
    }
    const v = iterNext(rt, args[0]!);
    if (v !== null) return v;
    if (args[1]) return rt.heap.incref(args[1]);
    return rt.raise(rt.types.StopIteration, null);
  },
  round(rt, args, kwargs) {
    const [x, nd] = parseArgs(rt, 'round', args, kwargs, { params: ['number', 'ndigits'], required: 1 }) as [PyObject, PyObject | undefined];
    if (nd && nd !== rt.None) {
      if (!(nd instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${nd.type.name}' object cannot be interpreted as an integer`);
      const n = Number(nd.value);
      if (x instanceof PyInt) {
        if (n >= 0) return rt.int(x.value);
        // Round half to even at 10**-n.
        const p = 10n ** BigInt(-n);
        const v = BigInt(x.value);
        let q = v / p;
        let r = v % p;
        if (r < 0n) { r += p; q -= 1n; }
        if (2n * r > p || (2n * r === p && q % 2n !== 0n)) q += 1n;
        return rt.int(normInt(q * p));
      }
      if (x instanceof PyFloat) {
        if (!Number.isFinite(x.value)) return rt.heap.incref(x);
        if (n >= 0) return rt.float(Number(formatValue(rt, x, `.${Math.min(n, 340)}f`)));
        const scaled = x.value / 10 ** -n;
        const rounded = Number(formatValue(rt, rt.float(scaled), '.0f'));
        return rt.float(rounded * 10 ** -n);
      }
      return rt.raise(rt.types.TypeError, `type ${x.type.name} doesn't define __round__ method`);
    }
    if (x instanceof PyInt) return rt.int(x.value);
    if (x instanceof PyFloat) {
      const r = Math.round(x.value);
      const even = Math.abs(x.value % 1) === 0.5 ? 2 * Math.round(x.value / 2) : r;
      return rt.int(even);
    }
    return rt.raise(rt.types.TypeError, `type ${x.type.name} doesn't define __round__ method`);
  },
  chr(rt, args, kwargs) {
    const o = oneArg(rt, 'chr', args, kwargs);
    if (!(o instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
    const code = BigInt(o.value);
    if (code < 0n || code > 0x10ffffn) rt.raise(rt.types.ValueError, 'chr() arg not in range(0x110000)');
    return rt.str(String.fromCodePoint(Number(code)));
  },
  ord(rt, args, kwargs) {
    const o = oneArg(rt, 'ord', args, kwargs);
    if (isBytesLike(o)) {
      if (o.data.length !== 1) rt.raise(rt.types.TypeError, `ord() expected a character, but string of length ${o.data.length} found`);
      return rt.int(o.data[0]!);
    }
    if (!(o instanceof PyStr)) return rt.raise(rt.types.TypeError, `ord() expected string of length 1, but ${o.type.name} found`);
    if (o.length !== 1) rt.raise(rt.types.TypeError, `ord() expected a character, but string of length ${o.length} found`);
    return rt.int(o.value.codePointAt(0)!);
  },
  hex(rt, args, kwargs) {
    const o = oneArg(rt, 'hex', args, kwargs);
    if (!(o instanceof PyInt)) rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
    const v = BigInt((o as PyInt).value);
    return rt.str(v < 0n ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`);
  },
  any(rt, args, kwargs) {
    return rt.bool(shortCircuit(rt, oneArg(rt, 'any', args, kwargs), true));
  },
  all(rt, args, kwargs) {
    return rt.bool(!shortCircuit(rt, oneArg(rt, 'all', args, kwargs), false));
  },
};

export function createBuiltins(rt: Runtime): PyDict {
  const module = rt.module('builtins');
  const d = module.dict;
  const add = (name: string, value: PyObject) => {
    const key = rt.internedStr(name);
    dictSet(rt, d, key, value);
    rt.heap.decref(key);
    rt.heap.decref(value);
  };
  for (const [name, fn] of Object.entries(FUNCTIONS)) {
    const packs = rt.profile.builtins.calledWithArgTuple.includes(name);
    add(name, rt.builtin(name, (_self, args, kwargs) => (packs ? withPackedArguments(rt, args, kwargs, () => fn(rt, args, kwargs)) : fn(rt, args, kwargs)), module));
  }
  const typeNames = ['int', 'float', 'str', 'bytes', 'bytearray', 'bool', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'type', 'object',
    'property', 'classmethod', 'staticmethod', 'super',
    'BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'LookupError', 'IndexError', 'KeyError',
    'NameError', 'UnboundLocalError', 'TypeError', 'ValueError', 'UnicodeError', 'UnicodeEncodeError', 'UnicodeDecodeError', 'AttributeError', 'RuntimeError', 'RecursionError',
    'NotImplementedError', 'StopIteration', 'GeneratorExit', 'AssertionError', 'ImportError', 'ModuleNotFoundError', 'MemoryError', 'EOFError', 'ReferenceError', 'OSError'] as const;
  for (const name of typeNames) add(name, rt.heap.incref(rt.types[name]));
  add('None', rt.none());
  add('NotImplemented', rt.heap.incref(rt.NotImplemented));
  add('Ellipsis', rt.heap.incref(rt.Ellipsis));
  add('True', rt.bool(true));
  add('__debug__', rt.bool(true)); // python without -O
  add('False', rt.bool(false));
  void hexAddress;
  rt.heap.decref(module);
  return d;
}
