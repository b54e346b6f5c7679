// Mutating lists with CPython's over-allocation (listobject.c list_resize), which drives both
// sys.getsizeof and the allocator.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import type { PyList } from './containers';

/** New capacity for `newsize` items, exactly as list_resize computes it. */
export function resizedCapacity(allocated: number, oldsize: number, newsize: number): number {
  if (allocated >= newsize && newsize >= allocated >> 1) return allocated;
  if (newsize === 0) return 0;
  let capacity = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - oldsize > capacity - newsize) capacity = (newsize + 3) & ~3;
  return capacity;
}

function resize(rt: Runtime, list: PyList, newsize: number): void {
  const capacity = resizedCapacity(list.allocated, list.items.length, newsize);
  if (capacity !== list.allocated) {
    list.allocated = capacity;
    rt.heap.resized(list);
  }
}

/** list.append: the list takes over `item` (a new reference the caller gives away). */
export function listAppendSteal(rt: Runtime, list: PyList, item: PyObject): void {
  resize(rt, list, list.items.length + 1);
  list.items.push(item);
  rt.recorder.touch(list);
}

/** list.extend with new references; an empty list preallocates exactly (rounded up to even). */
export function listExtendSteal(rt: Runtime, list: PyList, items: PyObject[], lengthHint: boolean): void {
  if (items.length === 0) return;
  if (list.items.length === 0 && lengthHint && list.allocated === 0) {
    list.allocated = (items.length + 1) & ~1;
    rt.heap.resized(list);
  } else {
    resize(rt, list, list.items.length + items.length);
  }
  list.items.push(...items);
  rt.recorder.touch(list);
}

export function listInsertSteal(rt: Runtime, list: PyList, index: number, item: PyObject): void {
  resize(rt, list, list.items.length + 1);
  list.items.splice(index, 0, item);
  rt.recorder.touch(list);
}

/** Removes the item at `index` and returns the reference the list held. */
export function listRemoveAt(rt: Runtime, list: PyList, index: number): PyObject {
  const [item] = list.items.splice(index, 1);
  resize(rt, list, list.items.length);
  rt.recorder.touch(list);
  return item!;
}

/** Replaces list[index]; releases the old item after storing the new one, as list_ass_item does. */
export function listSetSteal(rt: Runtime, list: PyList, index: number, item: PyObject): void {
  const old = list.items[index]!;
  list.items[index] = item;
  rt.recorder.touch(list);
  rt.heap.decref(old, 'item');
}
