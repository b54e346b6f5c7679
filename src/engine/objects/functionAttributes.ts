// The attributes of function objects as funcobject.c defines them: __doc__ and __module__ are plain
// members (strong references set when the function is made, deleting one leaves None), __dict__ is
// created on first use, __name__/__qualname__/__dict__/__annotations__/__type_params__/__annotate__
// check what they are given.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyFunction } from './callables';
import { PyDict, PyTuple } from './containers';
import { PyStr } from './scalars';
import { dictDelete, dictGetStr, dictSet } from './dictops';
import { PyRaise } from './exceptions';

/** PyFunction_New: func_doc is co_consts[0] when the code has a docstring, func_module is globals['__name__']. */
export function initFunctionMetadata(rt: Runtime, fn: PyFunction): void {
  const first = fn.code.consts[0];
  // A lambda never has one (CPython's compiler makes None its first constant, or 3.14 leaves CO_HAS_DOCSTRING unset).
  const hasDoc = first instanceof PyStr && fn.code.code.consts[0]?.type === 'str' && fn.code.code.name !== '<lambda>';
  fn.doc = rt.heap.incref(hasDoc ? first : rt.None, 'attr');
  const module = dictGetStr(fn.globals, '__name__');
  fn.module = module ? rt.heap.incref(module, 'attr') : null;
}

/** f.__dict__: the function's attribute dict, created the first time it is needed (a borrowed reference). */
export function functionDict(rt: Runtime, fn: PyFunction): PyDict {
  if (!fn.dict) {
    fn.dict = rt.dict();
    rt.recorder.touch(fn);
  }
  return fn.dict;
}

/** getattr(f, name) for what funcobject.c defines; undefined when the name is not one of them. */
export function getFunctionAttribute(rt: Runtime, fn: PyFunction, name: string): PyObject | undefined {
  switch (name) {
    case '__name__': return rt.heap.incref(fn.name);
    case '__qualname__': return rt.heap.incref(fn.qualname);
    case '__doc__': return rt.heap.incref(fn.doc ?? rt.None);
    case '__module__': return rt.heap.incref(fn.module ?? rt.None);
    case '__defaults__': return rt.heap.incref(fn.defaults ?? rt.None);
    case '__kwdefaults__': return rt.heap.incref(fn.kwdefaults ?? rt.None);
    case '__closure__': return rt.heap.incref(fn.closure ?? rt.None);
    case '__code__': return rt.heap.incref(fn.code);
    case '__globals__': return rt.heap.incref(fn.globals);
    case '__dict__': return rt.heap.incref(functionDict(rt, fn));
    case '__annotations__': return rt.heap.incref(annotationsOf(rt, fn));
    case '__type_params__':
      if (rt.profile.versionInfo[1] < 12) break;
      return rt.heap.incref(fn.typeParams ?? rt.emptyTuple);
    case '__annotate__':
      if (rt.profile.versionInfo[1] < 14) break;
      return rt.heap.incref(fn.annotate ?? rt.None);
    default: break;
  }
  const own = fn.dict ? dictGetStr(fn.dict, name) : undefined;
  return own ? rt.heap.incref(own) : undefined;
}

/**
 * func_get_annotations: the compiled pairs become a dict the first time (3.11–3.13), or 3.14 calls
 * __annotate__(1) and keeps its dict; a function without annotations gets an empty dict. Either is kept.
 */
function annotationsOf(rt: Runtime, fn: PyFunction): PyDict {
  if (fn.annotations instanceof PyDict) return fn.annotations;
  let dict: PyDict;
  if (fn.annotations instanceof PyTuple) {
    const pairs = fn.annotations;
    dict = rt.dict();
    for (let i = 0; i + 1 < pairs.items.length; i += 2) dictSet(rt, dict, pairs.items[i]!, pairs.items[i + 1]!);
    fn.annotations = dict;
    rt.heap.decref(pairs, 'attr');
  } else if (fn.annotate && fn.annotate !== rt.None) {
    const format = rt.int(1);
    let result: PyObject;
    try {
      result = rt.call(fn.annotate, [format]);
    } finally {
      rt.heap.decref(format);
    }
    if (!(result instanceof PyDict)) {
      rt.heap.decref(result);
      return rt.raise(rt.types.TypeError, `__annotate__ returned non-dict of type '${result.type.name}'`);
    }
    dict = result;
    if (fn.annotations) rt.heap.decref(fn.annotations, 'attr');
    fn.annotations = dict;
  } else {
    dict = rt.dict();
    fn.annotations = dict;
  }
  rt.recorder.touch(fn);
  return dict;
}

/** setattr(f, name, value), or delattr when value is null. */
export function setFunctionAttribute(rt: Runtime, fn: PyFunction, name: string, value: PyObject | null): void {
  const minor = rt.profile.versionInfo[1];
  switch (name) {
    case '__name__':
    case '__qualname__': {
      if (!(value instanceof PyStr)) rt.raise(rt.types.TypeError, `${name} must be set to a string object`);
      const str = value as PyStr;
      if (name === '__name__') replace(rt, fn, () => fn.name, (v) => { fn.name = v as PyStr; }, str);
      else replace(rt, fn, () => fn.qualname, (v) => { fn.qualname = v as PyStr; }, str);
      return;
    }
    case '__doc__': replace(rt, fn, () => fn.doc, (v) => { fn.doc = v; }, value); return;
    case '__module__': replace(rt, fn, () => fn.module, (v) => { fn.module = v; }, value); return;
    case '__dict__':
      if (value === null) rt.raise(rt.types.TypeError, 'cannot delete __dict__');
      if (!(value instanceof PyDict)) rt.raise(rt.types.TypeError, `__dict__ must be set to a dictionary, not a '${value!.type.name}'`);
      replace(rt, fn, () => fn.dict, (v) => { fn.dict = v as PyDict | null; }, value);
      return;
    case '__annotations__':
      if (value !== null && value !== rt.None && !(value instanceof PyDict)) rt.raise(rt.types.TypeError, '__annotations__ must be set to a dict object');
      replace(rt, fn, () => fn.annotations, (v) => { fn.annotations = v as PyDict | null; }, value === rt.None ? null : value);
      if (minor >= 14 && fn.annotate) replace(rt, fn, () => fn.annotate, (v) => { fn.annotate = v; }, null);
      return;
    case '__type_params__':
      if (minor < 12) break;
      if (!(value instanceof PyTuple)) rt.raise(rt.types.TypeError, '__type_params__ must be set to a tuple');
      replace(rt, fn, () => fn.typeParams, (v) => { fn.typeParams = v; }, value);
      return;
    case '__annotate__':
      if (minor < 14) break;
      if (value === null) rt.raise(rt.types.TypeError, '__annotate__ cannot be deleted');
      if (value !== rt.None) rt.unsupported('setting a function\'s __annotate__ to a callable');
      replace(rt, fn, () => fn.annotate, (v) => { fn.annotate = v; }, value);
      return;
    case '__code__': case '__globals__': case '__closure__': case '__defaults__': case '__kwdefaults__': case '__builtins__':
      rt.unsupported(`setting ${name} of functions`);
      break;
    default: break;
  }
  if (value === null) {
    const key = rt.str(name);
    const deleted = fn.dict ? dictDelete(rt, fn.dict, key) : false;
    rt.heap.decref(key);
    if (!deleted) throw new PyRaise(rt.exception(rt.types.AttributeError, `'function' object has no attribute '${name}'`));
    return;
  }
  const key = rt.internedStr(name);
  dictSet(rt, functionDict(rt, fn), key, value);
  rt.heap.decref(key);
}

/** Stores a new reference to `value` (or clears the slot for null) and releases the old one. */
function replace(rt: Runtime, fn: PyFunction, get: () => PyObject | null, put: (v: PyObject | null) => void, value: PyObject | null): void {
  const old = get();
  put(value ? rt.heap.incref(value, 'attr') : null);
  rt.recorder.touch(fn);
  if (old) rt.heap.decref(old, 'attr');
}
