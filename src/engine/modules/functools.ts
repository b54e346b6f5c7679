// The functools module: reduce and partial (CPython's _functools in C), update_wrapper and wraps
// (functoolsWraps.ts), lru_cache and cache (lruCache.ts), cmp_to_key and total_ordering (functoolsOrdering.ts).
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyStr } from '../objects/scalars';
import { PyDict, PyTuple } from '../objects/containers';
import { PyRaise } from '../objects/exceptions';
import { getIter, iterNext } from '../objects/protocols';
import { dictGetStr, dictSet } from '../objects/dictops';
import { WRAPPER_UPDATES, updateWrapperCall, wrapperAssignments } from './functoolsWraps';
import { defineLruCache } from './lruCache';
import { defineOrdering } from './functoolsOrdering';
import {
  defineLazyModule, since, NativeInstance, bindPythonStyle, checkPositional, isCallable, nativeClass, newNativeInstance, parseArgs,
  type Kwargs, type NativeModuleBuilder,
} from './native';

/** Names of CPython's functools the simulator does not implement. */
const NOT_IMPLEMENTED = [
  'GenericAlias', 'RLock', 'cached_property', 'get_cache_token',
  'namedtuple', 'partialmethod', 'recursive_repr', 'singledispatch', 'singledispatchmethod',
];

export function createFunctoolsModule(rt: Runtime): void {
  defineLazyModule(rt, 'functools', (m) => buildFunctools(rt, m));
}

function buildFunctools(rt: Runtime, m: NativeModuleBuilder): void {
  m.fn('reduce', (args, kwargs) => reduce(rt, args, kwargs));

  const partialType = nativeClass(rt, {
    tpName: 'functools.partial', qualname: 'partial', module: 'functools',
    call: (self, args, kwargs) => callPartial(rt, self, args, kwargs),
    // partial_repr: functools.partial(func, *args, **keywords) with each part's repr.
    repr: (self, reprOf) => {
      const [func, pargs, pkw] = self.held as [PyObject, PyTuple, PyDict];
      const parts = [reprOf(func), ...pargs.items.map(reprOf)];
      for (const { key, value } of pkw.entries.values()) parts.push(`${(key as PyStr).value}=${reprOf(value)}`);
      return `functools.partial(${parts.join(', ')})`;
    },
    members: {
      func: (self) => rt.heap.incref(self.held[0]!),
      args: (self) => rt.heap.incref(self.held[1]!),
      keywords: (self) => rt.heap.incref(self.held[2]!),
    },
  });
  m.fn('partial', (args, kwargs) => newPartial(rt, partialType, args, kwargs));
  // Module constants, also the default arguments of update_wrapper and wraps (which hold them too).
  const assigned = rt.tuple(wrapperAssignments(rt).map((n) => rt.internedStr(n)));
  const updated = rt.tuple(WRAPPER_UPDATES.map((n) => rt.internedStr(n)));
  m.set('WRAPPER_ASSIGNMENTS', rt.heap.incref(assigned));
  m.set('WRAPPER_UPDATES', rt.heap.incref(updated));
  rt.heap.incref(assigned, 'internal');
  rt.heap.incref(updated, 'internal');
  const defaults = { assigned, updated };
  m.fn('update_wrapper', (args, kwargs) => updateWrapperCall(rt, args, kwargs, defaults));
  const updateWrapperFn = dictGetStr(m.module.dict, 'update_wrapper')!;
  m.fn('wraps', (args, kwargs) => {
    // partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)
    const [wrapped, a, u] = bindPythonStyle(rt, 'wraps', args, kwargs, ['wrapped', 'assigned', 'updated'], 1);
    const keywords = new Map<string, PyObject>([['wrapped', wrapped!], ['assigned', a ?? assigned], ['updated', u ?? updated]]);
    return newPartial(rt, partialType, [updateWrapperFn], keywords);
  });
  defineLruCache(rt, m, defaults);
  defineOrdering(rt, m);
  m.known(NOT_IMPLEMENTED);
  m.known(since(rt, 14, ['MappingProxyType', 'MethodType', 'Placeholder', 'UnionType', 'itemgetter']));
}

/**
 * functools.reduce: one args tuple is reused for every call while nobody else holds it (so the function
 * sees its two arguments referenced by that tuple too), as _functools.c does.
 */
function reduce(rt: Runtime, args: PyObject[], kwargs: Kwargs): PyObject {
  let initial: PyObject | undefined;
  if (rt.profile.id === '3.14') {
    // 3.14: reduce(function, iterable, /, initial=<unrepresentable>)
    initial = parseArgs(rt, 'reduce', args, kwargs, { params: ['function', 'iterable', 'initial'], required: 2, posOnly: 2 })[2];
  } else {
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'reduce() takes no keyword arguments');
    checkPositional(rt, 'reduce', args.length, 2, 3);
    initial = args[2];
  }
  const [func, seq] = args as [PyObject, PyObject];
  let it: PyObject;
  try {
    it = getIter(rt, seq);
  } catch (error) {
    if (error instanceof PyRaise && error.exc.type.isSubtypeOf(rt.types.TypeError)) {
      rt.heap.decref(error.exc);
      rt.raise(rt.types.TypeError, 'reduce() arg 2 must support iteration');
    }
    throw error;
  }
  let result: PyObject | null = initial ? rt.heap.incref(initial) : null;
  let tuple: PyTuple | null = null;
  try {
    for (;;) {
      const next = iterNext(rt, it);
      if (next === null) break;
      if (result === null) {
        result = next;
        continue;
      }
      if (tuple && tuple.refcnt === 1) {
        const old = [...tuple.items];
        tuple.items[0] = result;
        tuple.items[1] = next;
        rt.recorder.touch(tuple);
        for (const o of old) rt.heap.decref(o, 'item');
        if (!tuple.tracked) rt.gc.track(tuple);
      } else {
        if (tuple) rt.heap.decref(tuple);
        tuple = rt.tuple([result, next]);
      }
      result = null;
      result = rt.call(func, tuple.items);
    }
  } catch (error) {
    if (result) rt.heap.decref(result);
    throw error;
  } finally {
    if (tuple) rt.heap.decref(tuple);
    rt.heap.decref(it);
  }
  if (result === null) {
    rt.raise(rt.types.TypeError, 'reduce() of empty iterable with no initial value');
  }
  return result!;
}

/** partial(func, /, *args, **keywords): flattens a partial of a plain partial, as partial_new does. */
function newPartial(rt: Runtime, cls: PyType, args: PyObject[], kwargs: Kwargs): PyObject {
  if (args.length === 0) rt.raise(rt.types.TypeError, "type 'partial' takes at least one argument");
  let func = args[0]!;
  if (!isCallable(func)) rt.raise(rt.types.TypeError, 'the first argument must be callable');
  let innerArgs: PyObject[] = [];
  let innerArgsTuple: PyTuple | null = null;
  let innerKw: PyDict | null = null;
  if (func instanceof NativeInstance && func.type === cls && func.values.size === 0 && !func.dict) {
    innerArgsTuple = func.held[1] as PyTuple;
    innerArgs = innerArgsTuple.items;
    innerKw = func.held[2] as PyDict;
    func = func.held[0]!;
  }
  // PySequence_Concat(inner args, new args) returns the inner tuple itself when nothing is added.
  const pargs = innerArgs.length > 0 && args.length === 1
    ? rt.heap.incref(innerArgsTuple!, 'attr')
    : rt.tuple([...innerArgs, ...args.slice(1)].map((a) => rt.heap.incref(a, 'item')));
  const kw = rt.dict();
  if (innerKw) for (const { key, value } of innerKw.entries.values()) dictSet(rt, kw, key, value);
  for (const [name, value] of kwargs ?? []) {
    const key = rt.str(name);
    dictSet(rt, kw, key, value);
    rt.heap.decref(key);
  }
  return newNativeInstance(rt, cls, ['func', 'args', 'keywords'], [rt.heap.incref(func, 'attr'), pargs, kw]);
}

function callPartial(rt: Runtime, self: NativeInstance, args: PyObject[], kwargs: Kwargs): PyObject {
  const [func, pargs, pkw] = self.held as [PyObject, PyTuple, PyDict];
  let kw: Map<string, PyObject> | null = null;
  if (pkw.entries.size > 0 || (kwargs && kwargs.size > 0)) {
    kw = new Map();
    for (const { key, value } of pkw.entries.values()) kw.set((key as PyStr).value, value);
    for (const [name, value] of kwargs ?? []) kw.set(name, value);
  }
  return rt.call(func, [...pargs.items, ...args], kw);
}
