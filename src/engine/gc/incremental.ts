// The incremental cyclic collector of CPython 3.14.0–3.14.4 (Python/gc.c of that era; reverted in 3.14.5).
// One young generation and two old spaces, "visited" and "pending". A young collection (gc.collect(0))
// moves the survivors of the young generation into the visited space. Automatic collections are increments
// (reported as generation 1): the first of a cycle only marks what the roots reach (moved to visited, never
// scanned again in that cycle); later ones collect the young generation together with a slice of the
// pending space and everything it reaches, sized by assess_work_to_do. When pending is empty the spaces
// swap. gc.collect() collects everything. The collection itself is the shared pipeline of collector.ts.
// The pacing also counts the interpreter's own start-up objects, which the simulator models as numbers
// (Profile.gc.startupHeap). docs/research/incremental-gc-3.14.md has the evidence.
import type { GcReason, GenerationRole } from '../../protocol/trace';
import type { Heap } from '../memory/heap';
import type { Profile, StartupHeap } from '../profiles/types';
import type { PyObject } from '../objects/object';
import { Collector, DEBUG_COLLECTABLE, PERMANENT } from './collector';

/** What the roots of the marking phase are (mark_global_roots and mark_stacks). */
export interface RootSource {
  /** interp->sysdict and builtins: the modules and the builtins dict. */
  globals(): Iterable<PyObject>;
  /**
   * The thread's frames, innermost first; for each, what mark_stacks visits: f_locals, the function,
   * then the value stack and the locals from the top down. `frame` identifies it between increments.
   */
  frames(): Iterable<{ frame: object; refs: Iterable<PyObject> }>;
}

const YOUNG = 0;
/** Divides the heap size, so that the default old threshold of 10 scans 1 % of the heap per increment. */
const SCAN_RATE_DIVISOR = 10;

export class IncrementalCollector extends Collector {
  /** Which old space (0 or 1) is the visited one; old space i is generations[1 + i]. */
  private visitedSpace = 0;
  /** GC_PHASE_MARK: the next increment marks from the roots; GC_PHASE_COLLECT: it collects. */
  private phase: 'mark' | 'collect' = 'mark';
  /** How many objects the increments still owe (negative after marking much). */
  private workToDo = 0;
  /** Tracked objects (gcstate->heap_size). */
  private heapSize = 0;
  /** old[0].count, old[1].count: young collections since the last full one, per space. */
  private readonly oldCounts: [number, number] = [0, 0];
  /** old[1].threshold: settable, never reported. */
  private hiddenThreshold = 0;
  /** The increment being assembled: its objects count as visited. */
  private region: Set<PyObject> | null = null;
  /** Frames mark_stacks has walked already (frame->visited). */
  private visitedFrames = new WeakSet<object>();
  roots: RootSource | null = null;
  /**
   * The modelled start-up objects (Profile.gc.startupHeap), present only as numbers: whether the root-reachable
   * ones wait in pending for the next marking, how many of the others are still pending, and whether gc.freeze()
   * set them all aside. The program starts right after a full collection: all of them pending.
   */
  private readonly startupHeap: StartupHeap;
  private startupReachablePending = true;
  private startupUnreachablePending: number;
  private startupFrozen = false;

  constructor(heap: Heap, profile: Profile) {
    super(heap, profile);
    this.thresholds[2] = 0;
    this.startupHeap = profile.gc.startupHeap ?? { reachable: 0, unreachable: 0 };
    this.heapSize = this.startupHeap.reachable + this.startupHeap.unreachable;
    this.startupUnreachablePending = this.startupHeap.unreachable;
  }

  private get visitedGen(): number {
    return 1 + this.visitedSpace;
  }

  private get pendingGen(): number {
    return 2 - this.visitedSpace;
  }

  /** gc.get_count(): (young.count, old[visited].count, old[pending].count). */
  private syncCounts(): void {
    this.counts[1] = this.oldCounts[this.visitedSpace]!;
    this.counts[2] = this.oldCounts[this.visitedSpace ^ 1]!;
  }

  /** gc_alloc no longer counts: the count is of tracked objects (_PyObject_GC_TRACK). */
  override onAllocate(obj: PyObject, track: boolean): void {
    if (track) this.track(obj);
  }

  override onDeallocate(_obj: PyObject): void {
    // PyObject_GC_Del counts down only a still-tracked object; deallocation untracks first (untrack below).
  }

  override track(obj: PyObject): void {
    if (obj.tracked) return;
    super.track(obj);
    this.counts[YOUNG]++;
    this.heapSize++;
    // _Py_TriggerGC: scheduled for the eval breaker.
    if (this.counts[YOUNG] > this.thresholds[0] && this.enabled && this.thresholds[0] !== 0 && !this.collecting) this.pending = true;
  }

  override untrack(obj: PyObject): void {
    if (!obj.tracked) return;
    super.untrack(obj);
    if (this.counts[YOUNG] > 0) this.counts[YOUNG]--;
    this.heapSize--;
  }

  /** _Py_RunGC: an automatic collection is an increment. */
  protected override collectGenerations(): void {
    this.collect(1);
  }

  protected override collectMain(generation: number, reason: GcReason): number {
    this.log.start(generation, reason, this.counts);
    const collected = generation === 0 ? this.collectYoung() : generation === 1 ? this.collectIncrement() : this.collectFull();
    this.syncCounts();
    // 3.14.2 adds to gc.get_stats() where a region was collected: an increment that only marked, or had no
    // work to do, is not counted (measured on pyodide), though gc.callbacks still see it.
    if (collected !== null) {
      const stats = this.stats[generation]!;
      stats.collections++;
      stats.collected += collected;
    }
    this.log.end(generation, collected ?? 0, 0, this.counts);
    return collected ?? 0;
  }

  /** gc_collect_young: the young generation alone; survivors join the visited space. */
  private collectYoung(): number {
    const young = this.generations[YOUNG]!;
    this.untrackTuples(young);
    const collected = this.collectRegion(young, this.visitedGen);
    this.counts[YOUNG] = 0;
    this.oldCounts[this.visitedSpace]++;
    return collected;
  }

  /** gc_collect_increment: null when it marked or owed no work (no region collected). */
  private collectIncrement(): number | null {
    this.workToDo += this.assessWorkToDo();
    if (this.workToDo < 0) return null;
    this.untrackTuples(this.generations[YOUNG]!);
    if (this.phase === 'mark') {
      // (mark_at_start subtracts what it marked, and so does its caller.)
      const marked = this.markAtStart();
      this.workToDo -= marked;
      return null;
    }
    const marked = this.markStacks(false);
    this.workToDo -= marked;
    const young = this.generations[YOUNG]!;
    const region = new Set(young);
    young.clear();
    this.region = region;
    let size = region.size;
    const pending = this.generations[this.pendingGen]!;
    while (size < this.workToDo && (pending.size > 0 || this.startupUnreachablePending > 0)) {
      if (this.startupUnreachablePending > 0) {
        // The oldest pending objects come first: the interpreter's own (each counted as one object).
        const taken = Math.min(this.startupUnreachablePending, Math.ceil(this.workToDo - size));
        this.startupUnreachablePending -= taken;
        size += taken;
        continue;
      }
      const first = pending.values().next().value!;
      pending.delete(first);
      region.add(first);
      size += 1 + this.expandRegion(region, first);
    }
    this.region = null;
    const collected = this.collectRegion(region, this.visitedGen);
    this.workToDo -= size;
    if (this.generations[this.pendingGen]!.size === 0 && this.startupUnreachablePending === 0) this.completedScavenge();
    return collected;
  }

  /** gc_collect_full: everything into the visited space, collected as one region. */
  private collectFull(): number {
    const young = this.generations[YOUNG]!;
    this.untrackTuples(young);
    // young joins pending, pending joins visited.
    for (const obj of [...this.generations[this.pendingGen]!, ...young]) this.moveTo(obj, this.visitedGen);
    this.counts[YOUNG] = 0;
    const visited = this.generations[this.visitedGen]!;
    const collected = this.collectRegion(visited, this.visitedGen);
    this.counts[YOUNG] = 0;
    this.oldCounts[0] = 0;
    this.oldCounts[1] = 0;
    this.completedScavenge();
    return collected;
  }

  /**
   * gc_collect_region: finds what in `from` is unreachable from outside it; survivors, resurrected objects
   * and what clearing leaves alive go to generation `to`; returns the number collected.
   */
  private collectRegion(from: Set<PyObject>, to: number): number {
    this.log.phase('candidates', from);
    const unreachable = this.findUnreachable(from, true);
    this.log.phase('untrackTuples', this.untrackTuples(from));
    this.log.phase('promote', from, to);
    if (from !== this.generations[to]) {
      for (const obj of [...from]) this.moveTo(obj, to);
      from.clear();
    }
    if (this.debug & DEBUG_COLLECTABLE) for (const obj of unreachable) this.hooks?.debugLine(obj, 'collectable');
    const freedByCallbacks = this.handleWeakrefs(unreachable, to);
    const garbage = this.finalizeGarbage(unreachable, to);
    const collected = garbage.length + freedByCallbacks;
    this.deleteGarbage(garbage, to);
    return collected;
  }

  /**
   * assess_work_to_do: the new objects plus a share of the heap (heap_size / 10 / old threshold, at most
   * twice the new objects). Resets the young count.
   */
  private assessWorkToDo(): number {
    const scale = Math.max(this.thresholds[1], 2);
    const newObjects = this.counts[YOUNG]!;
    const heapFraction = Math.min(Math.trunc(Math.trunc(this.heapSize / SCAN_RATE_DIVISOR) / scale), newObjects * 2);
    this.counts[YOUNG] = 0;
    return newObjects + heapFraction;
  }

  /** mark_at_start: everything the global roots and the stacks reach joins the visited space. */
  private markAtStart(): number {
    let marked = this.markFrom(this.roots?.globals() ?? []) + this.markStacks(true);
    if (this.startupReachablePending && !this.startupFrozen) {
      marked += this.startupHeap.reachable;
      this.startupReachablePending = false;
    }
    this.workToDo -= marked;
    this.phase = 'collect';
    return marked;
  }

  /**
   * mark_stacks: what each frame holds, innermost frame first. After the first increment of a cycle it
   * stops at the first frame walked before (the frames below it cannot have changed).
   */
  private markStacks(start: boolean): number {
    const found: PyObject[] = [];
    for (const { frame, refs } of this.roots?.frames() ?? []) {
      for (const ref of refs) found.push(ref);
      if (!start && this.visitedFrames.has(frame)) break;
      this.visitedFrames.add(frame);
    }
    return this.markFrom(found);
  }

  /** An object a marking or an increment may still take: tracked and in young or pending. */
  private unvisited(obj: PyObject): boolean {
    if (!obj.tracked || obj.generation === this.visitedGen || obj.generation === PERMANENT) return false;
    return !this.region?.has(obj);
  }

  /** move_to_reachable + mark_all_reachable: `roots` and all they reach move into visited; returns how many. */
  private markFrom(roots: Iterable<PyObject>): number {
    const queue: PyObject[] = [];
    const take = (obj: PyObject) => {
      if (!this.unvisited(obj)) return;
      this.moveTo(obj, this.visitedGen);
      queue.push(obj);
    };
    for (const root of roots) take(root);
    for (let i = 0; i < queue.length; i++) queue[i]!.gcTraverse(take);
    return queue.length;
  }

  /** expand_region_transitively_reachable: what `start` reaches in pending joins the increment. */
  private expandRegion(region: Set<PyObject>, start: PyObject): number {
    const queue = [start];
    let added = 0;
    for (let i = 0; i < queue.length; i++) {
      queue[i]!.gcTraverse((child) => {
        if (!this.unvisited(child)) return;
        this.generations[child.generation]!.delete(child);
        region.add(child);
        queue.push(child);
        added++;
      });
    }
    return added;
  }

  /**
   * completed_scavenge: the spaces swap (pending is empty; the visited space becomes the next cycle's
   * pending one). With a permanent generation, visited moves into pending instead. The next increment marks.
   */
  private completedScavenge(): void {
    if (this.generations[PERMANENT]!.size === 0 && !this.startupFrozen) {
      this.visitedSpace ^= 1;
    } else {
      for (const obj of [...this.generations[this.visitedGen]!]) this.moveTo(obj, this.pendingGen);
    }
    // The visited space, the start-up objects in it included, is the next cycle's pending one.
    if (!this.startupFrozen) {
      this.startupReachablePending = true;
      this.startupUnreachablePending = this.startupHeap.unreachable;
    }
    this.workToDo = 0;
    this.phase = 'mark';
    this.syncCounts();
  }

  /**
   * The state a program starts in, modelled on the oracle: pyodide's 3.14.2 runs each program right after a full
   * collection (scripts/record-goldens.mjs), which leaves every object in the old generation, the young count
   * and the old counts at 0, the next increment marking, and one full collection in get_stats(). The
   * simulator's start-up makes no cyclic garbage, so nothing needs collecting.
   */
  settleBeforeProgram(): void {
    for (const obj of [...this.generations[this.pendingGen]!, ...this.generations[YOUNG]!]) this.moveTo(obj, this.visitedGen);
    this.counts[YOUNG] = 0;
    this.oldCounts[0] = 0;
    this.oldCounts[1] = 0;
    this.completedScavenge();
    this.stats[2]!.collections++;
  }

  /** gc.get_objects(1) is always empty; generation 2 is both old spaces (old[0] first). */
  override objectsIn(generation: number): PyObject[] {
    if (generation === 1) return [];
    if (generation === 2) return [...this.generations[1]!, ...this.generations[2]!];
    return super.objectsIn(generation);
  }

  /** Rows in get_count()'s order: young, the visited space, the pending space. */
  override panelRows(): { roles: [GenerationRole, GenerationRole, GenerationRole]; objects: [number, number, number] } {
    const size = (g: number) => this.generations[g]!.size;
    return { roles: ['young', 'visited', 'pending'], objects: [size(YOUNG), size(this.visitedGen), size(this.pendingGen)] };
  }

  /** get_threshold(): (young threshold, old threshold, 0). */
  override pythonThresholds(): number[] {
    return [this.thresholds[0], this.thresholds[1], 0];
  }

  /** set_threshold(): a third value sets old[1].threshold, which nothing reports. */
  override setThresholds(values: readonly number[]): void {
    if (values[0] !== undefined) this.thresholds[0] = values[0];
    if (values[1] !== undefined) this.thresholds[1] = values[1];
    if (values[2] !== undefined) this.hiddenThreshold = values[2];
  }

  /** _PyGC_Freeze: young and both old spaces join the permanent generation. */
  override freeze(): void {
    super.freeze();
    this.startupFrozen = true;
    this.startupReachablePending = false;
    this.startupUnreachablePending = 0;
    this.oldCounts[0] = 0;
    this.oldCounts[1] = 0;
    this.syncCounts();
  }

  /** _PyGC_Unfreeze: the permanent generation joins the visited space. */
  override unfreeze(): void {
    for (const obj of [...this.generations[PERMANENT]!]) this.moveTo(obj, this.visitedGen);
    this.startupFrozen = false;
  }

  /** For the views and tests: the state the increments work from. */
  describe(): { visitedSpace: number; phase: 'mark' | 'collect'; workToDo: number; heapSize: number; oldThreshold2: number } {
    return { visitedSpace: this.visitedSpace, phase: this.phase, workToDo: this.workToDo, heapSize: this.heapSize, oldThreshold2: this.hiddenThreshold };
  }
}

/** The collector a profile runs. */
export function createCollector(heap: Heap, profile: Profile): Collector {
  return profile.gc.variant === 'incremental' ? new IncrementalCollector(heap, profile) : new Collector(heap, profile);
}
