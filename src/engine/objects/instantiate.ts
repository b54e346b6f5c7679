// Calling a class: object.__new__ then __init__ (type_call), and exception classes defined in Python.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from './object';
import { PyBuiltin, PyFunction } from './callables';
import { PyException } from './exceptions';
import { PyInstance, lookupInMro } from './classes';

/** object.__new__(cls): a bare instance (an exception instance keeps `args`). New reference. */
export function allocateInstance(rt: Runtime, cls: PyType, args: PyObject[]): PyInstance {
  const obj = cls.isSubtypeOf(rt.types.BaseException)
    ? rt.heap.register(new PyException(cls, rt.argsTuple(args.map((a) => rt.heap.incref(a, 'item')))))
    : rt.heap.register(new PyInstance(cls));
  rt.heap.incref(cls, 'attr'); // instances of heap types own a reference to their class
  cls.instancesCreated++;
  return obj;
}

/** Returns a new reference to the new instance. Arguments are borrowed. */
export function instantiate(rt: Runtime, cls: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const isException = cls.isSubtypeOf(rt.types.BaseException);
  const customNew = lookupInMro(cls, '__new__');
  let obj: PyObject;
  if (customNew instanceof PyFunction || customNew instanceof PyBuiltin) {
    // __new__ is an implicit staticmethod: it gets the class first. __init__ runs only on an instance of cls.
    obj = rt.call(customNew, [cls, ...args], kwargs);
    if (!obj.type.isSubtypeOf(cls)) return obj;
  } else {
    obj = allocateInstance(rt, cls, isException ? args : []);
  }
  const init = lookupInMro(cls, '__init__');
  try {
    if (init instanceof PyFunction) {
      const result = rt.call(init, [obj, ...args], kwargs);
      if (result !== rt.None) {
        const type = result.type.name;
        rt.heap.decref(result);
        rt.raise(rt.types.TypeError, `__init__() should return None, not '${type}'`);
      }
      rt.heap.decref(result);
    } else if (!isException && !customNew && (args.length > 0 || (kwargs && kwargs.size > 0))) {
      rt.raise(rt.types.TypeError, `${cls.name}() takes no arguments`);
    }
  } catch (error) {
    rt.heap.decref(obj);
    throw error;
  }
  return obj;
}
