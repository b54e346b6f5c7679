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
import { Freelists, type FreedBlock } from './freelists';
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
  /** Dead objects' memory kept for reuse by the next object of the same kind (memory/freelists.ts). */
  readonly freelists: Freelists;
  private nextId = 1;
  private allocationBytes = new Map<number, number>();
  /** The allocator block an object occupies when it took over a freelisted one (its size may differ from its own). */
  private reusedBlocks = new Map<number, FreedBlock>();
  collector!: Collector;
  describe: ReprFn = (obj) => `<${obj.type.name}>`;
  /** Runs an object's __del__ (set by the runtime); null when the object has none. */
  finalizer: ((obj: PyObject) => (() => void) | null) = () => null;

  constructor(readonly profile: Profile, readonly recorder: Recorder) {
    this.weakrefs.release = (obj) => this.decref(obj, 'item');
    this.freelists = new Freelists(profile);
  }

  /**
   * Gives a freshly constructed object its identity and memory; the caller owns the new reference.
   * Like CPython's internal constructors (PyList_New, PyTuple_New, PyDict_New, PyFloat_FromDouble…) it
   * takes a freelisted object of the same kind when there is one: same address, and count0 unchanged.
   */
  register<T extends PyObject>(obj: T, track = obj.type.flags.gc): T {
    return this.allocate(obj, track, this.freelists.pop(obj));
  }

  /**
   * An object made by calling its type (tp_alloc: `list()`, `dict()`), which never takes from a freelist
   * (fact sheet §2.1: `list()` counts +1 even when the list freelist is full).
   */
  registerFromTypeCall<T extends PyObject>(obj: T, track = obj.type.flags.gc): T {
    return this.allocate(obj, track, null);
  }

  private allocate<T extends PyObject>(obj: T, track: boolean, reused: FreedBlock | null): T {
    obj.id = this.nextId++;
    obj.refcnt = 1;
    const header = obj.type.flags.gc ? GC_HEADER : 0;
    const size = sizeofWithoutHeader(obj, this.profile) + header;
    this.allocationBytes.set(obj.id, size);
    if (reused) {
      obj.address = reused.address;
      this.reusedBlocks.set(obj.id, reused);
    } else {
      obj.address = this.addresses.allocate(size) + header;
    }
    this.live.set(obj.id, obj);
    this.recorder.emit({
      k: 'alloc', obj: obj.id, type: obj.type.name, address: obj.address, size,
      repr: this.describe(obj), refcnt: 1, immortal: false, static: false,
    });
    if (obj.type.flags.gc) {
      // A freelisted object skips _PyObject_GC_Link (no count0 increment) but is tracked as usual.
      if (!reused) this.collector.onAllocate(obj, track);
      else if (track) this.collector.track(obj);
    }
    this.recorder.touch(obj);
    return obj;
  }

  /** Returns freelisted blocks to the allocator (a full collection); GC blocks go through PyObject_GC_Del. */
  clearFreelists(): void {
    for (const block of this.freelists.clearForCollection()) {
      if (block.owner.type.flags.gc) this.collector.onDeallocate(block.owner);
      this.addresses.free(block.blockStart, block.blockSize);
    }
  }

  /** A slice freed during interpreter start-up sits in the slice cache (profile.freelists.startupSliceCached). */
  seedStartupFreelists(deadSlice: PyObject): void {
    if (!this.profile.freelists.startupSliceCached || !this.profile.freelists.capacity.slice) return;
    deadSlice.freed = true;
    const blockSize = sizeofWithoutHeader(deadSlice, this.profile) + GC_HEADER;
    const blockStart = this.addresses.allocate(blockSize);
    deadSlice.address = blockStart + GC_HEADER;
    this.freelists.seed('slice', { address: deadSlice.address, blockStart, blockSize, owner: deadSlice });
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
    const stack: { obj: PyObject; children: PyObject[]; next: number; freelist: string | null }[] = [];
    const begin = (obj: PyObject) => {
      if (obj.tracked) this.collector.untrack(obj);
      // Weakrefs die before the references the object holds are released (their callbacks run now).
      this.weakrefs.clearOnDealloc(obj);
      if (obj instanceof PyWeakref) this.weakrefs.unlink(obj);
      const freelist = this.freelists.destination(obj);
      stack.push({ obj, children: releaseReferences(obj), next: 0, freelist });
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
      this.freeMemory(top.obj, top.freelist);
    }
  }

  /** The object's memory goes to its freelist when it has room (no count0 decrement), else to the allocator. */
  private freeMemory(obj: PyObject, freelist: string | null): void {
    obj.freed = true;
    const gc = obj.type.flags.gc;
    const reused = this.reusedBlocks.get(obj.id);
    const block: FreedBlock = reused ? { ...reused, owner: obj } : {
      address: obj.address,
      blockStart: obj.address - (gc ? GC_HEADER : 0),
      blockSize: this.allocationBytes.get(obj.id) ?? 0,
      owner: obj,
    };
    this.reusedBlocks.delete(obj.id);
    this.allocationBytes.delete(obj.id);
    if (freelist === null || !this.freelists.push(freelist, block)) {
      if (gc) this.collector.onDeallocate(obj);
      this.addresses.free(block.blockStart, block.blockSize);
    }
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
