import type { GenerationRole } from './trace';

// The state of a run at one step, as the panel and the hover show it. Rebuilt from a RecordedTrace.
import type { GcPhase, GcReason } from './trace';

export interface VariableView {
  readonly name: string;
  /** Object id, or -1 when the name is unbound. */
  readonly obj: number;
}

export interface FrameView {
  readonly frame: number;
  readonly name: string;
  readonly line: number;
  readonly variables: readonly VariableView[];
}

export interface ObjectView {
  readonly obj: number;
  /** Simulated address, as `hex(id(obj))` would print it. */
  readonly address: string;
  readonly type: string;
  readonly repr: string;
  readonly refcount: number;
  /** Who holds each reference we can name ("a", "list[3]", "stack"…); the rest is interpreter-internal. */
  readonly holders: readonly string[];
  readonly size: number;
  readonly tracked: boolean;
  readonly generation: number | null;
  readonly immortal: boolean;
  /** While a collection is in progress at this step: the object's gc_refs once computed (null if not a candidate). */
  readonly gcRefs?: number | null;
  /** While a collection is in progress: the collector found the object unreachable (and has not freed it yet). */
  readonly unreachable?: boolean;
}

/** One collection as recorded phase by phase (see docs/trace-format.md, `gcStart`/`gcPhase`/`gc`). */
export interface CollectionView {
  readonly generation: number;
  readonly reason: GcReason;
  /** The last phase reached ('start' before the candidates are listed, 'done' once it ended). */
  readonly phase: GcPhase | 'start' | 'done';
  /** gc.get_count() before the collection and, once it ended, afterwards. */
  readonly countsBefore: readonly [number, number, number];
  readonly countsAfter: readonly [number, number, number] | null;
  /** Object ids in the collector's list order. */
  readonly candidates: readonly number[];
  /** Parallel to `candidates`: gc_refs after update_refs (the refcounts) and after subtract_refs. */
  readonly refsAfterUpdate: readonly number[];
  readonly refsAfterSubtract: readonly number[];
  readonly unreachable: readonly number[];
  readonly untracked: readonly number[];
  /** The survivors and the generation they moved to. */
  readonly promoted: readonly number[];
  readonly promotedTo: number | null;
  readonly weakrefsCleared: readonly number[];
  readonly callbacksCalled: readonly number[];
  readonly finalized: readonly number[];
  readonly resurrected: readonly number[];
  /** The final unreachable list tp_clear ran over (or DEBUG_SAVEALL kept in gc.garbage). */
  readonly cleared: readonly number[];
  readonly garbage: readonly number[];
  /** Objects freed while the collection ran (by tp_clear, finalizers or callbacks), in order. */
  readonly freed: readonly number[];
  /** What gc.collect() returns is collected + uncollectable; null until the collection ended. */
  readonly collected: number | null;
  readonly uncollectable: number | null;
}

/** One generation of the cyclic collector, as gc.get_count(), get_threshold(), get_stats() and get_objects(g) show it. */
export interface GenerationView {
  /** A generation, or (3.14's incremental collector) the young generation or an old space. */
  readonly role: GenerationRole;
  readonly count: number;
  readonly threshold: number;
  /** Tracked objects in the generation, the program's and (modelled) the interpreter start-up's. */
  readonly objects: number;
  /** Of `objects`, the modelled start-up population (not individual objects in this run). */
  readonly startupObjects: number;
  readonly collections: number;
  readonly collected: number;
  readonly uncollectable: number;
}

/** The collector's state at a step. */
export interface GcStateView {
  readonly enabled: boolean;
  /** Generations 0, 1 and 2. */
  readonly generations: readonly GenerationView[];
  /** Objects gc.freeze() moved to the permanent generation (gc.get_freeze_count()). */
  readonly permanent: number;
  /** Whether the start-up counts and population are modelled rather than recorded (always, for now). */
  readonly startupModelled: boolean;
}

/** 'program' while the program's lines run; 'shutdown' at the interpreter-shutdown step after its last line. */
export type StepPhase = 'program' | 'shutdown';

export interface StepState {
  readonly step: number;
  readonly steps: number;
  readonly line: number;
  readonly phase: StepPhase;
  readonly frames: readonly FrameView[];
  readonly objects: readonly ObjectView[];
  readonly stdout: string;
  readonly stderr: string;
  readonly gcCounts: readonly [number, number, number];
  readonly gc: GcStateView;
  /** The collection in progress at this step (a finalizer's or callback's line), else null. */
  readonly collection?: CollectionView | null;
  /** Every collection that started during this step, in order, phase by phase (for animating them). */
  readonly collections?: readonly CollectionView[];
}
