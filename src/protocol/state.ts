// The state of a run at one step, as the panel and the hover show it. Rebuilt from a RecordedTrace.

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
}

/** One generation of the cyclic collector, as gc.get_count(), get_threshold(), get_stats() and get_objects(g) show it. */
export interface GenerationView {
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
}
