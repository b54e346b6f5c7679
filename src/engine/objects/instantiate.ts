// Calling a class: its metaclass's __call__, else type.__call__: __new__ then __init__ (type_call), for
// plain classes, exception classes, subclasses of built-in types and metaclasses.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from './object';
import { PyException } from './exceptions';
import { PyInstance, createClass, lookupInMro } from './classes';
import { PyDict, PyTuple } from './containers';
import { PyStr } from './scalars';
import { dictGetStr } from './dictops';
import { PyMethodWrapper } from './descriptors';
import { builtinInit, builtinNew, builtinRoot } from './subclass';
import { sharedKeysOf } from './sharedKeys';
import { withPackedArguments } from './tpcall';

/** object.__new__(cls): a bare instance (an exception instance keeps `args`). New reference. */
export function allocateInstance(rt: Runtime, cls: PyType, args: PyObject[]): PyInstance {
  const obj = cls.isSubtypeOf(rt.types.BaseException)
    ? rt.heap.register(new PyException(cls, rt.argsTuple(args.map((a) => rt.heap.incref(a, 'item')))))
    : rt.heap.register(new PyInstance(cls));
  rt.heap.incref(cls, 'attr'); // instances of heap types own a reference to their class
  cls.instancesCreated++;
  if (obj instanceof PyInstance) sharedKeysOf(cls).instanceCreated();
  return obj;
}

/** type.__new__(metaclass, name, bases, namespace, **kwargs): a class statement's class, made by hand. */
export function typeNew(rt: Runtime, metaclass: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyType {
  const [name, bases, ns] = args;
  if (args.length !== 3) return rt.raise(rt.types.TypeError, 'type.__new__() takes exactly 3 arguments');
  if (!(name instanceof PyStr)) return rt.raise(rt.types.TypeError, `type.__new__() argument 1 must be str, not ${name!.type.name}`);
  if (!(bases instanceof PyTuple)) return rt.raise(rt.types.TypeError, `type.__new__() argument 2 must be tuple, not ${bases!.type.name}`);
  if (!(ns instanceof PyDict)) return rt.raise(rt.types.TypeError, `type.__new__() argument 3 must be dict, not ${ns!.type.name}`);
  const qualname = dictGetStr(ns, '__qualname__');
  return createClass(rt, name.value, qualname instanceof PyStr ? qualname.value : name.value, bases.items as PyType[], ns, metaclass, kwargs, bases);
}

/**
 * Returns a new reference to the new instance. Arguments are borrowed. `viaMetaclass` false is
 * type.__call__ itself (what a metaclass's __call__ reaches through super()).
 */
export function instantiate(rt: Runtime, cls: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null, viaMetaclass = true): PyObject {
  // A class has no vectorcall: type_call gets its arguments packed. An exception keeps that tuple as its
  // args (allocateInstance makes it), so it is not packed twice.
  if (viaMetaclass && !cls.isSubtypeOf(rt.types.BaseException)) {
    return withPackedArguments(rt, args, kwargs, () => callClass(rt, cls, args, kwargs, viaMetaclass));
  }
  return callClass(rt, cls, args, kwargs, viaMetaclass);
}

function callClass(rt: Runtime, cls: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null, viaMetaclass: boolean): PyObject {
  if (viaMetaclass && cls.type.isHeapType) {
    const call = lookupInMro(cls.type, '__call__');
    if (call) return rt.call(call, [cls, ...args], kwargs);
  }
  const t = rt.types;
  const root = builtinRoot(cls);
  const isException = root.isSubtypeOf(t.BaseException);
  const found = lookupInMro(cls, '__new__');
  const customNew = found instanceof PyMethodWrapper ? found.func : found;
  let obj: PyObject;
  if (customNew) {
    // __new__ is an implicit staticmethod: it gets the class first. __init__ runs only on an instance of cls.
    obj = rt.call(customNew, [cls, ...args], kwargs);
    if (!obj.type.isSubtypeOf(cls)) return obj;
  } else if (root === t.object || isException) {
    obj = allocateInstance(rt, cls, isException ? args : []);
  } else if (root === t.type) {
    obj = typeNew(rt, cls, args, kwargs);
  } else {
    obj = builtinNew(rt, root, cls, args, kwargs);
  }
  const init = lookupInMro(cls, '__init__');
  try {
    if (init) {
      const result = rt.call(init, [obj, ...args], kwargs);
      if (result !== rt.None) {
        const type = result.type.name;
        rt.heap.decref(result);
        rt.raise(t.TypeError, `__init__() should return None, not '${type}'`);
      }
      rt.heap.decref(result);
    } else if (root === t.object && !customNew && (args.length > 0 || (kwargs && kwargs.size > 0))) {
      rt.raise(t.TypeError, `${cls.name}() takes no arguments`);
    } else if (root !== t.object && root !== t.type && !isException) {
      builtinInit(rt, root, obj, args, kwargs);
    }
  } catch (error) {
    rt.heap.decref(obj);
    throw error;
  }
  return obj;
}
