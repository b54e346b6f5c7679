// slice objects (CPython's Objects/sliceobject.c): the slice() constructor, start/stop/step,
// indices(), comparison as (start, stop, step) tuples, and the hash they have from 3.12. The index
// arithmetic a subscript uses (PySlice_Unpack + PySlice_AdjustIndices) lives here too.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyInt, PyNone, normInt, toBig } from './scalars';
import { PySlice } from './containers';
import { callDunder, findDunder } from './dunders';
import { hashTupleLanes } from './hash';

const SSIZE_MAX = 9223372036854775807n;
const INDEX_MESSAGE = 'slice indices must be integers or None or have an __index__ method';

/** slice(stop) / slice(start, stop[, step]): a new reference. */
export function newSlice(rt: Runtime, args: PyObject[], kwargs: Map<string, PyObject> | null): PySlice {
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'slice() takes no keyword arguments');
  if (args.length === 0) rt.raise(rt.types.TypeError, 'slice expected at least 1 argument, got 0');
  if (args.length > 3) rt.raise(rt.types.TypeError, `slice expected at most 3 arguments, got ${args.length}`);
  const [start, stop, step] = args.length === 1 ? [rt.None, args[0]!, rt.None] : [args[0]!, args[1]!, args[2] ?? rt.None];
  const heap = rt.heap;
  return heap.register(new PySlice(rt.types.slice, heap.incref(start, 'attr'), heap.incref(stop, 'attr'), heap.incref(step, 'attr')));
}

/** The data attributes start, stop and step (read-only, as CPython's member descriptors). */
export function sliceAttribute(rt: Runtime, s: PySlice, name: string): PyObject | undefined {
  switch (name) {
    case 'start': return rt.heap.incref(s.start);
    case 'stop': return rt.heap.incref(s.stop);
    case 'step': return rt.heap.incref(s.step);
    default: return undefined;
  }
}

/** An int, or an object with __index__, as an exact integer; else the slice-indices TypeError. */
function exactIndex(rt: Runtime, o: PyObject): bigint {
  if (o instanceof PyInt) return toBig(o.value);
  if (o.type.isHeapType && findDunder(o, '__index__')) {
    const r = callDunder(rt, o, '__index__', [])!;
    try {
      if (!(r instanceof PyInt)) rt.raise(rt.types.TypeError, `__index__ returned non-int (type ${r.type.name})`);
      return toBig((r as PyInt).value);
    } finally {
      rt.heap.decref(r);
    }
  }
  return rt.raise(rt.types.TypeError, INDEX_MESSAGE);
}

/** _PyEval_SliceIndex: the index clipped to the Py_ssize_t range. */
function clippedIndex(rt: Runtime, o: PyObject): number {
  const v = exactIndex(rt, o);
  return Number(v > SSIZE_MAX ? SSIZE_MAX : v < -SSIZE_MAX - 1n ? -SSIZE_MAX - 1n : v);
}

/** A subscript's slice against a sequence of `len` items: start, stop, step and the item count. */
export function sliceIndices(rt: Runtime, s: PySlice, len: number): [number, number, number, number] {
  let step = s.step instanceof PyNone ? 1 : clippedIndex(rt, s.step);
  if (step === 0) rt.raise(rt.types.ValueError, 'slice step cannot be zero');
  if (step < -Number(SSIZE_MAX)) step = -Number(SSIZE_MAX);
  const clamp = (v: number, lo: number, hi: number) => (v < 0 ? Math.max(v + len, lo) : Math.min(v, hi));
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? len - 1 : len;
  const start = s.start instanceof PyNone ? (step < 0 ? len - 1 : 0) : clamp(clippedIndex(rt, s.start), lower, upper);
  const stop = s.stop instanceof PyNone ? (step < 0 ? -1 : len) : clamp(clippedIndex(rt, s.stop), lower, upper);
  const count = step > 0 ? (start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0) : (stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0);
  return [start, stop, step, count];
}

/** slice.indices(length): exact integers (no clipping), as _PySlice_GetLongIndices. A new tuple. */
export function sliceIndicesMethod(rt: Runtime, s: PySlice, lengthArg: PyObject): PyObject {
  const length = lengthIndex(rt, lengthArg);
  if (length < 0n) rt.raise(rt.types.ValueError, 'length should not be negative');
  const step = s.step instanceof PyNone ? 1n : exactIndex(rt, s.step);
  if (step === 0n) rt.raise(rt.types.ValueError, 'slice step cannot be zero');
  const negative = step < 0n;
  const lower = negative ? -1n : 0n;
  const upper = negative ? length - 1n : length;
  const bound = (o: PyObject, dflt: bigint) => {
    if (o instanceof PyNone) return dflt;
    let v = exactIndex(rt, o);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) {
      v = upper;
    }
    return v;
  };
  const start = bound(s.start, negative ? upper : lower);
  const stop = bound(s.stop, negative ? lower : upper);
  return rt.tuple([start, stop, step].map((v) => rt.int(normInt(v))));
}

/** indices()' length argument: PyNumber_Index's message, not the slice one. */
function lengthIndex(rt: Runtime, o: PyObject): bigint {
  if (o instanceof PyInt || (o.type.isHeapType && findDunder(o, '__index__'))) return exactIndex(rt, o);
  return rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** The parts a slice compares and hashes by, in order. */
export function sliceParts(s: PySlice): PyObject[] {
  return [s.start, s.stop, s.step];
}

/** 3.12+'s slice hash: the tuple hash of its three parts without the tuple's length mixing. */
export function hashSlice(partHashes: bigint[]): bigint {
  return hashTupleLanes(partHashes);
}
