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
}
