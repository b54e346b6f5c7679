// dict_keys and dict_items are set-like (dictobject.c's dictviews_* functions): & | - ^ give a new set,
// comparisons with sets and views test containment, and isdisjoint(). dict_values is not set-like.
import type { Runtime } from '../vm/runtime';
import type { BinOpName, CmpOpName } from '../syntax/ast';
import type { PyObject } from './object';
import { PyDictView } from './containers';
import { PySet, setAdd, setDiscard, setLookup } from './sets';
import { newSet } from './setmethods';
import { collect, contains, getIter, iterNext, length } from './protocols';

/** A keys or items view (the set-like ones). */
export function isSetLikeView(o: PyObject): o is PyDictView {
  return o instanceof PyDictView && o.kind !== 'values';
}

/** set(x) for the left operand: a view's keys or items, in dict order. */
function toSet(rt: Runtime, o: PyObject): PySet {
  const items = collect(rt, o);
  try {
    return newSet(rt, rt.types.set, items);
  } finally {
    items.forEach((x) => rt.heap.decref(x));
  }
}

/** Calls `each` with every item of an iterable (borrowed for the call). */
function forEachItem(rt: Runtime, iterable: PyObject, each: (item: PyObject) => void): void {
  if (iterable instanceof PySet) {
    for (const x of iterable.keys()) each(x);
    return;
  }
  const it = getIter(rt, iterable);
  try {
    for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) {
      try {
        each(x);
      } finally {
        rt.heap.decref(x);
      }
    }
  } finally {
    rt.heap.decref(it);
  }
}

/** lhs <op> rhs when one side is a set-like view; null when the operator does not apply. */
export function dictViewSetOp(rt: Runtime, op: BinOpName, lhs: PyObject, rhs: PyObject): PySet | null {
  if (!isSetLikeView(lhs) && !isSetLikeView(rhs)) return null;
  switch (op) {
    case 'BitAnd': return intersect(rt, lhs, rhs);
    case 'BitOr': return update(rt, lhs, rhs, (out, x) => setAdd(rt, out, x));
    case 'Sub': return update(rt, lhs, rhs, (out, x) => { setDiscard(rt, out, x); });
    case 'BitXor': return update(rt, lhs, rhs, (out, x) => { if (!setDiscard(rt, out, x)) setAdd(rt, out, x); });
    default: return null;
  }
}

/** set(self) updated with each item of other (| - ^ all start from a copy of the left operand). */
function update(rt: Runtime, self: PyObject, other: PyObject, apply: (out: PySet, item: PyObject) => void): PySet {
  const out = toSet(rt, self);
  try {
    if (other instanceof PySet) {
      for (const x of other.keys()) apply(out, x);
    } else {
      // Iterate a snapshot: `other` may be a view of the dict `out` came from.
      const items = collect(rt, other);
      try {
        for (const x of items) apply(out, x);
      } finally {
        items.forEach((x) => rt.heap.decref(x));
      }
    }
    return out;
  } catch (error) {
    rt.heap.decref(out);
    throw error;
  }
}

/** _PyDictView_Intersect: iterate the smaller side, keep what the other contains. */
function intersect(rt: Runtime, a: PyObject, b: PyObject): PySet {
  let [self, other] = isSetLikeView(a) ? [a, b] : [b, a];
  const selfLength = length(rt, self);
  if (other instanceof PySet && other.type === rt.types.set && selfLength <= other.used) {
    // set.intersection(view): the view is iterated, the set probed.
    const probe = other;
    const out = newSet(rt, rt.types.set, []);
    forEachItem(rt, self, (x) => { if (setLookup(rt, probe, x) >= 0) setAdd(rt, out, x); });
    return out;
  }
  if (isSetLikeView(other) && length(rt, other) > selfLength) [self, other] = [other, self];
  const out = newSet(rt, rt.types.set, []);
  const view = self;
  try {
    forEachItem(rt, other, (x) => { if (contains(rt, view, x)) setAdd(rt, out, x); });
  } catch (error) {
    rt.heap.decref(out);
    throw error;
  }
  return out;
}

/** ==, !=, <, <=, >, >= between a set-like view and a set or view; null when the other side is neither. */
export function dictViewCompare(rt: Runtime, op: CmpOpName, a: PyObject, b: PyObject): boolean | null {
  if (!(isSetLikeView(a) || isSetLikeView(b))) return null;
  if (!(isSetLikeView(a) || a instanceof PySet) || !(isSetLikeView(b) || b instanceof PySet)) return null;
  const la = length(rt, a);
  const lb = length(rt, b);
  const within = (x: PyObject, y: PyObject) => allContained(rt, x, y);
  switch (op) {
    case 'Eq': return la === lb && within(a, b);
    case 'NotEq': return !(la === lb && within(a, b));
    case 'Lt': return la < lb && within(a, b);
    case 'LtE': return la <= lb && within(a, b);
    case 'Gt': return la > lb && within(b, a);
    case 'GtE': return la >= lb && within(b, a);
    default: return null;
  }
}

function allContained(rt: Runtime, inner: PyObject, outer: PyObject): boolean {
  let all = true;
  forEachItem(rt, inner, (x) => { if (all && !contains(rt, outer, x)) all = false; });
  return all;
}

/** view.isdisjoint(iterable). */
export function viewIsDisjoint(rt: Runtime, view: PyDictView, other: PyObject): boolean {
  let disjoint = true;
  forEachItem(rt, other, (x) => { if (disjoint && contains(rt, view, x)) disjoint = false; });
  return disjoint;
}
