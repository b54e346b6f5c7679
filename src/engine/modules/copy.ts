// The copy module: shallow and deep copies with a memo, as Lib/copy.py does for the built-in types and
// plain class instances (atoms, functions and classes are returned as they are).
import { PyByteArray } from '../objects/bytes';
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from '../objects/object';
import { PyWeakref } from '../objects/weakref';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { PyInstance, instanceSetAttr, lookupInMro } from '../objects/classes';
import { PySet } from '../objects/sets';
import { newSet } from '../objects/setmethods';
import { dictSet } from '../objects/dictops';
import { allocateInstance } from '../objects/instantiate';
import { defineModule } from './define';
import { PyException } from '../objects/exceptions';
import { hasInstanceState } from '../objects/instance';

/** The instance's __slots__ values, then its attributes (copyreg's state: the slots dict and the __dict__). */
function attributes(obj: PyInstance): [string, PyObject][] {
  const slots = [...obj.slotValues];
  if (obj.dict) {
    return [...slots, ...[...(obj.dict as PyDict).entries.values()].map(({ key, value }): [string, PyObject] => [(key as unknown as { value: string }).value, value])];
  }
  return [...slots, ...obj.values];
}

function setCopied(rt: Runtime, out: PyInstance, name: string, value: PyObject): void {
  if (out.type.memberSlots.includes(name) && !out.slotValues.has(name)) {
    out.slotValues.set(name, rt.heap.incref(value, 'attr'));
    rt.recorder.touch(out);
  } else {
    instanceSetAttr(rt, out, name, value);
  }
}

function copyInstance(rt: Runtime, obj: PyInstance, copyValue: (v: PyObject) => PyObject): PyObject {
  const custom = lookupInMro(obj.type, '__copy__');
  if (custom) rt.unsupported('classes that define __copy__/__deepcopy__');
  const out = allocateInstance(rt, obj.type, []);
  for (const [name, value] of attributes(obj)) {
    const v = copyValue(value);
    setCopied(rt, out, name, v);
    rt.heap.decref(v);
  }
  return out;
}

/** copy of a list/dict/str… subclass instance goes through __reduce_ex__, which the simulator does not model. */
function refuseBuiltinSubclass(rt: Runtime, o: PyObject): void {
  if (hasInstanceState(o) && !(o instanceof PyInstance)) rt.unsupported(`copying instances of '${o.type.name}', a subclass of a built-in type`);
}

function isAtomic(rt: Runtime, o: PyObject): boolean {
  // copy's dispatch tables treat weakref.ref as immutable; other weakref types would go through __reduce_ex__.
  if (o instanceof PyWeakref) {
    if (o.kind === 'ref' && !o.ownsType) return true;
    rt.unsupported(`copying '${o.type.name}' objects`);
  }
  return !(o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyTuple || o instanceof PyInstance || o instanceof PyByteArray)
    || o instanceof PyType;
}

/** copy.copy: a new reference. */
export function shallowCopy(rt: Runtime, o: PyObject): PyObject {
  if (o.type.nativeCopy) return o.type.nativeCopy.shallow(o);
  refuseBuiltinSubclass(rt, o);
  if (o instanceof PyList) return rt.list(o.items.map((x) => rt.heap.incref(x, 'item')));
  if (o instanceof PyDict) {
    const d = rt.dict();
    for (const { key, value } of o.entries.values()) dictSet(rt, d, key, value);
    return d;
  }
  if (o instanceof PySet) return o.type === rt.types.frozenset ? rt.heap.incref(o) : newSet(rt, rt.types.set, o.keys());
  if (o instanceof PyWeakref && isAtomic(rt, o)) return rt.heap.incref(o);
  // bytearray.__reduce_ex__ rebuilds it from a bytes copy: bytearray(b'...'), exactly allocated.
  if (o instanceof PyByteArray) return rt.bytearray(o.data.slice());
  if (o instanceof PyInstance && o.type.isHeapType && !(o instanceof PyException)) return copyInstance(rt, o, (v) => rt.heap.incref(v));
  if (o instanceof PyInstance && !(o instanceof PyException) && !o.type.isHeapType) rt.unsupported(`copying '${o.type.name}' objects`);
  return rt.heap.incref(o);
}

/** copy.deepcopy with a memo keyed by object identity. A new reference. */
export function deepCopy(rt: Runtime, o: PyObject, memo = new Map<PyObject, PyObject>()): PyObject {
  const seen = memo.get(o);
  if (seen) return rt.heap.incref(seen);
  if (o.type.nativeCopy) return o.type.nativeCopy.deep(o, (copy) => memo.set(o, copy), (item) => deepCopy(rt, item, memo));
  refuseBuiltinSubclass(rt, o);
  if (isAtomic(rt, o) || o instanceof PyException) return rt.heap.incref(o);
  if (o instanceof PyByteArray) {
    const out = rt.bytearray(o.data.slice());
    memo.set(o, out);
    return out;
  }
  if (o instanceof PyList) {
    const out = rt.list([]);
    memo.set(o, out);
    for (const item of o.items) {
      out.items.push(deepCopy(rt, item, memo));
      out.allocated = out.items.length;
    }
    rt.heap.resized(out);
    rt.recorder.touch(out);
    return out;
  }
  if (o instanceof PyTuple) {
    const items = o.items.map((x) => deepCopy(rt, x, memo));
    // A tuple whose items all copy to themselves is returned as it is.
    if (items.every((x, i) => x === o.items[i])) {
      items.forEach((x) => rt.heap.decref(x));
      return rt.heap.incref(o);
    }
    const out = rt.tuple(items);
    memo.set(o, out);
    return out;
  }
  if (o instanceof PyDict) {
    const out = rt.dict();
    memo.set(o, out);
    for (const { key, value } of [...o.entries.values()]) {
      const k = deepCopy(rt, key, memo);
      const v = deepCopy(rt, value, memo);
      dictSet(rt, out, k, v);
      rt.heap.decref(k);
      rt.heap.decref(v);
    }
    return out;
  }
  if (o instanceof PySet) {
    if (o.type === rt.types.frozenset) return rt.heap.incref(o);
    const members = o.keys().map((k) => deepCopy(rt, k, memo));
    const out = newSet(rt, rt.types.set, members);
    members.forEach((m) => rt.heap.decref(m));
    memo.set(o, out);
    return out;
  }
  if (o instanceof PyInstance && o.type.isHeapType) {
    if (lookupInMro(o.type, '__deepcopy__')) rt.unsupported('classes that define __copy__/__deepcopy__');
    const out = allocateInstance(rt, o.type, []);
    memo.set(o, out);
    for (const [name, value] of attributes(o)) {
      const v = deepCopy(rt, value, memo);
      setCopied(rt, out, name, v);
      rt.heap.decref(v);
    }
    return out;
  }
  return rt.heap.incref(o);
}

export function createCopyModule(rt: Runtime): void {
  defineModule(rt, 'copy', ({ fn }) => {
    fn('copy', (args) => shallowCopy(rt, args[0]!));
    fn('deepcopy', (args) => deepCopy(rt, args[0]!));
  });
}
