// collections.deque, modelled on Modules/_collectionsmodule.c (3.11–3.14). CPython keeps the items in
// linked blocks of 64 slots; only the block count is observable (sys.getsizeof), so the items live in one
// array and the deque tracks `leftindex`, the first item's slot in its block, exactly as CPython moves it.
// The block count follows from it: (leftindex + len + 63) // 64.
import type { Runtime } from '../vm/runtime';
import { PyObject, type PyType } from '../objects/object';
import { PyInt } from '../objects/scalars';
import { PyGenericIter } from '../objects/iterators';
import { compare, getIter, iterNext } from '../objects/protocols';
import { findDunder } from '../objects/dunders';
import { repr } from '../objects/repr';
import { asIndex, checkPositional, noKeywords, oneArg, parseArgs, type Kwargs } from './native';

export const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
/** Bytes of a block: two links and 64 item pointers. */
const BLOCK_BYTES = 8 * (BLOCKLEN + 2);
/** sizeof(dequeobject) on 3.11–3.13 (64-bit): var header, block links and indexes, state, maxlen, the free-block cache and the weakref list. */
const DEQUE_BASICSIZE = 216;
const SSIZE_MAX = 2n ** 63n - 1n;

/** More items than a repeat may make in the simulator (CPython would take a very long time or run out of memory). */
const REPEAT_LIMIT = 10_000_000;

type CompareOp = 'Lt' | 'LtE' | 'Eq' | 'NotEq' | 'Gt' | 'GtE';

export class PyDeque extends PyObject {
  /** Owned references, left to right. */
  items: PyObject[] = [];
  /** The leftmost item's slot in its block (0..63); an empty deque sits at CENTER + 1. */
  leftindex = CENTER + 1;
  /** -1 when unbounded. */
  maxlen = -1;
  /** Changes whenever the indexes move: iterators and scans compare it ("deque mutated during iteration"). */
  state = 0;
  constructor(readonly type: PyType) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (const x of this.items) visit(x);
  }
  override referenceLabels(): string[] {
    return this.items.map((_, i) => `[${i}]`);
  }
}

/** Blocks the deque has allocated (deque_sizeof's count). */
export function dequeBlocks(d: PyDeque): number {
  return Math.floor((d.leftindex + d.items.length + BLOCKLEN - 1) / BLOCKLEN);
}

/** d.__sizeof__(): the struct and its blocks. */
export function dequeSizeof(d: PyDeque): number {
  return DEQUE_BASICSIZE + dequeBlocks(d) * BLOCK_BYTES;
}

// ---- the primitives (CPython's deque_* C functions); items are owned references ----------------------

function changed(rt: Runtime, d: PyDeque): void {
  rt.recorder.touch(d);
  rt.heap.resized(d);
}

/** deque_popleft: the item (its reference passes to the caller). */
export function popleft(rt: Runtime, d: PyDeque): PyObject {
  if (d.items.length === 0) rt.raise(rt.types.IndexError, 'pop from an empty deque');
  const item = d.items.shift()!;
  d.leftindex++;
  d.state++;
  // Leaving the block: the next block's first slot, or (now empty) re-centred in the one left.
  if (d.leftindex === BLOCKLEN) d.leftindex = d.items.length > 0 ? 0 : CENTER + 1;
  changed(rt, d);
  return item;
}

/** deque_pop: the item (its reference passes to the caller). */
export function pop(rt: Runtime, d: PyDeque): PyObject {
  if (d.items.length === 0) rt.raise(rt.types.IndexError, 'pop from an empty deque');
  const wasFirstOfBlock = (d.leftindex + d.items.length - 1) % BLOCKLEN === 0;
  const item = d.items.pop()!;
  d.state++;
  // The right index left its block: that block is freed, or (now empty) the deque re-centres.
  if (wasFirstOfBlock && d.items.length === 0) d.leftindex = CENTER + 1;
  changed(rt, d);
  return item;
}

function needsTrim(d: PyDeque, maxlen: number): boolean {
  return maxlen >= 0 && d.items.length > maxlen;
}

/** deque_append_internal: takes over `item`; past maxlen the leftmost item goes. */
function appendOwned(rt: Runtime, d: PyDeque, item: PyObject, maxlen: number): void {
  d.items.push(item);
  changed(rt, d);
  if (needsTrim(d, maxlen)) rt.heap.decref(popleft(rt, d), 'item');
  else d.state++;
}

/** deque_appendleft_internal: takes over `item`; past maxlen the rightmost item goes. */
function appendleftOwned(rt: Runtime, d: PyDeque, item: PyObject, maxlen: number): void {
  if (d.leftindex === 0) d.leftindex = BLOCKLEN; // a new block on the left
  d.leftindex--;
  d.items.unshift(item);
  changed(rt, d);
  if (needsTrim(d, maxlen)) rt.heap.decref(pop(rt, d), 'item');
  else d.state++;
}

export function append(rt: Runtime, d: PyDeque, item: PyObject): void {
  appendOwned(rt, d, rt.heap.incref(item, 'item'), d.maxlen);
}

export function appendleft(rt: Runtime, d: PyDeque, item: PyObject): void {
  appendleftOwned(rt, d, rt.heap.incref(item, 'item'), d.maxlen);
}

/** Runs an iterable's iterator to its end, each item handed to `take` (a new reference). */
function eachItem(rt: Runtime, iterable: PyObject, take: (item: PyObject) => void): void {
  const it = getIter(rt, iterable);
  try {
    for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) take(x);
  } finally {
    rt.heap.decref(it);
  }
}

/** deque_extend: an empty deque starts filling at slot 1 of its block; extending itself goes through a list copy. */
export function extend(rt: Runtime, d: PyDeque, iterable: PyObject): void {
  if (iterable === d) return viaListCopy(rt, d, (copy) => extend(rt, d, copy));
  extendWith(rt, d, iterable, 1, appendOwned);
}

/** deque_extendleft: an empty deque starts filling at slot 63, growing leftwards. */
export function extendleft(rt: Runtime, d: PyDeque, iterable: PyObject): void {
  if (iterable === d) return viaListCopy(rt, d, (copy) => extendleft(rt, d, copy));
  extendWith(rt, d, iterable, BLOCKLEN - 1, appendleftOwned);
}

function extendWith(rt: Runtime, d: PyDeque, iterable: PyObject, emptyStart: number, add: typeof appendOwned): void {
  const maxlen = d.maxlen;
  const it = getIter(rt, iterable);
  try {
    if (maxlen === 0) {
      for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) rt.heap.decref(x);
      return;
    }
    if (d.items.length === 0) d.leftindex = emptyStart;
    for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) add(rt, d, x, maxlen);
  } finally {
    rt.heap.decref(it);
  }
}

function viaListCopy(rt: Runtime, d: PyDeque, run: (copy: PyObject) => void): void {
  const copy = rt.list(d.items.map((x) => rt.heap.incref(x, 'item')));
  try {
    run(copy);
  } finally {
    rt.heap.decref(copy);
  }
}

/** deque_clear: empties the deque (re-centred) first, then releases the items left to right. */
export function clear(rt: Runtime, d: PyDeque): void {
  if (d.items.length === 0) return;
  const old = d.items;
  d.items = [];
  d.leftindex = CENTER + 1;
  d.state++;
  changed(rt, d);
  for (const x of old) rt.heap.decref(x, 'item');
}

/**
 * _deque_rotate: n steps to the right. CPython first reduces n into [-len/2, len/2] (C's remainder), then
 * moves item pointers between blocks, which shifts the left index by -n within the blocks.
 */
export function rotate(d: PyDeque, steps: number | bigint): void {
  const len = d.items.length;
  const halflen = len >> 1;
  if (len <= 1) return;
  let n = typeof steps === 'bigint' ? 0 : steps;
  if (typeof steps === 'bigint' || n > halflen || n < -halflen) {
    // Truncating, as C's % (exact for any Py_ssize_t).
    n = typeof steps === 'bigint' ? Number(steps % BigInt(len)) : n % len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  d.state++;
  if (n > 0) d.items.unshift(...d.items.splice(len - n, n));
  else if (n < 0) d.items.push(...d.items.splice(0, -n));
  d.leftindex = (((d.leftindex - n) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN;
}

/** deque_del_item: rotate the item to the left end, pop it, rotate back; the item is released last. */
export function delItem(rt: Runtime, d: PyDeque, i: number): void {
  rotate(d, -i);
  const item = popleft(rt, d);
  rotate(d, i);
  changed(rt, d);
  rt.heap.decref(item, 'item');
}

/** deque_insert, built on rotate and the appends. */
function insert(rt: Runtime, d: PyDeque, index: number, value: PyObject): void {
  const n = d.items.length;
  if (d.maxlen === n) rt.raise(rt.types.IndexError, 'deque already at its maximum size');
  if (index >= n) return append(rt, d, value);
  if (index <= -n || index === 0) return appendleft(rt, d, value);
  rotate(d, -index);
  if (index < 0) append(rt, d, value);
  else appendleft(rt, d, value);
  rotate(d, index);
  changed(rt, d);
}

/**
 * A scan comparing each item with `value` (count, __contains__, index, remove): `visit` gets the comparison
 * and returns true to stop; after each comparison a changed state raises `mutatedError`.
 */
function scan(
  rt: Runtime, d: PyDeque, value: PyObject, from: number, to: number, ownItem: boolean,
  visit: (equal: boolean, i: number) => 'stop' | 'check' | 'stop-unchecked' | 'continue-unchecked',
  mutatedError: PyType,
): void {
  const start = d.state;
  for (let i = from; i < to; i++) {
    const item = d.items[i]!;
    if (ownItem) rt.heap.incref(item);
    let equal: boolean;
    try {
      equal = item === value || compare(rt, 'Eq', item, value);
    } finally {
      if (ownItem) rt.heap.decref(item);
    }
    const next = visit(equal, i);
    if (next === 'stop-unchecked') return;
    if (d.state !== start) rt.raise(mutatedError, 'deque mutated during iteration');
    if (next === 'stop') return;
  }
}

function count(rt: Runtime, d: PyDeque, value: PyObject): number {
  let found = 0;
  scan(rt, d, value, 0, d.items.length, true, (equal) => { if (equal) found++; return 'check'; }, rt.types.RuntimeError);
  return found;
}

function contains(rt: Runtime, d: PyDeque, value: PyObject): boolean {
  let found = false;
  scan(rt, d, value, 0, d.items.length, true, (equal) => { found = equal; return equal ? 'stop-unchecked' : 'check'; }, rt.types.RuntimeError);
  return found;
}

/** deque_remove (3.11+): find the first equal item, then delete it through rotation. */
function remove(rt: Runtime, d: PyDeque, value: PyObject): void {
  let at = -1;
  scan(rt, d, value, 0, d.items.length, true, (equal, i) => { if (equal) at = i; return equal ? 'stop' : 'check'; }, rt.types.IndexError);
  if (at < 0) rt.raise(rt.types.ValueError, notFound(rt, 'remove', value));
  delItem(rt, d, at);
}

/** 3.11–3.13 name the value ("99 is not in deque"); 3.14 does not ("deque.remove(x): x not in deque"). */
function notFound(rt: Runtime, method: string, value: PyObject): string {
  return rt.profile.versionInfo[1] >= 14 ? `deque.${method}(x): x not in deque` : `${repr(rt, value)} is not in deque`;
}

/** Clamps index()'s start/stop as deque_index does. */
function clampBound(v: number, len: number): number {
  const adjusted = v < 0 ? Math.max(0, v + len) : v;
  return Math.min(adjusted, len);
}

function indexOf(rt: Runtime, d: PyDeque, value: PyObject, startArg: number, stopArg: number): number {
  const len = d.items.length;
  const stop = clampBound(stopArg, len);
  const start = Math.min(clampBound(startArg, len), stop);
  let at = -1;
  // deque_index compares the item without holding a reference of its own.
  scan(rt, d, value, start, stop, false, (equal, i) => { if (equal) at = i; return equal ? 'stop-unchecked' : 'check'; }, rt.types.RuntimeError);
  if (at < 0) rt.raise(rt.types.ValueError, notFound(rt, 'index', value));
  return at;
}

function reverse(rt: Runtime, d: PyDeque): void {
  d.items.reverse();
  rt.recorder.touch(d);
}

// ---- construction, copies, repeats -------------------------------------------------------------------

export function newDeque(rt: Runtime, type: PyType, maxlen = -1): PyDeque {
  const d = rt.heap.register(new PyDeque(type));
  d.maxlen = maxlen;
  return d;
}

/** deque_copy: a fresh deque with the same maxlen; one item is appended, more are extended in. */
export function copyDeque(rt: Runtime, d: PyDeque): PyDeque {
  const out = newDeque(rt, d.type, d.maxlen);
  try {
    if (d.items.length === 1) append(rt, out, d.items[0]!);
    else extend(rt, out, d);
  } catch (error) {
    rt.heap.decref(out);
    throw error;
  }
  return out;
}

/** deque_inplace_repeat: the deque itself, new reference. */
function inplaceRepeat(rt: Runtime, d: PyDeque, times: number): PyDeque {
  const size = d.items.length;
  if (size === 0 || times === 1) return rt.heap.incref(d);
  if (times <= 0) {
    clear(rt, d);
    return rt.heap.incref(d);
  }
  if (size === 1) {
    // One item repeated: copied in on the right, never past maxlen.
    const n = d.maxlen >= 0 && times > d.maxlen ? d.maxlen : times;
    if (n > REPEAT_LIMIT) rt.unsupported(`a deque of ${n} items`);
    d.state++;
    const item = d.items[0]!;
    for (let i = 0; i < n - 1; i++) d.items.push(rt.heap.incref(item, 'item'));
    changed(rt, d);
    return rt.heap.incref(d);
  }
  if (BigInt(size) * BigInt(times) > SSIZE_MAX) rt.raise(rt.types.MemoryError, '');
  const seq = rt.list(d.items.map((x) => rt.heap.incref(x, 'item')));
  try {
    let n = times;
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    if (n * size > REPEAT_LIMIT) rt.unsupported(`a deque of ${n * size} items`);
    for (let i = 0; i < n - 1; i++) extend(rt, d, seq);
  } finally {
    rt.heap.decref(seq);
  }
  return rt.heap.incref(d);
}

function repeat(rt: Runtime, d: PyDeque, times: number): PyObject {
  const copy = copyDeque(rt, d);
  try {
    return inplaceRepeat(rt, copy, times);
  } finally {
    rt.heap.decref(copy);
  }
}

function concat(rt: Runtime, d: PyDeque, other: PyObject): PyObject {
  if (!(other instanceof PyDeque)) rt.raise(rt.types.TypeError, `can only concatenate deque (not "${other.type.name}") to deque`);
  const copy = copyDeque(rt, d);
  try {
    extend(rt, copy, other);
  } catch (error) {
    rt.heap.decref(copy);
    throw error;
  }
  return copy;
}

// ---- iterators ---------------------------------------------------------------------------------------

/** _deque_iterator / _deque_reverse_iterator: hold the deque until freed, fail once its state changes. */
export class PyDequeIter extends PyGenericIter {
  /** Items still to give (dequeiter's counter; __length_hint__). */
  counter: number;
  constructor(rt: Runtime, type: PyType, d: PyDeque, reversed: boolean) {
    const state = d.state;
    let index = reversed ? d.items.length - 1 : 0;
    super(type, [rt.heap.incref(d, 'item')], () => {
      if (d.state !== state) {
        this.counter = 0;
        rt.raise(rt.types.RuntimeError, 'deque mutated during iteration');
      }
      if (this.counter === 0) return null;
      const item = d.items[index]!;
      index += reversed ? -1 : 1;
      this.counter--;
      return rt.heap.incref(item);
    });
    this.counter = d.items.length;
    this.keepsSources = true;
  }
}

function dequeIterator(rt: Runtime, type: PyType, d: PyDeque, reversed: boolean): PyDequeIter {
  return rt.heap.register(new PyDequeIter(rt, type, d, reversed));
}

// ---- the type ----------------------------------------------------------------------------------------

/** Py_ssize_t from an int or __index__ ("Python int too large to convert to C ssize_t"); beyond 2**53 a bigint. */
function exactSsize(rt: Runtime, o: PyObject): number | bigint {
  const v = asIndex(rt, o);
  if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) rt.raise(rt.types.OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

function ssize(rt: Runtime, o: PyObject): number {
  return Number(exactSsize(rt, o));
}

/** _PyEval_SliceIndexNotNone for index()'s start and stop (huge values clamp). */
function sliceIndex(rt: Runtime, o: PyObject): number {
  const isIndex = o instanceof PyInt || (o.type.isHeapType && !!findDunder(o, '__index__'));
  if (!isIndex) rt.raise(rt.types.TypeError, 'slice indices must be integers or have an __index__ method');
  const v = asIndex(rt, o);
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  return v;
}

function noArgs(rt: Runtime, name: string, args: PyObject[], kwargs: Kwargs): void {
  noKeywords(rt, `deque.${name}`, kwargs);
  if (args.length > 0) rt.raise(rt.types.TypeError, `deque.${name}() takes no arguments (${args.length} given)`);
}

/** Fills in the deque type (a static type named 'collections.deque') and its two iterator types. */
export function installDeque(rt: Runtime, type: PyType, iterType: PyType, reverseIterType: PyType): void {
  const clinic = rt.profile.versionInfo[1] >= 13; // 3.13 converted rotate/index/insert to Argument Clinic
  const asDeque = (self: PyObject) => self as PyDeque;
  type.unhashable = true;
  type.nativeReprRecursion = '[...]';
  type.nativeNew = (args, kwargs) => {
    const [iterable, maxlenArg] = parseArgs(rt, 'deque', args, kwargs, { params: ['iterable', 'maxlen'], required: 0 });
    let maxlen = -1;
    if (maxlenArg !== undefined && maxlenArg !== rt.None) {
      if (!(maxlenArg instanceof PyInt)) rt.raise(rt.types.TypeError, 'an integer is required');
      maxlen = ssize(rt, maxlenArg);
      if (maxlen < 0) rt.raise(rt.types.ValueError, 'maxlen must be non-negative');
    }
    const d = newDeque(rt, type, maxlen);
    try {
      if (iterable !== undefined) extend(rt, d, iterable);
    } catch (error) {
      rt.heap.decref(d);
      throw error;
    }
    return d;
  };
  type.nativeRepr = (self, reprOf) => {
    const d = asDeque(self);
    const list = `[${d.items.map((x) => reprOf(x)).join(', ')}]`;
    return d.maxlen >= 0 ? `deque(${list}, maxlen=${d.maxlen})` : `deque(${list})`;
  };
  type.nativeRichCompare = (op, self, other) => {
    if (!(other instanceof PyDeque)) return rt.heap.incref(rt.NotImplemented);
    return rt.bool(dequeCompare(rt, op, asDeque(self), other, iterType));
  };
  type.nativeSequence = {
    length: (self) => asDeque(self).items.length,
    item: (self, i) => {
      const d = asDeque(self);
      if (i < 0 || i >= d.items.length) rt.raise(rt.types.IndexError, 'deque index out of range');
      return rt.heap.incref(d.items[i]!);
    },
    assItem: (self, i, value) => {
      const d = asDeque(self);
      if (i < 0 || i >= d.items.length) rt.raise(rt.types.IndexError, 'deque index out of range');
      if (value === null) return delItem(rt, d, i);
      const old = d.items[i]!;
      d.items[i] = rt.heap.incref(value, 'item');
      rt.recorder.touch(d);
      rt.heap.decref(old, 'item');
    },
    contains: (self, value) => contains(rt, asDeque(self), value),
    iter: (self) => dequeIterator(rt, iterType, asDeque(self), false),
    reversed: (self) => dequeIterator(rt, reverseIterType, asDeque(self), true),
    concat: (self, other) => concat(rt, asDeque(self), other),
    repeat: (self, n) => repeat(rt, asDeque(self), n),
    inplaceConcat: (self, other) => { extend(rt, asDeque(self), other); return rt.heap.incref(self); },
    inplaceRepeat: (self, n) => inplaceRepeat(rt, asDeque(self), n),
    sizeof: (self) => dequeSizeof(asDeque(self)),
  };
  type.nativeCopy = {
    shallow: (self) => copyDeque(rt, asDeque(self)),
    // copy.deepcopy goes through __reduce_ex__: deque() or deque((), maxlen), remembered, then each copy appended.
    deep: (self, memoize, copyItem) => {
      const d = asDeque(self);
      const out = newDeque(rt, type, d.maxlen);
      if (d.maxlen > 0) out.leftindex = 1;
      memoize(out);
      const it = dequeIterator(rt, iterType, d, false);
      try {
        for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) {
          try {
            const c = copyItem(x);
            try {
              append(rt, out, c);
            } finally {
              rt.heap.decref(c);
            }
          } finally {
            rt.heap.decref(x);
          }
        }
      } finally {
        rt.heap.decref(it);
      }
      return out;
    },
  };
  type.getters.set('maxlen', (self) => (asDeque(self).maxlen < 0 ? rt.none() : rt.int(asDeque(self).maxlen)));

  const method = (name: string, impl: (d: PyDeque, args: PyObject[], kwargs: Kwargs) => PyObject) => {
    type.methods.set(name, (self, args, kwargs) => {
      if (!(self instanceof PyDeque)) return rt.raise(rt.types.TypeError, `descriptor '${name}' for 'collections.deque' objects doesn't apply to a '${self.type.name}' object`);
      return impl(self, args, kwargs);
    });
  };
  const oneArgMethod = (name: string, impl: (d: PyDeque, value: PyObject) => PyObject) => method(name, (d, args, kwargs) => impl(d, oneArg(rt, `deque.${name}`, args, kwargs)));
  const noArgMethod = (name: string, impl: (d: PyDeque) => PyObject) => method(name, (d, args, kwargs) => { noArgs(rt, name, args, kwargs); return impl(d); });

  oneArgMethod('append', (d, v) => { append(rt, d, v); return rt.none(); });
  oneArgMethod('appendleft', (d, v) => { appendleft(rt, d, v); return rt.none(); });
  oneArgMethod('extend', (d, v) => { extend(rt, d, v); return rt.none(); });
  oneArgMethod('extendleft', (d, v) => { extendleft(rt, d, v); return rt.none(); });
  oneArgMethod('count', (d, v) => rt.int(count(rt, d, v)));
  oneArgMethod('remove', (d, v) => { remove(rt, d, v); return rt.none(); });
  noArgMethod('pop', (d) => pop(rt, d));
  noArgMethod('popleft', (d) => popleft(rt, d));
  noArgMethod('clear', (d) => { clear(rt, d); return rt.none(); });
  noArgMethod('copy', (d) => copyDeque(rt, d));
  noArgMethod('__copy__', (d) => copyDeque(rt, d));
  noArgMethod('reverse', (d) => { reverse(rt, d); return rt.none(); });
  noArgMethod('__reversed__', (d) => dequeIterator(rt, reverseIterType, d, true));
  noArgMethod('__sizeof__', (d) => rt.int(dequeSizeof(d)));
  method('rotate', (d, args, kwargs) => {
    noKeywords(rt, clinic ? 'rotate' : 'deque.rotate', kwargs);
    checkPositional(rt, clinic ? 'rotate' : 'deque.rotate', args.length, 0, 1);
    rotate(d, args.length > 0 ? exactSsize(rt, args[0]!) : 1);
    rt.recorder.touch(d);
    return rt.none();
  });
  method('index', (d, args, kwargs) => {
    noKeywords(rt, clinic ? 'index' : 'deque.index', kwargs);
    if (clinic) checkPositional(rt, 'index', args.length, 1, 3);
    else if (args.length < 1 || args.length > 3) {
      rt.raise(rt.types.TypeError, `index() takes ${args.length < 1 ? 'at least 1 argument' : 'at most 3 arguments'} (${args.length} given)`);
    }
    const start = args.length > 1 ? sliceIndex(rt, args[1]!) : 0;
    const stop = args.length > 2 ? sliceIndex(rt, args[2]!) : d.items.length;
    return rt.int(indexOf(rt, d, args[0]!, start, stop));
  });
  method('insert', (d, args, kwargs) => {
    noKeywords(rt, clinic ? 'insert' : 'deque.insert', kwargs);
    if (clinic) checkPositional(rt, 'insert', args.length, 2, 2);
    else if (args.length !== 2) rt.raise(rt.types.TypeError, `insert() takes exactly 2 arguments (${args.length} given)`);
    insert(rt, d, ssize(rt, args[0]!), args[1]!);
    return rt.none();
  });
  method('__len__', (d, args, kwargs) => { noArgs(rt, '__len__', args, kwargs); return rt.int(d.items.length); });
  method('__iter__', (d, args, kwargs) => { noArgs(rt, '__iter__', args, kwargs); return dequeIterator(rt, iterType, d, false); });
  method('__contains__', (d, args, kwargs) => rt.bool(contains(rt, d, oneArg(rt, 'deque.__contains__', args, kwargs))));

  installSlotWrappers(rt, type);

  for (const t of [iterType, reverseIterType]) {
    t.methods.set('__length_hint__', (self) => rt.int((self as PyDequeIter).counter));
    t.knownAttributes.add('__reduce__');
  }
  for (const n of ['__init__', '__reduce__', '__reduce_ex__', '__class_getitem__', '__getstate__']) {
    type.knownAttributes.add(n);
  }
}

/**
 * The slot wrappers d.__getitem__(i), d.__mul__(n)…: their argument counts ("expected 1 argument, got 0") and
 * index conversion (PyNumber_AsSsize_t, negative indexes counted once from the end) before the slot.
 */
function installSlotWrappers(rt: Runtime, type: PyType): void {
  const slots = type.nativeSequence!;
  const wrapper = (name: string, arity: 1 | 2, impl: (d: PyDeque, args: PyObject[]) => PyObject) => {
    type.methods.set(name, (self, args, kwargs) => {
      if (!(self instanceof PyDeque)) return rt.raise(rt.types.TypeError, `descriptor '${name}' for 'collections.deque' objects doesn't apply to a '${self.type.name}' object`);
      if (kwargs && kwargs.size > 0) return rt.unsupported(`keyword arguments to deque.${name}()`);
      if (args.length !== arity) {
        // check_num_args for one argument; PyArg_UnpackTuple for two, with an empty name (hence the space) before 3.14.
        const pairName = rt.profile.versionInfo[1] >= 14 ? name : '';
        rt.raise(rt.types.TypeError, arity === 1 ? `expected 1 argument, got ${args.length}` : `${pairName} expected 2 arguments, got ${args.length}`);
      }
      return impl(self, args);
    });
  };
  const index = (d: PyDeque, o: PyObject) => {
    const v = asIndex(rt, o);
    if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) rt.raise(rt.types.OverflowError, `cannot fit '${o.type.name}' into an index-sized integer`);
    const i = Number(v);
    return i < 0 ? i + d.items.length : i;
  };
  const count = (o: PyObject) => {
    const v = asIndex(rt, o);
    if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) rt.raise(rt.types.OverflowError, `cannot fit '${o.type.name}' into an index-sized integer`);
    return Number(v);
  };
  wrapper('__getitem__', 1, (d, [i]) => slots.item(d, index(d, i!)));
  wrapper('__setitem__', 2, (d, [i, v]) => { slots.assItem(d, index(d, i!), v!); return rt.none(); });
  wrapper('__delitem__', 1, (d, [i]) => { slots.assItem(d, index(d, i!), null); return rt.none(); });
  wrapper('__add__', 1, (d, [o]) => slots.concat(d, o!));
  wrapper('__mul__', 1, (d, [n]) => slots.repeat(d, count(n!)));
  wrapper('__rmul__', 1, (d, [n]) => slots.repeat(d, count(n!)));
  wrapper('__iadd__', 1, (d, [o]) => slots.inplaceConcat(d, o!));
  wrapper('__imul__', 1, (d, [n]) => slots.inplaceRepeat(d, count(n!)));
}

/** deque_richcompare: sizes decide == and != first; then the first unequal pair, compared by `op`; else the lengths. */
function dequeCompare(rt: Runtime, op: CompareOp, v: PyDeque, w: PyDeque, iterType: PyType): boolean {
  const vs = v.items.length;
  const ws = w.items.length;
  if (op === 'Eq' && (v === w || vs !== ws)) return v === w;
  if (op === 'NotEq' && (v === w || vs !== ws)) return v !== w;
  // Walks both through their iterators, so a deque changed by a comparison raises.
  const it1 = dequeIterator(rt, iterType, v, false);
  const it2 = dequeIterator(rt, iterType, w, false);
  try {
    for (;;) {
      const x = iterNext(rt, it1);
      const y = x === null ? iterNext(rt, it2) : guarded(rt, x, () => iterNext(rt, it2));
      if (x === null || y === null) {
        if (x) rt.heap.decref(x);
        if (y) rt.heap.decref(y);
        return endOrder(op, x !== null, y !== null);
      }
      try {
        if (!(x === y || compare(rt, 'Eq', x, y))) return compare(rt, op, x, y);
      } finally {
        rt.heap.decref(x);
        rt.heap.decref(y);
      }
    }
  } finally {
    rt.heap.decref(it1);
    rt.heap.decref(it2);
  }
}

/** Runs `next`, releasing `held` if it raises. */
function guarded<T>(rt: Runtime, held: PyObject, next: () => T): T {
  try {
    return next();
  } catch (error) {
    rt.heap.decref(held);
    throw error;
  }
}

/** One deque ran out: v still had an item (vMore) or w did. */
function endOrder(op: CompareOp, vMore: boolean, wMore: boolean): boolean {
  switch (op) {
    case 'Lt': return wMore;
    case 'LtE': return !vMore;
    case 'Eq': return !vMore && !wMore;
    case 'NotEq': return vMore || wMore;
    case 'Gt': return vMore;
    case 'GtE': return !wMore;
  }
}
