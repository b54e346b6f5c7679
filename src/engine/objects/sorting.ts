// list.sort / sorted() around CPython's algorithm (listsort.ts): the list looks empty while it is sorted,
// keys are made first (one call per item, in order), reverse=True reverses before and after a stable sort,
// and a list changed by a comparison raises "list modified during sort" (list_sort_impl).
import { initKeywordParser } from './argparsers';
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyTuple, type PyList } from './containers';
import { tryDunder } from './dunders';
import { listSort, type LessThan } from './listsort';
import { compare, equals, isTrue } from './protocols';
import { asBigIndex, parseArgs, type Kwargs } from '../modules/native';

/** list.sort(key=..., reverse=...) on `list` in place; `key` is borrowed (None or null: no key function). */
export function sortList(rt: Runtime, list: PyList, key: PyObject | null, reverse: boolean): void {
  const items = list.items;
  const savedAllocated = list.allocated;
  // Emptied, with an impossible capacity, so that any growth during the sort shows (allocated = -1).
  list.items = [];
  list.allocated = -1;
  try {
    const keys = key && key !== rt.None ? makeKeys(rt, key, items) : null;
    let sorted = false;
    try {
      if (items.length > 1) {
        if (reverse) {
          items.reverse();
          keys?.reverse();
        }
        const sortKeys = keys ?? items;
        listSort(sortKeys, keys ? items : null, sortLessThan(rt, sortKeys), { equalsJoinDescendingRuns: rt.profile.builtins.sortEqualsJoinDescendingRuns });
      }
      sorted = true;
    } finally {
      keys?.forEach((k) => rt.heap.decref(k));
      const modified = sorted && list.allocated !== -1;
      if (reverse && items.length > 1) items.reverse();
      if (modified) rt.raise(rt.types.ValueError, 'list modified during sort');
    }
  } finally {
    restoreList(rt, list, items, savedAllocated);
  }
}

/** Puts the items back; whatever a comparison or key function added meanwhile is dropped, last first. */
function restoreList(rt: Runtime, list: PyList, items: PyObject[], allocated: number): void {
  const added = list.items;
  const resized = list.allocated !== allocated;
  list.items = items;
  list.allocated = allocated;
  if (resized) rt.heap.resized(list);
  rt.recorder.touch(list);
  for (let i = added.length - 1; i >= 0; i--) rt.heap.decref(added[i]!, 'item');
}

/** key(item) for every item in order; if one raises, the keys made so far are released, last first. */
function makeKeys(rt: Runtime, key: PyObject, items: readonly PyObject[]): PyObject[] {
  const keys: PyObject[] = [];
  try {
    for (const item of items) keys.push(rt.call(key, [item]));
  } catch (error) {
    for (let i = keys.length - 1; i >= 0; i--) rt.heap.decref(keys[i]!);
    throw error;
  }
  return keys;
}

/**
 * `<` for the sort. CPython first checks whether all keys share one type; the only visible consequence
 * is for instances of one class: its __lt__ is called directly, and only if that returns NotImplemented
 * does the full protocol run (calling __lt__ again, then the reflected __gt__). Keys that are all
 * non-empty tuples compare item by item, the first items with that same shortcut.
 */
function sortLessThan(rt: Runtime, keys: readonly PyObject[]): LessThan<PyObject> {
  const allTuples = keys.every((k) => k.type === rt.types.tuple && (k as PyTuple).items.length > 0);
  const lt = homogeneousLessThan(rt, allTuples ? keys.map((k) => (k as PyTuple).items[0]!) : keys);
  if (!allTuples) return lt;
  return (a, b) => tupleLessThan(rt, (a as PyTuple).items, (b as PyTuple).items, lt);
}

function homogeneousLessThan(rt: Runtime, keys: readonly PyObject[]): LessThan<PyObject> {
  const type = keys[0]?.type;
  const fullProtocol: LessThan<PyObject> = (a, b) => compare(rt, 'Lt', a, b);
  if (!type?.isHeapType || !keys.every((k) => k.type === type)) return fullProtocol;
  return (a, b) => {
    const result = tryDunder(rt, a, '__lt__', [b]);
    if (!result) return fullProtocol(a, b);
    try {
      return isTrue(rt, result);
    } finally {
      rt.heap.decref(result);
    }
  };
}

/** The first items that are not equal (identical items are equal without asking) decide; else the shorter. */
function tupleLessThan(rt: Runtime, a: readonly PyObject[], b: readonly PyObject[], firstLessThan: LessThan<PyObject>): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && (a[i] === b[i] || equals(rt, a[i]!, b[i]!))) i++;
  if (i === n) return a.length < b.length;
  return i === 0 ? firstLessThan(a[0]!, b[0]!) : compare(rt, 'Lt', a[i]!, b[i]!);
}

/**
 * list.sort(*, key=None, reverse=False) as called by a program or by sorted() (which passes its keywords
 * on after building the list, so sort() names them in the errors).
 */
export function listSortMethod(rt: Runtime, list: PyList, args: readonly PyObject[], kwargs: Kwargs): void {
  // Keywords go through list.sort's Argument Clinic parser (sorted() calls list.sort with its keywords).
  if (kwargs && kwargs.size > 0) initKeywordParser(rt, 'list.sort', ['key', 'reverse']);
  if (args.length > 0) rt.raise(rt.types.TypeError, 'sort() takes no positional arguments');
  const [key, reverse] = parseArgs(rt, 'sort', [], kwargs, { params: ['key', 'reverse'], required: 0 });
  sortList(rt, list, key ?? null, reverse !== undefined && reverseFlag(rt, reverse));
}

/** 3.11's Argument Clinic takes reverse as a C int (bool(accept={int})); 3.12+ takes any object's truth. */
function reverseFlag(rt: Runtime, value: PyObject): boolean {
  if (!rt.profile.builtins.clinicBoolTakesOnlyInts) return isTrue(rt, value);
  const n = asBigIndex(rt, value);
  if (n > 0x7fffffffn || n < -0x80000000n) rt.raise(rt.types.OverflowError, 'Python int too large to convert to C int');
  return n !== 0n;
}
