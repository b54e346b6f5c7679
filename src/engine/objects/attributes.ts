// Attribute access on built-in objects: methods of built-in types (loaded unbound for calls, or bound
// as builtin_function_or_method), module attributes, and a few data attributes.
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from './object';
import { PyMethodDescr, PyModule, PyFunction } from './callables';
import { PyException } from './exceptions';
import { dictGetStr } from './dictops';

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
  if (owner instanceof PyModule || owner instanceof PyType) return null;
  const d = descriptor(rt, owner.type, name);
  return d ? rt.heap.incref(d) : null;
}

export function getAttribute(rt: Runtime, owner: PyObject, name: string): PyObject {
  if (owner instanceof PyModule) {
    const value = dictGetStr(owner.dict, name);
    if (value) return rt.heap.incref(value);
    if (owner.type.hasKnownAttribute(`${owner.name}.${name}`)) rt.unsupported(`${owner.name}.${name}`);
    return rt.raise(rt.types.AttributeError, `module '${owner.name}' has no attribute '${name}'`);
  }
  if (owner instanceof PyType) {
    if (name === '__name__' || name === '__qualname__') return rt.str(owner.name);
    const d = descriptor(rt, owner, name);
    if (d) return rt.heap.incref(d);
    return rt.unsupported(`the attribute '${name}' of type objects`);
  }
  if (owner instanceof PyFunction) {
    if (name === '__name__') return rt.heap.incref(owner.name);
    if (name === '__qualname__') return rt.heap.incref(owner.qualname);
    if (name === '__defaults__') return rt.heap.incref(owner.defaults ?? rt.None);
  }
  if (owner instanceof PyException) {
    if (name === 'args') return rt.heap.incref(owner.args);
    if (name === '__cause__') return rt.heap.incref(owner.cause ?? rt.None);
    if (name === '__context__') return rt.heap.incref(owner.context ?? rt.None);
    if (name === '__suppress_context__') return rt.bool(owner.suppressContext);
  }
  const impl = owner.type.lookupMethod(name);
  if (impl) return rt.builtin(name, impl, owner);
  if (name === '__class__') return rt.heap.incref(owner.type);
  if (owner.type.hasKnownAttribute(name)) rt.unsupported(`the attribute '${name}' of '${owner.type.name}' objects`);
  return rt.raise(rt.types.AttributeError, `'${owner.type.name}' object has no attribute '${name}'`);
}
