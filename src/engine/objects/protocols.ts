// The abstract object protocols the VM and built-ins use: truth, equality and ordering, hashing,
// length, membership, iteration, subscripts.
import type { Runtime } from '../vm/runtime';
import type { CmpOpName } from '../syntax/ast';
import { PyObject } from './object';
import { PyEllipsis, PyFloat, PyInt, PyNone, PyStr, normInt, toBig } from './scalars';
import { PyDict, PyDictView, PyList, PyMappingProxy, PyRange, PySlice, PyTuple } from './containers';
import { PyGenericIter, PyRangeIter, PySeqIter } from './iterators';
import { repr } from './repr';
import { COMPARE_DUNDERS, callDunder, findDunder, tryDunder } from './dunders';
import { PyMethod, lookupInMro } from './classes';
import { PyMethodWrapper } from './descriptors';
import { PyType } from './object';
import { PyGenerator } from './generators';
import { PySet, setLookup } from './sets';
import { pyHash, raiseUnhashable, type HashRole } from './pyhash';
import { PyRaise } from './exceptions';
import { sliceIndices, sliceParts } from './slices';
import { dictViewCompare } from './dictviewsets';
import { PyByteArray, PyBytes, compareBytes, indexOfBytes, isBytesLike, latin1OfBytes, sameBytes } from './bytes';

export { sliceIndices };

export function isTrue(rt: Runtime, o: PyObject): boolean {
  if (o.type.isHeapType) {
    const b = callDunder(rt, o, '__bool__', []);
    if (b) {
      const ok = b === rt.True;
      if (b !== rt.True && b !== rt.False) {
        rt.heap.decref(b);
        rt.raise(rt.types.TypeError, `__bool__ should return bool, returned ${b.type.name}`);
      }
      rt.heap.decref(b);
      return ok;
    }
    if (findDunder(o, '__len__')) return length(rt, o) > 0;
    // Otherwise a subclass of a built-in type is true as its base decides; a plain instance is true.
  }
  if (o instanceof PyInt) return o.value !== 0 && o.value !== 0n;
  if (o instanceof PyNone) return false;
  if (o instanceof PyFloat) return o.value !== 0;
  if (o instanceof PyStr) return o.value.length > 0;
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.data.length > 0;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
  if (o instanceof PyDict) return o.entries.size > 0;
  if (o instanceof PyDictView) return o.dict.entries.size > 0;
  if (o instanceof PySet) return o.used > 0;
  if (o instanceof PyRange) return o.length > 0;
  if (o.type.nativeSequence) return o.type.nativeSequence.length(o) > 0;
  return true;
}

/** A string that identifies hash-equal keys (1 == 1.0 == True share one). Raises for unhashable types. */
export function hashKey(rt: Runtime, o: PyObject, role: HashRole = null): string {
  if (o.type.isHeapType) {
    const h = findDunder(o, '__hash__');
    if (h === rt.None) raiseUnhashable(rt, o, role);
    const value = callDunder(rt, o, '__hash__', []);
    if (value) {
      const key = value instanceof PyInt ? `n${value.value}` : null;
      rt.heap.decref(value);
      if (key === null) rt.raise(rt.types.TypeError, '__hash__ method should return an integer');
      // Equal hashes stand for equal objects here: classes that define both keep them consistent.
      return key!;
    }
  }
  if (o instanceof PyStr) return `s${o.value}`;
  if (o instanceof PyInt) return `n${o.value}`;
  if (o instanceof PyBytes) return `y${latin1OfBytes(o.data)}`;
  if (o instanceof PyFloat) {
    if (Number.isInteger(o.value)) return `n${BigInt(o.value)}`;
    return Number.isNaN(o.value) ? `nan${o.id}` : `f${o.value}`;
  }
  if (o instanceof PyNone) return 'None';
  if (o instanceof PyEllipsis) return 'Ellipsis';
  if (o instanceof PyTuple) return `t(${o.items.map((x) => hashKey(rt, x, role)).join(',')})`;
  if (o instanceof PySet) return `fz${pyHash(rt, o, role)}`;
  if (o instanceof PySlice && rt.profile.builtins.hashableSlices) return `sl(${sliceParts(o).map((x) => hashKey(rt, x, role)).join(',')})`;
  if (o instanceof PyList || o instanceof PyDict || o instanceof PySlice || o instanceof PyByteArray || o.type.unhashable) raiseUnhashable(rt, o, role);
  return `id${o.id}`;
}

/**
 * A big int against a float, exactly as CPython's float_richcompare does it (no rounding of the int):
 * -1, 0 or 1, NaN when the float is a NaN. (Small ints are JavaScript numbers and compare exactly already.)
 */
function intFloatOrder(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (!Number.isFinite(f)) return f > 0 ? -1 : 1;
  const whole = BigInt(Math.trunc(f));
  if (i !== whole) return i < whole ? -1 : 1;
  const frac = f - Math.trunc(f);
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/** Python orders str by code point; JavaScript's < compares UTF-16 units, which puts astral characters too early. */
function codePointOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitRank(x) < unitRank(y) ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Surrogates (astral code points) rank above every other BMP unit, as their code points do. */
function unitRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

function numeric(o: PyObject): number | bigint | null {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyFloat) return o.value;
  return null;
}

export function equals(rt: Runtime, a: PyObject, b: PyObject): boolean {
  // A natively implemented tp_richcompare (deque) decides, as PyObject_RichCompare asks it first.
  if (a.type.nativeRichCompare || b.type.nativeRichCompare) {
    const native = nativeCompare(rt, 'Eq', a, b);
    if (native) return truthOf(rt, native);
  }
  if (a.type.isHeapType || b.type.isHeapType) {
    const decided = richCompareUser(rt, 'Eq', a, b);
    if (decided) return truthOf(rt, decided);
  }
  return builtinEquals(rt, a, b);
}

/** Equality without the classes' __eq__: identity, or the built-in equality of the bases (a list subclass equals a list). */
export function builtinEquals(rt: Runtime, a: PyObject, b: PyObject): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.value));
  const viewEqual = dictViewCompare(rt, 'Eq', a, b);
  if (viewEqual !== null) return viewEqual;
  if (a instanceof PyMethod && b instanceof PyMethod) return a.func === b.func && a.self === b.self;
  const x = numeric(a);
  const y = numeric(b);
  if (x !== null && y !== null) {
    if (typeof x === 'bigint' && typeof y === 'number') return intFloatOrder(x, y) === 0;
    if (typeof x === 'number' && typeof y === 'bigint') return intFloatOrder(y, x) === 0;
    if (typeof x === 'bigint' || typeof y === 'bigint') return toBig(x) === toBig(y);
    return x === y;
  }
  if (a instanceof PyStr && b instanceof PyStr) return a.value === b.value;
  if (isBytesLike(a) && isBytesLike(b)) return sameBytes(a.data, b.data);
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    if (a.items.length !== b.items.length) return false;
    // Items compare as PyObject_RichCompareBool does: an item is equal to itself (a NaN too) without asking.
    return a.items.every((item, i) => item === b.items[i] || equals(rt, item, b.items[i]!));
  }
  if (a instanceof PySlice && b instanceof PySlice) return sliceParts(a).every((part, i) => equals(rt, part, sliceParts(b)[i]!));
  if (a instanceof PySet && b instanceof PySet) return a.used === b.used && a.keys().every((k) => setLookup(rt, b, k) >= 0);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, { value }] of a.entries) {
      const other = b.entries.get(k);
      if (!other || (value !== other.value && !equals(rt, value, other.value))) return false;
    }
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    return a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
  }
  return false;
}

const SYMBOLS: Record<string, string> = { Lt: '<', LtE: '<=', Gt: '>', GtE: '>=' };

/**
 * A class's __eq__/__lt__/… (then the other operand's reflection) as the object it returned (a new
 * reference); undefined when neither decides. object.__ne__ inverts __eq__ into a bool.
 */
function richCompareUser(rt: Runtime, op: CmpOpName, a: PyObject, b: PyObject): PyObject | undefined {
  const [own, reflected] = COMPARE_DUNDERS[op]!;
  // When b's class derives from a's, b's reflected method goes first (do_richcompare), and only once.
  const subclassFirst = a.type !== b.type && b.type.isSubtypeOf(a.type);
  const result = subclassFirst
    ? (tryDunder(rt, b, reflected, [a]) ?? tryDunder(rt, a, own, [b]))
    : (tryDunder(rt, a, own, [b]) ?? tryDunder(rt, b, reflected, [a]));
  if (result || op !== 'NotEq') return result ?? undefined;
  const eq = subclassFirst
    ? (tryDunder(rt, b, '__eq__', [a]) ?? tryDunder(rt, a, '__eq__', [b]))
    : (tryDunder(rt, a, '__eq__', [b]) ?? tryDunder(rt, b, '__eq__', [a]));
  if (!eq) return undefined;
  const inverted = !isTrue(rt, eq);
  rt.heap.decref(eq);
  return rt.bool(inverted);
}

function truthOf(rt: Runtime, result: PyObject): boolean {
  try {
    return isTrue(rt, result);
  } finally {
    rt.heap.decref(result);
  }
}

/** The comparison operators: whatever a class's dunder returned (CPython does not coerce it), else a bool. */
export function compareObject(rt: Runtime, op: CmpOpName, a: PyObject, b: PyObject): PyObject {
  const native = nativeCompare(rt, op, a, b);
  if (native) return native;
  if (a.type.isHeapType || b.type.isHeapType) {
    const decided = richCompareUser(rt, op, a, b);
    if (decided) return decided;
  }
  return rt.bool(compare(rt, op, a, b));
}

const SWAPPED: Record<CmpOpName, CmpOpName> = { Lt: 'Gt', LtE: 'GtE', Eq: 'Eq', NotEq: 'NotEq', Gt: 'Lt', GtE: 'LtE' } as Record<CmpOpName, CmpOpName>;

/**
 * A natively implemented tp_richcompare on either side (the right operand's with the reflected operator);
 * null when neither has one or both return NotImplemented (the default comparison then decides).
 */
function nativeCompare(rt: Runtime, op: CmpOpName, a: PyObject, b: PyObject): PyObject | null {
  const attempts: [PyObject, CmpOpName, PyObject][] = [[a, op, b], [b, SWAPPED[op], a]];
  for (const [self, selfOp, other] of attempts) {
    const slot = self.type.nativeRichCompare;
    if (!slot) continue;
    const result = slot(selfOp as never, self, other);
    if (result !== rt.NotImplemented) return result;
    rt.heap.decref(result);
  }
  return null;
}

/** Rich comparison reduced to its truth value (sorting, min/max, containment, ==). */
export function compare(rt: Runtime, op: CmpOpName, a: PyObject, b: PyObject): boolean {
  const native = nativeCompare(rt, op, a, b);
  if (native) return truthOf(rt, native);
  if (a.type.isHeapType || b.type.isHeapType) {
    const decided = richCompareUser(rt, op, a, b);
    if (decided) return truthOf(rt, decided);
    if (op === 'Eq') return builtinEquals(rt, a, b);
    if (op === 'NotEq') return !builtinEquals(rt, a, b);
  }
  const viewResult = dictViewCompare(rt, op, a, b);
  if (viewResult !== null) return viewResult;
  if (op === 'Eq') return equals(rt, a, b);
  if (op === 'NotEq') return !equals(rt, a, b);
  const order = orderOf(rt, op, a, b);
  switch (op) {
    case 'Lt': return order < 0;
    case 'LtE': return order <= 0;
    case 'Gt': return order > 0;
    case 'GtE': return order >= 0;
    default: throw new Error(`not a rich comparison: ${op}`);
  }
}

/** Three-way order (NaN compares false everywhere: returned as NaN). */
function orderOf(rt: Runtime, op: CmpOpName, a: PyObject, b: PyObject): number {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== null && y !== null) {
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    if (typeof x === 'number' && typeof y === 'bigint') return -intFloatOrder(y, x);
    if (typeof x === 'bigint' && typeof y === 'number') return intFloatOrder(x, y);
    const bx = toBig(x);
    const by = toBig(y);
    return bx < by ? -1 : bx > by ? 1 : 0;
  }
  if (a instanceof PyStr && b instanceof PyStr) return codePointOrder(a.value, b.value);
  if (isBytesLike(a) && isBytesLike(b)) return compareBytes(a.data, b.data);
  if (a instanceof PySet && b instanceof PySet) {
    // Set order is inclusion: < and > are proper subset and superset.
    const aInB = a.keys().every((k) => setLookup(rt, b, k) >= 0);
    const bInA = b.keys().every((k) => setLookup(rt, a, k) >= 0);
    if (aInB && bInA) return 0;
    if (aInB) return -1;
    if (bInA) return 1;
    return NaN;
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) return sequenceOrder(rt, op, a.items, b.items);
  // Slices compare as the tuples (start, stop, step).
  if (a instanceof PySlice && b instanceof PySlice) return sequenceOrder(rt, op, sliceParts(a), sliceParts(b));
  return rt.raise(rt.types.TypeError, `'${SYMBOLS[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
}

/**
 * Lexicographic order: the first items that are not equal (identical ones are, without asking) decide by
 * `op` itself, which may call a class's __lt__ and friends; else the shorter sequence is smaller.
 */
function sequenceOrder(rt: Runtime, op: CmpOpName, a: readonly PyObject[], b: readonly PyObject[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i] || equals(rt, a[i]!, b[i]!)) continue;
    const holds = compare(rt, op, a[i]!, b[i]!);
    const lessSide = op === 'Lt' || op === 'LtE';
    return holds === lessSide ? -1 : 1;
  }
  return a.length - b.length;
}

export function length(rt: Runtime, o: PyObject): number {
  const custom = callDunder(rt, o, '__len__', []);
  if (custom) {
    const n = custom instanceof PyInt ? Number(custom.value) : null;
    rt.heap.decref(custom);
    if (n === null) rt.raise(rt.types.TypeError, `'${custom.type.name}' object cannot be interpreted as an integer`);
    if (n! < 0) rt.raise(rt.types.ValueError, '__len__() should return >= 0');
    return n!;
  }
  if (o instanceof PyStr) return o.length;
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.data.length;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.entries.size;
  if (o instanceof PyDictView) return o.dict.entries.size;
  if (o instanceof PyMappingProxy) return o.mapping.entries.size;
  if (o instanceof PySet) return o.used;
  if (o instanceof PyRange) return o.length;
  if (o.type.nativeSequence) return o.type.nativeSequence.length(o);
  return rt.raise(rt.types.TypeError, `object of type '${o.type.name}' has no len()`);
}

export function contains(rt: Runtime, container: PyObject, item: PyObject): boolean {
  const custom = callDunder(rt, container, '__contains__', [item]);
  if (custom) {
    const value = isTrue(rt, custom);
    rt.heap.decref(custom);
    return value;
  }
  if (findDunder(container, '__iter__')) return collect(rt, container).some((x) => {
    const same = x === item || equals(rt, x, item);
    rt.heap.decref(x);
    return same;
  });
  if (container instanceof PyStr) {
    if (!(item instanceof PyStr)) rt.raise(rt.types.TypeError, `'in <string>' requires string as left operand, not ${item.type.name}`);
    return container.value.includes(item.value);
  }
  if (isBytesLike(container)) return bytesContains(rt, container.data, item);
  if (container instanceof PyList || container instanceof PyTuple) return container.items.some((x) => x === item || equals(rt, x, item));
  if (container instanceof PyDict) return container.entries.has(hashKey(rt, item));
  if (container instanceof PyMappingProxy) return container.mapping.entries.has(hashKey(rt, item));
  if (container instanceof PyDictView) {
    const d = container.dict;
    if (container.kind === 'keys') return d.entries.has(hashKey(rt, item));
    if (container.kind === 'values') return [...d.entries.values()].some((e) => e.value === item || equals(rt, e.value, item));
    if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
    const entry = d.entries.get(hashKey(rt, item.items[0]!));
    return !!entry && (entry.value === item.items[1] || equals(rt, entry.value, item.items[1]!));
  }
  if (container instanceof PySet) return setLookup(rt, container, item) >= 0;
  if (container.type.nativeSequence) return container.type.nativeSequence.contains(container, item);
  if (container instanceof PyRange) {
    if (!(item instanceof PyInt)) return false;
    const v = Number(item.value);
    if (container.step > 0 ? v < container.start || v >= container.stop : v > container.start || v <= container.stop) return false;
    return (v - container.start) % container.step === 0;
  }
  return rt.raise(rt.types.TypeError, `argument of type '${container.type.name}' is not iterable`);
}

/** iter(o): a new reference to an iterator. */
export function getIter(rt: Runtime, o: PyObject): PyObject {
  const { types, heap } = rt;
  const custom = callDunder(rt, o, '__iter__', []);
  if (custom) {
    if (!findDunder(custom, '__next__') && !(custom instanceof PySeqIter || custom instanceof PyRangeIter || custom instanceof PyGenericIter || custom instanceof PyGenerator)) {
      const name = custom.type.name;
      rt.heap.decref(custom);
      rt.raise(rt.types.TypeError, `iter() returned non-iterator of type '${name}'`);
    }
    return custom;
  }
  if (o instanceof PyList) return heap.register(new PySeqIter(types.list_iterator, heap.incref(o, 'item')));
  if (o instanceof PyTuple) return heap.register(new PySeqIter(types.tuple_iterator, heap.incref(o, 'item')));
  if (o instanceof PyStr) return heap.register(new PySeqIter(types.str_ascii_iterator, heap.incref(o, 'item')));
  if (o instanceof PyBytes) return heap.register(new PySeqIter(types.bytes_iterator, heap.incref(o, 'item')));
  if (o instanceof PyByteArray) return heap.register(new PySeqIter(types.bytearray_iterator, heap.incref(o, 'item')));
  if (o instanceof PyRange) return heap.register(new PyRangeIter(types.range_iterator, o.start, o.step, o.length));
  if (o instanceof PyDict) return dictIter(rt, o, 'keys');
  if (o instanceof PyDictView) return dictIter(rt, o.dict, o.kind);
  if (o instanceof PyMappingProxy) return dictIter(rt, o.mapping, 'keys');
  if (o instanceof PySet) {
    const keys = o.keys();
    const size = o.used;
    let i = 0;
    return heap.register(new PyGenericIter(types.set_iterator, [heap.incref(o, 'item')], () => {
      if (o.used !== size) rt.raise(rt.types.RuntimeError, 'Set changed size during iteration');
      const k = keys[i++];
      return k ? heap.incref(k) : null;
    }));
  }
  if (o.type.nativeSequence) return o.type.nativeSequence.iter(o);
  if (o instanceof PyGenericIter && o.beforeIter) o.beforeIter();
  if (o instanceof PySeqIter || o instanceof PyRangeIter || o instanceof PyGenericIter || o instanceof PyGenerator) return heap.incref(o);
  return rt.raise(rt.types.TypeError, `'${o.type.name}' object is not iterable`);
}

export function dictIter(rt: Runtime, d: PyDict, kind: 'keys' | 'values' | 'items', reverse = false): PyGenericIter {
  const { types, heap } = rt;
  const entries = [...d.entries.values()];
  if (reverse) entries.reverse();
  const size = d.entries.size;
  let i = 0;
  const type = reverse
    ? (kind === 'keys' ? types.dict_reversekeyiterator : kind === 'values' ? types.dict_reversevalueiterator : types.dict_reverseitemiterator)
    : (kind === 'keys' ? types.dict_keyiterator : kind === 'values' ? types.dict_valueiterator : types.dict_itemiterator);
  const iter: PyGenericIter = new PyGenericIter(type, [heap.incref(d, 'item')], (self) => {
    if (d.entries.size !== size) rt.raise(rt.types.RuntimeError, 'dictionary changed size during iteration');
    const e = entries[i++];
    if (!e) return null;
    if (kind === 'keys') return heap.incref(e.key);
    if (kind === 'values') return heap.incref(e.value);
    return refillResultTuple(rt, self, [e.key, e.value]);
  });
  heap.register(iter);
  if (kind === 'items') iter.result = rt.tuple([rt.none(), rt.none()]);
  return iter;
}

/**
 * Returns the iterator's cached result tuple filled with `items` when only the iterator holds it
 * (so the tuple is reused), else a fresh tuple. Items are borrowed; the tuple takes new references.
 */
export function refillResultTuple(rt: Runtime, it: PyGenericIter, items: PyObject[]): PyTuple {
  const cached = it.result;
  if (cached instanceof PyTuple && cached.refcnt === 1 && cached.items.length === items.length) {
    const old = [...cached.items];
    items.forEach((x, i) => { cached.items[i] = rt.heap.incref(x, 'item'); });
    rt.heap.incref(cached);
    rt.recorder.touch(cached);
    for (const o of old) rt.heap.decref(o, 'item');
    if (!cached.tracked) rt.gc.track(cached);
    return cached;
  }
  return rt.tuple(items.map((x) => rt.heap.incref(x, 'item')));
}

/** next(it): a new reference, or null when exhausted (the iterator then drops its sequence). */
export function iterNext(rt: Runtime, it: PyObject): PyObject | null {
  if (it instanceof PyGenerator) {
    const result = rt.resumeGenerator(it, rt.None, null);
    if (!result.done) return result.value;
    rt.heap.decref(result.value);
    return null;
  }
  if (it.type.isHeapType && findDunder(it, '__next__')) {
    try {
      return callDunder(rt, it, '__next__', [])!;
    } catch (error) {
      if (error instanceof PyRaise && error.exc.type.isSubtypeOf(rt.types.StopIteration)) {
        rt.heap.decref(error.exc);
        return null;
      }
      throw error;
    }
  }
  if (it instanceof PySeqIter) {
    const seq = it.seq;
    if (!seq) return null;
    if (seq instanceof PyStr) {
      const chars = [...seq.value];
      if (it.index < chars.length) {
        const i = it.index++;
        return rt.str(chars[it.reversed ? chars.length - 1 - i : i]!);
      }
    } else if (seq instanceof PyBytes || seq instanceof PyByteArray) {
      // A bytearray iterator reads the current length each time: it sees appends made while iterating.
      if (it.index < seq.data.length) return rt.int(seq.data[it.index++]!);
    } else {
      const items = (seq as PyList | PyTuple).items;
      if (it.index < items.length) {
        const i = it.index++;
        return rt.heap.incref(items[it.reversed ? items.length - 1 - i : i]!);
      }
    }
    it.seq = null;
    rt.recorder.touch(it);
    rt.heap.decref(seq, 'item');
    return null;
  }
  if (it instanceof PyRangeIter) {
    if (it.remaining <= 0) return null;
    it.remaining--;
    const v = it.next;
    it.next += it.step;
    return rt.int(v);
  }
  if (it instanceof PyGenericIter) {
    const next = it.nextItem(it);
    if (next === null && it.sources.length > 0 && !it.keepsSources) {
      const sources = it.sources;
      it.sources = [];
      rt.recorder.touch(it);
      for (const s of sources) rt.heap.decref(s, 'item');
    }
    return next;
  }
  return rt.raise(rt.types.TypeError, `'${it.type.name}' object is not an iterator`);
}

/** Whether iter(o) would succeed (the iterator made to find out is released at once). */
export function isIterable(rt: Runtime, o: PyObject): boolean {
  try {
    rt.heap.decref(getIter(rt, o));
    return true;
  } catch (error) {
    if (!(error instanceof PyRaise)) throw error;
    rt.heap.decref(error.exc);
    return false;
  }
}

/** Collects an iterable into new references (for list(), tuple(), unpacking, extend). */
export function collect(rt: Runtime, iterable: PyObject): PyObject[] {
  // The exact-type fast path (a subclass may override __iter__).
  if ((iterable instanceof PyList || iterable instanceof PyTuple) && !iterable.type.isHeapType) return iterable.items.map((x) => rt.heap.incref(x, 'item'));
  const it = getIter(rt, iterable);
  const out: PyObject[] = [];
  try {
    for (let x = iterNext(rt, it); x !== null; x = iterNext(rt, it)) out.push(x);
  } finally {
    rt.heap.decref(it);
  }
  return out;
}

function indexOf(rt: Runtime, o: PyObject, what: string): number {
  if (o instanceof PyInt) {
    const v = o.value;
    if (typeof v === 'bigint') rt.raise(rt.types.IndexError, `cannot fit 'int' into an index-sized integer`);
    return v;
  }
  return rt.raise(rt.types.TypeError, `${what} indices must be integers or slices, not ${o.type.name}`);
}

function builtinRootOf(cls: PyType): PyType {
  return cls.mro.find((m) => !m.isHeapType)!;
}

/** container[key]: a new reference. */
export function getItem(rt: Runtime, container: PyObject, key: PyObject): PyObject {
  if (container instanceof PyMappingProxy) return getItem(rt, container.mapping, key);
  const custom = callDunder(rt, container, '__getitem__', [key]);
  if (custom) return custom;
  if (container instanceof PyDict) {
    const entry = container.entries.get(hashKey(rt, key));
    if (entry) return rt.heap.incref(entry.value);
    // dict_subscript: a subclass's __missing__ answers for an absent key.
    const missing = callDunder(rt, container, '__missing__', [key]);
    if (missing) return missing;
    return rt.raiseWith(rt.types.KeyError, key);
  }
  if (container instanceof PyType && container.isHeapType) {
    // PEP 560: C[x] calls the class's __class_getitem__ (an implicit classmethod).
    const hook = lookupInMro(container, '__class_getitem__');
    if (hook) return rt.call(hook instanceof PyMethodWrapper ? hook.func : hook, hook instanceof PyMethodWrapper ? [container, key] : [key]);
  }
  if (container instanceof PyList || container instanceof PyTuple || container instanceof PyStr) {
    const name = container instanceof PyStr ? 'string' : container instanceof PyList ? 'list' : 'tuple';
    if (key instanceof PySlice) {
      const len = container instanceof PyStr ? container.length : container.items.length;
      const [start, , step, count] = sliceIndices(rt, key, len);
      if (container instanceof PyStr) {
        const chars = [...container.value];
        let out = '';
        for (let i = 0, j = start; i < count; i++, j += step) out += chars[j];
        return rt.str(out);
      }
      const items: PyObject[] = [];
      for (let i = 0, j = start; i < count; i++, j += step) items.push(rt.heap.incref(container.items[j]!, 'item'));
      if (container instanceof PyTuple && count === container.items.length && step === 1) {
        for (const x of items) rt.heap.decref(x, 'item');
        return rt.heap.incref(container);
      }
      return container instanceof PyList ? rt.list(items) : rt.tuple(items);
    }
    let i = indexOf(rt, key, name === 'string' ? 'string' : name);
    const len = container instanceof PyStr ? container.length : container.items.length;
    if (i < 0) i += len;
    if (i < 0 || i >= len) rt.raise(rt.types.IndexError, `${name} index out of range`);
    if (container instanceof PyStr) return rt.str([...container.value][i]!);
    return rt.heap.incref(container.items[i]!);
  }
  if (isBytesLike(container)) return bytesItem(rt, container, key);
  if (container.type.nativeSequence) return container.type.nativeSequence.item(container, sequenceIndex(rt, container, key));
  if (container instanceof PyRange) {
    let i = indexOf(rt, key, 'range');
    if (i < 0) i += container.length;
    if (i < 0 || i >= container.length) rt.raise(rt.types.IndexError, 'range object index out of range');
    return rt.int(container.start + i * container.step);
  }
  if (container instanceof PyType) {
    // Built-in generics (list[int], dict[str, int]…) make a types.GenericAlias, which is not modelled.
    const t = rt.types;
    const generic = [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type, t.enumerate].some((g) => container.isSubtypeOf(g)) || container.nativeSequence !== null;
    if (generic) rt.unsupported(`${container.name}[...] (types.GenericAlias)`);
    if (container.isHeapType && builtinRootOf(container) !== t.object && !builtinRootOf(container).isSubtypeOf(t.BaseException)) rt.unsupported(`${container.name}[...]`);
    return rt.raise(rt.types.TypeError, `type '${container.name}' is not subscriptable`);
  }
  return rt.raise(rt.types.TypeError, `'${container.type.name}' object is not subscriptable`);
}

/**
 * The index PySequence_GetItem / SetItem / DelItem pass to a native type's sq_item: an int or __index__
 * ("sequence index must be integer, not 'str'"), within Py_ssize_t, negative counted once from the end.
 */
export function sequenceIndex(rt: Runtime, container: PyObject, key: PyObject): number {
  const isIndex = key instanceof PyInt || (key.type.isHeapType && !!findDunder(key, '__index__'));
  if (!isIndex) rt.raise(rt.types.TypeError, `sequence index must be integer, not '${key.type.name}'`);
  let i: number | bigint;
  if (key instanceof PyInt) i = key.value;
  else {
    const r = callDunder(rt, key, '__index__', [])!;
    if (!(r instanceof PyInt)) {
      rt.heap.decref(r);
      rt.raise(rt.types.TypeError, `__index__ returned non-int (type ${r.type.name})`);
    }
    i = (r as PyInt).value;
    rt.heap.decref(r);
  }
  if (typeof i === 'bigint' || !Number.isSafeInteger(i) || Math.abs(i) > 2 ** 63) rt.raise(rt.types.IndexError, `cannot fit 'int' into an index-sized integer`);
  const n = i as number;
  return n < 0 ? n + container.type.nativeSequence!.length(container) : n;
}

export function normalizeIndex(rt: Runtime, list: PyList, key: PyObject, what: string): number {
  let i = indexOf(rt, key, 'list');
  if (i < 0) i += list.items.length;
  if (i < 0 || i >= list.items.length) rt.raise(rt.types.IndexError, what);
  return i;
}

export { repr, normInt };

/** `item in b` for bytes and bytearray: an int byte value or a bytes-like substring. */
function bytesContains(rt: Runtime, data: Uint8Array, item: PyObject): boolean {
  if (item instanceof PyInt) {
    const v = item.value;
    if (v < 0 || v > 255) rt.raise(rt.types.ValueError, 'byte must be in range(0, 256)');
    return data.includes(Number(v));
  }
  if (isBytesLike(item)) return indexOfBytes(data, item.data) >= 0;
  return rt.raise(rt.types.TypeError, `a bytes-like object is required, not '${item.type.name}'`);
}

/** b[i] is an int, b[i:j] a new object of the same type. */
function bytesItem(rt: Runtime, container: PyBytes | PyByteArray, key: PyObject): PyObject {
  const data = container.data;
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(rt, key, data.length);
    if (container instanceof PyBytes && step === 1 && count === data.length && container.type === rt.types.bytes) return rt.heap.incref(container);
    const out = new Uint8Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = data[j]!;
    return container instanceof PyBytes ? rt.bytes(out) : rt.bytearray(out);
  }
  if (!(key instanceof PyInt)) return rt.raise(rt.types.TypeError, `byte indices must be integers or slices, not ${key.type.name}`);
  let i = indexOf(rt, key, 'byte');
  if (i < 0) i += data.length;
  if (i < 0 || i >= data.length) rt.raise(rt.types.IndexError, container instanceof PyBytes ? 'index out of range' : 'bytearray index out of range');
  return rt.int(data[i]!);
}
