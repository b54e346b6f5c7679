// The recorded run: an append-only event log from which the state at any step is rebuilt
// (see docs/trace-format.md). Object ids are stable for the whole run; ids are never reused,
// even when the simulated address is.

/** Who changed a reference count, for the "every refcount change with its cause" log. */
export type RefCause =
  | 'stack'      // the value stack of a frame (operands, call arguments, temporaries)
  | 'name'       // a binding in a namespace or a fast local
  | 'item'       // a slot of a container (list/tuple/dict/iterator)
  | 'const'      // co_consts of a code object
  | 'attr'       // an attribute slot of an object (function defaults, module dict, …)
  | 'internal';  // the interpreter itself (builtins, caches, argument tuples)

export type TraceEvent =
  /** A new line started executing; `step` numbers count these events from 1. */
  | { k: 'line'; step: number; frame: number; line: number }
  /**
   * The program's last line has run; what follows is interpreter shutdown (finalizers of objects still alive,
   * see src/engine/vm/shutdown.ts). It is a step of its own, numbered like line steps.
   */
  | { k: 'shutdown'; step: number }
  /** Interpreter start-up is over: objects allocated before this are the interpreter's own. */
  | { k: 'start' }
  /** A frame started. `namespace` is the dict its names live in (module frames), whose entries are the bindings. */
  | { k: 'frame'; frame: number; parent: number; name: string; line: number; namespace: number }
  | { k: 'frameEnd'; frame: number }
  /** `static`: part of the interpreter (types, small ints, one-character strings…), never freed. */
  | { k: 'alloc'; obj: number; type: string; address: number; size: number; repr: string; refcnt: number; immortal: boolean; static: boolean }
  | { k: 'free'; obj: number }
  /** The object's allocation changed size (list growth, dict resize). */
  | { k: 'resize'; obj: number; size: number }
  /** A reference count changed by `delta`, reaching `now`. */
  | { k: 'ref'; obj: number; delta: number; now: number; cause: RefCause }
  /** A name in a frame (module globals or a function's locals) now refers to `obj`, or is unbound (obj = -1). */
  | { k: 'bind'; frame: number; name: string; obj: number }
  /** The references a container holds, in order, after a change; `labels` name each slot ("[0]", "'key'"). */
  | { k: 'contents'; obj: number; refs: number[]; labels: string[] }
  /** The object's printable form changed (a container whose items changed). */
  | { k: 'repr'; obj: number; repr: string }
  | { k: 'gc'; generation: number; collected: number; uncollectable: number; counts: [number, number, number] }
  | { k: 'gcTrack'; obj: number; tracked: boolean; generation: number }
  /** The collector's counters and statistics changed during the step that just ended (written at step boundaries). */
  | ({ k: 'gcState' } & GcSnapshot)
  | { k: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { k: 'end'; exitCode: number; reason: 'finished' | 'exception' | 'unsupported' | 'syntax' | 'limit' };

/** What gc.get_count(), get_threshold(), get_stats(), get_freeze_count() and the generation sizes say. */
export interface GcSnapshot {
  enabled: boolean;
  counts: [number, number, number];
  thresholds: [number, number, number];
  /** Tracked objects per generation, the modelled start-up population included. */
  objects: [number, number, number];
  /** The modelled start-up population per generation (part of `objects`). */
  startupObjects: [number, number, number];
  /** Per generation: collections, collected, uncollectable. */
  stats: [number, number, number][];
  permanent: number;
}

export interface RecordedTrace {
  readonly version: string;
  readonly filename: string;
  readonly events: readonly TraceEvent[];
  /** Number of line steps (the last valid step index). */
  readonly steps: number;
}
