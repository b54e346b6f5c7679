// Mutating dicts: the stored references, lazy GC tracking (MAINTAIN_TRACKING) and the table growth
// that sys.getsizeof shows (dictobject.c: resize to the smallest power of two ≥ 3 × used).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import type { PyDict } from './containers';
import { mayBeTracked } from '../gc/collector';
import { hashKey } from './protocols';

const MIN_SIZE = 8;

function usable(size: number): number {
  return Math.floor((2 * size) / 3);
}

function growTo(used: number): number {
  let size = MIN_SIZE;
  while (size < 3 * used) size *= 2;
  return size;
}

/** d[key] = value; stores new references to both (an existing key object is kept). */
export function dictSet(rt: Runtime, d: PyDict, key: PyObject, value: PyObject): void {
  const k = hashKey(rt, key, 'dict key');
  const existing = d.entries.get(k);
  if (existing) {
    const old = existing.value;
    existing.value = rt.heap.incref(value, 'item');
    maintainTracking(rt, d, key, value);
    rt.recorder.touch(d);
    rt.heap.decref(old, 'item');
    return;
  }
  if (d.tableSize === 0) d.tableSize = MIN_SIZE;
  else if (d.usedSlots >= usable(d.tableSize)) {
    d.tableSize = growTo(d.entries.size);
    d.usedSlots = d.entries.size;
  }
  d.usedSlots++;
  d.entries.set(k, { key: rt.heap.incref(key, 'item'), value: rt.heap.incref(value, 'item') });
  maintainTracking(rt, d, key, value);
  rt.heap.resized(d);
  rt.recorder.touch(d);
}

function maintainTracking(rt: Runtime, d: PyDict, key: PyObject, value: PyObject): void {
  if (!d.tracked && (mayBeTracked(key) || mayBeTracked(value))) rt.gc.track(d);
}

/** del d[key]; returns false when the key is missing. */
export function dictDelete(rt: Runtime, d: PyDict, key: PyObject): boolean {
  const k = hashKey(rt, key);
  const entry = d.entries.get(k);
  if (!entry) return false;
  d.entries.delete(k);
  rt.recorder.touch(d);
  rt.heap.decref(entry.key, 'item');
  rt.heap.decref(entry.value, 'item');
  return true;
}

export function dictGet(rt: Runtime, d: PyDict, key: PyObject): PyObject | undefined {
  return d.entries.get(hashKey(rt, key))?.value;
}

/** Lookup by a str key without allocating a key object (namespaces). */
export function dictGetStr(d: PyDict, name: string): PyObject | undefined {
  return d.entries.get(`s${name}`)?.value;
}

export function dictClear(rt: Runtime, d: PyDict): void {
  const entries = [...d.entries.values()];
  d.entries.clear();
  d.tableSize = 0;
  d.usedSlots = 0;
  rt.heap.resized(d);
  rt.recorder.touch(d);
  for (const { key, value } of entries) {
    rt.heap.decref(key, 'item');
    rt.heap.decref(value, 'item');
  }
}
