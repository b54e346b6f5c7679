// The weakref module: ref (ReferenceType), proxy (ProxyType / CallableProxyType), getweakrefcount and
// getweakrefs, modelled on Objects/weakrefobject.c; the weak containers and finalize (Lib/weakref.py) are
// in weakrefContainers.ts and weakrefFinalize.ts. The weakref lists live in the heap (memory/weakrefs.ts),
// which clears them when a referent dies; the collector clears those of unreachable objects.
import { classNamespace, isVarSized } from '../objects/subclass';
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from '../objects/object';
import { createClass, lookupInMro } from '../objects/classes';
import { PyProperty } from '../objects/descriptors';
import { PyWeakref, type WeakrefKind } from '../objects/weakref';
import { PyBuiltin, PyFunction } from '../objects/callables';
import { PyGenerator } from '../objects/generators';
import { PyDict } from '../objects/containers';
import { PyStr } from '../objects/scalars';
import { dictGetStr, dictSet } from '../objects/dictops';
import { hexAddress, str } from '../objects/repr';
import { pyHash } from '../objects/pyhash';
import { compareObject, contains, getIter, getItem, isTrue, length } from '../objects/protocols';
import { binaryOp } from '../objects/number';
import { COMPARE_DUNDERS, BINARY_DUNDERS } from '../objects/dunders';
import type { CmpOpName, BinOpName } from '../syntax/ast';
import {
  checkPositional, defineLazyModule, isCallable, oneArg, noKeywords,
  type Kwargs, type NativeModuleBuilder,
} from './native';
import { defineFinalize } from './weakrefFinalize';
import { defineWeakContainers } from './weakrefContainers';
import { defineWeakMethod } from './weakrefMethod';

/** Static built-in types whose objects have a weakref list. */
const WEAKREFABLE_BUILTINS = new Set(['type', 'function', 'set', 'frozenset', 'generator', 'method', 'module', 'code', 'builtin_function_or_method', 'collections.deque']);
/** Classes of the simulator's native modules whose CPython types have no weakref list ('module.name'). */
const NATIVE_WITHOUT_WEAKREFS = new Set(['operator.itemgetter', 'operator.attrgetter', 'operator.methodcaller', 'weakref.finalize']);
/** Of those, the C types, whose messages print the module too. */
const C_TYPES = new Set(['operator.itemgetter', 'operator.attrgetter', 'operator.methodcaller', 'functools.partial']);

/** The types this module defines, and the C names CPython's messages use for them. */
interface WeakrefTypes {
  ref: PyType;
  proxy: PyType;
  callableProxy: PyType;
  keyedRef: PyType;
}
const typesOf = new WeakMap<Runtime, WeakrefTypes>();

/** tp_name as CPython's messages print it ('weakref.ReferenceType' for the module's static types). */
export function tpName(rt: Runtime, type: PyType): string {
  const own = typesOf.get(rt);
  if (own && (type === own.ref || type === own.proxy || type === own.callableProxy)) return `weakref.${type.name}`;
  const qualified = `${type.module}.${type.name}`;
  return type.isHeapType && C_TYPES.has(qualified) ? qualified : type.name;
}

/** _PyType_SUPPORTS_WEAKREFS for the simulator's types. */
export function supportsWeakrefs(rt: Runtime, type: PyType): boolean {
  if (!type.isHeapType) return WEAKREFABLE_BUILTINS.has(type.name);
  const own = typesOf.get(rt);
  if (own && (type === own.ref || type === own.proxy || type === own.callableProxy || type === own.keyedRef)) return false;
  if (NATIVE_WITHOUT_WEAKREFS.has(`${type.module}.${type.name}`)) return false;
  // A weakref list inherited from the base; else type_new adds one unless __slots__ leaves '__weakref__' out,
  // and never on a variable-sized base such as int or tuple (may_add_weak needs tp_itemsize == 0).
  if (type.base && supportsWeakrefs(rt, type.base)) return true;
  if (isVarSized(rt, type.mro.find((t) => !t.isHeapType)!)) return false;
  const slots = dictGetStr(type.dict as PyDict, '__slots__');
  return !slots || declaresSlot(slots, '__weakref__');
}

function declaresSlot(slots: PyObject | undefined, name: string): boolean {
  if (!slots) return false;
  if (slots instanceof PyStr) return slots.value === name;
  const items = (slots as { items?: PyObject[] }).items;
  return !!items?.some((s) => s instanceof PyStr && s.value === name);
}

function objectSupportsWeakrefs(rt: Runtime, obj: PyObject): boolean {
  if (obj instanceof PyType) return true;
  return supportsWeakrefs(rt, obj.type);
}

/** weakref.ref(obj[, callback]) / proxy(obj[, callback]) as get_or_create_weakref: reuses the basic one. New reference. */
export function newWeakref(rt: Runtime, cls: PyType, kind: WeakrefKind, obj: PyObject, callback: PyObject | null): PyWeakref {
  if (!objectSupportsWeakrefs(rt, obj)) rt.raise(rt.types.TypeError, `cannot create weak reference to '${tpName(rt, obj.type)}' object`);
  const own = typesOf.get(rt)!;
  const cb = callback === rt.None ? null : callback;
  const basicType = kind === 'ref' ? cls === own.ref : true;
  if (!cb && basicType) {
    const existing = rt.heap.weakrefs.basic(obj, kind);
    if (existing) return rt.heap.incref(existing);
  }
  const type = kind === 'proxy' ? (isCallable(obj) ? own.callableProxy : own.proxy) : cls;
  const wr = rt.heap.register(new PyWeakref(type, kind, obj, cb ? rt.heap.incref(cb, 'attr') : null, !cb && basicType));
  if (type !== own.ref && type !== own.proxy && type !== own.callableProxy) {
    // Subclasses (KeyedRef, classes deriving from ref) are heap types: their instances own the class.
    rt.heap.incref(type, 'attr');
    wr.ownsType = true;
    wr.weaklistSlot = type.mro.some((t) => t.isHeapType && declaresSlot(dictGetStr(t.dict as PyDict, '__slots__'), '__weakref__'));
  }
  rt.heap.weakrefs.insert(obj, wr);
  rt.recorder.touch(wr);
  return wr;
}

export function createWeakrefModule(rt: Runtime): void {
  defineLazyModule(rt, 'weakref', (m) => buildWeakref(rt, m));
}

export type Impl = (args: PyObject[], kwargs: Kwargs) => PyObject;

/** A class of this module with built-in methods and no instance __dict__ (as the C types have none). */
/** How many arguments (self included) a special method of these classes takes; null when it varies. */
function specialArity(method: string): number | null {
  if (['__repr__', '__str__', '__bool__', '__len__', '__iter__', '__hash__', '__callback__', 'key'].includes(method)) return 1;
  if (['__contains__', '__getitem__'].includes(method)) return 2;
  const binary = [...Object.values(COMPARE_DUNDERS).map(([own]) => own), ...Object.values(BINARY_DUNDERS).flatMap((d) => [`__${d}__`, `__r${d}__`])];
  return binary.includes(method) ? 2 : null;
}

export function weakrefClass(rt: Runtime, name: string, methods: Record<string, Impl>, base: PyType | null = null, slots: readonly string[] = []): PyType {
  const attributes: Record<string, PyObject> = { __slots__: rt.tuple(slots.map((n) => rt.str(n))) };
  let cls: PyType | null = null;
  for (const [method, impl] of Object.entries(methods)) {
    attributes[method] = rt.builtin(method, (_s, args, kwargs) => {
      // Operators call these with the instance first; looked up on an instance they are not bound (built-ins
      // in the class dict), so a direct call such as wm.__call__() arrives without it: refuse that.
      const self = args[0];
      const arity = specialArity(method);
      const wrongCount = arity !== null && args.length !== arity;
      // (__init__ only checks its argument count, so super().__init__(ob, callback) may arrive without self.)
      if (method !== '__new__' && method !== '__init__' && (wrongCount || !(self instanceof PyWeakref && cls && self.type.isSubtypeOf(cls)))) {
        return rt.unsupported(`calling ${name}.${method}() directly (only the operation that uses it is modelled)`);
      }
      return impl(args, kwargs);
    });
  }
  const ns = classNamespace(rt, 'weakref', attributes);
  try {
    cls = createClass(rt, name, name, base ? [base] : [], ns);
    cls.module = 'weakref';
    return cls;
  } finally {
    rt.heap.decref(ns);
  }
}

function self(rt: Runtime, args: PyObject[], what: string): PyWeakref {
  const s = args[0];
  if (!(s instanceof PyWeakref)) return rt.raise(rt.types.TypeError, `descriptor '${what}' requires a 'weakref.ReferenceType' object`);
  return s;
}

function buildWeakref(rt: Runtime, m: NativeModuleBuilder): void {
  const types = {} as WeakrefTypes;
  typesOf.set(rt, types);
  rt.heap.weakrefs.alwaysTuple = rt.profile.versionInfo[1] >= 13;
  const callCallback = rt.heap.weakrefs.callCallback;
  rt.heap.weakrefs.callCallback = (callback, wr) => {
    // The TypeError would be reported with the interrupted frame's line in its traceback (not modelled).
    if (!isCallable(callback)) rt.unsupported('a weakref callback that is not callable');
    callCallback(callback, wr);
  };
  rt.heap.weakrefs.holdPairs = (items) => rt.tuple(items.map((o) => (o instanceof PyWeakref ? rt.heap.incref(o, 'item') : o)));

  types.ref = weakrefClass(rt, 'ReferenceType', {
    __new__: (args, kwargs) => {
      const cls = args[0] as PyType;
      const rest = args.slice(1);
      // weakref___new__ ignores keywords; ReferenceType.__init__ refuses them (checked here when it is the
      // __init__ that will run, since instantiate() only calls __init__ defined in Python).
      if (kwargs && kwargs.size > 0 && lookupInMro(cls, '__init__') === lookupInMro(types.ref, '__init__')) {
        rt.raise(rt.types.TypeError, 'ref() takes no keyword arguments');
      }
      checkPositional(rt, '__new__', rest.length, 1, 2);
      return newWeakref(rt, cls, 'ref', rest[0]!, rest[1] ?? null);
    },
    __init__: (args, kwargs) => {
      if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'ref() takes no keyword arguments');
      checkPositional(rt, '__init__', args.length - 1, 1, 2);
      return rt.none();
    },
    __call__: (args) => {
      const wr = self(rt, args, '__call__');
      checkPositional(rt, 'weakref', args.length - 1, 0, 0);
      return wr.referent ? rt.heap.incref(wr.referent) : rt.none();
    },
    __repr__: (args) => rt.str(refRepr(rt, self(rt, args, '__repr__'))),
    __hash__: (args) => rt.int(refHash(rt, self(rt, args, '__hash__'))),
    __eq__: (args) => refCompare(rt, args, 'Eq'),
    __ne__: (args) => refCompare(rt, args, 'NotEq'),
    __callback__: (args) => {
      const wr = self(rt, args, '__callback__');
      return wr.callback ? rt.heap.incref(wr.callback) : rt.none();
    },
  });
  // __callback__ is a member, not a method: r.__callback__ reads it.
  makeMember(rt, types.ref, '__callback__');
  types.proxy = weakrefClass(rt, 'ProxyType', proxyMethods(rt, false));
  types.callableProxy = weakrefClass(rt, 'CallableProxyType', proxyMethods(rt, true));
  // KeyedRef(ob, callback, key): a ref that also holds the key of a WeakValueDictionary entry.
  types.keyedRef = weakrefClass(rt, 'KeyedRef', {
    __new__: (args, kwargs) => {
      const cls = args[0] as PyType;
      const rest = args.slice(1);
      if (kwargs && kwargs.size > 0) rt.unsupported('KeyedRef() with keyword arguments');
      const names = ['ob', 'callback', 'key'];
      if (rest.length < 3) {
        const missing = names.slice(rest.length).map((n) => `'${n}'`);
        const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
        rt.raise(rt.types.TypeError, `KeyedRef.__new__() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
      }
      if (rest.length > 3) rt.raise(rt.types.TypeError, `KeyedRef.__new__() takes 4 positional arguments but ${rest.length + 1} were given`);
      const wr = newWeakref(rt, cls, 'ref', rest[0]!, rest[1]!);
      wr.key = rt.heap.incref(rest[2]!, 'attr');
      return wr;
    },
    __init__: () => rt.none(),
    key: (args) => {
      const wr = self(rt, args, 'key');
      return rt.heap.incref(wr.key ?? rt.None);
    },
  }, types.ref);
  makeMember(rt, types.keyedRef, 'key');

  m.set('ref', rt.heap.incref(types.ref));
  m.set('ReferenceType', rt.heap.incref(types.ref));
  m.set('ProxyType', rt.heap.incref(types.proxy));
  m.set('CallableProxyType', rt.heap.incref(types.callableProxy));
  m.set('KeyedRef', rt.heap.incref(types.keyedRef));
  m.set('ProxyTypes', rt.tuple([rt.heap.incref(types.proxy, 'item'), rt.heap.incref(types.callableProxy, 'item')]));
  m.fn('proxy', (args, kwargs) => {
    noKeywords(rt, 'proxy', kwargs);
    checkPositional(rt, 'proxy', args.length, 1, 2);
    return newWeakref(rt, types.proxy, 'proxy', args[0]!, args[1] ?? null);
  });
  m.fn('getweakrefcount', (args, kwargs) => rt.int(rt.heap.weakrefs.of(oneArg(rt, '_weakref.getweakrefcount', args, kwargs)).length));
  m.fn('getweakrefs', (args, kwargs) => {
    const obj = oneArg(rt, '_weakref.getweakrefs', args, kwargs);
    return rt.list(rt.heap.weakrefs.of(obj).map((w) => rt.heap.incref(w, 'item')));
  });
  const makeRef = (cls: PyType, obj: PyObject, callback: PyObject | null) => newWeakref(rt, cls, 'ref', obj, callback);
  defineWeakContainers(rt, m, { ref: types.ref, keyedRef: types.keyedRef, newRef: makeRef });
  m.unsupportedFn('WeakMethod', 'weakref.WeakMethod is not modelled yet');
  m.set('WeakMethod', defineWeakMethod(rt, types.ref, (cls, obj, callback) => newWeakref(rt, cls, 'ref', obj, callback)));
  defineFinalize(rt, m, types.ref, (cls, obj, callback) => newWeakref(rt, cls, 'ref', obj, callback));
  m.known(['_IterationGuard', '__all__', '__name__', '__package__', '__builtins__', '__cached__', '__doc__', '__file__', '__loader__', '__spec__', '_collections_abc', 'itertools', 'sys']);
}

/** A read-only member (like __callback__): the class dict holds a property over the built-in getter. */
function makeMember(rt: Runtime, cls: PyType, name: string): void {
  const dict = cls.dict as PyDict;
  const getter = dictGetStr(dict, name)!;
  const prop = rt.heap.register(new PyProperty(rt.types.property, rt.heap.incref(getter), null, null));
  const key = rt.internedStr(name);
  dictSet(rt, dict, key, prop);
  rt.heap.decref(key);
  rt.heap.decref(prop);
}

/** weakref_repr (3.11–3.13): the referent's type name, and its __name__ when its type has one. */
function refRepr(rt: Runtime, wr: PyWeakref): string {
  const at = hexAddress(wr.address);
  const obj = wr.referent;
  if (!obj) return `<weakref at ${at}; dead>`;
  const name = specialName(rt, obj);
  return `<weakref at ${at}; to '${tpName(rt, obj.type)}' at ${hexAddress(obj.address)}${name ? ` (${name})` : ''}>`;
}

/** _PyObject_LookupSpecial(obj, '__name__'): functions, classes, modules and methods have one. */
function specialName(rt: Runtime, obj: PyObject): string | null {
  // _PyObject_LookupSpecial(obj, '__name__'): looked up on the type, so a module or a bound method (whose
  // types define no __name__) shows none, and an instance shows its class's __name__ attribute.
  if (obj instanceof PyFunction) return obj.name.value;
  if (obj instanceof PyType) return obj.name;
  if (obj instanceof PyBuiltin) return obj.name;
  if (obj instanceof PyGenerator) return obj.name;
  if (!obj.type.isHeapType) return null;
  const found = lookupInMro(obj.type, '__name__');
  if (!found) return null;
  if (found instanceof PyStr) return found.value;
  if (found instanceof PyProperty && found.fget) {
    const value = rt.call(found.fget, [obj]);
    try {
      return value instanceof PyStr ? value.value : null;
    } finally {
      rt.heap.decref(value);
    }
  }
  if (found instanceof PyFunction || !found.type.isHeapType) return null;
  return rt.unsupported(`the repr of a weakref to an object whose class's __name__ is a '${found.type.name}'`);
}

/** weakref_hash: the referent's hash, cached; a dead weakref that never hashed cannot. */
export function refHash(rt: Runtime, wr: PyWeakref): bigint {
  if (wr.hash !== null) return wr.hash;
  if (!wr.referent) rt.raise(rt.types.TypeError, 'weak object has gone away');
  wr.hash = pyHash(rt, wr.referent!);
  return wr.hash;
}

/** weakref_richcompare: two live weakrefs compare their referents; otherwise identity. */
function refCompare(rt: Runtime, args: PyObject[], op: 'Eq' | 'NotEq'): PyObject {
  const [a, b] = args as [PyWeakref, PyObject];
  if (!(b instanceof PyWeakref) || b.kind !== 'ref') return rt.heap.incref(rt.NotImplemented);
  if (!a.referent || !b.referent) return rt.bool((a === b) === (op === 'Eq'));
  return compareObject(rt, op, a.referent, b.referent);
}

/** The referent of a proxy, or ReferenceError once it died. */
function liveReferent(rt: Runtime, p: PyObject): PyObject {
  if (!(p instanceof PyWeakref)) return p;
  if (!p.referent) rt.raise(rt.types.ReferenceError, 'weakly-referenced object no longer exists');
  return p.referent!;
}

/** proxy_*: every operation is forwarded to the referent (unwrapping proxies among the operands). */
function proxyMethods(rt: Runtime, callable: boolean): Record<string, Impl> {
  const un = (o: PyObject) => liveReferent(rt, o);
  const methods: Record<string, Impl> = {
    __repr__: ([p]) => rt.str(proxyRepr(rt, p as PyWeakref)),
    __str__: ([p]) => rt.str(str(rt, un(p!))),
    __bool__: ([p]) => rt.bool(isTrue(rt, un(p!))),
    __len__: ([p]) => rt.int(length(rt, un(p!))),
    __contains__: ([p, v]) => rt.bool(contains(rt, un(p!), v!)),
    __getitem__: ([p, k]) => getItem(rt, un(p!), k!),
    __iter__: ([p]) => getIter(rt, un(p!)),
    __hash__: ([p]) => rt.raise(rt.types.TypeError, `unhashable type: '${tpName(rt, p!.type)}'`),
  };
  for (const op of Object.keys(COMPARE_DUNDERS) as CmpOpName[]) {
    methods[COMPARE_DUNDERS[op]![0]] = ([a, b]) => compareObject(rt, op, un(a!), un(b!));
  }
  for (const [op, dunder] of Object.entries(BINARY_DUNDERS)) {
    methods[`__${dunder}__`] = ([a, b]) => binaryOp(rt, op as BinOpName, un(a!), un(b!), false);
    methods[`__r${dunder}__`] = ([a, b]) => binaryOp(rt, op as BinOpName, un(b!), un(a!), false);
  }
  if (callable) methods.__call__ = (args, kwargs) => rt.call(un(args[0]!), args.slice(1), kwargs);
  return methods;
}

/** proxy_repr: 3.13 words it like weakref_repr; 3.11/3.12 print "<weakproxy at A to T at B>". */
function proxyRepr(rt: Runtime, p: PyWeakref): string {
  const at = hexAddress(p.address);
  const obj = p.referent;
  if (rt.profile.versionInfo[1] >= 13) {
    if (!obj) return `<weakproxy at ${at}; dead>`;
    return `<weakproxy at ${at}; to '${tpName(rt, obj.type)}' at ${hexAddress(obj.address)}>`;
  }
  const target = obj ?? rt.None;
  return `<weakproxy at ${at} to ${tpName(rt, target.type)} at ${hexAddress(target.address)}>`;
}
