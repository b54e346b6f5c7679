// hash(obj) for every hashable type, as CPython computes it (see hash.ts for the algorithms).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyFloat, PyInt, PyNone, PyStr, toBig } from './scalars';
import { PyDict, PyList, PySlice, PyTuple } from './containers';
import { hashFloat, hashFrozenset, hashInt, hashNone, hashStr, hashTuple } from './hash';
import { callDunder, findDunder } from './dunders';
import { PySet } from './sets';

/** _Py_HashPointer: the address rotated right by 4 bits. */
function hashPointer(address: number): bigint {
  const a = BigInt(address);
  return BigInt.asIntN(64, ((a >> 4n) | (a << 60n)) & ((1n << 64n) - 1n));
}

export function pyHash(rt: Runtime, o: PyObject): bigint {
  if (o instanceof PyInt) return hashInt(toBig(o.value));
  if (o instanceof PyStr) return hashStr(o.value);
  if (o instanceof PyFloat) return Number.isNaN(o.value) ? hashPointer(o.address) : hashFloat(o.value);
  if (o instanceof PyNone) return hashNone(rt.profile, o.address);
  if (o instanceof PyTuple) return hashTuple(o.items.map((x) => pyHash(rt, x)));
  if (o instanceof PySet) {
    if (o.type === rt.types.frozenset) return hashFrozenset(o.keys().map((k) => pyHash(rt, k)));
    return rt.raise(rt.types.TypeError, "unhashable type: 'set'");
  }
  if (o instanceof PyList || o instanceof PyDict || o instanceof PySlice) return rt.raise(rt.types.TypeError, `unhashable type: '${o.type.name}'`);
  if (o.type.isHeapType) {
    if (findDunder(o, '__hash__') === rt.None) rt.raise(rt.types.TypeError, `unhashable type: '${o.type.name}'`);
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
