// Calling a class: object.__new__ then __init__ (type_call), and exception classes defined in Python.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from './object';
import { PyFunction } from './callables';
import { PyException } from './exceptions';
import { PyInstance, lookupInMro } from './classes';

/** Returns a new reference to the new instance. Arguments are borrowed. */
export function instantiate(rt: Runtime, cls: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (lookupInMro(cls, '__new__')) rt.unsupported(`classes that define __new__ (${cls.name})`);
  const isException = cls.isSubtypeOf(rt.types.BaseException);
  const obj: PyInstance = isException
    ? rt.heap.register(new PyException(cls, rt.tuple(args.map((a) => rt.heap.incref(a, 'item')))))
    : rt.heap.register(new PyInstance(cls));
  rt.heap.incref(cls, 'attr'); // instances of heap types own a reference to their class
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
    } else if (!isException && (args.length > 0 || (kwargs && kwargs.size > 0))) {
      rt.raise(rt.types.TypeError, `${cls.name}() takes no arguments`);
    }
  } catch (error) {
    rt.heap.decref(obj);
    throw error;
  }
  return obj;
}
