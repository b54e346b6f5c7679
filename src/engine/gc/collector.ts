// The generational cyclic collector (CPython 3.11–3.13 gc_collect_main; 3.14.5+ forward-port).
// Phases: update_refs → subtract_refs → move_unreachable → untrack tuples → promote → weakrefs →
// finalizers → resurrection check → clear garbage; each is written to the trace (PhaseLog).
import type { Profile } from '../profiles/types';
import type { Heap } from '../memory/heap';
import { PyObject, PyType } from '../objects/object';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { hasInstanceState, type Instance } from '../objects/instance';
import { PyWeakref } from '../objects/weakref';
import { PyCell } from '../objects/callables';
import type { StartupPopulation } from './startup';
import { statsDone, statsHeader } from './debugOutput';
import type { GcReason, GenerationRole } from '../../protocol/trace';
import { PhaseLog } from './phaseLog';
import { gcVisitor } from './traverse';

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
  /** DEBUG_STATS output when the heap's sizes are not known (no measured start-up state, an unmodelled import). */
  unsupportedStats(why?: string): never;
  /** DEBUG_STATS text, written to stderr as is. */
  debugWrite?(text: string): void;
  /** _PyGC_DumpShutdownStats, after the collection that tears the modules down. */
  dumpShutdownStats?(): void;
}

/** Why a collection runs: the shutdown collections after __main__ is gone call no gc.callbacks. */
export type CollectionReason = GcReason;

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
  protected collecting = false;
  /** Set when count0 passed the threshold and the collection waits for the eval breaker (3.12+). */
  pending = false;
  private longLivedPending = 0;
  private longLivedTotal = 0;
  /** The interpreter's own start-up objects, modelled as counts per generation (gc/startup.ts). */
  startup: StartupPopulation | null = null;
  protected readonly log: PhaseLog;
  /** tp_traverse as this version's collector sees it. */
  private readonly visitReferents: (obj: PyObject, visit: (child: PyObject) => void) => void;

  constructor(protected readonly heap: Heap, protected readonly profile: Profile) {
    this.thresholds = [...profile.gc.thresholds];
    this.log = new PhaseLog(heap.recorder);
    this.visitReferents = gcVisitor(profile);
  }

  /** _PyObject_GC_Link: every allocation of a GC type counts, tracked or not. */
  onAllocate(obj: PyObject, track: boolean): void {
    this.counts[0]++;
    if (this.counts[0] > this.thresholds[0] && this.enabled && this.thresholds[0] !== 0 && !this.collecting) {
      // 3.11 collects inside gc_alloc, before the new object is initialized and tracked: it is not a candidate.
      if (this.profile.gc.collectAt === 'allocation') this.collectGenerations();
      else this.pending = true;
    }
    if (track) this.track(obj);
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
  protected collectGenerations(): void {
    for (let i = 2; i >= 0; i--) {
      if (this.counts[i]! > this.thresholds[i]!) {
        if (i === 2 && this.longLivedPending < Math.floor(this.longLivedTotal / 4)) continue;
        this.collect(i, 'automatic');
        return;
      }
    }
  }

  /** gc.collect(generation): returns unreachable objects found (collected + uncollectable). */
  /** `callbacks`: whether gc.callbacks are called (at exit only the first collection calls them). */
  collect(generation: number, reason: GcReason = 'manual', callbacks = reason !== 'shutdown'): number {
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      if (callbacks) this.hooks?.invokeCallbacks('start', generation, 0, 0);
      const stats = (this.debug & DEBUG_STATS) !== 0;
      if (stats && !this.profile.gc.startup) this.hooks?.unsupportedStats();
      const imported = this.startup?.unmodelledImports[0];
      if (stats && imported) this.hooks?.unsupportedStats(`after importing '${imported}' (the objects CPython's import of it creates are not modelled)`);
      if (stats) this.hooks?.debugWrite?.(statsHeader(generation, this.generationSizes(), this.frozenCount()));
      let examined = 0;
      for (let i = 0; i <= generation; i++) examined += this.generations[i]!.size;
      // The modelled start-up objects move as real ones would (they are never garbage).
      const modelled = this.startup?.collect(generation) ?? { examined: 0, survivors: 0 };
      examined += modelled.examined;
      const found = this.collectMain(generation, reason);
      if (generation === 1) this.longLivedPending += modelled.survivors;
      if (generation === 2) {
        this.longLivedTotal += modelled.survivors;
        this.startup?.fullCollectionDone();
      }
      if (stats) this.hooks?.debugWrite?.(statsDone(found, 0, examined));
      if (callbacks) this.hooks?.invokeCallbacks('stop', generation, found, 0);
      return found;
    } finally {
      this.collecting = false;
    }
  }

  /** len(gc.get_objects(i)) for generations 0–2 as CPython reports it: simulated plus modelled start-up objects. */
  generationSizes(): [number, number, number] {
    return [0, 1, 2].map((g) => this.generations[g]!.size + (this.startup?.sizes[g] ?? 0)) as [number, number, number];
  }

  /** The table rows the panel shows, in gc.get_count()'s order: each row's role and its tracked objects. */
  panelRows(): { roles: [GenerationRole, GenerationRole, GenerationRole]; objects: [number, number, number] } {
    return { roles: ['gen0', 'gen1', 'gen2'], objects: this.generationSizes() };
  }

  /** gc.get_freeze_count(). */
  frozenCount(): number {
    return this.generations[PERMANENT]!.size + (this.startup?.sizes[PERMANENT] ?? 0);
  }

  /** The start-up state's long_lived_pending / long_lived_total (the 25 % rule for full collections). */
  setLongLived(pending: number, total: number): void {
    this.longLivedPending = pending;
    this.longLivedTotal = total;
  }

  protected collectMain(gen: number, reason: GcReason): number {
    this.log.start(gen, reason, this.counts);
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
    this.log.phase('candidates', young);

    // deduce_unreachable leaves the survivors in `young`, in their new list order.
    const unreachable = this.findUnreachable(young, true);
    this.log.phase('untrackTuples', this.untrackTuples(young));

    // Survivors move to the next generation; a full collection untracks atom-only dicts.
    const survivorGen = Math.min(gen + 1, 2);
    this.log.phase('promote', young, survivorGen);
    if (gen < 2) {
      if (gen === 1) this.longLivedPending += young.size;
      const older = this.generations[gen + 1]!;
      for (const obj of young) {
        obj.generation = gen + 1;
        older.add(obj);
      }
      young.clear();
    } else {
      if (!this.profile.gc.dictsAlwaysTracked) this.log.phase('untrackDicts', this.untrackDicts(young));
      this.longLivedPending = 0;
      this.longLivedTotal = young.size;
    }

    if (this.debug & DEBUG_COLLECTABLE) for (const obj of unreachable) this.hooks?.debugLine(obj, 'collectable');
    const freedByCallbacks = this.handleWeakrefs(unreachable, survivorGen);
    const garbage = this.finalizeGarbage(unreachable, survivorGen);
    const collected = garbage.length + freedByCallbacks;
    this.deleteGarbage(garbage, survivorGen);
    if (gen === 2) this.heap.clearFreelists(); // _PyGC_ClearAllFreeLists
    const stats = this.stats[gen]!;
    stats.collections++;
    stats.collected += collected;
    this.log.end(gen, collected, 0, this.counts);
    return collected;
  }

  /**
   * finalize_garbage + handle_resurrected_objects (PEP 442). Walks the unreachable list running each
   * __del__ once, holding only the object being finalized: a finalizer that drops the last reference to
   * another garbage object frees it at once (its own __del__ then runs from its deallocation), and it
   * leaves the list. Then deduce_unreachable runs again over what is left; objects a finalizer made
   * reachable again, and what they reach, survive into `survivorGen`. Returns the final unreachable list.
   */
  protected finalizeGarbage(unreachable: PyObject[], survivorGen: number): PyObject[] {
    for (const o of unreachable) {
      if (o.freed || o.finalized) continue;
      const run = this.heap.finalizer(o);
      if (!run) continue;
      o.finalized = true;
      this.log.one('finalize', o);
      this.heap.incref(o, 'internal');
      run();
      this.heap.decref(o, 'internal');
    }
    const remaining = new Set(unreachable.filter((o) => !o.freed && o.tracked));
    const still = this.findUnreachable(remaining, false);
    // `remaining` now holds the resurrected objects, in the order move_unreachable left them.
    this.log.phase('resurrected', remaining);
    for (const o of remaining) this.moveTo(o, survivorGen);
    return still;
  }

  /**
   * deduce_unreachable: update_refs + subtract_refs + move_unreachable over `young`, which keeps the
   * reachable objects (in their new order); returns the unreachable ones in list order. `record`: write the
   * gc_refs of both passes and the result to the trace (the main pass, not the resurrection check).
   */
  protected findUnreachable(young: Set<PyObject>, record: boolean): PyObject[] {
    for (const obj of young) obj.gcRefs = this.heap.refcountOf(obj);
    if (record) this.log.refs('updateRefs', young);
    for (const obj of young) {
      this.visitReferents(obj, (child) => {
        if (child.tracked && young.has(child)) child.gcRefs--;
      });
    }
    if (record) this.log.refs('subtractRefs', young);
    // move_unreachable, keeping CPython's list order: one pass over `young` (a Set iterates in insertion
    // order and visits entries re-added during the pass). An object met with gc_refs 0 moves to the
    // tentatively unreachable list; when a reachable object later refers to it, it moves back to the END
    // of `young` and is scanned again. The survivors' order matters: untrack_tuples examines them in it
    // (an outer tuple scanned before its inner tuples stays tracked, fact sheet §2.6).
    const unreachable = new Set<PyObject>();
    for (const obj of young) {
      if (obj.gcRefs > 0) {
        this.visitReferents(obj, (child) => {
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
    if (record) this.log.phase('unreachable', unreachable);
    return [...unreachable];
  }

  /** Returns the tuples it untracked. */
  protected untrackTuples(survivors: Set<PyObject>): PyObject[] {
    const untracked: PyObject[] = [];
    for (const obj of [...survivors]) {
      // Only exact tuples and dicts are untracked (PyTuple_CheckExact / PyDict_CheckExact): not subclasses.
      if (obj instanceof PyTuple && !obj.type.isHeapType && obj.items.every((item) => !mayBeTracked(item))) {
        survivors.delete(obj);
        this.untrack(obj);
        untracked.push(obj);
      }
    }
    return untracked;
  }

  /** Returns the dicts it untracked. */
  private untrackDicts(survivors: Set<PyObject>): PyObject[] {
    const untracked: PyObject[] = [];
    for (const obj of [...survivors]) {
      if (obj instanceof PyDict && !obj.type.isHeapType && ![...obj.entries.values()].some((e) => mayBeTracked(e.key) || mayBeTracked(e.value))) {
        survivors.delete(obj);
        this.untrack(obj);
        untracked.push(obj);
      }
    }
    return untracked;
  }

  /**
   * handle_weakrefs (3.11–3.13): every weakref to an unreachable object is cleared before any finalizer
   * runs; the callbacks of the weakrefs that are not garbage themselves are then called. A weakref its
   * callback left alive moves to the older generation; one it freed counts as collected.
   */
  protected handleWeakrefs(unreachable: PyObject[], survivorGen: number): number {
    const lists = this.heap.weakrefs;
    const garbage = new Set(unreachable);
    const toCall: PyWeakref[] = [];
    const cleared: PyWeakref[] = [];
    for (const op of unreachable) {
      if (op instanceof PyWeakref && op.referent) {
        lists.unlink(op);
        cleared.push(op);
      }
      for (const wr of [...lists.of(op)]) {
        lists.unlink(wr);
        cleared.push(wr);
        if (!wr.callback || garbage.has(wr)) continue;
        this.heap.incref(wr, 'internal');
        toCall.push(wr);
      }
    }
    this.log.phase('clearWeakrefs', cleared);
    let freed = 0;
    for (const wr of toCall) {
      this.log.one('callback', wr);
      lists.callCallback(wr.callback!, wr);
      const survives = wr.refcnt > 1;
      this.heap.decref(wr, 'internal');
      if (!survives) freed++;
      else if (wr.tracked) this.moveTo(wr, survivorGen);
    }
    return freed;
  }

  /** Relinks a tracked object into another generation (recorded like a track: the replay needs it). */
  protected moveTo(obj: PyObject, generation: number): void {
    this.generations[obj.generation]?.delete(obj);
    obj.generation = generation;
    this.generations[generation]!.add(obj);
    this.heap.recorder.emit({ k: 'gcTrack', obj: obj.id, tracked: true, generation });
  }

  /**
   * delete_garbage: tp_clear on each object still alive (DEBUG_SAVEALL appends it to gc.garbage instead);
   * refcounting frees the rest. What stays alive moves to the older generation.
   */
  protected deleteGarbage(garbage: PyObject[], survivorGen: number): void {
    this.log.phase(this.debug & DEBUG_SAVEALL ? 'garbage' : 'clear', garbage);
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

  /** gc.get_objects(generation): the objects tracked in that generation, in list order. */
  objectsIn(generation: number): PyObject[] {
    return [...this.generations[generation]!];
  }

  /** gc.get_threshold(). */
  pythonThresholds(): number[] {
    return [...this.thresholds];
  }

  /** gc.set_threshold(*values) (1 to 3 values, already converted to C ints). */
  setThresholds(values: readonly number[]): void {
    values.forEach((v, i) => { this.thresholds[i] = v; });
  }

  /** gc.freeze(): every tracked object moves to the permanent generation, which collections ignore. */
  freeze(): void {
    this.startup?.freeze();
    for (let i = 0; i < PERMANENT; i++) {
      for (const obj of this.generations[i]!) this.moveTo(obj, PERMANENT);
      this.counts[i] = 0;
    }
  }

  /** gc.unfreeze(): the permanent generation joins the oldest one. */
  unfreeze(): void {
    this.startup?.unfreeze();
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
