// functools.update_wrapper and functools.wraps. In CPython they are Python code (Lib/functools.py): copy
// each name in `assigned` that the wrapped object has, update the wrapper's __dict__ from the wrapped
// one's, then set __wrapped__; wraps() is a partial of update_wrapper with the wrapped object as a keyword.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/scalars';
import { PyRaise } from '../objects/exceptions';
import { collect } from '../objects/protocols';
import { getAttribute, setAttribute } from '../objects/attributes';
import { bindPythonStyle, type Kwargs } from './native';

/** WRAPPER_ASSIGNMENTS of the profile's version (3.12 added __type_params__, 3.14 copies __annotate__). */
export function wrapperAssignments(rt: Runtime): string[] {
  const minor = rt.profile.versionInfo[1];
  const names = ['__module__', '__name__', '__qualname__', '__doc__', minor >= 14 ? '__annotate__' : '__annotations__'];
  if (minor >= 12) names.push('__type_params__');
  return names;
}

export const WRAPPER_UPDATES = ['__dict__'];

/** getattr(obj, name) that gives null instead of raising AttributeError. */
export function getAttributeOrNull(rt: Runtime, obj: PyObject, name: string): PyObject | null {
  try {
    return getAttribute(rt, obj, name);
  } catch (error) {
    if (error instanceof PyRaise && error.exc.type.isSubtypeOf(rt.types.AttributeError)) {
      rt.heap.decref(error.exc);
      return null;
    }
    throw error;
  }
}

function attributeName(rt: Runtime, name: PyObject): string {
  if (!(name instanceof PyStr)) rt.raise(rt.types.TypeError, `attribute name must be string, not '${name.type.name}'`);
  return (name as PyStr).value;
}

/** update_wrapper(wrapper, wrapped, assigned, updated) with borrowed arguments; returns a new reference to wrapper. */
export function updateWrapper(rt: Runtime, wrapper: PyObject, wrapped: PyObject, assigned: PyObject, updated: PyObject): PyObject {
  forEachName(rt, assigned, (name) => {
    const value = getAttributeOrNull(rt, wrapped, name);
    if (!value) return;
    try {
      setAttribute(rt, wrapper, name, value);
    } finally {
      rt.heap.decref(value);
    }
  });
  forEachName(rt, updated, (name) => {
    const target = getAttribute(rt, wrapper, name);
    const source = getAttributeOrNull(rt, wrapped, name) ?? rt.dict();
    try {
      const update = getAttribute(rt, target, 'update');
      try {
        rt.heap.decref(rt.call(update, [source]));
      } finally {
        rt.heap.decref(update);
      }
    } finally {
      rt.heap.decref(source);
      rt.heap.decref(target);
    }
  });
  // Set last, so that a __wrapped__ in the wrapped object's __dict__ is not what ends up there.
  setAttribute(rt, wrapper, '__wrapped__', wrapped);
  return rt.heap.incref(wrapper);
}

function forEachName(rt: Runtime, names: PyObject, each: (name: string) => void): void {
  const items = collect(rt, names);
  try {
    for (const item of items) each(attributeName(rt, item));
  } finally {
    for (const item of items) rt.heap.decref(item);
  }
}

/** The builtin update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES). */
export function updateWrapperCall(rt: Runtime, args: PyObject[], kwargs: Kwargs, defaults: { assigned: PyObject; updated: PyObject }): PyObject {
  const [wrapper, wrapped, assigned, updated] = bindPythonStyle(rt, 'update_wrapper', args, kwargs, ['wrapper', 'wrapped', 'assigned', 'updated'], 2);
  return updateWrapper(rt, wrapper!, wrapped!, assigned ?? defaults.assigned, updated ?? defaults.updated);
}
