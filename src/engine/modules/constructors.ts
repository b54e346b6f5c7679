// Calling a built-in type: int(), float(), str(), bool(), list(), tuple(), dict(), range(), type().
import { checkParsedDigits } from '../objects/intdigits';
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from '../objects/object';
import { PyFloat, PyInt, PyStr, normInt } from '../objects/scalars';
import { PyDict, PyList, PyRange, PyTuple } from '../objects/containers';
import { withPackedArguments } from '../objects/tpcall';
import { collect, isTrue } from '../objects/protocols';
import { dictSet } from '../objects/dictops';
import { repr, str } from '../objects/repr';
import { listExtendSteal } from '../objects/listops';
import { PyInstance } from '../objects/classes';
import { PyMethodWrapper, PyProperty, PySuper } from '../objects/descriptors';
import { PyCell } from '../objects/callables';
import { PySet } from '../objects/sets';
import { newSet } from '../objects/setmethods';
import { isCallable, parseArgs, unexpectedKeyword } from './native';
import { PyMethod, lookupInMro } from '../objects/classes';
import { PyModule } from '../objects/callables';
import { PyMappingProxy } from '../objects/containers';
import { instantiate, typeNew } from '../objects/instantiate';
import { newSlice } from '../objects/slices';
import { dictUpdate, dictUpdateKeywords } from '../objects/dictmerge';

/** The metaclass of a class made from `bases`: the most derived of the bases' metaclasses (type if none). */
function calculateMetaclass(rt: Runtime, bases: PyObject): PyType {
  let winner = rt.types.type;
  for (const b of bases instanceof PyTuple ? bases.items : []) {
    if (b.type.isSubtypeOf(winner)) winner = b.type;
    else if (!winner.isSubtypeOf(b.type)) rt.raise(rt.types.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}
import { isBytesLike, latin1OfBytes } from '../objects/bytes';
import { decodeToStr } from '../objects/bytesmethods';
import { callBytesType } from '../objects/bytesnew';

function noKeywords(rt: Runtime, name: string, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${name}() takes no keyword arguments`);
}

/** int(x=0, /, base=10): base may be given by keyword. */
function callInt(rt: Runtime, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  for (const key of kwargs?.keys() ?? []) if (key !== 'base') unexpectedKeyword(rt, 'int', key, ['base']);
  const base = kwargs?.get('base') ?? args[1];
  const given = args.length + (kwargs?.size ?? 0);
  if (given > 2) rt.raise(rt.types.TypeError, `int() takes at most 2 arguments (${given} given)`);
  if (base === undefined) return args.length === 0 ? rt.int(0) : toInt(rt, args[0]!);
  if (args.length === 0) rt.raise(rt.types.TypeError, 'int() missing string argument');
  return intWithBase(rt, args[0]!, base);
}

function toInt(rt: Runtime, o: PyObject): PyObject {
  if (o instanceof PyInt) return o.type === rt.types.int ? rt.heap.incref(o) : rt.int(o.value);
  if (o instanceof PyFloat) {
    if (!Number.isFinite(o.value)) rt.raise(Number.isNaN(o.value) ? rt.types.ValueError : rt.types.OverflowError, Number.isNaN(o.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return rt.int(normInt(BigInt(Math.trunc(o.value))));
  }
  const literal = numberText(o);
  if (literal !== null) {
    const text = literal.trim().replace(/_/g, '');
    if (!/^[+-]?\d+$/.test(text) || /__/.test(literal)) rt.raise(rt.types.ValueError, `invalid literal for int() with base 10: ${repr(rt, o)}`);
    checkParsedDigits(rt, text.replace(/^[+-]/, '').length, 10);
    return rt.int(normInt(BigInt(text)));
  }
  return rt.raise(rt.types.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${o.type.name}'`);
}

/** int(text, base): base 0 reads the prefix (0x, 0o, 0b); underscores between digits are allowed. */
/** The text int() and float() parse: a str, or the ASCII of a bytes-like object; null for other types. */
function numberText(o: PyObject): string | null {
  if (o instanceof PyStr) return o.value;
  return isBytesLike(o) ? latin1OfBytes(o.data) : null;
}

function intWithBase(rt: Runtime, text: PyObject, baseObj: PyObject): PyObject {
  const literal = numberText(text);
  if (literal === null) return rt.raise(rt.types.TypeError, "int() can't convert non-string with explicit base");
  if (!(baseObj instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${baseObj.type.name}' object cannot be interpreted as an integer`);
  let base = Number(baseObj.value);
  if (base !== 0 && (base < 2 || base > 36)) rt.raise(rt.types.ValueError, 'int() base must be >= 2 and <= 36, or 0');
  const invalid = () => rt.raise(rt.types.ValueError, `invalid literal for int() with base ${base}: ${repr(rt, text)}`);
  let s = literal.trim().toLowerCase();
  let sign = 1n;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1n;
    s = s.slice(1);
  }
  const prefixes: Record<string, number> = { '0x': 16, '0o': 8, '0b': 2 };
  const prefix = prefixes[s.slice(0, 2)];
  if (prefix && (base === 0 || base === prefix)) {
    s = s.slice(2).replace(/^_/, '');
    if (base === 0) base = prefix;
  } else if (base === 0) {
    if (/^0+$/.test(s.replace(/_/g, ''))) return rt.int(0);
    if (s.startsWith('0')) invalid();
    base = 10;
  }
  if (!s || /^_|_$|__/.test(s)) invalid();
  checkParsedDigits(rt, s.replace(/_/g, '').length, base);
  let value = 0n;
  for (const ch of s.replace(/_/g, '')) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base) invalid();
    value = value * BigInt(base) + BigInt(d);
  }
  return rt.int(normInt(sign * value));
}

function toFloat(rt: Runtime, o: PyObject): PyObject {
  if (o instanceof PyFloat) return o.type === rt.types.float ? rt.heap.incref(o) : rt.float(o.value);
  if (o instanceof PyInt) {
    const value = Number(o.value);
    if (!Number.isFinite(value)) rt.raise(rt.types.OverflowError, 'int too large to convert to float');
    return rt.float(value);
  }
  const literal = numberText(o);
  if (literal !== null) {
    const text = literal.trim().toLowerCase();
    const special: Record<string, number> = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '-infinity': -Infinity, nan: NaN, '+nan': NaN, '-nan': NaN };
    if (text in special) return rt.float(special[text]!);
    if (!/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(e[+-]?\d+)?$/.test(text)) rt.raise(rt.types.ValueError, `could not convert string to float: ${repr(rt, o)}`);
    return rt.float(Number(text.replace(/_/g, '')));
  }
  return rt.raise(rt.types.TypeError, `float() argument must be a string or a real number, not '${o.type.name}'`);
}

function rangeArg(rt: Runtime, o: PyObject): number {
  if (!(o instanceof PyInt)) rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

/**
 * dict_merge copies a dict's entries directly unless its class overrides __iter__; then it reads keys()
 * and [] — the same entries unless those are overridden too, which the simulator does not follow yet.
 */
export function overridesMappingAccess(cls: PyType): boolean {
  return cls.isHeapType && !!lookupInMro(cls, '__iter__') && (!!lookupInMro(cls, 'keys') || !!lookupInMro(cls, '__getitem__'));
}

/** dict(mapping_or_pairs, **kwargs) and dict.__init__: fills `d` with PyDict_SetItem (a subclass's __setitem__ is not called). */
export function dictInitFrom(rt: Runtime, d: PyDict, args: PyObject[], kwargs: Map<string, PyObject> | null): void {
  if (args[0]) {
    // dict_merge copies a dict directly unless its class overrides __iter__ (then keys() and [] are used).
    if (args[0] instanceof PyDict && overridesMappingAccess(args[0].type)) rt.unsupported('dict() of a dict subclass that overrides __iter__ and keys() or __getitem__');
    dictUpdate(rt, d, args[0]);
  }
  dictUpdateKeywords(rt, d, kwargs);
}

/** Returns a new reference, or null when `callable` is not a built-in type. */
export function callBuiltinType(rt: Runtime, callable: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject | null {
  if (!(callable instanceof PyType)) return null;
  // Types without a vectorcall in this version get their arguments packed (_PyObject_MakeTpCall).
  if (rt.profile.builtins.calledWithArgTuple.includes(callable.name) && !callable.isHeapType) {
    return withPackedArguments(rt, args, kwargs, () => constructBuiltin(rt, callable, args, kwargs));
  }
  return constructBuiltin(rt, callable, args, kwargs);
}

function constructBuiltin(rt: Runtime, callable: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject | null {
  if (callable.nativeNew) return callable.nativeNew(args, kwargs);
  const t = rt.types;
  switch (callable) {
    case t.int:
      return callInt(rt, args, kwargs);
    case t.float:
      noKeywords(rt, 'float', kwargs);
      return args.length === 0 ? rt.float(0) : toFloat(rt, args[0]!);
    case t.str: {
      const [object, encoding, errors] = parseArgs(rt, 'str', args, kwargs, { params: ['object', 'encoding', 'errors'], required: 0 });
      if (encoding !== undefined || errors !== undefined) return rt.str(decodeToStr(rt, object, encoding, errors));
      if (object === undefined) return rt.str('');
      if (object instanceof PyStr && object.type === t.str) return rt.heap.incref(object);
      return rt.str(str(rt, object));
    }
    case t.bytes:
    case t.bytearray:
      return callBytesType(rt, callable, args, kwargs);
    case t.bool:
      noKeywords(rt, 'bool', kwargs);
      return rt.bool(args.length > 0 && isTrue(rt, args[0]!));
    case t.list: {
      noKeywords(rt, 'list', kwargs);
      // list(iterable) uses tp_alloc (never the list freelist) and then extends with a length hint.
      const list = rt.heap.registerFromTypeCall(new PyList(t.list, []));
      if (args[0]) {
        const src = args[0];
        const hinted = src instanceof PyList || src instanceof PyTuple || src instanceof PyDict || src instanceof PyStr || isBytesLike(src) || src instanceof PyRange;
        listExtendSteal(rt, list, collect(rt, src), hinted);
      }
      return list;
    }
    case t.tuple:
      noKeywords(rt, 'tuple', kwargs);
      if (!args[0]) return rt.tuple([]);
      if (args[0] instanceof PyTuple && args[0].type === t.tuple) return rt.heap.incref(args[0]);
      return rt.tuple(collect(rt, args[0]));
    case t.dict: {
      if (args.length > 1) rt.raise(rt.types.TypeError, `dict expected at most 1 argument, got ${args.length}`);
      // dict_new uses tp_alloc, never the dict freelist.
      const d = rt.heap.registerFromTypeCall(new PyDict(t.dict), rt.profile.gc.dictsAlwaysTracked);
      try {
        dictInitFrom(rt, d, args, kwargs);
      } catch (error) {
        rt.heap.decref(d);
        throw error;
      }
      return d;
    }
    case t.set:
    case t.frozenset: {
      noKeywords(rt, callable.name, kwargs);
      if (args.length > 1) rt.raise(rt.types.TypeError, `${callable.name} expected at most 1 argument, got ${args.length}`);
      if (callable === t.frozenset && args[0] instanceof PySet && args[0].type === t.frozenset) return rt.heap.incref(args[0]);
      const items = args[0] ? collect(rt, args[0]) : [];
      const set = newSet(rt, callable, items);
      for (const x of items) rt.heap.decref(x);
      return set;
    }
    case t.range: {
      noKeywords(rt, 'range', kwargs);
      if (args.length === 0) rt.raise(rt.types.TypeError, 'range expected at least 1 argument, got 0');
      if (args.length > 3) rt.raise(rt.types.TypeError, `range expected at most 3 arguments, got ${args.length}`);
      const [start, stop, step] = args.length === 1 ? [0, rangeArg(rt, args[0]!), 1] : [rangeArg(rt, args[0]!), rangeArg(rt, args[1]!), args[2] ? rangeArg(rt, args[2]) : 1];
      if (step === 0) rt.raise(rt.types.ValueError, 'range() arg 3 must not be zero');
      return rt.heap.register(new PyRange(t.range, start, stop, step));
    }
    case t.slice:
      return newSlice(rt, args, kwargs);
    case t.type:
      if (args.length === 1 && (!kwargs || kwargs.size === 0)) return rt.heap.incref(args[0]!.type);
      if (args.length !== 3) return rt.raise(rt.types.TypeError, 'type() takes 1 or 3 arguments');
      {
        // type(name, bases, dict): the most derived metaclass of the bases makes the class, with its own
        // __new__ and __init__ (type_new defers to it; its __call__ is not involved).
        const metaclass = calculateMetaclass(rt, args[1]!);
        return metaclass === t.type ? typeNew(rt, t.type, args, kwargs) : instantiate(rt, metaclass, args, kwargs, false);
      }
    case t.object:
      if (args.length > 0) rt.raise(rt.types.TypeError, 'object() takes no arguments');
      return rt.heap.register(new PyInstance(t.object));
    case t.method: {
      // types.MethodType(function, instance): a bound method holding both.
      noKeywords(rt, 'method', kwargs);
      if (args.length !== 2) rt.raise(rt.types.TypeError, `method expected 2 arguments, got ${args.length}`);
      if (!isCallable(args[0]!)) rt.raise(rt.types.TypeError, 'first argument must be callable');
      if (args[1] === rt.None) rt.raise(rt.types.TypeError, 'instance must not be None');
      return rt.heap.register(new PyMethod(t.method, rt.heap.incref(args[0]!, 'attr'), rt.heap.incref(args[1]!, 'attr')));
    }
    case t.module: {
      // types.ModuleType(name, doc=None): a module object that no import system knows about.
      const [name, doc] = parseArgs(rt, 'module', args, kwargs, { params: ['name', 'doc'], required: 1 });
      if (!(name instanceof PyStr)) return rt.raise(rt.types.TypeError, `module.__init__() argument 'name' must be str, not ${name!.type.name}`);
      const dict = rt.dict();
      const module = rt.heap.register(new PyModule(t.module, name.value, dict));
      module.builtin = false;
      for (const [key, value] of [['__name__', name], ['__doc__', doc ?? rt.None], ['__package__', rt.None], ['__loader__', rt.None], ['__spec__', rt.None]] as const) {
        const k = rt.internedStr(key);
        dictSet(rt, dict, k, value);
        rt.heap.decref(k);
      }
      return module;
    }
    case t.mappingproxy: {
      const [mapping] = parseArgs(rt, 'mappingproxy', args, kwargs, { params: ['mapping'], required: 1 });
      if (!(mapping instanceof PyDict)) return rt.unsupported(`mappingproxy() of '${mapping!.type.name}' objects`);
      return rt.heap.register(new PyMappingProxy(t.mappingproxy, rt.heap.incref(mapping, 'item')));
    }
    case t.property: {
      const [fget, fset, fdel] = [0, 1, 2].map((i) => {
        const v = args[i] ?? kwargs?.get(['fget', 'fset', 'fdel'][i]!);
        return v && v !== rt.None ? rt.heap.incref(v, 'attr') : null;
      });
      return rt.heap.register(new PyProperty(t.property, fget!, fset!, fdel!));
    }
    case t.classmethod:
    case t.staticmethod:
      if (args.length !== 1) rt.raise(rt.types.TypeError, `${callable.name} expected 1 argument, got ${args.length}`);
      return rt.heap.register(new PyMethodWrapper(callable, rt.heap.incref(args[0]!, 'attr')));
    case t.super: {
      let thisType: PyObject | null = args[0] ?? null;
      let obj: PyObject | null = args[1] ?? null;
      if (args.length === 0) {
        const ctx = rt.superContext();
        if (!(ctx.cell instanceof PyCell) || !ctx.cell.value) rt.raise(rt.types.RuntimeError, 'super(): __class__ cell not found');
        if (!ctx.self) rt.raise(rt.types.RuntimeError, 'super(): no arguments');
        thisType = (ctx.cell as PyCell).value;
        obj = ctx.self;
      }
      if (!(thisType instanceof PyType)) return rt.raise(rt.types.TypeError, 'super() argument 1 must be a type');
      if (!obj) return rt.unsupported('unbound super objects');
      return rt.heap.register(new PySuper(t.super, rt.heap.incref(thisType, 'attr'), rt.heap.incref(obj, 'attr')));
    }
    default:
      if (callable.isSubtypeOf(t.BaseException)) {
        const items = args.map((a) => rt.heap.incref(a, 'item'));
        return makeException(rt, callable, items);
      }
      return rt.unsupported(`calling the type '${callable.name}'`);
  }
}

function makeException(rt: Runtime, type: PyType, items: PyObject[]): PyObject {
  const exc = rt.exception(type, null);
  rt.heap.decref(exc.args);
  exc.args = rt.argsTuple(items);
  return exc;
}
