// The weak containers of Lib/weakref.py and Lib/_weakrefset.py, modelled natively: WeakValueDictionary,
// WeakKeyDictionary and WeakSet. Each keeps its entries in a real dict or set (`data`), so the references
// it holds are those CPython's would hold, and gives its weakrefs a removal callback that holds the
// container only weakly (Lib/weakref.py: `def remove(wr, selfref=ref(self))`). Each also holds what its
// Python __init__ sets (the remove function with its defaults tuple, _pending_removals, _iterating), so a
// weak container that becomes cyclic garbage adds as many objects to gc.collect()'s count as CPython's.
// 3.11-3.13's iteration guards are not modelled: a callback removes its entry at once, so _pending_removals
// stays empty and a container's length is always len(data) (as on 3.14, which dropped the guards).
import type { Runtime } from '../vm/runtime';
import { PyType, type PyObject } from '../objects/object';
import { PyDict, PyTuple } from '../objects/containers';
import { PySet, setAdd, setClear, setDiscard, setLookup, setPop } from '../objects/sets';
import { PyWeakref } from '../objects/weakref';
import { PyRaise } from '../objects/exceptions';
import { dictClear, dictDelete, dictGet, dictSet } from '../objects/dictops';
import { dictUpdate } from '../objects/dictmerge';
import { lookupInMro } from '../objects/classes';
import { hexAddress, repr } from '../objects/repr';
import { getIter, iterNext } from '../objects/protocols';
import { newSet } from '../objects/setmethods';
import { NativeInstance, bindPythonStyle, nativeClass, newNativeInstance, type Kwargs, type NativeModuleBuilder } from './native';

export interface WeakrefFactory {
  readonly ref: PyType;
  readonly keyedRef: PyType;
  /** weakref.ref(obj, callback) of the given (sub)class; new reference. */
  newRef(cls: PyType, obj: PyObject, callback: PyObject | null): PyWeakref;
}

type Impl = (args: PyObject[], kwargs: Kwargs) => PyObject;

interface ContainerSpec {
  readonly qualname: string;
  readonly module: string;
  /** The empty `data` container (new reference). */
  readonly data: () => PyObject;
  /** The instance attributes __init__ sets, in its order (the order the instance's traverse visits them). */
  readonly layout: readonly string[];
  /** Defaults of the remove function after selfref (WeakValueDictionary's _atomic_removal), borrowed. */
  readonly moreDefaults?: readonly PyObject[];
  /** The removal callback's work: drop the dead weakref `wr` from `data`. */
  readonly remove: (data: PyObject, wr: PyWeakref) => void;
  readonly methods: Record<string, Impl>;
  /** Public methods CPython has that are not modelled: calling one stops as "not supported". */
  readonly unsupported: readonly string[];
  /**
   * The Python signatures of the plain methods (self first; 'name=' has a default), bound as CPython binds
   * a Python function's arguments: the impl gets one value per parameter (undefined for a missing optional
   * one) and no kwargs. A method left out (update, pop) checks its own arguments.
   */
  readonly signatures: Readonly<Record<string, readonly string[]>>;
  /** __init__'s arguments (the initial contents), passed on as its update() would take them. */
  readonly init: (container: PyObject, args: PyObject[], kwargs: Kwargs) => void;
}

export function defineWeakContainers(rt: Runtime, m: NativeModuleBuilder, refs: WeakrefFactory): void {
  defineWeakValueDictionary(rt, m, refs);
  defineWeakKeyDictionary(rt, m, refs);
  defineWeakSet(rt, m, refs);
}

function attributeOf(o: PyObject, name: string): PyObject {
  const native = o as NativeInstance;
  return native.held[native.labels.indexOf(name)]!;
}
/** self.data: the dict or set of weakrefs. */
function dataOf(o: PyObject): PyObject {
  return attributeOf(o, 'data');
}
/** self._remove: the callback of every weakref the container makes. */
function removerOf(o: PyObject): PyObject {
  return attributeOf(o, '_remove');
}

/** Arguments (self included) the special methods take. */
const SPECIAL_ARITY: Record<string, number> = { __len__: 1, __repr__: 1, __iter__: 1, __contains__: 2, __getitem__: 2, __delitem__: 2, __setitem__: 3 };

/** A native class whose special methods live in its dict and whose plain methods are bound built-ins. */
function weakContainerClass(rt: Runtime, refs: WeakrefFactory, spec: ContainerSpec): PyType {
  const cls = nativeClass(rt, { tpName: `${spec.module}.${spec.qualname}`, qualname: spec.qualname, module: spec.module });
  const dict = cls.dict as PyDict;
  const put = (name: string, value: PyObject) => {
    const key = rt.internedStr(name);
    dictSet(rt, dict, key, value);
    rt.heap.decref(key);
    rt.heap.decref(value);
  };
  // 3.14 dropped the iteration guards (iterators walk a copy of data): no _pending_removals, _iterating, _dirty_len.
  const layout = rt.profile.versionInfo[1] >= 14 ? spec.layout.filter((name) => name === 'data' || name === '_remove') : spec.layout;
  const methods: Record<string, Impl> = { ...spec.methods };
  for (const name of spec.unsupported) methods[name] = () => rt.unsupported(`${spec.qualname}.${name}()`);
  for (const [name, impl] of Object.entries(methods)) {
    if (name.startsWith('__')) {
      // The operators call these with (self, ...). Looked up on an instance they are not bound (a built-in
      // in the class dict), so a direct call such as ws.__len__() arrives without self: refuse it.
      const arity = SPECIAL_ARITY[name] ?? 1;
      put(name, rt.builtin(name, (_s, args, kwargs) => {
        const self = args[0];
        if (args.length !== arity || !(self instanceof NativeInstance && self.type.isSubtypeOf(cls))) {
          return rt.unsupported(`calling ${spec.qualname}.${name}() directly (only the operation that uses it is modelled)`);
        }
        return impl(args, kwargs);
      }));
      continue;
    }
    const signature = spec.signatures[name];
    if (!signature) {
      cls.methods.set(name, (obj, args, kwargs) => impl([obj, ...args], kwargs));
      continue;
    }
    const params = signature.map((p) => p.replace(/=$/, ''));
    const required = signature.filter((p) => !p.endsWith('=')).length;
    // MutableMapping.clear for the dictionaries (they inherit it), the class's own method otherwise.
    const owner = name === 'clear' && spec.qualname !== 'WeakSet' ? 'MutableMapping' : spec.qualname;
    cls.methods.set(name, (obj, args, kwargs) => impl(bindPythonStyle(rt, `${owner}.${name}`, [obj, ...args], kwargs, params, required) as PyObject[], null));
  }
  put('__new__', rt.builtin('__new__', (_s, args, kwargs) => {
    // An instance of the class asked for (a subclass of the program's own, too). The Python __init__ fills
    // the container; a subclass with an __init__ of its own would call it through super(), not modelled.
    const requested = args[0];
    const target = requested instanceof PyType && requested.isSubtypeOf(cls) ? requested : cls;
    if (target !== cls && lookupInMro(target, '__init__')) rt.unsupported(`a subclass of ${spec.qualname} with its own __init__`);
    const container = newNativeInstance(rt, target, layout, []);
    for (const name of layout) container.held.push(newAttribute(container, name));
    rt.recorder.touch(container);
    try {
      spec.init(container, args.slice(1), kwargs);
    } catch (error) {
      rt.heap.decref(container);
      throw error;
    }
    return container;
  }));
  /** The value __init__ gives attribute `name` (new reference). */
  function newAttribute(container: NativeInstance, name: string): PyObject {
    switch (name) {
      case 'data': return spec.data();
      case '_pending_removals': return rt.list([]);
      case '_iterating': return newSet(rt, rt.types.set, []);
      case '_dirty_len': return rt.bool(false);
      case '_remove': {
        // def remove(wr, selfref=ref(self), ...): the function holds its defaults tuple, which holds selfref.
        const selfref = refs.newRef(refs.ref, container, null);
        const defaults = rt.tuple([selfref, ...(spec.moreDefaults ?? []).map((d) => rt.heap.incref(d, 'item'))]);
        const remove = rt.builtin('remove', (_defaults, cbArgs) => {
          const owner = selfref.referent;
          const wr = cbArgs[0];
          if (owner instanceof NativeInstance && wr instanceof PyWeakref) spec.remove(dataOf(owner), wr);
          return rt.none();
        }, defaults);
        rt.heap.decref(defaults);
        return remove;
      }
      default: throw new Error(`weak container attribute ${name}`);
    }
  }
  return cls;
}

function listIter(rt: Runtime, items: PyObject[]): PyObject {
  const list = rt.list(items);
  try {
    return getIter(rt, list);
  } finally {
    rt.heap.decref(list);
  }
}

/**
 * Calls use(key, value) for each pair of `other`: a dict's entries, or those of dict(other) for an iterable of
 * pairs (`if not hasattr(other, "keys"): other = dict(other)`). A mapping class of the program's own, whose
 * items() the Python code would call, is not modelled.
 */
function forEachPair(rt: Runtime, what: string, other: PyObject, use: (key: PyObject, value: PyObject) => void): void {
  if (other instanceof PyDict) {
    for (const e of [...other.entries.values()]) use(e.key, e.value);
    return;
  }
  if (other.type.isHeapType && lookupInMro(other.type, 'keys')) rt.unsupported(`${what} from a mapping that is not a dict`);
  const copy = rt.dict();
  try {
    dictUpdate(rt, copy, other);
    for (const e of [...copy.entries.values()]) use(e.key, e.value);
  } finally {
    rt.heap.decref(copy);
  }
}

/** `for element in other: use(element)`. */
function forEachItem(rt: Runtime, other: PyObject, use: (item: PyObject) => void): void {
  const it = getIter(rt, other);
  try {
    for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) {
      try {
        use(x);
      } finally {
        rt.heap.decref(x);
      }
    }
  } finally {
    rt.heap.decref(it);
  }
}

/**
 * The one optional argument of a Python-level __init__(self, <param>=None): positional or, when `param` is
 * given, by keyword (null: the signature takes **kwargs instead). TypeErrors as the interpreter words them.
 */
function initArg(rt: Runtime, qualname: string, args: PyObject[], kwargs: Kwargs, param: string | null): PyObject | undefined {
  if (args.length > 1) rt.raise(rt.types.TypeError, `${qualname}.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
  if (param === null || !kwargs) return args[0];
  for (const name of kwargs.keys()) {
    if (name !== param) rt.raise(rt.types.TypeError, `${qualname}.__init__() got an unexpected keyword argument '${name}'`);
    if (args.length > 0) rt.raise(rt.types.TypeError, `${qualname}.__init__() got multiple values for argument '${param}'`);
  }
  return args[0] ?? kwargs.get(param);
}

/** A signature (self, other=None, /, **kwargs): only the number of positional arguments can be wrong. */
function positionalAtMost(rt: Runtime, qualified: string, args: PyObject[], max: number): void {
  if (args.length > max) rt.raise(rt.types.TypeError, `${qualified}() takes from 1 to ${max} positional arguments but ${args.length} were given`);
}

/** pop(self, key, *args): key may also come by keyword; the extra positional arguments are the default. */
function popArguments(rt: Runtime, qualname: string, args: PyObject[], kwargs: Kwargs): PyObject[] {
  const name = `${qualname}.pop()`;
  const out = [...args];
  for (const [k, v] of kwargs ?? []) {
    if (k !== 'key') rt.raise(rt.types.TypeError, `${name} got an unexpected keyword argument '${k}'`);
    if (out.length > 1) rt.raise(rt.types.TypeError, `${name} got multiple values for argument 'key'`);
    out.push(v);
  }
  if (out.length < 2) rt.raise(rt.types.TypeError, `${name} missing 1 required positional argument: 'key'`);
  return out;
}

/** dict.popitem(): the last entry, as new references to its key and value (KeyError when empty). */
function popLastEntry(rt: Runtime, d: PyDict): [PyObject, PyObject] {
  const last = [...d.entries.values()].at(-1);
  if (!last) return rt.raise(rt.types.KeyError, 'popitem(): dictionary is empty');
  const { key, value } = last;
  rt.heap.incref(key);
  rt.heap.incref(value);
  dictDelete(rt, d, key);
  return [key, value];
}

/** The referents of live weakrefs, as new references. */
function liveReferents(rt: Runtime, refs: readonly PyObject[]): PyObject[] {
  return refs.map((r) => (r as PyWeakref).referent).filter((o): o is PyObject => !!o).map((o) => rt.heap.incref(o, 'item'));
}

/** ref(obj) for a lookup, or null when obj cannot be weakly referenced (`except TypeError: return False`). */
function tryRef(rt: Runtime, refs: WeakrefFactory, obj: PyObject): PyWeakref | null {
  try {
    return refs.newRef(refs.ref, obj, null);
  } catch (error) {
    if (error instanceof PyRaise && error.exc.type === rt.types.TypeError) {
      rt.heap.decref(error.exc);
      return null;
    }
    throw error;
  }
}

function withRef<T>(rt: Runtime, refs: WeakrefFactory, obj: PyObject, use: (wr: PyWeakref) => T): T {
  const wr = refs.newRef(refs.ref, obj, null);
  try {
    return use(wr);
  } finally {
    rt.heap.decref(wr);
  }
}

/**
 * WeakValueDictionary: `data` maps each key to a KeyedRef(value, remove, key), so the dictionary holds
 * its keys twice (data and KeyedRef.key) and its values not at all.
 */
function defineWeakValueDictionary(rt: Runtime, m: NativeModuleBuilder, refs: WeakrefFactory): void {
  // _weakref._remove_dead_weakref, the remove function's _atomic_removal default (kept by the module).
  const removeDeadWeakref = rt.builtin('_remove_dead_weakref', () => rt.unsupported('_weakref._remove_dead_weakref()'));
  m.set('_remove_dead_weakref', removeDeadWeakref);
  const data = (d: PyObject) => dataOf(d) as PyDict;
  const lookup = (d: PyObject, key: PyObject): PyObject | null => (dictGet(rt, data(d), key) as PyWeakref | undefined)?.referent ?? null;
  const live = (d: PyObject) => [...data(d).entries.values()].filter((e) => (e.value as PyWeakref).referent);
  /** self.data[key] = KeyedRef(value, self._remove, key). */
  const store = (d: PyObject, key: PyObject, value: PyObject) => {
    const wr = refs.newRef(refs.keyedRef, value, removerOf(d));
    wr.key = rt.heap.incref(key, 'attr');
    try {
      dictSet(rt, data(d), key, wr);
    } finally {
      rt.heap.decref(wr);
    }
  };
  /** update(other=None, /, **kwargs): a dict's pairs, then the keyword arguments. */
  const update = (d: PyObject, other: PyObject | undefined, kwargs: Kwargs) => {
    if (other && other !== rt.None) forEachPair(rt, 'WeakValueDictionary.update()', other, (key, value) => store(d, key, value));
    for (const [name, value] of kwargs ?? []) {
      const key = rt.str(name);
      try {
        store(d, key, value);
      } finally {
        rt.heap.decref(key);
      }
    }
  };
  const cls = weakContainerClass(rt, refs, {
    qualname: 'WeakValueDictionary', module: 'weakref',
    layout: ['_remove', '_pending_removals', '_iterating', 'data'],
    moreDefaults: [removeDeadWeakref],
    // __init__(self, other=(), /, **kw): self.update(other, **kw); an empty tuple adds nothing.
    init: (d, args, kwargs) => {
      const other = initArg(rt, 'WeakValueDictionary', args, kwargs, null);
      update(d, other instanceof PyTuple && other.items.length === 0 ? undefined : other, kwargs);
    },
    data: () => rt.dict(),
    // _remove_dead_weakref: only if the entry still holds this dead weakref.
    remove: (table, wr) => {
      if (wr.key && dictGet(rt, table as PyDict, wr.key) === wr) dictDelete(rt, table as PyDict, wr.key);
    },
    methods: {
      __setitem__: ([d, key, value]) => {
        store(d!, key!, value!);
        return rt.none();
      },
      __getitem__: ([d, key]) => {
        const o = lookup(d!, key!);
        return o ? rt.heap.incref(o) : rt.raiseWith(rt.types.KeyError, key!);
      },
      __delitem__: ([d, key]) => {
        if (!dictDelete(rt, data(d!), key!)) rt.raiseWith(rt.types.KeyError, key!);
        return rt.none();
      },
      __contains__: ([d, key]) => rt.bool(lookup(d!, key!) !== null),
      __len__: ([d]) => rt.int(data(d!).entries.size),
      __repr__: ([d]) => rt.str(`<WeakValueDictionary at ${hexAddress(d!.address)}>`),
      __iter__: ([d]) => listIter(rt, live(d!).map((e) => rt.heap.incref(e.key, 'item'))),
      get: ([d, key, fallback]) => rt.heap.incref(lookup(d!, key!) ?? fallback ?? rt.None),
      keys: ([d]) => listIter(rt, live(d!).map((e) => rt.heap.incref(e.key, 'item'))),
      values: ([d]) => listIter(rt, liveReferents(rt, live(d!).map((e) => e.value))),
      items: ([d]) => listIter(rt, live(d!).map((e) => rt.tuple([rt.heap.incref(e.key, 'item'), rt.heap.incref((e.value as PyWeakref).referent!, 'item')]))),
      // pop(key[, default]): the entry goes even when its value already died.
      pop: (args, kwargs) => {
        const [d, key, ...fallback] = popArguments(rt, 'WeakValueDictionary', args, kwargs);
        const wr = dictGet(rt, data(d!), key!) as PyWeakref | undefined;
        const o = wr?.referent ?? null;
        if (o) rt.heap.incref(o);
        if (wr) dictDelete(rt, data(d!), key!);
        if (o) return o;
        if (fallback.length > 0) return rt.heap.incref(fallback[0]!);
        return rt.raiseWith(rt.types.KeyError, key!);
      },
      setdefault: ([d, key, fallback]) => {
        const o = lookup(d!, key!);
        if (o) return rt.heap.incref(o);
        const value = fallback ?? rt.None;
        store(d!, key!, value);
        return rt.heap.incref(value);
      },
      update: (args, kwargs) => {
        positionalAtMost(rt, 'WeakValueDictionary.update', args, 2);
        update(args[0]!, args[1], kwargs);
        return rt.none();
      },
      clear: ([d]) => {
        dictClear(rt, data(d!));
        return rt.none();
      },
      // new = WeakValueDictionary(); new[key] = o for each live entry (always the base class).
      copy: ([d]) => {
        const copy = rt.call(cls, []);
        for (const e of live(d!)) store(copy, e.key, (e.value as PyWeakref).referent!);
        return copy;
      },
      // key, wr = self.data.popitem() until wr() is alive.
      popitem: ([d]) => {
        for (;;) {
          const [key, wr] = popLastEntry(rt, data(d!));
          const o = (wr as PyWeakref).referent;
          if (o) rt.heap.incref(o);
          rt.heap.decref(wr);
          if (o) return rt.tuple([key, o]);
          rt.heap.decref(key);
        }
      },
      valuerefs: ([d]) => rt.list([...data(d!).entries.values()].map((e) => rt.heap.incref(e.value, 'item'))),
    },
    unsupported: ['__deepcopy__', 'itervaluerefs', '__or__', '__ror__', '__ior__'],
    signatures: {
      get: ['self', 'key', 'default='], keys: ['self'], values: ['self'], items: ['self'],
      setdefault: ['self', 'key', 'default='], clear: ['self'], copy: ['self'], popitem: ['self'], valuerefs: ['self'],
    },
  });
  m.set('WeakValueDictionary', cls);
}

/** WeakKeyDictionary: `data` maps ref(key, remove) to the value; it holds its values, not its keys. */
function defineWeakKeyDictionary(rt: Runtime, m: NativeModuleBuilder, refs: WeakrefFactory): void {
  const data = (d: PyObject) => dataOf(d) as PyDict;
  const live = (d: PyObject) => [...data(d).entries.values()].filter((e) => (e.key as PyWeakref).referent);
  /** self.data[ref(key, self._remove)] = value. */
  const store = (d: PyObject, key: PyObject, value: PyObject) => {
    const wr = refs.newRef(refs.ref, key, removerOf(d));
    try {
      dictSet(rt, data(d), wr, value);
    } finally {
      rt.heap.decref(wr);
    }
  };
  /** update(dict=None, /, **kwargs). */
  const update = (d: PyObject, other: PyObject | undefined, kwargs: Kwargs) => {
    if (other && other !== rt.None) forEachPair(rt, 'WeakKeyDictionary.update()', other, (key, value) => store(d, key, value));
    if (kwargs && kwargs.size > 0) rt.unsupported('WeakKeyDictionary.update() with keyword arguments (str keys cannot be weakly referenced)');
  };
  const cls = weakContainerClass(rt, refs, {
    qualname: 'WeakKeyDictionary', module: 'weakref',
    layout: ['data', '_remove', '_pending_removals', '_iterating', '_dirty_len'],
    // __init__(self, dict=None): self.update(dict).
    init: (d, args, kwargs) => {
      update(d, initArg(rt, 'WeakKeyDictionary', args, kwargs, 'dict'), null);
    },
    data: () => rt.dict(),
    remove: (table, wr) => { dictDelete(rt, table as PyDict, wr); },
    methods: {
      __setitem__: ([d, key, value]) => {
        store(d!, key!, value!);
        return rt.none();
      },
      update: (args, kwargs) => {
        positionalAtMost(rt, 'WeakKeyDictionary.update', args, 2);
        update(args[0]!, args[1], kwargs);
        return rt.none();
      },
      // self.data.setdefault(ref(key, self._remove), default): a new weakref, kept only if the key is new.
      setdefault: ([d, key, fallback]) => {
        const wr = refs.newRef(refs.ref, key!, removerOf(d!));
        try {
          const found = dictGet(rt, data(d!), wr);
          if (found) return rt.heap.incref(found);
          const value = fallback ?? rt.None;
          dictSet(rt, data(d!), wr, value);
          return rt.heap.incref(value);
        } finally {
          rt.heap.decref(wr);
        }
      },
      __getitem__: ([d, key]) => withRef(rt, refs, key!, (wr) => {
        const v = dictGet(rt, data(d!), wr);
        return v ? rt.heap.incref(v) : rt.raiseWith(rt.types.KeyError, wr);
      }),
      __delitem__: ([d, key]) => withRef(rt, refs, key!, (wr) => {
        if (!dictDelete(rt, data(d!), wr)) rt.raiseWith(rt.types.KeyError, wr);
        return rt.none();
      }),
      __contains__: ([d, key]) => {
        const wr = tryRef(rt, refs, key!);
        if (!wr) return rt.bool(false);
        try {
          return rt.bool(dictGet(rt, data(d!), wr) !== undefined);
        } finally {
          rt.heap.decref(wr);
        }
      },
      __len__: ([d]) => rt.int(data(d!).entries.size),
      __repr__: ([d]) => rt.str(`<WeakKeyDictionary at ${hexAddress(d!.address)}>`),
      __iter__: ([d]) => listIter(rt, liveReferents(rt, live(d!).map((e) => e.key))),
      get: ([d, key, fallback]) => withRef(rt, refs, key!, (wr) => rt.heap.incref(dictGet(rt, data(d!), wr) ?? fallback ?? rt.None)),
      keys: ([d]) => listIter(rt, liveReferents(rt, live(d!).map((e) => e.key))),
      values: ([d]) => listIter(rt, live(d!).map((e) => rt.heap.incref(e.value, 'item'))),
      items: ([d]) => listIter(rt, live(d!).map((e) => rt.tuple([rt.heap.incref((e.key as PyWeakref).referent!, 'item'), rt.heap.incref(e.value, 'item')]))),
      pop: (args, kwargs) => {
        const [d, key, ...fallback] = popArguments(rt, 'WeakKeyDictionary', args, kwargs);
        return withRef(rt, refs, key!, (wr) => {
          const v = dictGet(rt, data(d!), wr);
          if (!v) return fallback.length > 0 ? rt.heap.incref(fallback[0]!) : rt.raiseWith(rt.types.KeyError, wr);
          rt.heap.incref(v);
          dictDelete(rt, data(d!), wr);
          return v;
        });
      },
      clear: ([d]) => {
        dictClear(rt, data(d!));
        return rt.none();
      },
      // new = WeakKeyDictionary(); new[o] = value for each live key (always the base class).
      copy: ([d]) => {
        const copy = rt.call(cls, []);
        for (const e of live(d!)) store(copy, (e.key as PyWeakref).referent!, e.value);
        return copy;
      },
      // key, value = self.data.popitem() until key() is alive.
      popitem: ([d]) => {
        for (;;) {
          const [wr, value] = popLastEntry(rt, data(d!));
          const o = (wr as PyWeakref).referent;
          if (o) rt.heap.incref(o);
          rt.heap.decref(wr);
          if (o) return rt.tuple([o, value]);
          rt.heap.decref(value);
        }
      },
      keyrefs: ([d]) => rt.list([...data(d!).entries.values()].map((e) => rt.heap.incref(e.key, 'item'))),
    },
    unsupported: ['__deepcopy__', '__or__', '__ror__', '__ior__'],
    signatures: {
      get: ['self', 'key', 'default='], keys: ['self'], values: ['self'], items: ['self'],
      setdefault: ['self', 'key', 'default='], clear: ['self'], copy: ['self'], popitem: ['self'], keyrefs: ['self'],
    },
  });
  m.set('WeakKeyDictionary', cls);
}

/** WeakSet (Lib/_weakrefset.py): `data` is a set of ref(item, remove). */
function defineWeakSet(rt: Runtime, m: NativeModuleBuilder, refs: WeakrefFactory): void {
  const data = (s: PyObject) => dataOf(s) as PySet;
  const liveRefs = (s: PyObject) => data(s).keys().filter((r) => (r as PyWeakref).referent);
  /** add(item): self.data.add(ref(item, self._remove)). */
  const add = (s: PyObject, item: PyObject) => {
    const wr = refs.newRef(refs.ref, item, removerOf(s));
    try {
      setAdd(rt, data(s), wr);
    } finally {
      rt.heap.decref(wr);
    }
  };
  const cls = weakContainerClass(rt, refs, {
    qualname: 'WeakSet', module: '_weakrefset',
    layout: ['data', '_remove', '_pending_removals', '_iterating'],
    // __init__(self, data=None): self.update(data), which adds each element.
    init: (s, args, kwargs) => {
      const initial = initArg(rt, 'WeakSet', args, kwargs, 'data');
      if (initial && initial !== rt.None) forEachItem(rt, initial, (x) => add(s, x));
    },
    data: () => newSet(rt, rt.types.set, []),
    remove: (set, wr) => { setDiscard(rt, set as PySet, wr); },
    methods: {
      add: ([s, item]) => {
        add(s!, item!);
        return rt.none();
      },
      update: ([s, other]) => {
        forEachItem(rt, other!, (x) => add(s!, x));
        return rt.none();
      },
      discard: ([s, item]) => withRef(rt, refs, item!, (wr) => {
        setDiscard(rt, data(s!), wr);
        return rt.none();
      }),
      remove: ([s, item]) => withRef(rt, refs, item!, (wr) => {
        if (!setDiscard(rt, data(s!), wr)) rt.raiseWith(rt.types.KeyError, wr);
        return rt.none();
      }),
      __contains__: ([s, item]) => {
        const wr = tryRef(rt, refs, item!);
        if (!wr) return rt.bool(false);
        try {
          return rt.bool(setLookup(rt, data(s!), wr) >= 0);
        } finally {
          rt.heap.decref(wr);
        }
      },
      __len__: ([s]) => rt.int(data(s!).used),
      // self.__class__(self)
      copy: ([s]) => rt.call(s!.type, [s!]),
      // itemref = self.data.pop() until itemref() is alive.
      pop: ([s]) => {
        for (;;) {
          if (data(s!).used === 0) rt.raise(rt.types.KeyError, 'pop from empty WeakSet');
          const wr = setPop(rt, data(s!)) as PyWeakref;
          const item = wr.referent;
          if (item) rt.heap.incref(item);
          rt.heap.decref(wr);
          if (item) return item;
        }
      },
      __iter__: ([s]) => listIter(rt, liveReferents(rt, liveRefs(s!))),
      __repr__: ([s]) => rt.str(repr(rt, data(s!))),
      clear: ([s]) => {
        setClear(rt, data(s!));
        return rt.none();
      },
    },
    unsupported: ['difference', 'difference_update', 'intersection', 'intersection_update',
      'issubset', 'issuperset', 'symmetric_difference', 'symmetric_difference_update', 'union', 'isdisjoint',
      '__ior__', '__or__', '__and__', '__iand__', '__sub__', '__isub__', '__xor__', '__ixor__', '__eq__', '__lt__', '__le__', '__gt__', '__ge__'],
    signatures: {
      add: ['self', 'item'], discard: ['self', 'item'], remove: ['self', 'item'], update: ['self', 'other'], clear: ['self'],
      copy: ['self'], pop: ['self'],
    },
  });
  m.set('WeakSet', cls);
}
