// The generational cyclic collector (CPython 3.11–3.13 gc_collect_main; 3.14.5+ forward-port).
// Phases: update_refs → subtract_refs → move_unreachable → untrack tuples → promote → clear garbage.
// Issue 4 refines ordering, finalizers, weakrefs and the debug output; the counts follow §2.1–§2.3
// of the fact sheet already.
import type { Profile } from '../profiles/types';
import type { Heap } from '../memory/heap';
import { PyObject, PyType } from '../objects/object';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { hasInstanceState, type Instance } from '../objects/instance';
import { PyWeakref } from '../objects/weakref';
import { PyCell } from '../objects/callables';

export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** gc.set_debug flags. */
export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_SAVEALL = 32;

/** What the collector needs from the gc module (Python-level state and calls). */
export interface CollectorHooks {
  /** gc.callbacks: called with "start"/"stop" and the info dict's numbers. */
  invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void;
  /** DEBUG_SAVEALL: gc.garbage.append(obj). */
  saveGarbage(obj: PyObject): void;
  /** A debug line on stderr ("gc: collectable <list 0x…>"). */
  debugLine(obj: PyObject, what: string): void;
  /** DEBUG_STATS output cannot be modelled (it prints the interpreter's whole heap and timings). */
  unsupportedStats(): never;
}

/** Index of the permanent generation (gc.freeze) in `generations`. */
export const PERMANENT = 3;

export class Collector {
  /** Generations 0–2 and, at PERMANENT, the objects gc.freeze() set aside. */
  readonly generations: Set<PyObject>[] = [new Set(), new Set(), new Set(), new Set()];
  /** gc.get_debug(). */
  debug = 0;
  hooks: CollectorHooks | null = null;
  readonly counts: [number, number, number] = [0, 0, 0];
  thresholds: [number, number, number];
  readonly stats: GenerationStats[] = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  enabled = true;
  private collecting = false;
  /** Set when count0 passed the threshold and the collection waits for the eval breaker (3.12+). */
  pending = false;
  private longLivedPending = 0;
  private longLivedTotal = 0;

  constructor(private readonly heap: Heap, private readonly profile: Profile) {
    this.thresholds = [...profile.gc.thresholds];
  }

  /** _PyObject_GC_Link: every allocation of a GC type counts, tracked or not. */
  onAllocate(obj: PyObject, track: boolean): void {
    if (track) this.track(obj);
    this.counts[0]++;
    if (this.counts[0] > this.thresholds[0] && this.enabled && this.thresholds[0] !== 0 && !this.collecting) {
      if (this.profile.gc.collectAt === 'allocation') this.collectGenerations();
      else this.pending = true;
    }
  }

  /** PyObject_GC_Del. */
  onDeallocate(_obj: PyObject): void {
    if (this.counts[0] > 0) this.counts[0]--;
  }

  track(obj: PyObject): void {
    if (obj.tracked) return;
    obj.tracked = true;
    obj.generation = 0;
    this.generations[0]!.add(obj);
    this.heap.recorder.emit({ k: 'gcTrack', obj: obj.id, tracked: true, generation: 0 });
  }

  untrack(obj: PyObject): void {
    if (!obj.tracked) return;
    this.generations[obj.generation]!.delete(obj);
    obj.tracked = false;
    obj.generation = -1;
    this.heap.recorder.emit({ k: 'gcTrack', obj: obj.id, tracked: false, generation: -1 });
  }

  /** Called at eval-breaker points (3.12+). */
  runPending(): void {
    if (!this.pending) return;
    this.pending = false;
    if (this.enabled && !this.collecting) this.collectGenerations();
  }

  /** gc_collect_generations: the oldest generation over its threshold, with the 25 % rule for gen 2. */
  private collectGenerations(): void {
    for (let i = 2; i >= 0; i--) {
      if (this.counts[i]! > this.thresholds[i]!) {
        if (i === 2 && this.longLivedPending < Math.floor(this.longLivedTotal / 4)) continue;
        this.collect(i);
        return;
      }
    }
  }

  /** gc.collect(generation): returns unreachable objects found (collected + uncollectable). */
  collect(generation: number): number {
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      if (this.debug & DEBUG_STATS) this.hooks?.unsupportedStats();
      this.hooks?.invokeCallbacks('start', generation, 0, 0);
      const found = this.collectMain(generation);
      this.hooks?.invokeCallbacks('stop', generation, found, 0);
      return found;
    } finally {
      this.collecting = false;
    }
  }

  private collectMain(gen: number): number {
    if (gen + 1 < 3) this.counts[gen + 1]!++;
    for (let i = 0; i <= gen; i++) this.counts[i] = 0;

    // Merge the younger generations into `gen`.
    const young = this.generations[gen]!;
    for (let i = 0; i < gen; i++) {
      for (const obj of this.generations[i]!) {
        obj.generation = gen;
        young.add(obj);
      }
      this.generations[i]!.clear();
    }

    const unreachable = this.findUnreachable(young);
    for (const obj of unreachable) young.delete(obj);
    this.untrackTuples(young);

    // Survivors move to the next generation; a full collection untracks atom-only dicts.
    if (gen < 2) {
      if (gen === 1) this.longLivedPending += young.size;
      const older = this.generations[gen + 1]!;
      for (const obj of young) {
        obj.generation = gen + 1;
        older.add(obj);
      }
      young.clear();
    } else {
      if (!this.profile.gc.dictsAlwaysTracked) this.untrackDicts(young);
      this.longLivedPending = 0;
      this.longLivedTotal = young.size;
    }

    const survivorGen = Math.min(gen + 1, 2);
    if (this.debug & DEBUG_COLLECTABLE) for (const obj of unreachable) this.hooks?.debugLine(obj, 'collectable');
    const freedByCallbacks = this.handleWeakrefs(unreachable, survivorGen);
    const garbage = this.finalizeGarbage(unreachable, survivorGen);
    const collected = garbage.length + freedByCallbacks;
    this.deleteGarbage(garbage, survivorGen);
    if (gen === 2) this.heap.clearFreelists(); // _PyGC_ClearAllFreeLists
    const stats = this.stats[gen]!;
    stats.collections++;
    stats.collected += collected;
    this.heap.recorder.emit({ k: 'gc', generation: gen, collected, uncollectable: 0, counts: [...this.counts] });
    return collected;
  }

  /**
   * finalize_garbage + handle_resurrected_objects (PEP 442): runs each __del__ once, then keeps only
   * what is still unreachable; objects a finalizer made reachable again survive into `survivorGen`.
   */
  private finalizeGarbage(unreachable: PyObject[], survivorGen: number): PyObject[] {
    if (!unreachable.some((o) => !o.finalized && this.heap.finalizer(o))) return unreachable;
    // Hold every candidate while finalizers run: they may drop references between garbage objects.
    for (const o of unreachable) this.heap.incref(o, 'internal');
    for (const o of unreachable) {
      if (o.freed || o.finalized) continue;
      const run = this.heap.finalizer(o);
      if (!run) continue;
      o.finalized = true;
      run();
    }
    const candidates = new Set(unreachable.filter((o) => o.tracked));
    const still = new Set(this.findUnreachable(candidates, 1));
    for (const o of candidates) {
      if (still.has(o)) continue;
      this.generations[o.generation]?.delete(o);
      o.generation = survivorGen;
      this.generations[survivorGen]!.add(o);
    }
    for (const o of unreachable) this.heap.decref(o, 'internal');
    return unreachable.filter((o) => still.has(o) && !o.freed);
  }

  /** update_refs + subtract_refs + move_unreachable. */
  /** `held`: references the collector itself holds on each object (not counted as outside references). */
  private findUnreachable(young: Set<PyObject>, held = 0): PyObject[] {
    for (const obj of young) obj.gcRefs = this.heap.refcountOf(obj) - held;
    for (const obj of young) {
      obj.gcTraverse((child) => {
        if (child.tracked && young.has(child)) child.gcRefs--;
      });
    }
    // move_unreachable, keeping CPython's list order: one pass over `young` (a Set iterates in insertion
    // order and visits entries re-added during the pass). An object met with gc_refs 0 moves to the
    // tentatively unreachable list; when a reachable object later refers to it, it moves back to the END
    // of `young` and is scanned again. The survivors' order matters: untrack_tuples examines them in it
    // (an outer tuple scanned before its inner tuples stays tracked, fact sheet §2.6).
    const unreachable = new Set<PyObject>();
    for (const obj of young) {
      if (obj.gcRefs > 0) {
        obj.gcTraverse((child) => {
          if (!child.tracked) return;
          if (unreachable.has(child)) {
            unreachable.delete(child);
            young.add(child);
            child.gcRefs = 1;
          } else if (young.has(child) && child.gcRefs === 0) {
            child.gcRefs = 1;
          }
        });
      } else {
        young.delete(obj);
        unreachable.add(obj);
      }
    }
    return [...unreachable];
  }

  private untrackTuples(survivors: Set<PyObject>): void {
    for (const obj of [...survivors]) {
      // Only exact tuples and dicts are untracked (PyTuple_CheckExact / PyDict_CheckExact): not subclasses.
      if (obj instanceof PyTuple && !obj.type.isHeapType && obj.items.every((item) => !mayBeTracked(item))) {
        survivors.delete(obj);
        this.untrack(obj);
      }
    }
  }

  private untrackDicts(survivors: Set<PyObject>): void {
    for (const obj of [...survivors]) {
      if (obj instanceof PyDict && !obj.type.isHeapType && ![...obj.entries.values()].some((e) => mayBeTracked(e.key) || mayBeTracked(e.value))) {
        survivors.delete(obj);
        this.untrack(obj);
      }
    }
  }

  /**
   * handle_weakrefs (3.11–3.13): every weakref to an unreachable object is cleared before any finalizer
   * runs; the callbacks of the weakrefs that are not garbage themselves are then called. A weakref its
   * callback left alive moves to the older generation; one it freed counts as collected.
   */
  private handleWeakrefs(unreachable: PyObject[], survivorGen: number): number {
    const lists = this.heap.weakrefs;
    const garbage = new Set(unreachable);
    const toCall: PyWeakref[] = [];
    for (const op of unreachable) {
      if (op instanceof PyWeakref) lists.unlink(op);
      for (const wr of [...lists.of(op)]) {
        lists.unlink(wr);
        if (!wr.callback || garbage.has(wr)) continue;
        this.heap.incref(wr, 'internal');
        toCall.push(wr);
      }
    }
    let freed = 0;
    for (const wr of toCall) {
      lists.callCallback(wr.callback!, wr);
      const survives = wr.refcnt > 1;
      this.heap.decref(wr, 'internal');
      if (!survives) freed++;
      else if (wr.tracked) this.moveTo(wr, survivorGen);
    }
    return freed;
  }

  private moveTo(obj: PyObject, generation: number): void {
    this.generations[obj.generation]?.delete(obj);
    obj.generation = generation;
    this.generations[generation]!.add(obj);
  }

  /**
   * delete_garbage: tp_clear on each object still alive (DEBUG_SAVEALL appends it to gc.garbage instead);
   * refcounting frees the rest. What stays alive moves to the older generation.
   */
  private deleteGarbage(garbage: PyObject[], survivorGen: number): void {
    for (const obj of garbage) {
      if (obj.freed) continue;
      let modelled = true;
      if (this.debug & DEBUG_SAVEALL) {
        this.hooks?.saveGarbage(obj);
      } else {
        this.heap.incref(obj, 'internal');
        modelled = clearObject(obj, this.heap);
        this.heap.decref(obj, 'internal');
      }
      // Objects whose tp_clear is not modelled yet are left out of the generations (as before).
      if (modelled && !obj.freed && obj.tracked) this.moveTo(obj, survivorGen);
    }
  }

  /** gc.freeze(): every tracked object moves to the permanent generation, which collections ignore. */
  freeze(): void {
    for (let i = 0; i < PERMANENT; i++) {
      for (const obj of this.generations[i]!) this.moveTo(obj, PERMANENT);
      this.counts[i] = 0;
    }
  }

  /** gc.unfreeze(): the permanent generation joins the oldest one. */
  unfreeze(): void {
    for (const obj of [...this.generations[PERMANENT]!]) this.moveTo(obj, 2);
  }
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, except a tuple that is already untracked. */
export function mayBeTracked(obj: PyObject): boolean {
  if (!obj.type.flags.gc) return false;
  // type's tp_is_gc: only heap types are GC objects (a static type such as object is not).
  if (obj instanceof PyType) return obj.isHeapType;
  if (obj instanceof PyTuple) return obj.tracked;
  return true;
}

/** subtype_clear: a class instance lets go of its slots and attributes (then its base's tp_clear runs). */
function clearInstanceState(obj: Instance, heap: Heap): void {
  const held = [...obj.slotValues.values(), ...obj.values.values(), ...(obj.dict ? [obj.dict] : [])];
  if (held.length === 0) return;
  obj.slotValues.clear();
  obj.values.clear();
  obj.dict = null;
  heap.recorder.touch(obj);
  for (const h of held) heap.decref(h, 'attr');
}

/**
 * tp_clear for the types that break cycles (tuples have none: clearing their members suffices).
 * Returns false for a type whose tp_clear is not modelled (native objects holding references).
 */
function clearObject(obj: PyObject, heap: Heap): boolean {
  if (obj instanceof PyTuple) return true;
  if ('held' in obj) return false;
  if (obj instanceof PyCell) {
    const value = obj.value;
    obj.value = null;
    heap.recorder.touch(obj);
    if (value) heap.decref(value, 'item');
    return true;
  }
  if (obj instanceof PyWeakref) {
    // weakref_tp_clear (clear_weakref), after a subclass's slots such as KeyedRef.key.
    const key = obj.key;
    obj.key = null;
    if (hasInstanceState(obj)) clearInstanceState(obj, heap);
    if (key) heap.decref(key, 'attr');
    heap.weakrefs.clear(obj);
    return true;
  }
  let modelled = false;
  if (hasInstanceState(obj)) {
    clearInstanceState(obj, heap);
    modelled = true;
  }
  if (obj instanceof PyType && obj.isHeapType) {
    // type_clear drops the MRO tuple (which refers back to the class); the class dict is cleared as a dict.
    const mro = obj.mroTuple;
    obj.mroTuple = null;
    heap.recorder.touch(obj);
    if (mro) heap.decref(mro, 'attr');
    modelled = true;
  }
  if (obj instanceof PyList) {
    const items = obj.items;
    obj.items = [];
    obj.allocated = 0;
    heap.recorder.touch(obj);
    for (let i = items.length - 1; i >= 0; i--) heap.decref(items[i]!, 'item');
    return true;
  }
  if (obj instanceof PyDict) {
    const entries = [...obj.entries.values()];
    obj.entries.clear();
    heap.recorder.touch(obj);
    for (const { key, value } of entries) {
      heap.decref(key, 'item');
      heap.decref(value, 'item');
    }
    return true;
  }
  return modelled;
}
