// sys.getsizeof and the bytes an allocation requests, per type (cpython-memory-facts.md §4).
import type { Profile } from '../profiles/types';
import { PyObject } from '../objects/object';
import { PyFloat, PyInt, PyStr, toBig } from '../objects/scalars';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { PySet, setSize } from '../objects/sets';
import { PyByteArray, PyBytes } from '../objects/bytes';
import { PyInstance } from '../objects/instance';
import { PyException } from '../objects/exceptions';

export const GC_HEADER = 16;

/** Digits of 30 bits each; 0 still uses one digit. */
function intDigits(value: number | bigint): number {
  let v = toBig(value);
  if (v < 0n) v = -v;
  let digits = 0;
  while (v > 0n) {
    digits++;
    v >>= 30n;
  }
  return Math.max(1, digits);
}

function strSize(s: PyStr, profile: Profile): number {
  let max = 0;
  for (const ch of s.value) max = Math.max(max, ch.codePointAt(0)!);
  if (max < 128) return profile.sizes.asciiStrHeader + s.length;
  const width = max < 256 ? 1 : max < 65536 ? 2 : 4;
  return profile.sizes.compactStrHeader - 1 + width * (s.length + 1);
}

/** dict: 48-byte struct plus its keys table when it has one (§4.4). */
function dictSize(d: PyDict): number {
  if (d.splitKeys && d.entries.size < 30) {
    // Key-sharing instance dict: a values array sized by the class's shared keys, which lose one
    // usable slot per instance created (fact sheet §4.4). With 30+ attributes it is a combined table.
    const instances = (d.splitKeys as { instancesCreated?: number }).instancesCreated ?? 1;
    return 48 + 8 * Math.max(d.entries.size, 30 - instances);
  }
  if (d.tableSize === 0) return 48;
  let allStr = true;
  for (const { key } of d.entries.values()) if (!(key instanceof PyStr)) allStr = false;
  const indexWidth = d.tableSize <= 128 ? 1 : d.tableSize <= 65535 ? 2 : 4;
  const usable = Math.floor((2 * d.tableSize) / 3);
  return 48 + 32 + d.tableSize * indexWidth + usable * (allStr ? 16 : 24);
}

/** `o.__sizeof__()`: the object's own bytes, without the GC header. */
export function sizeofWithoutHeader(obj: PyObject, profile: Profile): number {
  if (obj instanceof PyInt) return 24 + 4 * intDigits(obj.value);
  if (obj instanceof PyFloat) return 24;
  if (obj instanceof PyStr) return strSize(obj, profile);
  if (obj instanceof PyList) return 40 + 8 * obj.allocated;
  // PyBytesObject: 32-byte header (with the cached hash) + the data + its NUL; bytearray: 56 + ob_alloc.
  if (obj instanceof PyBytes) return 33 + obj.data.length;
  if (obj instanceof PyByteArray) return 56 + obj.allocated;
  if (obj instanceof PyTuple) return 24 + 8 * obj.items.length;
  if (obj instanceof PyDict) return dictSize(obj);
  if (obj instanceof PySet) return setSize(obj);
  if (obj instanceof PyInstance && !(obj instanceof PyException) && obj.type.isHeapType) {
    // Slotted instances: header + one pointer a slot; others: the fixed inline-values object (56 on 3.11, 48 after).
    return obj.type.slots ? 16 + 8 * obj.type.slots.length : profile.sizes.instance - GC_HEADER;
  }
  switch (obj.type.name) {
    case 'NoneType': case 'ellipsis': case 'object': return 16;
    case 'range': return 48;
    case 'function': return 144;
    case 'builtin_function_or_method': return 56;
    case 'module': return 56;
    case 'code': return 160;
    case 'slice': return 40;
    default: return obj.type.flags.gc ? 32 : 16;
  }
}

/** What `sys.getsizeof(obj)` returns: __sizeof__ plus the GC header for container types. */
export function getsizeof(obj: PyObject, profile: Profile): number {
  return sizeofWithoutHeader(obj, profile) + (obj.type.flags.gc ? GC_HEADER : 0);
}
