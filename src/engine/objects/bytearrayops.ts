// Changing a bytearray in place the way Objects/bytearrayobject.c does, so that ob_alloc (and with it
// sys.getsizeof) follows CPython: every length change goes through PyByteArray_Resize, and deleting
// from the front advances the logical start (bytearray_setslice_linear).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyInt } from './scalars';
import { PyByteArray, isBytesLike, resizedAllocation } from './bytes';
import { collect } from './protocols';

/** PyByteArray_Resize to `contents.length`, then the new contents. */
export function resizeTo(rt: Runtime, ba: PyByteArray, contents: Uint8Array): void {
  const next = resizedAllocation(ba, contents.length);
  ba.allocated = next.allocated;
  ba.offset = next.offset;
  ba.setContents(contents);
  rt.heap.resized(ba);
  rt.recorder.touch(ba);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** ba.append(v): PyByteArray_Resize by one, without copying the contents (appending in a loop stays linear). */
export function appendByte(rt: Runtime, ba: PyByteArray, value: number): void {
  const next = resizedAllocation(ba, ba.length + 1);
  ba.allocated = next.allocated;
  ba.offset = next.offset;
  ba.pushByte(value);
  rt.heap.resized(ba);
  rt.recorder.touch(ba);
}

/** ba[lo:hi] = bytes (step 1). */
export function setSliceLinear(rt: Runtime, ba: PyByteArray, lo: number, hi: number, bytes: Uint8Array): void {
  if (lo === ba.length && hi === lo) {
    // Growing at the end (extend, +=): no copy of what is already there.
    if (bytes.length === 0) return;
    const next = resizedAllocation(ba, ba.length + bytes.length);
    ba.allocated = next.allocated;
    ba.offset = next.offset;
    ba.pushBytes(bytes);
    rt.heap.resized(ba);
    rt.recorder.touch(ba);
    return;
  }
  if (bytes.length === 0 && hi === ba.length && lo > 0) {
    // Cutting the tail (pop(), del ba[i:]): the kept bytes stay where they are.
    const next = resizedAllocation(ba, lo);
    ba.allocated = next.allocated;
    ba.offset = next.offset;
    ba.length = lo;
    rt.heap.resized(ba);
    rt.recorder.touch(ba);
    return;
  }
  const data = ba.data;
  const growth = bytes.length - (hi - lo);
  const contents = concatBytes(data.slice(0, lo), bytes, data.slice(hi));
  if (growth === 0) {
    ba.setContents(contents);
    rt.recorder.touch(ba);
    return;
  }
  if (growth < 0 && lo === 0) ba.offset -= growth;
  resizeTo(rt, ba, contents);
}

/** The value of one byte: an int in range(0, 256) (_getbytevalue). */
export function byteValue(rt: Runtime, o: PyObject): number {
  if (!(o instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  const v = o.value;
  if (v < 0 || v > 255) rt.raise(rt.types.ValueError, 'byte must be in range(0, 256)');
  return Number(v);
}

/** The bytes of the right side of a slice assignment: a bytes-like object or an iterable of ints. */
export function assignedBytes(rt: Runtime, value: PyObject): Uint8Array {
  if (isBytesLike(value)) return value.data.slice();
  if (value instanceof PyInt || value.type === rt.types.str) {
    return rt.raise(rt.types.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return bytesFromInts(rt, value);
}

/** An iterable of ints as bytes (each checked like _getbytevalue; bytes() words the range error its own way). */
export function bytesFromInts(rt: Runtime, iterable: PyObject, rangeMessage = 'byte must be in range(0, 256)'): Uint8Array {
  const items = collect(rt, iterable);
  try {
    return Uint8Array.from(items.map((x) => {
      if (x instanceof PyInt && (x.value < 0 || x.value > 255)) rt.raise(rt.types.ValueError, rangeMessage);
      return byteValue(rt, x);
    }));
  } finally {
    for (const x of items) rt.heap.decref(x);
  }
}

/** ba[key] = value. */
export function byteArraySetItem(rt: Runtime, ba: PyByteArray, key: PyObject, value: PyObject, indices: (len: number) => [number, number, number, number] | null): void {
  const slice = indices(ba.length);
  if (!slice) {
    const i = itemIndex(rt, ba, key);
    const v = byteValue(rt, value);
    ba.data[i] = v;
    rt.recorder.touch(ba);
    return;
  }
  let [start, stop, step, count] = slice;
  const bytes = assignedBytes(rt, value);
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) return setSliceLinear(rt, ba, start, stop, bytes);
  if (bytes.length !== count) {
    rt.raise(rt.types.ValueError, `attempt to assign bytes of size ${bytes.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) ba.data[j] = bytes[i]!;
  rt.recorder.touch(ba);
}

/** del ba[key]. */
export function byteArrayDelItem(rt: Runtime, ba: PyByteArray, key: PyObject, indices: (len: number) => [number, number, number, number] | null): void {
  const slice = indices(ba.length);
  if (!slice) {
    const i = itemIndex(rt, ba, key);
    return setSliceLinear(rt, ba, i, i + 1, new Uint8Array(0));
  }
  let [start, stop, step, count] = slice;
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) return setSliceLinear(rt, ba, start, stop, new Uint8Array(0));
  if (count === 0) return;
  const drop = new Set<number>();
  for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
  resizeTo(rt, ba, ba.data.filter((_, i) => !drop.has(i)));
}

function itemIndex(rt: Runtime, ba: PyByteArray, key: PyObject): number {
  if (!(key instanceof PyInt)) return rt.raise(rt.types.TypeError, `bytearray indices must be integers or slices, not ${key.type.name}`);
  if (typeof key.value === 'bigint') rt.raise(rt.types.IndexError, "cannot fit 'int' into an index-sized integer");
  let i = Number(key.value);
  if (i < 0) i += ba.length;
  if (i < 0 || i >= ba.length) rt.raise(rt.types.IndexError, 'bytearray index out of range');
  return i;
}

/** bytearray += other (bytearray_iconcat). */
export function byteArrayInPlaceConcat(rt: Runtime, ba: PyByteArray, other: PyObject): PyObject {
  if (!isBytesLike(other)) return rt.raise(rt.types.TypeError, `can't concat ${other.type.name} to bytearray`);
  setSliceLinear(rt, ba, ba.length, ba.length, other.data.slice());
  return rt.heap.incref(ba);
}

/** bytearray *= n (bytearray_irepeat). */
export function byteArrayInPlaceRepeat(rt: Runtime, ba: PyByteArray, n: number): PyObject {
  const data = ba.data.slice();
  const count = Math.max(0, n);
  const out = new Uint8Array(data.length * count);
  for (let i = 0; i < count; i++) out.set(data, i * data.length);
  resizeTo(rt, ba, out);
  return rt.heap.incref(ba);
}
