// dict(x) and d.update(x): a dict's entries, a mapping's keys() looked up one by one (PyDict_Merge), or an
// iterable of key/value pairs (PyDict_MergeFromSeq2) with CPython's messages for a bad element.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyDict } from './containers';
import { dictGet, dictSet } from './dictops';
import { PyStr } from './scalars';
import { PyBuiltin, PyMethodDescr, PyModule } from './callables';
import { collect, getItem, getIter, iterNext } from './protocols';
import { findDunder } from './dunders';
import { PyRaise } from './exceptions';
import { PyInstance } from './classes';
import { getAttribute } from './attributes';

export function dictUpdate(rt: Runtime, d: PyDict, src: PyObject): void {
  if (src instanceof PyDict) {
    for (const { key, value } of [...src.entries.values()]) dictSet(rt, d, key, value);
    return;
  }
  if (src instanceof PyInstance && findDunder(src, 'keys')) {
    mergeMapping(rt, d, src);
    return;
  }
  mergePairs(rt, d, src);
}

/** A mapping that is not a dict: d[k] = src[k] for k in src.keys(). */
function mergeMapping(rt: Runtime, d: PyDict, src: PyObject): void {
  const keysMethod = getAttribute(rt, src, 'keys');
  let keys: PyObject[];
  try {
    const result = rt.call(keysMethod, []);
    try {
      keys = collect(rt, result);
    } finally {
      rt.heap.decref(result);
    }
  } finally {
    rt.heap.decref(keysMethod);
  }
  try {
    for (const key of keys) {
      const value = getItem(rt, src, key);
      dictSet(rt, d, key, value);
      rt.heap.decref(value);
    }
  } finally {
    keys.forEach((k) => rt.heap.decref(k));
  }
}

function mergePairs(rt: Runtime, d: PyDict, src: PyObject): void {
  const it = getIter(rt, src);
  try {
    for (let index = 0; ; index++) {
      const item = iterNext(rt, it);
      if (item === null) return;
      let pair: PyObject[];
      try {
        pair = asSequence(rt, item, index);
      } finally {
        rt.heap.decref(item);
      }
      try {
        if (pair.length !== 2) rt.raise(rt.types.ValueError, `dictionary update sequence element #${index} has length ${pair.length}; 2 is required`);
        dictSet(rt, d, pair[0]!, pair[1]!);
      } finally {
        pair.forEach((x) => rt.heap.decref(x));
      }
    }
  } finally {
    rt.heap.decref(it);
  }
}

/** PySequence_Fast: the element's items; a non-iterable element gets the dict-specific TypeError. */
function asSequence(rt: Runtime, item: PyObject, index: number): PyObject[] {
  try {
    return collect(rt, item);
  } catch (error) {
    if (error instanceof PyRaise && error.exc.type === rt.types.TypeError) {
      rt.heap.decref(error.exc);
      const what = `dictionary update sequence element #${index} to a sequence`;
      if (!rt.profile.messages.dictUpdateElementNote) rt.raise(rt.types.TypeError, `cannot convert ${what}`);
      // 3.14: a generic message, and the element in a note (PEP 678).
      const exc = rt.exception(rt.types.TypeError, 'object is not iterable');
      exc.values.set('__notes__', rt.list([rt.str(`Cannot convert ${what}`)]));
      throw new PyRaise(exc);
    }
    throw error;
  }
}

/** The keyword arguments of dict() and dict.update(): d[name] = value for each, in order. */
export function dictUpdateKeywords(rt: Runtime, d: PyDict, kwargs: Map<string, PyObject> | null): void {
  for (const [name, value] of kwargs ?? []) {
    const key = rt.str(name);
    try {
      dictSet(rt, d, key, value);
    } finally {
      rt.heap.decref(key);
    }
  }
}

/**
 * DICT_MERGE, gathering f(**mapping) keyword arguments into `d` (_PyDict_MergeEx with override 2): a key that is
 * already there, or an argument that is not a mapping, raises the TypeError format_kwargs_error words, naming
 * the callee as _PyObject_FunctionStr does.
 */
export function mergeCallKeywords(rt: Runtime, d: PyDict, update: PyObject, callee: PyObject): void {
  let pairs: PyDict;
  if (update instanceof PyDict) {
    pairs = rt.heap.incref(update);
  } else {
    if (!attributeOrNull(rt, update, 'keys', true)) {
      rt.raise(rt.types.TypeError, `${functionStr(rt, callee)} argument after ** must be a mapping, not ${update.type.name}`);
    }
    pairs = rt.dict();
    try {
      mergeMapping(rt, pairs, update);
    } catch (error) {
      rt.heap.decref(pairs);
      throw error;
    }
  }
  try {
    for (const { key, value } of [...pairs.entries.values()]) {
      if (dictGet(rt, d, key) !== undefined) {
        const message = key instanceof PyStr
          ? `${functionStr(rt, callee)} got multiple values for keyword argument '${key.value}'`
          : `${functionStr(rt, callee)} keywords must be strings`;
        rt.raise(rt.types.TypeError, message);
      }
      dictSet(rt, d, key, value);
    }
  } finally {
    rt.heap.decref(pairs);
  }
}

/** _PyObject_FunctionStr: "module.qualname()" ("qualname()" for builtins), else "<type> object". */
export function functionStr(rt: Runtime, callee: PyObject): string {
  if (callee instanceof PyBuiltin) {
    // A C function: its module's name (none for builtins), or the type of the object it is bound to.
    const owner = callee.self;
    if (owner instanceof PyModule) return owner.name === 'builtins' ? `${callee.name}()` : `${owner.name}.${callee.name}()`;
    return owner ? `${owner.type.name}.${callee.name}()` : `${callee.name}()`;
  }
  if (callee instanceof PyMethodDescr) return `${callee.owner.name}.${callee.name}()`;
  const qualname = attributeOrNull(rt, callee, '__qualname__', false);
  if (!(qualname instanceof PyStr)) {
    if (qualname) rt.heap.decref(qualname);
    return `${callee.type.name} object`;
  }
  const module = attributeOrNull(rt, callee, '__module__', false);
  const prefix = module instanceof PyStr && module.value !== 'builtins' ? `${module.value}.` : '';
  if (module) rt.heap.decref(module);
  rt.heap.decref(qualname);
  return `${prefix}${qualname.value}()`;
}

/** getattr(obj, name, None) (a new reference, or null); `probeOnly` drops the value at once. */
function attributeOrNull(rt: Runtime, obj: PyObject, name: string, probeOnly: boolean): PyObject | null {
  try {
    const value = getAttribute(rt, obj, name);
    if (!probeOnly) return value;
    rt.heap.decref(value);
    return obj;
  } catch (error) {
    if (error instanceof PyRaise && error.exc.type.isSubtypeOf(rt.types.AttributeError)) {
      rt.heap.decref(error.exc);
      return null;
    }
    throw error;
  }
}

/** PyMapping_Keys-style probe: whether obj has a keys attribute (what {**obj} and f(**obj) accept). */
export function hasKeysMethod(rt: Runtime, obj: PyObject): boolean {
  return attributeOrNull(rt, obj, 'keys', true) !== null;
}
