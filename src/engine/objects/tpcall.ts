// _PyObject_MakeTpCall: calling an object whose type has no vectorcall (a class, bytes(), slice()…) packs
// the positional arguments in a new tuple and the keywords in a new dict, which live until the call
// returns. They are real allocations (gc.get_count, the tuple and dict freelists) and real references
// (sys.getrefcount of an argument inside __init__ counts the tuple).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { dictSet } from './dictops';

export function withPackedArguments<T>(rt: Runtime, args: PyObject[], kwargs: Map<string, PyObject> | null, call: () => T): T {
  // No arguments: the empty tuple singleton, nothing allocated.
  const packed = args.length > 0 ? rt.tuple(args.map((a) => rt.heap.incref(a, 'item'))) : null;
  let keywords: PyObject | null = null;
  if (kwargs && kwargs.size > 0) {
    const d = rt.dict();
    keywords = d;
    for (const [name, value] of kwargs) {
      const key = rt.internedStr(name);
      dictSet(rt, d, key, value);
      rt.heap.decref(key);
    }
  }
  try {
    return call();
  } finally {
    if (packed) rt.heap.decref(packed);
    if (keywords) rt.heap.decref(keywords);
  }
}
