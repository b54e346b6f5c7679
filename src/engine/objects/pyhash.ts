// hash(obj) for every hashable type, as CPython computes it (see hash.ts for the algorithms).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyFloat, PyInt, PyNone, PyStr, toBig } from './scalars';
import { PyDict, PyList, PySlice, PyTuple } from './containers';
import { hashBytes, hashFloat, hashFrozenset, hashInt, hashNone, hashStr, hashTuple } from './hash';
import { callDunder, findDunder } from './dunders';
import { PySet } from './sets';
import { hashSlice, sliceParts } from './slices';
import { PyByteArray, PyBytes } from './bytes';

/** _Py_HashPointer: the address rotated right by 4 bits. */
function hashPointer(address: number): bigint {
  const a = BigInt(address);
  return BigInt.asIntN(64, ((a >> 4n) | (a << 60n)) & ((1n << 64n) - 1n));
}

/** Where an unhashable object was used; 3.14 names it in the message. */
export type HashRole = 'dict key' | 'set element' | null;

export function raiseUnhashable(rt: Runtime, o: PyObject, role: HashRole): never {
  const base = `unhashable type: '${o.type.name}'`;
  const message = role && rt.profile.messages.unhashableNamesRole ? `cannot use '${o.type.name}' as a ${role} (${base})` : base;
  return rt.raise(rt.types.TypeError, message);
}

export function pyHash(rt: Runtime, o: PyObject, role: HashRole = null): bigint {
  if (o instanceof PyInt) return hashInt(toBig(o.value));
  if (o instanceof PyStr) return hashStr(o.value);
  if (o instanceof PyBytes) return hashBytes(o.data);
  if (o instanceof PyFloat) return Number.isNaN(o.value) ? hashPointer(o.address) : hashFloat(o.value);
  if (o instanceof PyNone) return hashNone(rt.profile, o.address);
  if (o instanceof PyTuple) return hashTuple(o.items.map((x) => pyHash(rt, x, role)));
  if (o instanceof PySet) {
    if (o.type.isSubtypeOf(rt.types.frozenset)) return hashFrozenset(o.keys().map((k) => pyHash(rt, k)));
    return raiseUnhashable(rt, o, role);
  }
  if (o instanceof PySlice && rt.profile.builtins.hashableSlices) return hashSlice(sliceParts(o).map((x) => pyHash(rt, x, role)));
  if (o instanceof PyList || o instanceof PyDict || o instanceof PySlice || o instanceof PyByteArray || o.type.unhashable) return raiseUnhashable(rt, o, role);
  if (o.type.isHeapType) {
    if (findDunder(o, '__hash__') === rt.None) raiseUnhashable(rt, o, role);
    const value = callDunder(rt, o, '__hash__', []);
    if (value) {
      const h = value instanceof PyInt ? hashInt(toBig(value.value)) : null;
      rt.heap.decref(value);
      if (h === null) rt.raise(rt.types.TypeError, '__hash__ method should return an integer');
      return h!;
    }
  }
  return hashPointer(o.address);
}
