// The methods and operators of set and frozenset (union |, intersection &, difference -, ^).
import type { Runtime } from '../vm/runtime';
import type { BuiltinImpl, PyObject, PyType } from './object';
import { PySet, setAdd, setClear, setDiscard, setLookup, setPop } from './sets';
import { collect } from './protocols';

/** A new set (or frozenset) of `type` with the given members added in order. */
export function newSet(rt: Runtime, type: PyType, members: PyObject[]): PySet {
  const set = rt.heap.register(new PySet(type));
  for (const m of members) setAdd(rt, set, m);
  return set;
}

/** Members of any iterable as borrowed-for-now references (released by the caller via `release`). */
function members(rt: Runtime, other: PyObject): { items: PyObject[]; release: () => void } {
  if (other instanceof PySet) return { items: other.keys(), release: () => {} };
  const items = collect(rt, other);
  return { items, release: () => items.forEach((x) => rt.heap.decref(x)) };
}

function resultType(rt: Runtime, self: PySet): PyType {
  return self.type.isSubtypeOf(rt.types.frozenset) ? rt.types.frozenset : rt.types.set;
}

export function setUnion(rt: Runtime, self: PySet, others: PyObject[]): PySet {
  const out = newSet(rt, resultType(rt, self), self.keys());
  for (const other of others) {
    const { items, release } = members(rt, other);
    for (const x of items) setAdd(rt, out, x);
    release();
  }
  return out;
}

export function setIntersection(rt: Runtime, self: PySet, other: PyObject): PySet {
  const { items, release } = members(rt, other);
  // CPython iterates the smaller set when both are sets.
  const source = other instanceof PySet && other.used > self.used ? self.keys() : items;
  const probe = other instanceof PySet && other.used > self.used ? other : self;
  const out = newSet(rt, resultType(rt, self), source.filter((x) => setLookup(rt, probe, x) >= 0));
  release();
  return out;
}

export function setDifference(rt: Runtime, self: PySet, other: PyObject): PySet {
  const { items, release } = members(rt, other);
  const exclude = other instanceof PySet ? other : newSet(rt, rt.types.set, items);
  const out = newSet(rt, resultType(rt, self), self.keys().filter((x) => setLookup(rt, exclude, x) < 0));
  if (exclude !== other) rt.heap.decref(exclude);
  release();
  return out;
}

export function setSymmetricDifference(rt: Runtime, self: PySet, other: PyObject): PySet {
  const { items, release } = members(rt, other);
  const out = newSet(rt, resultType(rt, self), self.keys());
  for (const x of items) {
    if (!setDiscard(rt, out, x)) setAdd(rt, out, x);
  }
  release();
  return out;
}

type Method = (rt: Runtime, self: PySet, args: PyObject[]) => PyObject;

function isSubset(rt: Runtime, a: PyObject[], b: PySet): boolean {
  return a.every((x) => setLookup(rt, b, x) >= 0);
}

const SHARED: Record<string, Method> = {
  union: (rt, self, args) => setUnion(rt, self, args),
  intersection: (rt, self, args) => args.reduce<PySet>((acc, o) => {
    const next = setIntersection(rt, acc, o);
    if (acc !== self) rt.heap.decref(acc);
    return next;
  }, rt.heap.incref(self)),
  difference: (rt, self, args) => args.reduce<PySet>((acc, o) => {
    const next = setDifference(rt, acc, o);
    if (acc !== self) rt.heap.decref(acc);
    return next;
  }, rt.heap.incref(self)),
  symmetric_difference: (rt, self, args) => setSymmetricDifference(rt, self, args[0]!),
  issubset: (rt, self, args) => {
    const { items, release } = members(rt, args[0]!);
    const other = newSet(rt, rt.types.set, items);
    const ok = isSubset(rt, self.keys(), other);
    rt.heap.decref(other);
    release();
    return rt.bool(ok);
  },
  issuperset: (rt, self, args) => {
    const { items, release } = members(rt, args[0]!);
    const ok = isSubset(rt, items, self);
    release();
    return rt.bool(ok);
  },
  isdisjoint: (rt, self, args) => {
    const { items, release } = members(rt, args[0]!);
    const ok = items.every((x) => setLookup(rt, self, x) < 0);
    release();
    return rt.bool(ok);
  },
  copy: (rt, self) => (self.type === rt.types.frozenset ? rt.heap.incref(self) : newSet(rt, resultType(rt, self), self.keys())),
};

const MUTATING: Record<string, Method> = {
  add: (rt, self, args) => {
    setAdd(rt, self, args[0]!);
    return rt.none();
  },
  remove: (rt, self, args) => {
    if (!setDiscard(rt, self, args[0]!)) rt.raiseWith(rt.types.KeyError, args[0]!);
    return rt.none();
  },
  discard: (rt, self, args) => {
    setDiscard(rt, self, args[0]!);
    return rt.none();
  },
  pop: (rt, self) => setPop(rt, self),
  clear: (rt, self) => {
    setClear(rt, self);
    return rt.none();
  },
  update: (rt, self, args) => {
    for (const other of args) {
      const { items, release } = members(rt, other);
      for (const x of items) setAdd(rt, self, x);
      release();
    }
    return rt.none();
  },
  difference_update: (rt, self, args) => {
    for (const other of args) {
      const { items, release } = members(rt, other);
      for (const x of items) setDiscard(rt, self, x);
      release();
    }
    return rt.none();
  },
  intersection_update: (rt, self, args) => {
    if (args.length === 0) return rt.none();
    const kept = SHARED.intersection!(rt, self, args) as PySet;
    setClear(rt, self);
    for (const x of kept.keys()) setAdd(rt, self, x);
    rt.heap.decref(kept);
    return rt.none();
  },
};

// How many arguments each method takes (the rest take any number); none takes keywords.
const EXACTLY_ONE = new Set(['add', 'remove', 'discard', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference']);
const NONE = new Set(['pop', 'clear', 'copy']);

export function installSetMethods(rt: Runtime): void {
  const wrap = (name: string, m: Method): BuiltinImpl => (self, args, kwargs) => {
    const qualified = `${(self as PySet).type.name}.${name}`;
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${qualified}() takes no keyword arguments`);
    if (EXACTLY_ONE.has(name) && args.length !== 1) rt.raise(rt.types.TypeError, `${qualified}() takes exactly one argument (${args.length} given)`);
    if (NONE.has(name) && args.length !== 0) rt.raise(rt.types.TypeError, `${qualified}() takes no arguments (${args.length} given)`);
    return m(rt, self as PySet, args);
  };
  for (const [name, m] of Object.entries(SHARED)) {
    rt.types.set.methods.set(name, wrap(name, m));
    rt.types.frozenset.methods.set(name, wrap(name, m));
  }
  for (const [name, m] of Object.entries(MUTATING)) rt.types.set.methods.set(name, wrap(name, m));
}
