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

/** Why a collection ran: gc.collect(), the allocation thresholds, or interpreter shutdown. */
export type GcReason = 'manual' | 'automatic' | 'shutdown';

/** The phases of a collection, in the order CPython's gc_collect_main runs them. */
export const GC_PHASES = [
  'candidates',       // the young list after merging the younger generations, in list order
  'updateRefs',       // refs: gc_refs = the reference count of each candidate
  'subtractRefs',     // refs: gc_refs minus the references from other candidates (= references from outside)
  'unreachable',      // move_unreachable's result: the tentatively unreachable list, in its order
  'untrackTuples',    // survivors' tuples holding only untracked objects, untracked
  'promote',          // the survivors, in list order, now in `generation`
  'untrackDicts',     // full collections before 3.14: dicts holding only atoms, untracked
  'clearWeakrefs',    // weakrefs to unreachable objects (and unreachable weakrefs), cleared
  'callback',         // one weakref whose callback runs now
  'finalize',         // one object whose __del__ runs now (PEP 442: once per object)
  'resurrected',      // objects a finalizer made reachable again (they survive)
  'clear',            // the final unreachable list: tp_clear runs on each in this order
  'garbage',          // DEBUG_SAVEALL: objects appended to gc.garbage instead of being cleared
] as const;
export type GcPhase = (typeof GC_PHASES)[number];

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
  /** A collection began (after gc.callbacks' "start"): `counts` is gc.get_count() before its bookkeeping. */
  | { k: 'gcStart'; generation: number; reason: GcReason; counts: [number, number, number] }
  /**
   * One phase of the collection in progress (docs/trace-format.md lists what each carries): `objs` are object
   * ids in the collector's list order; `refs`, when present, is parallel to `objs` (gc_refs); `generation` is
   * where the objects now live (promotion).
   */
  | { k: 'gcPhase'; phase: GcPhase; objs: number[]; refs?: number[]; generation?: number }
  /** The collection ended: what it returns is collected + uncollectable; `counts` is gc.get_count() afterwards. */
  | { k: 'gc'; generation: number; collected: number; uncollectable: number; counts: [number, number, number] }
  | { k: 'gcTrack'; obj: number; tracked: boolean; generation: number }
  /** The collector's counters and statistics changed during the step that just ended (written at step boundaries). */
  | ({ k: 'gcState' } & GcSnapshot)
  | { k: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { k: 'end'; exitCode: number; reason: 'finished' | 'exception' | 'unsupported' | 'syntax' | 'limit' };

/** What a row of the collector's table is: a generation, or 3.14.0–3.14.4's young generation and old spaces. */
export type GenerationRole = 'gen0' | 'gen1' | 'gen2' | 'young' | 'visited' | 'pending';

/** What gc.get_count(), get_threshold(), get_stats(), get_freeze_count() and the generation sizes say. */
export interface GcSnapshot {
  /** What each of the three rows is, in gc.get_count()'s order. */
  roles: [GenerationRole, GenerationRole, GenerationRole];
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
