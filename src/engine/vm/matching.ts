// The run-time half of structural pattern matching (CPython's MATCH_* opcodes in Python/ceval.c):
// which subjects count as sequences or mappings, MATCH_KEYS' lookups through .get(), and
// MATCH_CLASS' isinstance check plus attribute extraction via __match_args__.
import type { PyObject, PyType } from '../objects/object';
import { PyDict, PyTuple } from '../objects/containers';
import { PyStr } from '../objects/scalars';
import { PyRaise } from '../objects/exceptions';
import { dictGet } from '../objects/dictops';
import { getAttribute } from '../objects/attributes';
import { lookupInMro } from '../objects/classes';
import { repr } from '../objects/repr';
import { hashKey } from '../objects/protocols';
import type { Runtime } from './runtime';

/** Py_TPFLAGS_SEQUENCE: list, tuple, range and their subclasses, and collections.deque (str, bytes and dict are not). */
export function isMatchSequence(rt: Runtime, subject: PyObject): boolean {
  const t = rt.types;
  return [t.list, t.tuple, t.range].some((base) => subject.type.isSubtypeOf(base)) || subject.type.nativeSequence !== null;
}

/** Py_TPFLAGS_MAPPING: dict, mappingproxy and their subclasses. */
export function isMatchMapping(rt: Runtime, subject: PyObject): boolean {
  return subject.type.isSubtypeOf(rt.types.dict) || subject.type.isSubtypeOf(rt.types.mappingproxy);
}

/** Types whose single positional sub-pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF, inherited). */
function matchesSelf(rt: Runtime, type: PyType): boolean {
  const t = rt.types;
  return [t.bool, t.float, t.int, t.str, t.list, t.tuple, t.dict, t.set, t.frozenset].some((base) => type.isSubtypeOf(base))
    || type.mro.some((x) => (x.name === 'bytes' || x.name === 'bytearray') && x.module === 'builtins');
}

/**
 * MATCH_KEYS: a tuple of the values for `keys` (borrowed tuple), or null when one is missing. Each key
 * is looked up with the two-argument subject.get(key, dummy), so __missing__ never runs.
 */
export function matchKeys(rt: Runtime, subject: PyObject, keys: PyTuple, call: (fn: PyObject, args: PyObject[]) => PyObject): PyObject[] | null {
  const seen = new Set<string>();
  const values: PyObject[] = [];
  const useDict = subject instanceof PyDict && lookupInMro(subject.type, 'get') === undefined;
  const get = useDict ? null : getAttribute(rt, subject, 'get');
  const dummy = useDict ? null : call(rt.types.object, []);
  try {
    for (const key of keys.items) {
      const id = hashKey(rt, key);
      if (seen.has(id)) rt.raise(rt.types.ValueError, `mapping pattern checks duplicate key (${repr(rt, key)})`);
      seen.add(id);
      if (useDict) {
        const value = dictGet(rt, subject as PyDict, key);
        if (!value) break;
        values.push(rt.heap.incref(value));
      } else {
        const value = call(get!, [key, dummy!]);
        if (value === dummy) {
          rt.heap.decref(value);
          break;
        }
        values.push(value);
      }
    }
  } catch (error) {
    values.forEach((v) => rt.heap.decref(v));
    throw error;
  } finally {
    if (get) rt.heap.decref(get);
    if (dummy) rt.heap.decref(dummy);
  }
  if (values.length < keys.items.length) {
    values.forEach((v) => rt.heap.decref(v));
    return null;
  }
  return values;
}

/**
 * MATCH_CLASS: new references to the attributes the class pattern names (positional ones through
 * __match_args__), or null when the subject is not an instance or lacks one of them.
 */
export function matchClass(rt: Runtime, subject: PyObject, cls: PyObject, nargs: number, names: PyTuple): PyObject[] | null {
  if (!isType(rt, cls)) {
    rt.raise(rt.types.TypeError, rt.profile.messages.matchClassNotType);
  }
  const type = cls as PyType;
  if (!subject.type.isSubtypeOf(type)) return null;
  const attrs: PyObject[] = [];
  const seen: string[] = [];
  const take = (name: string): boolean => {
    if (seen.includes(name)) rt.raise(rt.types.TypeError, `${type.name}() got multiple sub-patterns for attribute ${repr(rt, rt.str(name))}`);
    seen.push(name);
    try {
      attrs.push(getAttribute(rt, subject, name));
      return true;
    } catch (error) {
      if (error instanceof PyRaise && error.exc.type.isSubtypeOf(rt.types.AttributeError)) {
        rt.heap.decref(error.exc);
        return false;
      }
      throw error;
    }
  };
  try {
    if (nargs > 0) {
      // Built-in types define no __match_args__; a class finds it in its MRO (a plain class attribute).
      const found = lookupInMro(type, '__match_args__');
      const matchArgs: PyObject | null = found ? rt.heap.incref(found) : null;
      try {
        if (matchArgs && !(matchArgs instanceof PyTuple)) {
          rt.raise(rt.types.TypeError, `${type.name}.__match_args__ must be a tuple (got ${matchArgs.type.name})`);
        }
        const self = !matchArgs && matchesSelf(rt, type);
        const allowed = self ? 1 : matchArgs ? (matchArgs as PyTuple).items.length : 0;
        if (allowed < nargs) {
          const plural = allowed === 1 ? '' : 's';
          rt.raise(rt.types.TypeError, `${type.name}() accepts ${allowed} positional sub-pattern${plural} (${nargs} given)`);
        }
        if (self) {
          attrs.push(rt.heap.incref(subject));
        } else {
          for (const item of (matchArgs as PyTuple).items.slice(0, nargs)) {
            if (!(item instanceof PyStr)) rt.raise(rt.types.TypeError, `__match_args__ elements must be strings (got ${item.type.name})`);
            if (!take(item.value)) return release(rt, attrs);
          }
        }
      } finally {
        if (matchArgs) rt.heap.decref(matchArgs);
      }
    }
    for (const name of names.items) {
      if (!take((name as PyStr).value)) return release(rt, attrs);
    }
  } catch (error) {
    release(rt, attrs);
    throw error;
  }
  return attrs;
}

function isType(rt: Runtime, o: PyObject): boolean {
  return o.type.isSubtypeOf(rt.types.type);
}

function release(rt: Runtime, attrs: PyObject[]): null {
  attrs.forEach((a) => rt.heap.decref(a));
  return null;
}
