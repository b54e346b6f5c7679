// The special methods a class can define, called from the built-in protocols (repr, ==, +, len, in,
// iteration, subscripts…) the way CPython's slot wrappers call them.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { lookupInMro } from './classes';

/** A built-in slot wrapper running on a subclass instance (list.__getitem__(self, i)) skips the class's override once. */
let skipOverride: { obj: PyObject; name: string } | null = null;

/** Runs the built-in behaviour of `name` on `obj`, as if its class did not override it (the base's slot wrapper). */
export function withoutOverride<T>(obj: PyObject, name: string, run: () => T): T {
  const saved = skipOverride;
  skipOverride = { obj, name };
  try {
    return run();
  } finally {
    skipOverride = saved;
  }
}

/** The class's special method `name`, or undefined (only classes defined in Python have them here). */
export function findDunder(obj: PyObject, name: string): PyObject | undefined {
  if (!obj.type.isHeapType) return undefined;
  if (skipOverride && skipOverride.obj === obj && skipOverride.name === name) {
    skipOverride = null;
    return undefined;
  }
  return lookupInMro(obj.type, name);
}

/** Calls type(obj).name(obj, *args) when the class defines it; undefined otherwise. New reference. */
export function callDunder(rt: Runtime, obj: PyObject, name: string, args: PyObject[]): PyObject | undefined {
  const fn = findDunder(obj, name);
  if (!fn || fn === rt.None) return undefined;
  return rt.call(fn, [obj, ...args]);
}

/** Like callDunder, but NotImplemented (or no method) gives undefined. */
export function tryDunder(rt: Runtime, obj: PyObject, name: string, args: PyObject[]): PyObject | undefined {
  const result = callDunder(rt, obj, name, args);
  if (result === undefined) return undefined;
  if (result === rt.NotImplemented) {
    rt.heap.decref(result);
    return undefined;
  }
  return result;
}

export const BINARY_DUNDERS: Record<string, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', Div: 'truediv', FloorDiv: 'floordiv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitAnd: 'and', BitOr: 'or', BitXor: 'xor', MatMult: 'matmul',
};

export const COMPARE_DUNDERS: Record<string, [own: string, reflected: string]> = {
  Eq: ['__eq__', '__eq__'], NotEq: ['__ne__', '__ne__'], Lt: ['__lt__', '__gt__'], LtE: ['__le__', '__ge__'],
  Gt: ['__gt__', '__lt__'], GtE: ['__ge__', '__le__'],
};
