// The one path every reference change takes. incref/decref keep the counts that sys.getrefcount
// reports; when a count reaches zero the object is deallocated and the references it held are
// released depth-first, children before the parent's memory, as CPython's tp_dealloc chain does.
import type { RefCause } from '../../protocol/trace';
import type { Profile } from '../profiles/types';
import { PyObject } from '../objects/object';
import { hasInstanceState } from '../objects/instance';
import { PyDict } from '../objects/containers';
import { PyWeakref } from '../objects/weakref';
import { WeakrefLists } from './weakrefs';
import type { Recorder } from '../trace/recorder';
import { AddressModel } from './allocator';
import { GC_HEADER, sizeofWithoutHeader } from './sizes';
import type { Collector } from '../gc/collector';

/** Short printable form for the trace's alloc event (containers are rebuilt from their contents). */
export type ReprFn = (obj: PyObject) => string;

export class Heap {
  readonly addresses = new AddressModel();
  /** Live objects by id, for the invariant checks and the state views. */
  readonly live = new Map<number, PyObject>();
  /** Every weakly referenced object's weakref list (CPython's tp_weaklist). */
  readonly weakrefs = new WeakrefLists();
  private nextId = 1;
  private allocationBytes = new Map<number, number>();
  collector!: Collector;
  describe: ReprFn = (obj) => `<${obj.type.name}>`;
  /** Runs an object's __del__ (set by the runtime); null when the object has none. */
  finalizer: ((obj: PyObject) => (() => void) | null) = () => null;

  constructor(readonly profile: Profile, readonly recorder: Recorder) {
    this.weakrefs.release = (obj) => this.decref(obj, 'item');
  }

  /** Gives a freshly constructed object its identity and memory; the caller owns the new reference. */
  register<T extends PyObject>(obj: T, track = obj.type.flags.gc): T {
    obj.id = this.nextId++;
    obj.refcnt = 1;
    const size = sizeofWithoutHeader(obj, this.profile) + (obj.type.flags.gc ? GC_HEADER : 0);
    this.allocationBytes.set(obj.id, size);
    obj.address = this.addresses.allocate(size) + (obj.type.flags.gc ? GC_HEADER : 0);
    this.live.set(obj.id, obj);
    this.recorder.emit({
      k: 'alloc', obj: obj.id, type: obj.type.name, address: obj.address, size,
      repr: this.describe(obj), refcnt: 1, immortal: false, static: false,
    });
    if (obj.type.flags.gc) this.collector.onAllocate(obj, track);
    this.recorder.touch(obj);
    return obj;
  }

  /**
   * A statically allocated object (None, small ints, built-in types…): immortal from 3.12,
   * counted from a fixed base in 3.11. Never deallocated.
   */
  registerStatic<T extends PyObject>(obj: T, address?: number): T {
    obj.id = this.nextId++;
    obj.immortal = this.profile.refcount.statics === 'immortal';
    obj.refcnt = this.profile.refcount.staticBase;
    const size = sizeofWithoutHeader(obj, this.profile);
    obj.address = address ?? this.addresses.staticAddress(size);
    this.live.set(obj.id, obj);
    this.recorder.emit({
      k: 'alloc', obj: obj.id, type: obj.type.name, address: obj.address, size,
      repr: this.describe(obj), refcnt: this.refcountOf(obj), immortal: obj.immortal, static: true,
    });
    return obj;
  }

  incref<T extends PyObject>(obj: T, cause: RefCause = 'stack'): T {
    if (obj.immortal) return obj;
    obj.refcnt++;
    this.recorder.ref(obj, 1, cause);
    return obj;
  }

  decref(obj: PyObject, cause: RefCause = 'stack'): void {
    if (obj.immortal) return;
    obj.refcnt--;
    this.recorder.ref(obj, -1, cause);
    if (obj.refcnt === 0 && !this.finalizeOnDealloc(obj)) this.deallocate(obj);
  }

  /**
   * PyObject_CallFinalizerFromDealloc: an object with __del__ that was never finalized is resurrected
   * for the call; if the finalizer stored a new reference to it, it stays alive. Returns true then.
   */
  private finalizeOnDealloc(obj: PyObject): boolean {
    if (obj.finalized) return false;
    const run = this.finalizer(obj);
    if (!run) return false;
    obj.finalized = true;
    obj.refcnt = 1;
    run();
    obj.refcnt--;
    return obj.refcnt > 0;
  }

  /** Refcount as sys.getrefcount reads it. */
  refcountOf(obj: PyObject): number {
    return obj.immortal ? this.profile.refcount.immortalValue : obj.refcnt;
  }

  private deallocate(root: PyObject): void {
    // Explicit stack instead of JS recursion: a chain of 100 000 nested lists must not overflow.
    const stack: { obj: PyObject; children: PyObject[]; next: number }[] = [];
    const begin = (obj: PyObject) => {
      if (obj.tracked) this.collector.untrack(obj);
      // Weakrefs die before the references the object holds are released (their callbacks run now).
      this.weakrefs.clearOnDealloc(obj);
      if (obj instanceof PyWeakref) this.weakrefs.unlink(obj);
      stack.push({ obj, children: releaseReferences(obj), next: 0 });
    };
    begin(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.children.length) {
        const child = top.children[top.next++]!;
        if (child.immortal) continue;
        child.refcnt--;
        this.recorder.ref(child, -1, 'item');
        if (child.refcnt === 0 && !this.finalizeOnDealloc(child)) begin(child);
        continue;
      }
      stack.pop();
      this.freeMemory(top.obj);
    }
  }

  private freeMemory(obj: PyObject): void {
    obj.freed = true;
    if (obj.type.flags.gc) this.collector.onDeallocate(obj);
    const size = this.allocationBytes.get(obj.id) ?? 0;
    this.allocationBytes.delete(obj.id);
    this.addresses.free(obj.address - (obj.type.flags.gc ? GC_HEADER : 0), size);
    this.live.delete(obj.id);
    this.recorder.emit({ k: 'free', obj: obj.id });
  }

  /** Re-measures a container whose allocation changed size (list growth, dict resize). */
  resized(obj: PyObject): void {
    const size = sizeofWithoutHeader(obj, this.profile) + (obj.type.flags.gc ? GC_HEADER : 0);
    if (this.allocationBytes.get(obj.id) === size) return;
    this.allocationBytes.set(obj.id, size);
    this.recorder.emit({ k: 'resize', obj: obj.id, size });
  }
}

/** Empties the object and returns what it held, in the order its tp_dealloc releases references. */
function releaseReferences(obj: PyObject): PyObject[] {
  if (obj instanceof PyDict) {
    // subtype_dealloc of a dict subclass: its attributes first, then the items, then the class.
    const state = hasInstanceState(obj) ? obj : null;
    const out: PyObject[] = state ? [...state.slotValues.values(), ...state.values.values(), ...(state.dict ? [state.dict] : [])] : [];
    for (const { key, value } of obj.entries.values()) out.push(key, value);
    obj.entries.clear();
    if (state) out.push(obj.type);
    return out;
  }
  const out: PyObject[] = [];
  obj.traverse((child) => out.push(child));
  if (obj instanceof PyWeakref) {
    obj.callback = null;
    obj.key = null;
  }
  const holder = obj as unknown as Record<string, unknown>;
  if (Array.isArray(holder.items)) holder.items = [];
  return out;
}
