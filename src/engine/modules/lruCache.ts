// functools.lru_cache and functools.cache: the C type _functools._lru_cache_wrapper (Modules/_functoolsmodule.c)
// and the Python code of Lib/functools.py around it. What the cache keeps is what tutorials show with
// sys.getrefcount: the key (the call's args tuple, or the single int/str argument itself, or a tuple of
// arguments, a keyword marker, keyword names and values and their types) and the result, both held
// strongly. A bounded cache keeps them in "link" objects (functools._lru_list_elem, not GC-tracked) that
// the dict maps each key to; the linked list's order is the recency order.
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType, type InlineCallPlan } from '../objects/object';
import { PyInt } from '../objects/scalars';
import { PyDict, PyTuple } from '../objects/containers';
import { PyInstance } from '../objects/classes';
import { dictClear, dictDelete, dictGet, dictSet } from '../objects/dictops';
import { isTrue } from '../objects/protocols';
import { setAttribute } from '../objects/attributes';
import {
  NativeInstance, asIndex, bindPythonStyle, isCallable, nativeClass, nativeType, type Kwargs, type NativeModuleBuilder,
} from './native';
import { updateWrapper } from './functoolsWraps';
import { cacheParametersFunction } from './lruCacheParameters';

/** A cache entry of a bounded cache: owns its key and result. */
class LruLink extends PyObject {
  constructor(readonly type: PyType, public key: PyObject, public result: PyObject) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.key);
    visit(this.result);
  }
  override referenceLabels(): string[] {
    return ['key', 'result'];
  }
}

/** The wrapper object: held = [the user function, the cache dict]; the rest is C-level state. */
class LruCacheWrapper extends NativeInstance {
  /** -1: unbounded (maxsize=None); 0: no caching; else the bound. */
  maxsize = -1;
  typed = false;
  hits = 0;
  misses = 0;
  /** Bounded caches: the links, least recently used first (the list's own reference to each); a Set keeps insertion order. */
  readonly order = new Set<LruLink>();
  get func(): PyObject { return this.held[0]!; }
  get cache(): PyDict { return this.held[1] as PyDict; }
  override traverse(visit: (child: PyObject) => void): void {
    // The list's own reference to each link (released last, as lru_cache_tp_clear does).
    super.traverse(visit);
    for (const link of this.order) visit(link);
  }
  override gcTraverse(visit: (child: PyObject) => void): void {
    // As lru_cache_tp_traverse: the links are not GC objects, so the collector sees their key and result here.
    super.traverse(visit);
    for (const link of this.order) {
      visit(link.key);
      visit(link.result);
    }
  }
  override referenceLabels(): string[] {
    return [...super.referenceLabels(), ...[...this.order].map((_, i) => `lru link ${i}`)];
  }
}

export interface LruCacheTypes {
  readonly wrapperType: PyType;
  readonly linkType: PyType;
  readonly cacheInfoType: PyType;
  /** The keyword marker between positional arguments and keywords in a key (an object()). */
  readonly kwdMark: PyObject;
  /** update_wrapper's default `assigned` and `updated` (WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES). */
  readonly wrapperDefaults: { readonly assigned: PyObject; readonly updated: PyObject };
}

/** Defines lru_cache, cache and the wrapper type in the functools module. */
export function defineLruCache(rt: Runtime, m: NativeModuleBuilder, wrapperDefaults: LruCacheTypes['wrapperDefaults']): void {
  const cacheInfoType = new PyType('CacheInfo', rt.types.tuple, { gc: true });
  cacheInfoType.type = rt.types.type;
  cacheInfoType.module = 'functools';
  cacheInfoType.tupleFields = ['hits', 'misses', 'maxsize', 'currsize'];
  for (const n of ['_asdict', '_field_defaults', '_fields', '_make', '_replace']) cacheInfoType.knownAttributes.add(n);
  rt.heap.registerStatic(cacheInfoType);
  const kwdMark = rt.heap.register(new PyInstance(rt.types.object));
  const types: LruCacheTypes = {
    cacheInfoType, kwdMark, wrapperDefaults,
    linkType: nativeType(rt, 'functools._lru_list_elem', false),
    wrapperType: nativeClass(rt, {
      tpName: 'functools._lru_cache_wrapper', qualname: '_lru_cache_wrapper', module: 'functools', bindsLikeFunction: true,
      call: (self, args, kwargs) => callWrapper(rt, types, self as LruCacheWrapper, args, kwargs),
      methods: {
        cache_info: (self, args, kwargs) => { noArgs(rt, 'cache_info', args, kwargs); return cacheInfo(rt, types, self as LruCacheWrapper); },
        cache_clear: (self, args, kwargs) => { noArgs(rt, 'cache_clear', args, kwargs); cacheClear(rt, self as LruCacheWrapper); return rt.none(); },
        __copy__: (self, args, kwargs) => { noArgs(rt, '__copy__', args, kwargs); return rt.heap.incref(self); },
        __deepcopy__: (self, args) => {
          if (args.length !== 1) rt.raise(rt.types.TypeError, `__deepcopy__() takes exactly one argument (${args.length} given)`);
          return rt.heap.incref(self);
        },
      },
    }),
  };
  types.wrapperType.inlineCall = (self, args, kwargs) => beginCall(rt, types, self as LruCacheWrapper, args, kwargs);
  m.set('_CacheInfo', rt.heap.incref(cacheInfoType));
  m.set('_lru_cache_wrapper', rt.heap.incref(types.wrapperType));
  m.fn('lru_cache', (args, kwargs) => lruCache(rt, types, args, kwargs));
  m.fn('cache', (args, kwargs) => {
    const [fn] = bindPythonStyle(rt, 'cache', args, kwargs, ['user_function'], 1);
    return decorate(rt, types, fn!, rt.None, rt.False);
  });
}

function noArgs(rt: Runtime, name: string, args: PyObject[], kwargs: Kwargs): void {
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${name}() takes no keyword arguments`);
  if (args.length > 0) rt.raise(rt.types.TypeError, `_lru_cache_wrapper.${name}() takes no arguments (${args.length} given)`);
}

/** lru_cache(maxsize=128, typed=False): a decorator, or (given the function itself) the wrapper. */
function lruCache(rt: Runtime, types: LruCacheTypes, args: PyObject[], kwargs: Kwargs): PyObject {
  const [maxsizeArg, typedArg] = bindPythonStyle(rt, 'lru_cache', args, kwargs, ['maxsize', 'typed'], 0);
  const typed = typedArg ?? rt.False;
  let maxsize: PyObject;
  if (!maxsizeArg) maxsize = rt.int(128);
  else if (maxsizeArg instanceof PyInt) maxsize = Number(maxsizeArg.value) < 0 ? rt.int(0) : rt.heap.incref(maxsizeArg);
  else if (isCallable(maxsizeArg) && typed.type === rt.types.bool) {
    const defaultSize = rt.int(128);
    try {
      return decorate(rt, types, maxsizeArg, defaultSize, typed, true);
    } finally {
      rt.heap.decref(defaultSize);
    }
  } else if (maxsizeArg === rt.None) maxsize = rt.none();
  else return rt.raise(rt.types.TypeError, 'Expected first argument to be an integer, a callable, or None');
  // The closure's cells: the builtin owns (maxsize, typed) as its __self__.
  const cells = rt.tuple([maxsize, rt.heap.incref(typed, 'item')]);
  try {
    return rt.builtin('decorating_function', (self, a, kw) => {
      const [fn] = bindPythonStyle(rt, 'lru_cache.<locals>.decorating_function', a, kw, ['user_function'], 1);
      const [size, isTyped] = (self as PyTuple).items as [PyObject, PyObject];
      return decorate(rt, types, fn!, size, isTyped);
    }, cells);
  } finally {
    rt.heap.decref(cells);
  }
}

/** _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo), then cache_parameters and update_wrapper. */
function decorate(rt: Runtime, types: LruCacheTypes, fn: PyObject, maxsize: PyObject, typed: PyObject, direct = false): PyObject {
  if (!isCallable(fn)) rt.raise(rt.types.TypeError, 'the first argument must be callable');
  const wrapper = rt.heap.register(new LruCacheWrapper(types.wrapperType, ['__wrapped__', 'cache']));
  rt.heap.incref(types.wrapperType, 'attr');
  if (maxsize !== rt.None) wrapper.maxsize = Math.max(0, Number(asIndex(rt, maxsize)));
  wrapper.typed = isTrue(rt, typed);
  wrapper.held.push(rt.heap.incref(fn, 'attr'), rt.dict());
  rt.recorder.touch(wrapper);
  try {
    // wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    const params = cacheParametersFunction(rt, maxsize, typed, direct);
    setAttribute(rt, wrapper, 'cache_parameters', params);
    rt.heap.decref(params);
    return updateWrapper(rt, wrapper, fn, types.wrapperDefaults.assigned, types.wrapperDefaults.updated);
  } finally {
    rt.heap.decref(wrapper);
  }
}

/** lru_cache_call from native code (rt.call): the plan, with the user function called here. */
function callWrapper(rt: Runtime, types: LruCacheTypes, self: LruCacheWrapper, args: PyObject[], kwargs: Kwargs): PyObject {
  const plan = beginCall(rt, types, self, args, kwargs);
  if ('result' in plan) return plan.result;
  let result: PyObject;
  try {
    result = rt.call(plan.func, plan.args, plan.kwargs);
  } catch (error) {
    plan.abort();
    throw error;
  }
  return plan.finish(result);
}

/**
 * lru_cache_call up to the user function: tp_call receives the arguments as a tuple (which may become the
 * key); a hit answers at once, a miss says what to call and how to store the result (the VM runs the call
 * in its own frame when it can, so recursion through the wrapper is as deep as plain recursion).
 */
export function beginCall(rt: Runtime, types: LruCacheTypes, self: LruCacheWrapper, args: PyObject[], kwargs: Kwargs): InlineCallPlan {
  const argsTuple = rt.tuple(args.map((a) => rt.heap.incref(a, 'item')));
  const pending = (store: (result: PyObject) => PyObject, dropKey: () => void): InlineCallPlan => ({
    func: self.func, args: argsTuple.items, kwargs,
    finish: (result) => {
      try {
        return store(result);
      } finally {
        rt.heap.decref(argsTuple);
      }
    },
    abort: () => {
      dropKey();
      rt.heap.decref(argsTuple);
    },
  });
  if (self.maxsize === 0) {
    self.misses++;
    return pending((result) => result, () => undefined);
  }
  let key: PyObject;
  let found: PyObject | undefined;
  try {
    key = makeKey(rt, types, argsTuple, kwargs, self.typed);
  } catch (error) {
    rt.heap.decref(argsTuple);
    throw error;
  }
  try {
    found = dictGet(rt, self.cache, key);
  } catch (error) {
    rt.heap.decref(key);
    rt.heap.decref(argsTuple);
    throw error;
  }
  if (found) {
    self.hits++;
    let result: PyObject;
    if (found instanceof LruLink) {
      // A hit moves the link to the most recently used end.
      self.order.delete(found);
      self.order.add(found);
      result = rt.heap.incref(found.result);
    } else {
      result = rt.heap.incref(found);
    }
    rt.heap.decref(key);
    rt.heap.decref(argsTuple);
    return { result };
  }
  self.misses++;
  const dropKey = () => rt.heap.decref(key);
  return pending(self.maxsize < 0 ? (result) => storeUnbounded(rt, self, key, result) : (result) => storeBounded(rt, types, self, key, result), dropKey);
}

/** lru_cache_make_key: a new reference. */
function makeKey(rt: Runtime, types: LruCacheTypes, args: PyTuple, kwargs: Kwargs, typed: boolean): PyObject {
  const kw = kwargs ? [...kwargs] : [];
  if (!typed && kw.length === 0) {
    const only = args.items.length === 1 ? args.items[0]! : null;
    // A lone str or int (exactly those types) is its own key: no enclosing tuple.
    if (only && (only.type === rt.types.str || only.type === rt.types.int)) return rt.heap.incref(only);
    return rt.heap.incref(args);
  }
  const parts: PyObject[] = args.items.map((a) => rt.heap.incref(a, 'item'));
  if (kw.length > 0) {
    parts.push(rt.heap.incref(types.kwdMark, 'item'));
    for (const [name, value] of kw) parts.push(rt.internedStr(name), rt.heap.incref(value, 'item'));
  }
  if (typed) {
    for (const a of args.items) parts.push(rt.heap.incref(a.type, 'item'));
    for (const [, value] of kw) parts.push(rt.heap.incref(value.type, 'item'));
  }
  return rt.tuple(parts);
}

/** infinite_lru_cache_wrapper after the call: cache[key] = result. Takes over key and result. */
function storeUnbounded(rt: Runtime, self: LruCacheWrapper, key: PyObject, result: PyObject): PyObject {
  try {
    dictSet(rt, self.cache, key, result);
  } catch (error) {
    rt.heap.decref(result);
    throw error;
  } finally {
    rt.heap.decref(key);
  }
  return result;
}

/** bounded_lru_cache_update_lock_held: a new link, or the oldest link reused when full. Takes over key and result. */
function storeBounded(rt: Runtime, types: LruCacheTypes, self: LruCacheWrapper, key: PyObject, result: PyObject): PyObject {
  if (dictGet(rt, self.cache, key)) {
    // The call itself cached this key (recursion): keep that entry.
    rt.heap.decref(key);
    return result;
  }
  if (self.cache.entries.size < self.maxsize || self.order.size === 0) {
    // The link takes over key and result; the dict holds one reference to it, the list the other.
    const link = rt.heap.register(new LruLink(types.linkType, key, result));
    dictSet(rt, self.cache, key, link);
    self.order.add(link);
    rt.recorder.touch(self);
    return rt.heap.incref(result);
  }
  // Full: the least recently used link is taken out of the dict and reused for the new entry.
  const link = self.order.values().next().value!;
  self.order.delete(link);
  rt.heap.incref(link); // the popped dict value
  dictDelete(rt, self.cache, link.key);
  const oldKey = link.key;
  const oldResult = link.result;
  link.key = key;
  link.result = result;
  rt.recorder.touch(link);
  dictSet(rt, self.cache, key, link);
  self.order.add(link);
  rt.heap.incref(result);
  rt.heap.decref(link);
  rt.heap.decref(oldKey);
  rt.heap.decref(oldResult);
  return result;
}

function cacheInfo(rt: Runtime, types: LruCacheTypes, self: LruCacheWrapper): PyObject {
  const maxsize = self.maxsize < 0 ? rt.none() : rt.int(self.maxsize);
  return rt.heap.register(new PyTuple(types.cacheInfoType, [rt.int(self.hits), rt.int(self.misses), maxsize, rt.int(self.cache.entries.size)]));
}

/** cache_clear: statistics to zero, the dict emptied, then the list's references to the links released. */
function cacheClear(rt: Runtime, self: LruCacheWrapper): void {
  const links = [...self.order];
  self.order.clear();
  self.hits = 0;
  self.misses = 0;
  dictClear(rt, self.cache);
  rt.recorder.touch(self);
  for (const link of links) rt.heap.decref(link);
}
