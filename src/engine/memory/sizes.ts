// sys.getsizeof and the bytes an allocation requests, per type (cpython-memory-facts.md §4).
import type { Profile } from '../profiles/types';
import { PyObject, type PyType } from '../objects/object';
import { PyFloat, PyInt, PyStr, toBig } from '../objects/scalars';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { PySet, setSize } from '../objects/sets';
import { PyByteArray, PyBytes } from '../objects/bytes';
import { PyException } from '../objects/exceptions';
import { PyWeakref } from '../objects/weakref';

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
  const utf8 = profile.sizes.latin1SingletonUtf8 && s.length === 1 && max < 256 ? 3 : 0;
  return profile.sizes.compactStrHeader - 1 + width * (s.length + 1) + utf8;
}

/** dict: 48-byte struct plus its keys table when it has one (§4.4). */
function dictSize(d: PyDict): number {
  if (d.freshSharedKeys && d.entries.size < 30) return 48 + 8 * 30;
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

/**
 * An instance of a class: its built-in base's size with the class's additions — a pointer per __slots__
 * member, and the dict and weak reference pointers. Those go in the pre-header before the object
 * (3.11: the dict only, and not for int/tuple bases, whose dict pointer ends the object) or at the end.
 * The str base is laid out as a non-compact string (struct + separate character data).
 */
function classInstanceSize(obj: PyObject, cls: PyType, profile: Profile): number | null {
  if (cls.instanceSize !== null) return cls.instanceSize;
  const native = cls.mro.find((m) => m.instanceSize !== null);
  if (native) {
    // A subclass of a native class with its own dict pointer (types.SimpleNamespace): its slots and a weak reference list.
    const weakref = cls.hasWeakref && !native.hasWeakref ? (profile.sizes.managedWeakref ? 16 : 8) : 0;
    return native.instanceSize! + 8 * cls.memberSlots.length + weakref;
  }
  const root = cls.mro.find((m) => !m.isHeapType)!;
  const varSized = root.name === 'tuple' || root.name === 'int';
  const rootHasWeakref = root.name === 'set' || root.name === 'frozenset';
  let extra = 8 * cls.memberSlots.length + cls.mro.reduce((sum, t) => sum + t.extraBytes, 0);
  let preHeader = 0;
  if (cls.hasDict) {
    if (!profile.sizes.varSizedManagedDict && varSized) extra += 8;
    else preHeader = 16;
  }
  if (cls.hasWeakref && !rootHasWeakref) {
    if (profile.sizes.managedWeakref) preHeader = 16;
    else extra += 8;
  }
  switch (root.name) {
    case 'object': return 16 + extra + preHeader;
    case 'list': return 40 + extra + 8 * (obj as PyList).allocated + preHeader;
    case 'tuple': return 24 + extra + 8 * (obj as PyTuple).items.length + preHeader;
    case 'dict': return dictSize(obj as PyDict) + extra + preHeader;
    case 'set': case 'frozenset': return setSize(obj as PySet) + extra + preHeader;
    case 'float': return 24 + extra + preHeader;
    case 'int': return 24 + 4 * intDigits((obj as PyInt).value) + preHeader;
    case 'str': {
      const s = obj as PyStr;
      let max = 0;
      for (const ch of s.value) max = Math.max(max, ch.codePointAt(0)!);
      const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
      return profile.sizes.compactStrHeader - 1 + 8 + kind * (s.length + 1) + preHeader;
    }
    default: return null;
  }
}

/** `o.__sizeof__()`: the object's own bytes, without the GC header. */
export function sizeofWithoutHeader(obj: PyObject, profile: Profile): number {
  // PyWeakReference: header, referent, callback, hash, prev/next links and the vectorcall pointer. A subclass
  // adds a pointer per slot (KeyedRef has 'key'), or a __dict__ and a weakref list as a plain instance does.
  if (obj instanceof PyWeakref) {
    if (!obj.ownsType) return 64;
    const slots = obj.type.slots;
    // A '__weakref__' slot is a pointer on 3.11 and a managed pre-header (16 bytes) from 3.12.
    const weaklist = obj.weaklistSlot ? (profile.versionInfo[1] >= 12 ? 16 : 8) : 0;
    if (slots) return 64 + weaklist + 8 * (slots.length + (obj.type.name === 'KeyedRef' && obj.type.module === 'weakref' ? 1 : 0));
    return 64 + profile.sizes.instance - 2 * GC_HEADER;
  }
  if (obj.type.isHeapType && !(obj instanceof PyException)) {
    const size = classInstanceSize(obj, obj.type, profile);
    if (size !== null) return size;
  }
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
  if (obj.type.nativeSequence) return obj.type.nativeSequence.sizeof(obj);
  switch (obj.type.name) {
    case 'NoneType': case 'ellipsis': case 'object': return 16;
    case 'range': return 48;
    case 'function': return 144;
    case 'builtin_function_or_method': return 56;
    case 'module': return 56;
    case 'code': return 160;
    case 'slice': return 40;
    case 'traceback': return 40;
    default: return obj.type.flags.gc ? 32 : 16;
  }
}

/** What `sys.getsizeof(obj)` returns: __sizeof__ plus the GC header for container types. */
export function getsizeof(obj: PyObject, profile: Profile): number {
  return sizeofWithoutHeader(obj, profile) + (obj.type.flags.gc ? GC_HEADER : 0);
}
