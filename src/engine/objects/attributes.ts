// Attribute access: methods of built-in types, module attributes, and classes and their instances with
// CPython's lookup order (data descriptors, instance values, the class's MRO, __getattr__).
import { PyFrameObject, PyTraceback } from './frames';
import { frameLine } from './repr';
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType, type BuiltinImpl } from './object';
import { PyBuiltin, PyCell, PyCode, PyMethodDescr, PyModule, PyFunction } from './callables';
import { PyException, PyRaise } from './exceptions';
import { dictDelete, dictGetStr, dictSet } from './dictops';
import { PyDict, PyMappingProxy, PySlice, PyTuple } from './containers';
import { sliceAttribute } from './slices';
import { makeTrans } from './strtranslate';
import { floatFromHex, numberAttribute } from './numbermethods';
import { PyFloat, PyInt, PyStr } from './scalars';
import { PyGetSetDescriptor, PyInstance, PyMethod, attachSubclassDict, keepsInlineValues, moveValuesToDict, bindDescriptor, instanceDelAttr, instanceGetOwn, instanceSetAttr, lookupInMro } from './classes';
import { PyMethodWrapper, PyProperty, PySuper } from './descriptors';
import { closestName } from '../vm/suggestions';
import { allocateInstance, typeNew } from './instantiate';
import { PyGenerator } from './generators';
import { collect, isTrue } from './protocols';
import { isProxy, proxyReferent } from './weakref';
import { hasInstanceState, type Instance } from './instance';
import { builtinNew, builtinRoot } from './subclass';
import { getFunctionAttribute, setFunctionAttribute } from './functionAttributes';
import { fromHex } from './bytesmethods';
import { intFromBytes } from './intbytes';
import { detachValues, markValuesInline } from '../gc/traverse';

const descriptors = new WeakMap<Runtime, Map<string, PyMethodDescr>>();

/**
 * Special methods of built-in types that CPython exposes through slot wrappers
 * (`<slot wrapper '__init__' of 'object' objects>`, bound: `method-wrapper`), not method descriptors.
 */
const NOT_SLOT_WRAPPERS = new Set(['__new__', '__init_subclass__', '__subclasshook__', '__dir__', '__format__', '__reduce__', '__reduce_ex__',
  '__sizeof__', '__getstate__', '__class_getitem__', '__reversed__', '__length_hint__', '__copy__', '__deepcopy__', '__getnewargs__',
  '__setstate__', '__subclasses__', '__instancecheck__', '__subclasscheck__', '__prepare__', '__round__', '__trunc__', '__floor__', '__ceil__']);

function isSlotWrapper(name: string): boolean {
  return name.startsWith('__') && name.endsWith('__') && !NOT_SLOT_WRAPPERS.has(name);
}

/** The built-in method `name` of `type` bound to `self`: a builtin method, or a method-wrapper for a slot. */
export function boundBuiltin(rt: Runtime, name: string, impl: BuiltinImpl, self: PyObject): PyObject {
  const bound = rt.builtin(name, impl, self);
  if (isSlotWrapper(name)) (bound as { type: PyType }).type = rt.types.method_wrapper;
  return bound;
}

/** dir(type) of CPython 3.13 less dir(object): attributes every class has. */
const TYPE_ATTRIBUTES = new Set(['__abstractmethods__', '__annotations__', '__base__', '__bases__', '__basicsize__', '__call__', '__dict__',
  '__dictoffset__', '__flags__', '__instancecheck__', '__itemsize__', '__module__', '__mro__', '__name__', '__or__', '__prepare__', '__qualname__',
  '__ror__', '__subclasscheck__', '__subclasses__', '__text_signature__', '__type_params__', '__weakrefoffset__', 'mro']);

/** list, dict and set set __hash__ to None (they are unhashable): so do their subclasses unless they define one. */
function hashIsNone(rt: Runtime, type: PyType, name: string): boolean {
  if (name !== '__hash__') return false;
  const root = type.mro.find((t) => !t.isHeapType);
  return root === rt.types.list || root === rt.types.dict || root === rt.types.set;
}

/** The static method descriptor of `type.name` (one per runtime, like the defining type's own dict entry). */
function descriptor(rt: Runtime, type: PyType, name: string): PyMethodDescr | null {
  if (hashIsNone(rt, type, name)) return null;
  const owner = type.mro.find((t) => t.methods.has(name));
  if (!owner) return null;
  let cache = descriptors.get(rt);
  if (!cache) descriptors.set(rt, (cache = new Map()));
  const key = `${owner.name}.${name}`;
  let d = cache.get(key);
  if (!d) {
    const kind = isSlotWrapper(name) ? rt.types.wrapper_descriptor : rt.types.method_descriptor;
    d = rt.heap.registerStatic(new PyMethodDescr(kind, owner, name, owner.methods.get(name)!));
    cache.set(key, d);
  }
  return d;
}

/** LOAD_ATTR's method form: a new reference to the unbound method, or null to fall back to getattr. */
export function loadMethod(rt: Runtime, owner: PyObject, name: string): PyObject | null {
  if (owner instanceof PyModule || owner instanceof PyType || owner instanceof PySuper) return null;
  if (hasInstanceState(owner)) {
    if (lookupInMro(owner.type, '__getattribute__')) return null;
    // A plain function found on the class is called with the instance, without a bound method object.
    const found = lookupInMro(owner.type, name);
    if (found instanceof PyFunction && !instanceGetOwn(owner, name)) return rt.heap.incref(found);
    if (found || instanceGetOwn(owner, name)) return null;
  }
  const d = descriptor(rt, owner.type, name);
  return d ? rt.heap.incref(d) : null;
}

/** getattr(owner, name): a new reference, or AttributeError as CPython words it. */
export function getAttribute(rt: Runtime, owner: PyObject, name: string): PyObject {
  // proxy_getattr: every attribute, __class__ and __dict__ included, is the referent's.
  if (isProxy(owner)) return getAttribute(rt, proxyReferent(rt, owner), name);
  if (owner instanceof PyModule) {
    const value = dictGetStr(owner.dict, name);
    if (value) return rt.heap.incref(value);
    if (owner.type.hasKnownAttribute(`${owner.name}.${name}`)) rt.unsupported(`${owner.name}.${name}`);
    return raiseWithSuggestion(rt, `module '${owner.name}' has no attribute '${name}'`, name, strKeys(owner.dict));
  }
  if (owner instanceof PyType) return typeAttribute(rt, owner, name);
  if (owner instanceof PySuper) return superAttribute(rt, owner, name);
  if (owner instanceof PyFunction) {
    const found = getFunctionAttribute(rt, owner, name);
    if (found) return found;
  }
  if (owner instanceof PyCode) return codeAttribute(rt, owner, name);
  if (owner instanceof PyTuple && owner.type.tupleFields) {
    const index = owner.type.tupleFields.indexOf(name);
    if (index >= 0) return rt.heap.incref(owner.items[index]!);
  }
  if (owner instanceof PyTuple && owner.type === rt.types.version_info) {
    const index = VERSION_FIELDS.indexOf(name);
    if (index >= 0) return rt.heap.incref(owner.items[index]!);
  }
  if (owner instanceof PyGenerator) {
    if (name === '__name__') return rt.str(owner.name);
    if (name === '__qualname__') return rt.str(owner.qualname);
    if (name === 'gi_frame') return owner.frame ? rt.unsupported('frame objects') : rt.none();
    if (name === 'gi_running') return rt.bool(owner.running);
  }
  if (owner instanceof PyBuiltin) {
    if (name === '__name__' || name === '__qualname__') return rt.str(owner.name);
    if (name === '__self__') return rt.heap.incref(owner.self ?? rt.None);
  }
  if (owner instanceof PyMethod) {
    if (name === '__self__') return rt.heap.incref(owner.self);
    if (name === '__func__') return rt.heap.incref(owner.func);
    if (name === '__name__' || name === '__qualname__') return getAttribute(rt, owner.func, name);
  }
  if (owner instanceof PyMethodWrapper && (name === '__func__' || name === '__wrapped__')) return rt.heap.incref(owner.func);
  if (owner instanceof PyCell && name === 'cell_contents') {
    if (!owner.value) rt.raise(rt.types.ValueError, 'Cell is empty');
    return rt.heap.incref(owner.value!);
  }
  if (owner instanceof PyProperty && (name === 'setter' || name === 'getter' || name === 'deleter')) {
    return rt.builtin(name, (self, args) => copyProperty(rt, self as PyProperty, name, args[0]!), owner);
  }
  if (owner instanceof PyTraceback) {
    switch (name) {
      case 'tb_frame': return rt.heap.incref(owner.frame);
      case 'tb_next': return rt.heap.incref(owner.next ?? rt.None);
      case 'tb_lineno': return rt.int(owner.lineno);
      default: break;
    }
  }
  if (owner instanceof PyFrameObject) {
    switch (name) {
      case 'f_back': return rt.frameBack(owner);
      case 'f_code': return rt.heap.incref(owner.frame.pycode);
      case 'f_lineno': return rt.int(frameLine(owner));
      case 'f_globals': return rt.heap.incref(owner.frame.globals);
      case 'f_locals':
        // A module or class body's namespace dict; a function's (a snapshot dict, or 3.13's proxy) is not modelled.
        if (owner.frame.locals) return rt.heap.incref(owner.frame.locals);
        return rt.unsupported("f_locals of a function's frame");
      default: break;
    }
  }
  if (owner instanceof PyException) {
    const own = owner.values.get(name);
    if (own) return rt.heap.incref(own);
    if (name === '__traceback__') return rt.heap.incref(owner.tracebackObject ?? rt.None);
    if (name === 'args') return rt.heap.incref(owner.args);
    // StopIteration.value: the first argument (None without one), as StopIteration_init stores it.
    if (name === 'value' && owner.type.isSubtypeOf(rt.types.StopIteration)) {
      const first = owner.args instanceof PyTuple ? owner.args.items[0] : undefined;
      return rt.heap.incref(first ?? rt.None);
    }
    if (name === '__cause__') return rt.heap.incref(owner.cause ?? rt.None);
    if (name === '__context__') return rt.heap.incref(owner.context ?? rt.None);
    if (name === '__suppress_context__') return rt.bool(owner.suppressContext);
    const field = UNICODE_ERROR_FIELDS.indexOf(name);
    if (field >= 0 && owner.args.items.length === 5
      && (owner.type.isSubtypeOf(rt.types.UnicodeEncodeError) || owner.type.isSubtypeOf(rt.types.UnicodeDecodeError))) {
      return rt.heap.incref(owner.args.items[field]!);
    }
  }
  if (owner instanceof PySlice) {
    const part = sliceAttribute(rt, owner, name);
    if (part) return part;
  }
  if ((owner instanceof PyInt || owner instanceof PyFloat) && !owner.type.isHeapType) {
    const part = numberAttribute(rt, owner, name);
    if (part) return part;
  }
  if (hasInstanceState(owner)) return instanceAttribute(rt, owner, name);
  if (hashIsNone(rt, owner.type, name)) return rt.none();
  const impl = owner.type.lookupMethod(name);
  if (impl) return boundBuiltin(rt, name, impl, owner);
  const getter = owner.type.getters.get(name);
  if (getter) return getter(owner);
  if (name === '__class__') return rt.heap.incref(owner.type);
  // Without CPython's attribute list for this type, a miss may be a gap of the simulator, not an AttributeError.
  if (owner.type.hasKnownAttribute(name) || !hasOwnAttributeList(owner.type)) rt.unsupported(`the attribute '${name}' of '${owner.type.name}' objects`);
  const known = owner.type.mro.flatMap((t) => [...t.knownAttributes]);
  return raiseWithSuggestion(rt, `'${owner.type.name}' object has no attribute '${name}'`, name, known);
}

/** Whether the attribute names CPython's type has are known (only `object`'s inherited ones don't count). */
function hasOwnAttributeList(type: PyType): boolean {
  return type.mro.some((t) => t.knownAttributes.size > 0 && t.base !== null);
}

const VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'];

/** UnicodeEncodeError/UnicodeDecodeError's attributes, in the order of their constructor arguments. */
const UNICODE_ERROR_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

/** The code object attributes tutorials look at. */
function codeAttribute(rt: Runtime, code: PyCode, name: string): PyObject {
  const c = code.code;
  const names = (list: string[]) => rt.tuple(list.map((n) => rt.internedStr(n)));
  switch (name) {
    case 'co_name': return rt.str(c.name);
    case 'co_qualname': return rt.str(c.qualname);
    case 'co_filename': return rt.str(c.filename);
    case 'co_firstlineno': return rt.int(c.firstLine);
    case 'co_argcount': return rt.int(c.argcount);
    case 'co_posonlyargcount': return rt.int(c.posonlyargcount);
    case 'co_kwonlyargcount': return rt.int(c.kwonlyargcount);
    case 'co_varnames': return names(c.varnames);
    case 'co_cellvars': return names(c.cellvars);
    case 'co_freevars': return names(c.freevars);
    case 'co_names': return names(c.names);
    case 'co_consts': return rt.tuple(code.consts.map((x) => rt.heap.incref(x, 'item')));
    default: return rt.unsupported(`the attribute '${name}' of code objects`);
  }
}

/** getattr on a class instance: the class's __getattribute__ (or object's), then __getattr__ on AttributeError. */
function instanceAttribute(rt: Runtime, obj: Instance, name: string): PyObject {
  const getattribute = lookupInMro(obj.type, '__getattribute__');
  const getattr = lookupInMro(obj.type, '__getattr__');
  try {
    if (!getattribute) return genericGetAttr(rt, obj, name);
    const key = rt.str(name);
    try {
      return rt.call(getattribute, [obj, key]);
    } finally {
      rt.heap.decref(key);
    }
  } catch (error) {
    if (!getattr || !(error instanceof PyRaise) || !error.exc.type.isSubtypeOf(rt.types.AttributeError)) throw error;
    rt.heap.decref(error.exc);
    const key = rt.str(name);
    try {
      return rt.call(getattr, [obj, key]);
    } finally {
      rt.heap.decref(key);
    }
  }
}

/** object.__getattribute__ (PyObject_GenericGetAttr): data descriptors, the instance's own values, the class. */
export function genericGetAttr(rt: Runtime, obj: Instance, name: string): PyObject {
  if (name === '__dict__' && obj.type.hasDict) return materializeDict(rt, obj);
  const found = lookupInMro(obj.type, name);
  if (found instanceof PyProperty) return propertyGet(rt, found, obj, name);
  const getter = found ? descriptorHook(found, '__get__') : undefined;
  if (getter && found && isDataDescriptor(found)) return rt.call(getter, [found, obj, obj.type]);
  if (found instanceof PyGetSetDescriptor && found.type === rt.types.member_descriptor && obj.type.memberSlots.includes(name)) {
    const value = obj.slotValues.get(name);
    if (value) return rt.heap.incref(value);
    return raiseWithSuggestion(rt, `'${obj.type.name}' object has no attribute '${name}'`, name, attributeNames(obj));
  }
  // The head of the object's weakref list, or None.
  if (found instanceof PyGetSetDescriptor && name === '__weakref__') return rt.heap.incref(rt.heap.weakrefs.of(obj)[0] ?? rt.None);
  const own = instanceGetOwn(obj, name);
  if (own) return rt.heap.incref(own);
  if (getter) return rt.call(getter, [found!, obj, obj.type]);
  if (found) return bindToInstance(rt, found, obj);
  if (name === '__class__') return rt.heap.incref(obj.type);
  if (hashIsNone(rt, obj.type, name)) return rt.none();
  const impl = obj.type.lookupMethod(name);
  if (impl) return boundBuiltin(rt, name, impl, obj);
  if (obj.type.hasKnownAttribute(name)) rt.unsupported(`the attribute '${name}' of '${builtinRoot(obj.type).name}' objects`);
  return raiseWithSuggestion(rt, `'${obj.type.name}' object has no attribute '${name}'`, name, attributeNames(obj));
}

/** A descriptor method (__get__, __set__, __delete__) of a class-defined descriptor object. */
function descriptorHook(descr: PyObject, name: string): PyObject | undefined {
  return descr.type.isHeapType ? lookupInMro(descr.type, name) : undefined;
}

/** Data descriptors (with __set__ or __delete__) win over the instance's own attributes. */
function isDataDescriptor(descr: PyObject): boolean {
  return !!descriptorHook(descr, '__set__') || !!descriptorHook(descr, '__delete__');
}

/** AttributeError carrying the "Did you mean" the traceback prints (CPython computes it from dir()). */
function raiseWithSuggestion(rt: Runtime, message: string, name: string, candidates: string[]): never {
  const exc = rt.exception(rt.types.AttributeError, message);
  exc.suggestion = closestName(name, candidates);
  throw new PyRaise(exc);
}

function strKeys(dict: PyObject): string[] {
  const keys: string[] = [];
  for (const { key } of (dict as PyDict).entries.values()) if (key instanceof PyStr) keys.push(key.value);
  return keys;
}

/**
 * obj.__dict__ / vars(obj): a dict with the instance's attributes. The simulator keeps the inline values
 * and gives out a snapshot dict (its size is modelled: CPython's would share the class's keys).
 */
export function materializeDict(rt: Runtime, obj: Instance): PyObject {
  if (!obj.dict && !keepsInlineValues(rt, obj)) attachSubclassDict(rt, obj, false);
  if (obj.dict) return rt.heap.incref(obj.dict);
  const d = moveValuesToDict(rt, obj, obj.type);
  if (rt.profile.sizes.materializedDictEmbedsValues && hasInlineValuesLayout(obj)) markValuesInline(d, obj);
  return rt.heap.incref(d); // the instance keeps the dict; the caller gets a new reference too
}

/**
 * Py_TPFLAGS_INLINE_VALUES: instances of classes defined in Python keep their attributes in the object;
 * natively implemented types (lru_cache's wrapper) and exceptions (BaseException's own dict slot) do not.
 */
function hasInlineValuesLayout(obj: Instance): boolean {
  return !('held' in obj) && !(obj instanceof PyException);
}

function attributeNames(obj: Instance): string[] {
  const names = new Set(obj.values.keys());
  if (obj.dict) for (const key of strKeys(obj.dict)) names.add(key);
  for (const t of obj.type.mro) if (t.dict) for (const key of strKeys(t.dict)) names.add(key);
  return [...names];
}

function bindToInstance(rt: Runtime, found: PyObject, obj: PyObject): PyObject {
  if (found instanceof PyMethodWrapper) {
    if (found.type === rt.types.staticmethod) return rt.heap.incref(found.func);
    return bindDescriptor(rt, found.func, obj.type);
  }
  return bindDescriptor(rt, found, obj);
}

function propertyGet(rt: Runtime, prop: PyProperty, obj: PyObject, name: string): PyObject {
  if (!prop.fget) rt.raise(rt.types.AttributeError, `property '${name}' of '${obj.type.name}' object has no getter`);
  return rt.call(prop.fget!, [obj]);
}

function copyProperty(rt: Runtime, prop: PyProperty, which: string, func: PyObject): PyObject {
  const pick = (current: PyObject | null, slot: string) => (slot === which ? func : current);
  const parts = [pick(prop.fget, 'getter'), pick(prop.fset, 'setter'), pick(prop.fdel, 'deleter')];
  return rt.heap.register(new PyProperty(rt.types.property, ...(parts.map((p) => (p ? rt.heap.incref(p, 'attr') : null)) as [PyObject | null, PyObject | null, PyObject | null])));
}

/** A static type's tp_name carries its module ('_io.TextIOWrapper'): __name__ is what follows the last dot. */
function typeNameParts(cls: PyType): { module: string; name: string } {
  const dot = cls.isHeapType && !cls.nativeName ? -1 : cls.name.lastIndexOf('.');
  return dot < 0 ? { module: cls.module, name: cls.name } : { module: cls.name.slice(0, dot), name: cls.name.slice(dot + 1) };
}

function typeAttribute(rt: Runtime, cls: PyType, name: string): PyObject {
  // type_getattro: a data descriptor of the metaclass wins (a property defined on it).
  const meta = cls.type.isHeapType ? lookupInMro(cls.type, name) : undefined;
  if (meta instanceof PyProperty) return propertyGet(rt, meta, cls, name);
  switch (name) {
    case '__name__': return rt.str(typeNameParts(cls).name);
    case '__qualname__': return rt.str(cls.isHeapType ? cls.qualname : typeNameParts(cls).name);
    case '__module__': return rt.str(typeNameParts(cls).module);
    case '__mro__': return cls.mroTuple ? rt.heap.incref(cls.mroTuple) : rt.tuple(cls.mro.map((t) => rt.heap.incref(t, 'item')));
    case '__bases__': return cls.basesTuple ? rt.heap.incref(cls.basesTuple) : rt.tuple(cls.base ? [rt.heap.incref(cls.base, 'item')] : []);
    case '__base__': return rt.heap.incref(cls.base ?? rt.None);
    case '__class__': return rt.heap.incref(cls.type);
    case '__dict__':
      if (cls.dict) return rt.heap.register(new PyMappingProxy(rt.types.mappingproxy, rt.heap.incref(cls.dict as PyDict, 'item')));
      return rt.unsupported('the __dict__ of built-in types');
    default: break;
  }
  if (cls === rt.types.float && name === 'fromhex') {
    return rt.builtin('fromhex', (_self, args) => {
      if (args.length !== 1) rt.raise(rt.types.TypeError, `float.fromhex() takes exactly one argument (${args.length} given)`);
      return rt.float(floatFromHex(rt, args[0]!));
    }, cls);
  }
  if (cls === rt.types.str && name === 'maketrans') return rt.builtin('maketrans', (_self, args, kwargs) => makeTrans(rt, args, kwargs), cls);
  if ((cls === rt.types.int || cls === rt.types.bool) && name === 'from_bytes') {
    return rt.builtin('from_bytes', (_self, args, kwargs) => intFromBytes(rt, cls, args, kwargs), cls);
  }
  if ((cls === rt.types.bytes || cls === rt.types.bytearray) && name === 'fromhex') {
    return rt.builtin('fromhex', (_self, args, kwargs) => fromHex(rt, cls, singleArg(rt, `${cls.name}.fromhex`, args, kwargs)), cls);
  }
  if (cls === rt.types.dict && name === 'fromkeys') {
    return rt.builtin('fromkeys', (_self, args) => {
      const d = rt.dict();
      for (const key of collect(rt, args[0]!)) {
        dictSet(rt, d, key, args[1] ?? rt.None);
        rt.heap.decref(key);
      }
      return d;
    }, cls);
  }
  const found = lookupInMro(cls, name);
  const getter = found ? descriptorHook(found, '__get__') : undefined;
  if (getter) return rt.call(getter, [found!, rt.None, cls]);
  if (found) {
    if (found instanceof PyMethodWrapper) {
      if (found.type === rt.types.staticmethod) return rt.heap.incref(found.func);
      return bindDescriptor(rt, found.func, cls);
    }
    return rt.heap.incref(found);
  }
  const newMethod = builtinNewMethod(rt, cls, name);
  if (newMethod) return rt.heap.incref(newMethod);
  // Then the metaclass's own attributes, bound to the class (a method defined on the metaclass).
  if (meta) return bindToInstance(rt, meta, cls);
  const d = descriptor(rt, cls, name);
  if (d) return rt.heap.incref(d);
  if (hashIsNone(rt, cls, name)) return rt.none();
  if (name === 'mro') return rt.builtin('mro', () => rt.list(cls.mro.map((t) => rt.heap.incref(t, 'item'))), cls);
  if (name === '__subclasses__' && cls.isHeapType) {
    // Live direct subclasses in creation order (CPython keeps weak references to them).
    return rt.builtin('__subclasses__', () => rt.list(cls.subclasses.filter((s) => !s.freed).map((s) => rt.heap.incref(s, 'item'))), cls);
  }
  // What type objects have that the simulator does not implement is "not supported", not an AttributeError.
  if (TYPE_ATTRIBUTES.has(name) || cls.hasKnownAttribute(name) || (cls.type.isHeapType && cls.type.hasKnownAttribute(name))) rt.unsupported(`the attribute '${name}' of type objects`);
  if (!cls.isHeapType) return rt.unsupported(`the attribute '${name}' of type objects`);
  return raiseWithSuggestion(rt, `type object '${cls.name}' has no attribute '${name}'`, name, cls.mro.flatMap((t) => (t.dict ? strKeys(t.dict) : [])));
}

const builtinNews = new WeakMap<Runtime, Map<PyType, PyObject>>();

/**
 * `owner.__new__` of a built-in type (list.__new__, str.__new__, type.__new__…), for super() calls and
 * explicit `base.__new__(cls, …)`: one builtin method per type, bound to it, as CPython's tp_new wrapper.
 * A borrowed reference (kept for the run).
 */
function builtinNewMethod(rt: Runtime, owner: PyType, name: string): PyObject | null {
  const t = rt.types;
  if (name !== '__new__' || owner.isHeapType || owner.isSubtypeOf(t.BaseException)) return null;
  let cache = builtinNews.get(rt);
  if (!cache) builtinNews.set(rt, (cache = new Map()));
  let method = cache.get(owner);
  if (!method) {
    method = rt.builtin('__new__', (_self, args, kwargs) => {
      const cls = args[0];
      if (!cls) return rt.raise(t.TypeError, `${owner.name}.__new__(): not enough arguments`);
      if (!(cls instanceof PyType)) return rt.raise(t.TypeError, `${owner.name}.__new__(X): X is not a type object (${cls.type.name})`);
      if (!cls.isSubtypeOf(owner)) return rt.raise(t.TypeError, `${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
      if (owner === t.type) return typeNew(rt, cls, args.slice(1), kwargs);
      if (owner === t.object) return objectNew(rt, cls);
      return builtinNew(rt, owner, cls, args.slice(1), kwargs);
    }, owner);
    cache.set(owner, method);
  }
  return method;
}

/** object.__new__(cls): a bare instance, refused for classes whose instances are built-in objects. */
function objectNew(rt: Runtime, cls: PyType): PyObject {
  const root = builtinRoot(cls);
  if (root !== rt.types.object && !root.isSubtypeOf(rt.types.BaseException)) {
    // tp_new_wrapper names the nearest class whose __new__ is not written in Python.
    let safe = cls;
    while (safe.isHeapType && dictGetStr(safe.dict as PyDict, '__new__') && safe.base) safe = safe.base;
    rt.raise(rt.types.TypeError, `object.__new__(${cls.name}) is not safe, use ${safe.name}.__new__()`);
  }
  return allocateInstance(rt, cls, []);
}

function superAttribute(rt: Runtime, sup: PySuper, name: string): PyObject {
  // super(C, obj) walks type(obj)'s MRO; super(C, cls) with cls a subclass of C walks cls's (classmethods).
  const start = sup.obj instanceof PyType && sup.obj.isSubtypeOf(sup.thisType) ? sup.obj : sup.obj.type;
  const mro = start.mro;
  for (let i = mro.indexOf(sup.thisType) + 1; i < mro.length; i++) {
    const t = mro[i]!;
    const found = t.dict ? dictGetStr(t.dict as PyDict, name) : undefined;
    if (found) {
      if (found instanceof PyMethodWrapper && found.type === rt.types.classmethod) return bindDescriptor(rt, found.func, start);
      return bindToInstance(rt, found, sup.obj);
    }
    const newMethod = builtinNewMethod(rt, t, name);
    if (newMethod) return rt.heap.incref(newMethod);
    const impl = t.methods.get(name);
    if (impl) return boundBuiltin(rt, name, impl, sup.obj);
    if (t === rt.types.object && name === '__init__') return boundBuiltin(rt, '__init__', () => rt.none(), sup.obj);
    if (t === rt.types.object && name === '__init_subclass__') return rt.builtin('__init_subclass__', (_self, _args, kwargs) => {
      if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${(sup.obj as PyType).name}.__init_subclass__() takes no keyword arguments`);
      return rt.none();
    }, sup.obj);
  }
  return rt.raise(rt.types.AttributeError, `'super' object has no attribute '${name}'`);
}

/** setattr(owner, name, value). */
export function setAttribute(rt: Runtime, owner: PyObject, name: string, value: PyObject): void {
  if (owner instanceof PyException && setExceptionField(rt, owner, name, value)) return;
  if (isProxy(owner)) return setAttribute(rt, proxyReferent(rt, owner), name, value);
  if (owner instanceof PyException && name === '__traceback__') {
    if (value !== rt.None && !(value instanceof PyTraceback)) rt.raise(rt.types.TypeError, '__traceback__ must be a traceback or None');
    const old = owner.tracebackObject;
    owner.tracebackObject = value instanceof PyTraceback ? rt.heap.incref(value, 'attr') : null;
    if (value === rt.None) owner.traceback.length = 0;
    else if (value !== old) rt.unsupported('setting __traceback__ to another traceback');
    rt.recorder.touch(owner);
    if (old) rt.heap.decref(old, 'attr');
    return;
  }
  if (hasInstanceState(owner)) {
    const custom = lookupInMro(owner.type, '__setattr__');
    if (custom) {
      const key = rt.str(name);
      try {
        rt.heap.decref(rt.call(custom, [owner, key, value]));
      } finally {
        rt.heap.decref(key);
      }
      return;
    }
    genericSetAttr(rt, owner, name, value);
    return;
  }
  if (owner instanceof PyType && owner.isHeapType) {
    const custom = owner.type.isHeapType ? lookupInMro(owner.type, '__setattr__') : undefined;
    if (custom) {
      const key = rt.str(name);
      try {
        rt.heap.decref(rt.call(custom, [owner, key, value]));
      } finally {
        rt.heap.decref(key);
      }
      return;
    }
  }
  if ((owner instanceof PyType && owner.isHeapType) || owner instanceof PyModule) {
    const dict = (owner instanceof PyModule ? owner.dict : owner.dict) as PyDict;
    const key = rt.internedStr(name);
    dictSet(rt, dict, key, value);
    rt.heap.decref(key);
    return;
  }
  if (owner instanceof PyFunction) {
    setFunctionAttribute(rt, owner, name, value);
    return;
  }
  if (owner instanceof PyType) rt.raise(rt.types.TypeError, `cannot set '${name}' attribute of immutable type '${owner.name}'`);
  if (owner instanceof PySlice && ['start', 'stop', 'step'].includes(name)) rt.raise(rt.types.AttributeError, 'readonly attribute');
  // A getset descriptor without a setter (deque.maxlen, StringIO.closed).
  if (owner.type.mro.some((t) => t.getters.has(name))) rt.raise(rt.types.AttributeError, `attribute '${name}' of '${owner.type.name}' objects is not writable`);
  if (name === '__class__') {
    if (!(value instanceof PyType)) rt.raise(rt.types.TypeError, `__class__ must be set to a class, not '${value.type.name}' object`);
    rt.raise(rt.types.TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  const suffix = rt.profile.messages.keywordSuggestions ? ' and no __dict__ for setting new attributes' : '';
  rt.raise(rt.types.AttributeError, `'${owner.type.name}' object has no attribute '${name}'${suffix}`);
}

/**
 * The fields BaseException keeps in its C struct (args, __cause__, __context__, __suppress_context__), with
 * CPython's checks. Other attributes of a built-in exception go to its instance dict. False: not handled.
 */
function setExceptionField(rt: Runtime, exc: PyException, name: string, value: PyObject): boolean {
  const exceptionOrNone = (what: string): PyException | null => {
    if (value === rt.None) return null;
    if (!(value instanceof PyException)) rt.raise(rt.types.TypeError, `exception ${what} must be None or derive from BaseException`);
    return rt.heap.incref(value as PyException, 'attr');
  };
  switch (name) {
    case 'args': {
      const old = exc.args;
      exc.args = rt.tuple(collect(rt, value));
      rt.recorder.touch(exc);
      rt.heap.decref(old, 'attr');
      return true;
    }
    case '__cause__': {
      const old = exc.cause;
      exc.cause = exceptionOrNone('cause');
      exc.suppressContext = true;
      rt.recorder.touch(exc);
      if (old) rt.heap.decref(old, 'attr');
      return true;
    }
    case '__context__': {
      const old = exc.context;
      exc.context = exceptionOrNone('context');
      rt.recorder.touch(exc);
      if (old) rt.heap.decref(old, 'attr');
      return true;
    }
    case '__suppress_context__':
      exc.suppressContext = isTrue(rt, value);
      return true;
    default:
      if (exc.type.isHeapType || name === '__traceback__') return false;
      instanceSetAttr(rt, exc, name, value);
      return true;
  }
}

/** object.__setattr__ (PyObject_GenericSetAttr): a data descriptor, a slot, or the instance's dict. */
export function genericSetAttr(rt: Runtime, owner: Instance, name: string, value: PyObject): void {
  const found = lookupInMro(owner.type, name);
  if (found instanceof PyProperty) {
    if (!found.fset) rt.raise(rt.types.AttributeError, `property '${name}' of '${owner.type.name}' object has no setter`);
    rt.heap.decref(rt.call(found.fset!, [owner, value]));
    return;
  }
  const setter = found ? descriptorHook(found, '__set__') : undefined;
  if (setter) {
    rt.heap.decref(rt.call(setter, [found!, owner, value]));
    return;
  }
  if (found && descriptorHook(found, '__delete__')) rt.raise(rt.types.AttributeError, '__set__');
  if (found instanceof PyGetSetDescriptor && found.type === rt.types.member_descriptor && owner.type.memberSlots.includes(name)) {
    const old = owner.slotValues.get(name);
    owner.slotValues.set(name, rt.heap.incref(value, 'attr'));
    rt.recorder.touch(owner);
    if (old) rt.heap.decref(old, 'attr');
    return;
  }
  if (name === '__class__') return setClass(rt, owner, value);
  if (found instanceof PyGetSetDescriptor && (name === '__dict__' || name === '__weakref__')) rt.unsupported(`assigning ${name}`);
  if (!owner.type.hasDict) {
    const suffix = rt.profile.messages.keywordSuggestions ? ' and no __dict__ for setting new attributes' : '';
    rt.raise(rt.types.AttributeError, `'${owner.type.name}' object has no attribute '${name}'${suffix}`);
  }
  instanceSetAttr(rt, owner, name, value);
}

/** object_set_class: obj.__class__ = cls between classes whose instances have the same layout. */
function setClass(rt: Runtime, owner: Instance, value: PyObject): void {
  if (!(value instanceof PyType)) return rt.raise(rt.types.TypeError, `__class__ must be set to a class, not '${value.type.name}' object`);
  if (!value.isHeapType) return rt.raise(rt.types.TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
  const old = owner.type;
  const sameLayout = builtinRoot(old) === builtinRoot(value) && old.hasDict === value.hasDict && old.hasWeakref === value.hasWeakref
    && old.memberSlots.join() === value.memberSlots.join() && old.instanceSize === value.instanceSize;
  if (!sameLayout) return rt.raise(rt.types.TypeError, `__class__ assignment: '${value.name}' object layout differs from '${old.name}'`);
  if (!(owner instanceof PyInstance) || owner instanceof PyException) return rt.unsupported(`assigning __class__ of '${old.name}' objects`);
  // The implicit dict keys belong to the class: the instance's attributes move into a dict object first.
  if (old.hasDict) {
    rt.heap.decref(materializeDict(rt, owner));
    detachValues(owner.dict); // _PyDict_DetachFromObject: the dict copies the values out of the object
  }
  rt.heap.incref(value, 'attr');
  (owner as { type: PyType }).type = value;
  rt.recorder.touch(owner);
  rt.heap.decref(old, 'attr');
}

/** delattr(owner, name). */
export function deleteAttribute(rt: Runtime, owner: PyObject, name: string): void {
  if (isProxy(owner)) return deleteAttribute(rt, proxyReferent(rt, owner), name);
  if (hasInstanceState(owner)) {
    const custom = lookupInMro(owner.type, '__delattr__');
    if (custom) {
      const key = rt.str(name);
      try {
        rt.heap.decref(rt.call(custom, [owner, key]));
      } finally {
        rt.heap.decref(key);
      }
      return;
    }
    genericDelAttr(rt, owner, name);
    return;
  }
  if ((owner instanceof PyType && owner.isHeapType) || owner instanceof PyModule) {
    const dict = (owner instanceof PyModule ? owner.dict : owner.dict) as PyDict;
    const key = rt.str(name);
    const ok = dictDelete(rt, dict, key);
    rt.heap.decref(key);
    if (!ok) rt.raise(rt.types.AttributeError, owner instanceof PyModule ? `module '${owner.name}' has no attribute '${name}'` : `type object '${(owner as PyType).name}' has no attribute '${name}'`);
    return;
  }
  if (owner instanceof PyFunction) {
    setFunctionAttribute(rt, owner, name, null);
    return;
  }
  rt.raise(rt.types.AttributeError, `'${owner.type.name}' object has no attribute '${name}'`);
}

/** object.__delattr__. */
export function genericDelAttr(rt: Runtime, owner: Instance, name: string): void {
  const found = lookupInMro(owner.type, name);
  if (found instanceof PyProperty) {
    if (!found.fdel) rt.raise(rt.types.AttributeError, `property '${name}' of '${owner.type.name}' object has no deleter`);
    rt.heap.decref(rt.call(found.fdel!, [owner]));
    return;
  }
  const deleter = found ? descriptorHook(found, '__delete__') : undefined;
  if (deleter) {
    rt.heap.decref(rt.call(deleter, [found!, owner]));
    return;
  }
  if (found && descriptorHook(found, '__set__')) rt.raise(rt.types.AttributeError, '__delete__');
  if (found instanceof PyGetSetDescriptor && found.type === rt.types.member_descriptor && owner.type.memberSlots.includes(name)) {
    const old = owner.slotValues.get(name);
    if (!old) rt.raise(rt.types.AttributeError, name);
    owner.slotValues.delete(name);
    rt.recorder.touch(owner);
    rt.heap.decref(old!, 'attr');
    return;
  }
  if (!instanceDelAttr(rt, owner, name)) rt.raise(rt.types.AttributeError, `'${owner.type.name}' object has no attribute '${name}'`);
}

/** METH_O's check: "bytes.fromhex() takes exactly one argument (0 given)", no keywords. */
function singleArg(rt: Runtime, qualified: string, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${qualified}() takes no keyword arguments`);
  if (args.length !== 1) rt.raise(rt.types.TypeError, `${qualified}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}
