// Attribute access: methods of built-in types, module attributes, and classes and their instances with
// CPython's lookup order (data descriptors, instance values, the class's MRO, __getattr__).
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from './object';
import { PyBuiltin, PyCell, PyCode, PyMethodDescr, PyModule, PyFunction } from './callables';
import { PyException, PyRaise } from './exceptions';
import { dictDelete, dictGetStr, dictSet } from './dictops';
import { PyMappingProxy, PyTuple, type PyDict } from './containers';
import { PyStr } from './scalars';
import { PyGetSetDescriptor, PyInstance, PyMethod, bindDescriptor, instanceDelAttr, instanceGetOwn, instanceSetAttr, lookupInMro } from './classes';
import { PyMethodWrapper, PyProperty, PySuper } from './descriptors';
import { closestName } from '../vm/suggestions';
import { allocateInstance } from './instantiate';
import { PyGenerator } from './generators';
import { collect } from './protocols';
import { fromHex } from './bytesmethods';
import { intFromBytes } from './intbytes';
import { oneArg } from '../modules/native';

const descriptors = new WeakMap<Runtime, Map<string, PyMethodDescr>>();

/** The static method descriptor of `type.name` (one per runtime, like the type's own dict entry). */
function descriptor(rt: Runtime, type: PyType, name: string): PyMethodDescr | null {
  const impl = type.lookupMethod(name);
  if (!impl) return null;
  let cache = descriptors.get(rt);
  if (!cache) descriptors.set(rt, (cache = new Map()));
  const key = `${type.name}.${name}`;
  let d = cache.get(key);
  if (!d) {
    d = rt.heap.registerStatic(new PyMethodDescr(rt.types.method_descriptor, type, name, impl));
    cache.set(key, d);
  }
  return d;
}

/** LOAD_ATTR's method form: a new reference to the unbound method, or null to fall back to getattr. */
export function loadMethod(rt: Runtime, owner: PyObject, name: string): PyObject | null {
  if (owner instanceof PyModule || owner instanceof PyType || owner instanceof PySuper) return null;
  if (owner instanceof PyInstance && owner.type.isHeapType) {
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
  if (owner instanceof PyModule) {
    const value = dictGetStr(owner.dict, name);
    if (value) return rt.heap.incref(value);
    if (owner.type.hasKnownAttribute(`${owner.name}.${name}`)) rt.unsupported(`${owner.name}.${name}`);
    return raiseWithSuggestion(rt, `module '${owner.name}' has no attribute '${name}'`, name, strKeys(owner.dict));
  }
  if (owner instanceof PyType) return typeAttribute(rt, owner, name);
  if (owner instanceof PySuper) return superAttribute(rt, owner, name);
  if (owner instanceof PyFunction) {
    const own = owner.attrs.get(name);
    if (own) return rt.heap.incref(own);
    switch (name) {
      case '__name__': return rt.heap.incref(owner.name);
      case '__qualname__': return rt.heap.incref(owner.qualname);
      case '__defaults__': return rt.heap.incref(owner.defaults ?? rt.None);
      case '__kwdefaults__': return rt.heap.incref(owner.kwdefaults ?? rt.None);
      case '__closure__': return rt.heap.incref(owner.closure ?? rt.None);
      case '__code__': return rt.heap.incref(owner.code);
      case '__globals__': return rt.heap.incref(owner.globals);
      case '__doc__': {
        const first = owner.code.consts[0];
        return rt.heap.incref(first instanceof PyStr && owner.code.code.consts[0]?.type === 'str' ? first : rt.None);
      }
      case '__module__': return rt.heap.incref(dictGetStr(owner.globals, '__name__') ?? rt.None);
      default: break;
    }
  }
  if (owner instanceof PyCode) return codeAttribute(rt, owner, name);
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
  if (owner instanceof PyCell && name === 'cell_contents') {
    if (!owner.value) rt.raise(rt.types.ValueError, 'Cell is empty');
    return rt.heap.incref(owner.value!);
  }
  if (owner instanceof PyProperty && (name === 'setter' || name === 'getter' || name === 'deleter')) {
    return rt.builtin(name, (self, args) => copyProperty(rt, self as PyProperty, name, args[0]!), owner);
  }
  if (owner instanceof PyException) {
    const own = owner.values.get(name);
    if (own) return rt.heap.incref(own);
    if (name === 'args') return rt.heap.incref(owner.args);
    if (name === '__cause__') return rt.heap.incref(owner.cause ?? rt.None);
    if (name === '__context__') return rt.heap.incref(owner.context ?? rt.None);
    if (name === '__suppress_context__') return rt.bool(owner.suppressContext);
    const field = UNICODE_ERROR_FIELDS.indexOf(name);
    if (field >= 0 && owner.args.items.length === 5
      && (owner.type.isSubtypeOf(rt.types.UnicodeEncodeError) || owner.type.isSubtypeOf(rt.types.UnicodeDecodeError))) {
      return rt.heap.incref(owner.args.items[field]!);
    }
  }
  if (owner instanceof PyInstance && owner.type.isHeapType) return instanceAttribute(rt, owner, name);
  const impl = owner.type.lookupMethod(name);
  if (impl) return rt.builtin(name, impl, owner);
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

/** object_generic_getattr: data descriptors, then the instance's own values, then the class. */
function instanceAttribute(rt: Runtime, obj: PyInstance, name: string): PyObject {
  if (name === '__dict__' && obj.type.slots === null) return materializeDict(rt, obj);
  const found = lookupInMro(obj.type, name);
  if (found instanceof PyProperty) return propertyGet(rt, found, obj, name);
  const own = instanceGetOwn(obj, name);
  if (own) return rt.heap.incref(own);
  const unsetSlot = found instanceof PyGetSetDescriptor && found.type === rt.types.member_descriptor;
  if (found && !unsetSlot) return bindToInstance(rt, found, obj);
  if (name === '__class__') return rt.heap.incref(obj.type);
  const impl = obj.type.lookupMethod(name);
  if (impl) return rt.builtin(name, impl, obj);
  const getattr = lookupInMro(obj.type, '__getattr__');
  if (getattr) return rt.call(getattr, [obj, rt.str(name)]);
  return raiseWithSuggestion(rt, `'${obj.type.name}' object has no attribute '${name}'`, name, attributeNames(obj));
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
export function materializeDict(rt: Runtime, obj: PyInstance): PyObject {
  if (obj.dict) return rt.heap.incref(obj.dict);
  const d = rt.dict();
  d.splitKeys = obj.type;
  for (const [k, v] of obj.values) {
    const key = rt.internedStr(k);
    dictSet(rt, d, key, v);
    rt.heap.decref(key);
    rt.heap.decref(v, 'attr');
  }
  obj.values.clear();
  obj.dict = d; // the instance keeps the dict; the caller gets a new reference too
  rt.recorder.touch(obj);
  return rt.heap.incref(d);
}

function attributeNames(obj: PyInstance): string[] {
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
  const dot = cls.isHeapType ? -1 : cls.name.lastIndexOf('.');
  return dot < 0 ? { module: cls.module, name: cls.name } : { module: cls.name.slice(0, dot), name: cls.name.slice(dot + 1) };
}

function typeAttribute(rt: Runtime, cls: PyType, name: string): PyObject {
  switch (name) {
    case '__name__': return rt.str(typeNameParts(cls).name);
    case '__qualname__': return rt.str(cls.isHeapType ? cls.qualname : typeNameParts(cls).name);
    case '__module__': return rt.str(typeNameParts(cls).module);
    case '__mro__': return cls.mroTuple ? rt.heap.incref(cls.mroTuple) : rt.tuple(cls.mro.map((t) => rt.heap.incref(t, 'item')));
    case '__bases__': return cls.basesTuple ? rt.heap.incref(cls.basesTuple) : rt.tuple(cls.base ? [rt.heap.incref(cls.base, 'item')] : []);
    case '__base__': return rt.heap.incref(cls.base ?? rt.None);
    case '__dict__':
      if (cls.dict) return rt.heap.register(new PyMappingProxy(rt.types.mappingproxy, rt.heap.incref(cls.dict as PyDict, 'item')));
      return rt.unsupported('the __dict__ of built-in types');
    default: break;
  }
  if ((cls === rt.types.int || cls === rt.types.bool) && name === 'from_bytes') {
    return rt.builtin('from_bytes', (_self, args, kwargs) => intFromBytes(rt, cls, args, kwargs), cls);
  }
  if ((cls === rt.types.bytes || cls === rt.types.bytearray) && name === 'fromhex') {
    return rt.builtin('fromhex', (_self, args, kwargs) => fromHex(rt, cls, oneArg(rt, `${cls.name}.fromhex`, args, kwargs)), cls);
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
  if (found) {
    if (found instanceof PyMethodWrapper) {
      if (found.type === rt.types.staticmethod) return rt.heap.incref(found.func);
      return bindDescriptor(rt, found.func, cls);
    }
    return rt.heap.incref(found);
  }
  const d = descriptor(rt, cls, name);
  if (d) return rt.heap.incref(d);
  if (!cls.isHeapType) return rt.unsupported(`the attribute '${name}' of type objects`);
  return raiseWithSuggestion(rt, `type object '${cls.name}' has no attribute '${name}'`, name, cls.mro.flatMap((t) => (t.dict ? strKeys(t.dict) : [])));
}

function superAttribute(rt: Runtime, sup: PySuper, name: string): PyObject {
  const start = sup.obj instanceof PyType ? sup.obj : sup.obj.type;
  const mro = start.mro;
  for (let i = mro.indexOf(sup.thisType) + 1; i < mro.length; i++) {
    const t = mro[i]!;
    const found = t.dict ? dictGetStr(t.dict as PyDict, name) : undefined;
    if (found) return bindToInstance(rt, found, sup.obj);
    const impl = t.methods.get(name);
    if (impl) return rt.builtin(name, impl, sup.obj);
    if (t === rt.types.object && name === '__init__') return rt.builtin('__init__', () => rt.none(), sup.obj);
    if (t === rt.types.object && name === '__new__') {
      // object.__new__ is a static method: the class comes as the first argument.
      return rt.builtin('__new__', (_self, args) => {
        const cls = args[0];
        if (!(cls instanceof PyType)) return rt.raise(rt.types.TypeError, 'object.__new__(X): X is not a type object');
        return allocateInstance(rt, cls, []);
      }, null);
    }
  }
  return rt.raise(rt.types.AttributeError, `'super' object has no attribute '${name}'`);
}

/** setattr(owner, name, value). */
export function setAttribute(rt: Runtime, owner: PyObject, name: string, value: PyObject): void {
  if (owner instanceof PyInstance && owner.type.isHeapType) {
    const found = lookupInMro(owner.type, name);
    if (found instanceof PyProperty) {
      if (!found.fset) rt.raise(rt.types.AttributeError, `property '${name}' of '${owner.type.name}' object has no setter`);
      rt.heap.decref(rt.call(found.fset!, [owner, value]));
      return;
    }
    const custom = lookupInMro(owner.type, '__setattr__');
    if (custom) {
      rt.heap.decref(rt.call(custom, [owner, rt.str(name), value]));
      return;
    }
    if (owner.type.slots && !owner.type.slots.includes(name)) {
      const suffix = rt.profile.messages.keywordSuggestions ? ' and no __dict__ for setting new attributes' : '';
      rt.raise(rt.types.AttributeError, `'${owner.type.name}' object has no attribute '${name}'${suffix}`);
    }
    instanceSetAttr(rt, owner, name, value);
    return;
  }
  if ((owner instanceof PyType && owner.isHeapType) || owner instanceof PyModule) {
    const dict = (owner instanceof PyModule ? owner.dict : owner.dict) as PyDict;
    const key = rt.internedStr(name);
    dictSet(rt, dict, key, value);
    rt.heap.decref(key);
    return;
  }
  if (owner instanceof PyFunction) {
    if (name === '__name__' || name === '__qualname__') {
      if (!(value instanceof PyStr)) rt.raise(rt.types.TypeError, `${name} must be set to a string object`);
      const old = name === '__name__' ? owner.name : owner.qualname;
      if (name === '__name__') owner.name = rt.heap.incref(value as PyStr, 'attr');
      else owner.qualname = rt.heap.incref(value as PyStr, 'attr');
      rt.recorder.touch(owner);
      rt.heap.decref(old, 'attr');
      return;
    }
    if (['__code__', '__globals__', '__closure__', '__defaults__', '__kwdefaults__'].includes(name)) rt.unsupported(`setting ${name} of functions`);
    const old = owner.attrs.get(name);
    owner.attrs.set(name, rt.heap.incref(value, 'attr'));
    rt.recorder.touch(owner);
    if (old) rt.heap.decref(old, 'attr');
    return;
  }
  if (owner instanceof PyType) rt.raise(rt.types.TypeError, `cannot set '${name}' attribute of immutable type '${owner.name}'`);
  const suffix = rt.profile.messages.keywordSuggestions ? ' and no __dict__ for setting new attributes' : '';
  rt.raise(rt.types.AttributeError, `'${owner.type.name}' object has no attribute '${name}'${suffix}`);
}

/** delattr(owner, name). */
export function deleteAttribute(rt: Runtime, owner: PyObject, name: string): void {
  if (owner instanceof PyInstance && owner.type.isHeapType) {
    const found = lookupInMro(owner.type, name);
    if (found instanceof PyProperty) {
      if (!found.fdel) rt.raise(rt.types.AttributeError, `property '${name}' of '${owner.type.name}' object has no deleter`);
      rt.heap.decref(rt.call(found.fdel!, [owner]));
      return;
    }
    if (!instanceDelAttr(rt, owner, name)) rt.raise(rt.types.AttributeError, `'${owner.type.name}' object has no attribute '${name}'`);
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
  rt.raise(rt.types.AttributeError, `'${owner.type.name}' object has no attribute '${name}'`);
}
