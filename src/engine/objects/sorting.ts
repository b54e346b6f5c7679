// list.sort / sorted: a stable sort using only `<`, with key functions and reverse as CPython does it
// (reverse=True reverses, sorts stably, reverses back, so equal items keep their order).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { compare, isTrue } from './protocols';

/** Sorts `items` in place. `key` (borrowed) is called once per item. */
export function sortItems(rt: Runtime, items: PyObject[], key: PyObject | null, reverse: boolean): void {
  const keys = key && key !== rt.None ? items.map((x) => rt.call(key, [x])) : null;
  const order = items.map((_, i) => i);
  if (reverse) order.reverse();
  const keyOf = (i: number) => (keys ? keys[i]! : items[i]!);
  try {
    order.sort((a, b) => (compare(rt, 'Lt', keyOf(b), keyOf(a)) ? 1 : compare(rt, 'Lt', keyOf(a), keyOf(b)) ? -1 : 0));
  } finally {
    keys?.forEach((k) => rt.heap.decref(k));
  }
  if (reverse) order.reverse();
  const sorted = order.map((i) => items[i]!);
  items.splice(0, items.length, ...sorted);
}

export function reverseFlag(rt: Runtime, value: PyObject | undefined): boolean {
  return !!value && isTrue(rt, value);
}
