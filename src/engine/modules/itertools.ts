// The itertools module (CPython's Modules/itertoolsmodule.c): lazy iterator objects that hold strong
// references to what they iterate (an islice over a list keeps the list's iterator, and so the list,
// alive) and consume their inputs exactly as far as CPython does. product, permutations, combinations
// and zip_longest reuse their result tuple while nobody else holds it, as CPython does (pairwise too, from 3.13).
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyFloat, PyInt, normInt } from '../objects/scalars';
import { PyList, PyTuple } from '../objects/containers';
import { PyBuiltin } from '../objects/callables';
import { PyGenericIter } from '../objects/iterators';
import { PyRaise } from '../objects/exceptions';
import { binaryOp } from '../objects/number';
import { collect, equals, getIter, isTrue, iterNext } from '../objects/protocols';
import { findDunder } from '../objects/dunders';
import { listAppendSteal } from '../objects/listops';
import {
  defineLazyModule, since, asIndex, checkPositional, heldLabels, nativeType, oneArg, parseArgs, visitHeld, type Kwargs, type NativeModuleBuilder,
} from './native';

/** An itertools iterator: `held` are its owned references (tp_traverse order), null when cleared. */
export class NativeIter extends PyGenericIter {
  readonly held: (PyObject | null)[];
  constructor(type: PyType, readonly labels: readonly string[], held: (PyObject | null)[], next: () => PyObject | null) {
    super(type, [], () => next());
    this.held = held;
  }
  override traverse(visit: (child: PyObject) => void): void {
    visitHeld(this.held, visit);
    super.traverse(visit);
  }
  override referenceLabels(): string[] {
    return [...heldLabels(this.held, this.labels), ...super.referenceLabels()];
  }
}

const MAXSIZE = 9223372036854775807n;

export function createItertoolsModule(rt: Runtime): void {
  defineLazyModule(rt, 'itertools', (m) => buildItertools(rt, m));
}

function buildItertools(rt: Runtime, m: NativeModuleBuilder): void {
  const heap = rt.heap;
  const types = new Map<string, PyType>();
  const typeOf = (name: string) => {
    let t = types.get(name);
    if (!t) types.set(name, (t = nativeType(rt, `itertools.${name}`)));
    return t;
  };
  const make = (name: string, labels: string[], held: (PyObject | null)[], next: (self: NativeIter) => PyObject | null): NativeIter => {
    let self: NativeIter;
    self = new NativeIter(typeOf(name), labels, held, () => next(self));
    heap.register(self);
    return self;
  };
  /** Replaces a held slot (the old reference is released after the new one is stored). */
  const setHeld = (self: NativeIter, i: number, value: PyObject | null) => {
    const old = self.held[i];
    self.held[i] = value;
    rt.recorder.touch(self);
    if (old) heap.decref(old, 'item');
  };
  const noKw = (name: string, kwargs: Kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${name}() takes no keyword arguments`);
  };
  /** PySequence_Tuple: the tuple itself, or a new tuple of the items. */
  const asTuple = (o: PyObject): PyTuple => (o instanceof PyTuple && o.type === rt.types.tuple ? heap.incref(o, 'item') : rt.tuple(collect(rt, o)));

  // ---- count(start=0, step=1) -------------------------------------------------------------------
  const isNumber = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat
    || (o.type.isHeapType && !!(findDunder(o, '__index__') || findDunder(o, '__int__') || findDunder(o, '__float__')));
  m.fn('count', (args, kwargs) => {
    const [start, step] = parseArgs(rt, 'count', args, kwargs, { params: ['start', 'step'], required: 0 });
    if ((start && !isNumber(start)) || (step && !isNumber(step))) rt.raise(rt.types.TypeError, 'a number is required');
    const cnt = start ? heap.incref(start, 'item') : rt.int(0);
    const stp = step ? heap.incref(step, 'item') : rt.int(1);
    return make('count', ['long_cnt', 'long_step'], [cnt, stp], (self) => {
      const current = self.held[0]!;
      const next = binaryOp(rt, 'Add', current, self.held[1]!, false);
      // The iterator's reference to the current value passes to the caller.
      self.held[0] = next;
      rt.recorder.touch(self);
      return current;
    });
  });

  // ---- repeat(object[, times]) ------------------------------------------------------------------
  const repeatCounts = new WeakMap<NativeIter, () => bigint>();
  typeOf('repeat').methods.set('__length_hint__', (self, args, kwargs) => {
    noKw('__length_hint__', kwargs);
    if (args.length > 0) rt.raise(rt.types.TypeError, `itertools.repeat.__length_hint__() takes no arguments (${args.length} given)`);
    const cnt = repeatCounts.get(self as NativeIter)?.() ?? 0n;
    if (cnt < 0n) rt.raise(rt.types.TypeError, 'len() of unsized object');
    return rt.int(normInt(cnt));
  });
  m.fn('repeat', (args, kwargs) => {
    const [element, times] = parseArgs(rt, 'repeat', args, kwargs, { params: ['object', 'times'], required: 1 });
    let cnt = -1n;
    if (times !== undefined) {
      cnt = BigInt(asIndex(rt, times));
      if (cnt < 0n) cnt = 0n;
    }
    const it = make('repeat', ['element'], [heap.incref(element!, 'item')], (self) => {
      if (cnt === 0n) return null;
      if (cnt > 0n) cnt--;
      return heap.incref(self.held[0]!);
    });
    repeatCounts.set(it, () => cnt);
    return it;
  });

  // ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) -----------------------------
  const stopMessage = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  /** PyNumber_AsSsize_t(o, NULL): clipped to the ssize_t range; -1 when it is not an integer. */
  const ssize = (o: PyObject): bigint => {
    try {
      const v = BigInt(asIndex(rt, o));
      return v > MAXSIZE ? MAXSIZE : v < -MAXSIZE - 1n ? -MAXSIZE - 1n : v;
    } catch (error) {
      if (!(error instanceof PyRaise)) throw error;
      heap.decref(error.exc);
      return -1n;
    }
  };
  m.fn('islice', (args, kwargs) => {
    noKw('islice', kwargs);
    checkPositional(rt, 'islice', args.length, 2, 4);
    const [seq, a1, a2, a3] = args as [PyObject, PyObject, PyObject | undefined, PyObject | undefined];
    let start = 0n;
    let stop = -1n;
    let step = 1n;
    if (args.length === 2) {
      if (a1 !== rt.None) {
        stop = ssize(a1);
        if (stop === -1n) rt.raise(rt.types.ValueError, stopMessage);
      }
    } else {
      if (a1 !== rt.None) start = ssize(a1);
      if (a2 !== rt.None) {
        stop = ssize(a2!);
        if (stop === -1n) rt.raise(rt.types.ValueError, stopMessage);
      }
    }
    if (start < 0n || stop < -1n) rt.raise(rt.types.ValueError, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    if (a3 !== undefined && a3 !== rt.None) step = ssize(a3);
    if (step < 1n) rt.raise(rt.types.ValueError, 'Step for islice() must be a positive integer or None.');
    const it = getIter(rt, seq);
    let next = start;
    let cnt = 0n;
    return make('islice', ['it'], [it], (self) => {
      const source = self.held[0];
      if (!source) return null;
      const empty = () => {
        setHeld(self, 0, null);
        return null;
      };
      while (cnt < next) {
        const item = iterNext(rt, source);
        if (item === null) return empty();
        heap.decref(item);
        cnt++;
      }
      if (stop !== -1n && cnt >= stop) return empty();
      const item = iterNext(rt, source);
      if (item === null) return empty();
      cnt++;
      const old = next;
      next += step;
      if (next < old || (stop !== -1n && next > stop)) next = stop;
      return item;
    });
  });

  // ---- cycle(iterable) ----------------------------------------------------------------------------
  m.fn('cycle', (args, kwargs) => {
    noKw('cycle', kwargs);
    checkPositional(rt, 'cycle', args.length, 1, 1);
    const it = getIter(rt, args[0]!);
    let index = 0;
    return make('cycle', ['it', 'saved'], [it, rt.list([])], (self) => {
      const source = self.held[0];
      const saved = self.held[1] as PyList;
      if (source) {
        const item = iterNext(rt, source);
        if (item !== null) {
          listAppendSteal(rt, saved, heap.incref(item, 'item'));
          return item;
        }
        setHeld(self, 0, null);
      }
      if (saved.items.length === 0) return null;
      const item = saved.items[index]!;
      index++;
      if (index >= saved.items.length) index = 0;
      return heap.incref(item);
    });
  });

  // ---- chain(*iterables), chain.from_iterable(iterable) -----------------------------------------
  const chainFrom = (source: PyObject): NativeIter => make('chain', ['source', 'active'], [source, null], (self) => {
    while (self.held[0]) {
      if (!self.held[1]) {
        const iterable = iterNext(rt, self.held[0]);
        if (iterable === null) {
          setHeld(self, 0, null);
          return null;
        }
        let active: PyObject;
        try {
          active = getIter(rt, iterable);
        } catch (error) {
          setHeld(self, 0, null);
          throw error;
        } finally {
          heap.decref(iterable);
        }
        setHeld(self, 1, active);
      }
      const item = iterNext(rt, self.held[1]!);
      if (item !== null) return item;
      setHeld(self, 1, null);
    }
    return null;
  });
  const chainType = nativeType(rt, 'builtin_function_or_method');
  chainType.sizeUnmodelled = false; // sized as a builtin function (sizes.ts)
  chainType.methods.set('from_iterable', (_self, args, kwargs) => chainFrom(getIter(rt, oneArg(rt, 'chain.from_iterable', args, kwargs))));
  const chainImpl = (args: PyObject[], kwargs: Kwargs) => {
    noKw('chain', kwargs);
    const tuple = rt.tuple(args.map((a) => heap.incref(a, 'item')));
    try {
      return chainFrom(getIter(rt, tuple));
    } finally {
      heap.decref(tuple);
    }
  };
  m.set('chain', heap.register(new PyBuiltin(chainType, 'chain', (_s, args, kwargs) => chainImpl(args, kwargs), heap.incref(m.module, 'attr'))));

  // ---- accumulate(iterable[, func, *, initial=None]) ---------------------------------------------
  m.fn('accumulate', (args, kwargs) => {
    const [iterable, func, initial] = parseArgs(rt, 'accumulate', args, kwargs, { params: ['iterable', 'func', 'initial'], required: 1, maxPositional: 2 });
    const it = getIter(rt, iterable!);
    const binop = func && func !== rt.None ? heap.incref(func, 'item') : null;
    // it, binop, total, initial (None when not given, as CPython keeps a reference to None)
    return make('accumulate', ['it', 'binop', 'total', 'initial'], [it, binop, null, heap.incref(initial ?? rt.None, 'item')], (self) => {
      if (self.held[3] !== rt.None) {
        const first = self.held[3]!;
        self.held[2] = first;
        self.held[3] = heap.incref(rt.None, 'item');
        rt.recorder.touch(self);
        return heap.incref(first);
      }
      const value = iterNext(rt, self.held[0]!);
      if (value === null) return null;
      const total = self.held[2];
      if (!total) {
        self.held[2] = heap.incref(value, 'item');
        rt.recorder.touch(self);
        return value;
      }
      let next: PyObject;
      try {
        next = self.held[1] ? rt.call(self.held[1], [total, value]) : binaryOp(rt, 'Add', total, value, false);
      } finally {
        heap.decref(value);
      }
      setHeld(self, 2, next);
      return heap.incref(next);
    });
  });

  // ---- product(*iterables, repeat=1) ------------------------------------------------------------
  /** The iterator's result tuple, copied first when someone else still holds it. */
  const ownResult = (self: NativeIter, slot: number): PyTuple => {
    let result = self.held[slot] as PyTuple;
    if (result.refcnt > 1) {
      const copy = rt.tuple(result.items.map((x) => heap.incref(x, 'item')));
      setHeld(self, slot, copy);
      result = copy;
    } else if (!result.tracked && result.items.length > 0) {
      rt.gc.track(result);
    }
    return result;
  };
  const replaceItem = (result: PyTuple, i: number, value: PyObject) => {
    const old = result.items[i]!;
    result.items[i] = heap.incref(value, 'item');
    rt.recorder.touch(result);
    heap.decref(old, 'item');
  };
  m.fn('product', (args, kwargs) => {
    let repeat = 1n;
    for (const [key, value] of kwargs ?? []) {
      if (key !== 'repeat') {
        if (!rt.profile.messages.keywordSuggestions) rt.raise(rt.types.TypeError, `'${key}' is an invalid keyword argument for product()`);
        rt.raise(rt.types.TypeError, `product() got an unexpected keyword argument '${key}'`);
      }
      repeat = BigInt(asIndex(rt, value));
      if (repeat < 0n) rt.raise(rt.types.ValueError, 'repeat argument cannot be negative');
    }
    const nargs = repeat === 0n ? 0 : args.length;
    const count = Number(repeat) * nargs;
    const pools: PyObject[] = [];
    try {
      for (const a of args.slice(0, nargs)) pools.push(asTuple(a));
      for (let i = nargs; i < count; i++) pools.push(heap.incref(pools[i - nargs]!, 'item'));
    } catch (error) {
      pools.forEach((p) => heap.decref(p, 'item'));
      throw error;
    }
    const poolsTuple = rt.tuple(pools);
    const indices = pools.map(() => 0);
    let stopped = false;
    return make('product', ['pools', 'result'], [poolsTuple, null], (self) => {
      if (stopped) return null;
      const ps = (self.held[0] as PyTuple).items as PyTuple[];
      if (!self.held[1]) {
        const items: PyObject[] = [];
        for (const pool of ps) {
          if (pool.items.length === 0) {
            items.forEach((x) => heap.decref(x, 'item'));
            stopped = true;
            return null;
          }
          items.push(heap.incref(pool.items[0]!, 'item'));
        }
        self.held[1] = rt.tuple(items);
        rt.recorder.touch(self);
      } else {
        const result = ownResult(self, 1);
        let i = ps.length - 1;
        for (; i >= 0; i--) {
          const pool = ps[i]!;
          indices[i]!++;
          if (indices[i] === pool.items.length) {
            indices[i] = 0;
            replaceItem(result, i, pool.items[0]!);
          } else {
            replaceItem(result, i, pool.items[indices[i]!]!);
            break;
          }
        }
        if (i < 0) {
          stopped = true;
          return null;
        }
      }
      return heap.incref(self.held[1]!);
    });
  });

  // ---- permutations(iterable, r=None) -----------------------------------------------------------
  m.fn('permutations', (args, kwargs) => {
    const [iterable, robj] = parseArgs(rt, 'permutations', args, kwargs, { params: ['iterable', 'r'], required: 1 });
    const pool = asTuple(iterable!);
    const n = pool.items.length;
    let r = n;
    if (robj !== undefined && robj !== rt.None) {
      if (!(robj instanceof PyInt)) {
        heap.decref(pool, 'item');
        rt.raise(rt.types.TypeError, 'Expected int as r');
      }
      r = Number((robj as PyInt).value);
      if (r < 0) {
        heap.decref(pool, 'item');
        rt.raise(rt.types.ValueError, 'r must be non-negative');
      }
    }
    const indices = Array.from({ length: n }, (_, i) => i);
    const cycles = Array.from({ length: Math.max(0, r) }, (_, i) => n - i);
    let stopped = r > n;
    return make('permutations', ['pool', 'result'], [pool, null], (self) => {
      if (stopped) return null;
      const items = (self.held[0] as PyTuple).items;
      if (!self.held[1]) {
        self.held[1] = rt.tuple(indices.slice(0, r).map((k) => heap.incref(items[k]!, 'item')));
        rt.recorder.touch(self);
      } else {
        if (n === 0) {
          stopped = true;
          return null;
        }
        const result = ownResult(self, 1);
        let i = r - 1;
        for (; i >= 0; i--) {
          cycles[i]!--;
          if (cycles[i] === 0) {
            const index = indices[i]!;
            for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1]!;
            indices[n - 1] = index;
            cycles[i] = n - i;
          } else {
            const j = cycles[i]!;
            const index = indices[i]!;
            indices[i] = indices[n - j]!;
            indices[n - j] = index;
            for (let k = i; k < r; k++) replaceItem(result, k, items[indices[k]!]!);
            break;
          }
        }
        if (i < 0) {
          stopped = true;
          return null;
        }
      }
      return heap.incref(self.held[1]!);
    });
  });

  /** (iterable, r) of combinations and combinations_with_replacement: the pool as a tuple and r ≥ 0. */
  const poolAndLength = (name: string, args: PyObject[], kwargs: Kwargs): [PyTuple, number] => {
    const [iterable, robj] = parseArgs(rt, name, args, kwargs, { params: ['iterable', 'r'], required: 2 });
    const pool = asTuple(iterable!);
    let r: number;
    try {
      r = Number(asIndex(rt, robj!));
    } catch (error) {
      heap.decref(pool, 'item');
      throw error;
    }
    if (r < 0) {
      heap.decref(pool, 'item');
      rt.raise(rt.types.ValueError, 'r must be non-negative');
    }
    return [pool, r];
  };

  // ---- combinations(iterable, r) ----------------------------------------------------------------
  m.fn('combinations', (args, kwargs) => {
    const [pool, r] = poolAndLength('combinations', args, kwargs);
    const n = pool.items.length;
    const indices = Array.from({ length: r }, (_, i) => i);
    let stopped = r > n;
    return make('combinations', ['pool', 'result'], [pool, null], (self) => {
      if (stopped) return null;
      const items = (self.held[0] as PyTuple).items;
      if (!self.held[1]) {
        self.held[1] = rt.tuple(indices.map((k) => heap.incref(items[k]!, 'item')));
        rt.recorder.touch(self);
      } else {
        const result = ownResult(self, 1);
        let i = r - 1;
        while (i >= 0 && indices[i] === i + n - r) i--;
        if (i < 0) {
          stopped = true;
          return null;
        }
        indices[i]!++;
        for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
        for (; i < r; i++) replaceItem(result, i, items[indices[i]!]!);
      }
      return heap.incref(self.held[1]!);
    });
  });

  // ---- zip_longest(*iterables, fillvalue=None) --------------------------------------------------
  m.fn('zip_longest', (args, kwargs) => {
    let fill: PyObject = rt.None;
    for (const [key, value] of kwargs ?? []) {
      if (key !== 'fillvalue') rt.raise(rt.types.TypeError, 'zip_longest() got an unexpected keyword argument');
      fill = value;
    }
    const its: PyObject[] = [];
    try {
      for (const a of args) its.push(getIter(rt, a));
    } catch (error) {
      its.forEach((x) => heap.decref(x));
      throw error;
    }
    // held: the iterators (CPython's ittuple; an exhausted one leaves its slot), then result and fillvalue.
    const size = its.length;
    let active = size;
    const result = rt.tuple(its.map(() => heap.incref(rt.None, 'item')));
    const labels = [...its.map((_, i) => `ittuple[${i}]`), 'result', 'fillvalue'];
    return make('zip_longest', labels, [...its, result, heap.incref(fill, 'item')], (self) => {
      if (size === 0 || active === 0) return null;
      const fillvalue = self.held[size + 1]!;
      const nextItem = (i: number): PyObject | null => {
        const it = self.held[i];
        if (!it) return heap.incref(fillvalue);
        const item = iterNext(rt, it);
        if (item !== null) return item;
        active--;
        if (active === 0) return null;
        setHeld(self, i, null);
        return heap.incref(fillvalue);
      };
      const reuse = self.held[size] as PyTuple;
      if (reuse.refcnt === 1) {
        heap.incref(reuse);
        for (let i = 0; i < size; i++) {
          const item = nextItem(i);
          if (item === null) {
            active = 0;
            heap.decref(reuse);
            return null;
          }
          const old = reuse.items[i]!;
          reuse.items[i] = item;
          rt.recorder.touch(reuse);
          heap.decref(old, 'item');
        }
        if (!reuse.tracked) rt.gc.track(reuse);
        return reuse;
      }
      const items: PyObject[] = [];
      for (let i = 0; i < size; i++) {
        const item = nextItem(i);
        if (item === null) {
          active = 0;
          items.forEach((x) => heap.decref(x));
          return null;
        }
        items.push(item);
      }
      return rt.tuple(items);
    });
  });

  // ---- takewhile / dropwhile / starmap ----------------------------------------------------------
  const twoArgs = (name: string, args: PyObject[], kwargs: Kwargs): [PyObject, PyObject] => {
    noKw(name, kwargs);
    checkPositional(rt, name, args.length, 2, 2);
    return [args[0]!, args[1]!];
  };
  const truth = (pred: PyObject, item: PyObject): boolean => {
    const good = rt.call(pred, [item]);
    try {
      return isTrue(rt, good);
    } finally {
      heap.decref(good);
    }
  };
  m.fn('takewhile', (args, kwargs) => {
    const [pred, seq] = twoArgs('takewhile', args, kwargs);
    const it = getIter(rt, seq);
    let stop = false;
    return make('takewhile', ['func', 'it'], [heap.incref(pred, 'item'), it], (self) => {
      if (stop) return null;
      const item = iterNext(rt, self.held[1]!);
      if (item === null) return null;
      let ok: boolean;
      try {
        ok = truth(self.held[0]!, item);
      } catch (error) {
        heap.decref(item);
        throw error;
      }
      if (ok) return item;
      heap.decref(item);
      stop = true;
      return null;
    });
  });
  m.fn('dropwhile', (args, kwargs) => {
    const [pred, seq] = twoArgs('dropwhile', args, kwargs);
    const it = getIter(rt, seq);
    let start = false;
    return make('dropwhile', ['func', 'it'], [heap.incref(pred, 'item'), it], (self) => {
      for (;;) {
        const item = iterNext(rt, self.held[1]!);
        if (item === null) return null;
        if (start) return item;
        let ok: boolean;
        try {
          ok = truth(self.held[0]!, item);
        } catch (error) {
          heap.decref(item);
          throw error;
        }
        if (!ok) {
          start = true;
          return item;
        }
        heap.decref(item);
      }
    });
  });
  m.fn('starmap', (args, kwargs) => {
    const [func, seq] = twoArgs('starmap', args, kwargs);
    const it = getIter(rt, seq);
    return make('starmap', ['func', 'it'], [heap.incref(func, 'item'), it], (self) => {
      const item = iterNext(rt, self.held[1]!);
      if (item === null) return null;
      let tuple: PyTuple;
      try {
        tuple = item instanceof PyTuple && item.type === rt.types.tuple ? heap.incref(item) : rt.tuple(collect(rt, item));
      } finally {
        heap.decref(item);
      }
      try {
        return rt.call(self.held[0]!, tuple.items);
      } finally {
        heap.decref(tuple);
      }
    });
  });

  // ---- compress / filterfalse / pairwise ---------------------------------------------------------
  m.fn('compress', (args, kwargs) => {
    const [data, selectors] = parseArgs(rt, 'compress', args, kwargs, { params: ['data', 'selectors'], required: 2 });
    const dataIt = getIter(rt, data!);
    let selectorIt: PyObject;
    try {
      selectorIt = getIter(rt, selectors!);
    } catch (error) {
      heap.decref(dataIt);
      throw error;
    }
    return make('compress', ['data', 'selectors'], [dataIt, selectorIt], (self) => {
      for (;;) {
        const datum = iterNext(rt, self.held[0]!);
        if (datum === null) return null;
        const selector = iterNext(rt, self.held[1]!);
        if (selector === null) {
          heap.decref(datum);
          return null;
        }
        let ok: boolean;
        try {
          ok = isTrue(rt, selector);
        } catch (error) {
          heap.decref(datum);
          throw error;
        } finally {
          heap.decref(selector);
        }
        if (ok) return datum;
        heap.decref(datum);
      }
    });
  });
  m.fn('filterfalse', (args, kwargs) => {
    const [func, seq] = twoArgs('filterfalse', args, kwargs);
    const it = getIter(rt, seq);
    return make('filterfalse', ['func', 'it'], [heap.incref(func, 'item'), it], (self) => {
      for (;;) {
        const item = iterNext(rt, self.held[1]!);
        if (item === null) return null;
        let ok: boolean;
        try {
          ok = self.held[0] === rt.None ? isTrue(rt, item) : truth(self.held[0]!, item);
        } catch (error) {
          heap.decref(item);
          throw error;
        }
        if (!ok) return item;
        heap.decref(item);
      }
    });
  });
  // pairwise: from 3.13 the object keeps its first result tuple and refills it while nobody else holds it.
  m.fn('pairwise', (args, kwargs) => {
    noKw('pairwise', kwargs);
    checkPositional(rt, 'pairwise', args.length, 1, 1);
    const it = getIter(rt, args[0]!);
    const reuses = rt.profile.versionInfo[1] >= 13;
    const held = reuses ? [it, null, rt.tuple([heap.incref(rt.None, 'item'), heap.incref(rt.None, 'item')])] : [it, null];
    return make('pairwise', ['it', 'old', 'result'], held, (self) => {
      const source = self.held[0];
      if (!source) return null;
      if (!self.held[1]) {
        const first = iterNext(rt, source);
        if (first === null) {
          setHeld(self, 0, null);
          return null;
        }
        setHeld(self, 1, first);
      }
      const old = heap.incref(self.held[1]!);
      let next: PyObject | null;
      try {
        next = iterNext(rt, source);
      } catch (error) {
        heap.decref(old);
        throw error;
      }
      if (next === null) {
        setHeld(self, 0, null);
        setHeld(self, 1, null);
        heap.decref(old);
        return null;
      }
      let result: PyTuple;
      const kept = self.held[2] as PyTuple | undefined;
      if (kept && kept.refcnt === 1) {
        result = heap.incref(kept);
        replaceItem(result, 0, old);
        replaceItem(result, 1, next);
        if (!result.tracked) rt.gc.track(result);
      } else {
        result = rt.tuple([heap.incref(old, 'item'), heap.incref(next, 'item')]);
      }
      setHeld(self, 1, next);
      heap.decref(old);
      return result;
    });
  });

  // ---- groupby(iterable, key=None) and its _grouper sub-iterators --------------------------------
  // held: it, keyfunc, tgtkey, currkey, currvalue. Only the most recent grouper (a borrowed pointer in
  // CPython) may advance; earlier groupers are exhausted.
  m.fn('groupby', (args, kwargs) => {
    const [iterable, key] = parseArgs(rt, 'groupby', args, kwargs, { params: ['iterable', 'key'], required: 1 });
    const keyfunc = heap.incref(key ?? rt.None, 'item');
    let it: PyObject;
    try {
      it = getIter(rt, iterable!);
    } catch (error) {
      heap.decref(keyfunc, 'item');
      throw error;
    }
    let currentGrouper: NativeIter | null = null;
    const step = (self: NativeIter): boolean => {
      const value = iterNext(rt, self.held[0]!);
      if (value === null) return false;
      let newKey: PyObject;
      try {
        newKey = self.held[1] === rt.None ? heap.incref(value) : rt.call(self.held[1]!, [value]);
      } catch (error) {
        heap.decref(value);
        throw error;
      }
      const oldValue = self.held[4];
      self.held[4] = value;
      setHeld(self, 3, newKey);
      if (oldValue) heap.decref(oldValue, 'item');
      return true;
    };
    const equal = (a: PyObject, b: PyObject): boolean => equals(rt, a, b);
    const groupby = make('groupby', ['it', 'keyfunc', 'tgtkey', 'currkey', 'currvalue'], [it, keyfunc, null, null, null], (self) => {
      currentGrouper = null;
      for (;;) {
        const currKey = self.held[3];
        if (currKey) {
          const target = self.held[2];
          if (!target || !equal(target, currKey)) break;
        }
        if (!step(self)) return null;
      }
      setHeld(self, 2, heap.incref(self.held[3]!, 'item'));
      let grouper: NativeIter;
      grouper = make('_grouper', ['parent', 'tgtkey'], [heap.incref(self, 'item'), heap.incref(self.held[2]!, 'item')], () => {
        if (currentGrouper !== grouper) return null;
        if (!self.held[4] && !step(self)) return null;
        if (!equal(grouper.held[1]!, self.held[3]!)) return null;
        const value = self.held[4]!;
        self.held[4] = null;
        setHeld(self, 3, null);
        return value;
      });
      currentGrouper = grouper;
      const pair = rt.tuple([heap.incref(self.held[3]!, 'item'), grouper]);
      return pair;
    });
    return groupby;
  });

  // ---- combinations_with_replacement(iterable, r) ------------------------------------------------
  m.fn('combinations_with_replacement', (args, kwargs) => {
    const [pool, r] = poolAndLength('combinations_with_replacement', args, kwargs);
    const n = pool.items.length;
    const indices = new Array<number>(r).fill(0);
    let stopped = n === 0 && r > 0;
    return make('combinations_with_replacement', ['pool', 'result'], [pool, null], (self) => {
      if (stopped) return null;
      const items = (self.held[0] as PyTuple).items;
      if (!self.held[1]) {
        self.held[1] = rt.tuple(indices.map(() => heap.incref(items[0]!, 'item')));
        rt.recorder.touch(self);
      } else {
        const result = ownResult(self, 1);
        let i = r - 1;
        while (i >= 0 && indices[i] === n - 1) i--;
        if (i < 0) {
          stopped = true;
          return null;
        }
        const index = indices[i]! + 1;
        for (let j = i; j < r; j++) {
          indices[j] = index;
          replaceItem(result, j, items[index]!);
        }
      }
      return heap.incref(self.held[1]!);
    });
  });

  // ---- tee(iterable, n=2) -----------------------------------------------------------------------
  // The tees share a chain of _tee_dataobject links of LINKCELLS values each. A link holds the source
  // iterator, the next link and the values read so far (held[2…]); each tee holds its link and an index.
  const LINKCELLS = 57;
  const running = new WeakSet<NativeIter>();
  const teeIndex = new WeakMap<NativeIter, { i: number }>();
  const teeType = typeOf('_tee');
  const newDataObject = (it: PyObject): NativeIter => make('_tee_dataobject', ['it', 'nextlink'], [heap.incref(it, 'item'), null], () => null);
  const teeNext = (tee: NativeIter, index: { i: number }): PyObject | null => {
    let node = tee.held[0] as NativeIter;
    if (index.i >= LINKCELLS) {
      if (!node.held[1]) {
        node.held[1] = newDataObject(node.held[0]!);
        rt.recorder.touch(node);
      }
      const link = heap.incref(node.held[1]!, 'item') as NativeIter;
      setHeld(tee, 0, link);
      node = link;
      index.i = 0;
    }
    const numread = node.held.length - 2;
    if (index.i >= numread) {
      if (running.has(node)) rt.raise(rt.types.RuntimeError, 'cannot re-enter the tee iterator');
      running.add(node);
      let next: PyObject | null;
      try {
        next = iterNext(rt, node.held[0]!);
      } finally {
        running.delete(node);
      }
      if (next === null) return null;
      node.held.push(next); // the link keeps the value for the other tees
      rt.recorder.touch(node);
    }
    return heap.incref(node.held[2 + index.i++]!);
  };
  const newTee = (node: NativeIter, start: number): NativeIter => {
    const index = { i: start };
    const tee: NativeIter = new NativeIter(teeType, ['dataobj'], [heap.incref(node, 'item')], () => teeNext(tee, index));
    heap.register(tee);
    teeIndex.set(tee, index);
    return tee;
  };
  m.fn('tee', (args, kwargs) => {
    noKw('tee', kwargs);
    checkPositional(rt, 'tee', args.length, 1, 2);
    const n = args[1] ? Number(asIndex(rt, args[1])) : 2;
    if (n < 0) rt.raise(rt.types.ValueError, 'n must be >= 0');
    if (n === 0) return rt.tuple([]);
    const it = getIter(rt, args[0]!);
    try {
      let first: NativeIter;
      if (it instanceof NativeIter && it.type === teeType) {
        // A tee is copyable: 3.11–3.13 put the tee itself first, 3.14 a copy (gh-123884).
        first = rt.profile.id === '3.14' ? newTee(it.held[0] as NativeIter, teeIndex.get(it)!.i) : heap.incref(it);
      } else {
        const node = newDataObject(it);
        first = newTee(node, 0);
        heap.decref(node);
      }
      const tees: PyObject[] = [first];
      for (let i = 1; i < n; i++) tees.push(newTee(first.held[0] as NativeIter, teeIndex.get(first)!.i));
      return rt.tuple(tees);
    } finally {
      heap.decref(it);
    }
  });

  m.known(since(rt, 12, ['batched']));
}
