// The interpreter's own objects at the moment a program's first line runs, MODELLED as numbers.
//
// A real `python file.py` has already imported its start-up modules (encodings, io, site, abc, codecs…) and
// run a few automatic collections before the program starts: thousands of tracked objects sit in the
// generations, gc.get_count() and gc.get_stats() are far from zero, and on 3.12.1 gc.get_freeze_count()
// reports 375. The simulator does not create those objects; it keeps their number per generation, which is
// what gc.get_objects() sizes, the DEBUG_STATS lines and the 25 % rule for automatic full collections see.
//
// The numbers (GcStartupState in the profiles) were measured on the pyenv builds 3.11.7 / 3.12.1 / 3.13.0,
// 64-bit Linux, run as the conformance recorder runs a case (PYTHONDONTWRITEBYTECODE=1, PYTHONHASHSEED=0,
// no site customisation), with this program:
//     import gc
//     c = gc.get_count()
//     n0 = len(gc.get_objects(0)); n1 = len(gc.get_objects(1)); n2 = len(gc.get_objects(2))
//     f = gc.get_freeze_count(); s = gc.get_stats()
// (n0 minus the tuple `c`), and with `gc.collect(0|1|2)` / `gc.freeze()` as the first call under DEBUG_STATS
// to see how many of those objects each kind of collection untracks. What is NOT modelled: the allocations
// CPython's compiler makes while compiling the program's own source before it runs (a few per statement;
// they move the start-up count0 by program size), and the start-up objects' identities (gc.get_objects()
// lists only the program's objects and the simulator's own module objects).
import { PERMANENT, mayBeTracked, type Collector, type GenerationStats } from './collector';
import type { PyObject } from '../objects/object';
import type { Recorder } from '../trace/recorder';
import { PyDict, PyTuple } from '../objects/containers';

/** One version's measured start-up state (profiles/py3xx.ts, `gc.startup`). */
export interface GcStartupState {
  /** gc.get_count() on the line after `import gc`. */
  readonly counts: readonly [number, number, number];
  /** gc.get_stats(): collections, collected, uncollectable per generation. */
  readonly stats: readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];
  /** Tracked objects in generations 0, 1, 2 (len(gc.get_objects(i))) and in the permanent one. */
  readonly generations: readonly [number, number, number];
  readonly permanent: number;
  /** Of each generation's objects, the tuples the first collection that examines them untracks. */
  readonly tuplesToUntrack: readonly [number, number, number];
  /** Dicts holding only atoms, untracked by the first full collection. */
  readonly dictsToUntrack: number;
  /** long_lived_pending: objects moved into generation 2 by start-up generation-1 collections. */
  readonly longLivedPending: number;
  /**
   * Modules already in sys.modules when the program starts (measured): importing one allocates nothing,
   * so the simulator's objects for it, built on first import, count as start-up objects.
   */
  readonly preloadedModules: readonly string[];
  /**
   * Modules whose import, on a fresh interpreter, leaves cyclic garbage for the next collection (measured one
   * at a time: `gc.collect(); import m; print(gc.collect())`). The amounts depend on which modules were
   * imported before and on the collections the import itself triggers, so they are not modelled.
   */
  readonly importGarbageModules: readonly string[];
}

/** For the UI: a one-paragraph statement that the start-up population is modelled, and from what. */
export const startupModel = {
  label: 'modelled',
  description:
    'The interpreter start-up state (the objects CPython creates before the first line runs, the collections it has '
    + 'already made, and on 3.12 the 375 frozen objects) is modelled as counts measured on real CPython 3.11.7, 3.12.1 '
    + 'and 3.13.0, not as individual objects. gc.get_count(), gc.get_stats(), the DEBUG_STATS generation sizes and the '
    + 'timing of automatic full collections include it; gc.get_objects() lists only the program\'s own objects. '
    + 'Importing a module CPython had not loaded at start-up makes those numbers unknown: the simulator then stops '
    + 'where they would be shown.',
} as const;

/**
 * The modelled start-up objects, by generation. A collection merges and promotes them like real objects
 * (they all survive: a fresh interpreter holds no cyclic garbage), untracking the measured tuples and dicts.
 */
export class StartupPopulation {
  readonly sizes: [number, number, number, number] = [0, 0, 0, 0];
  /**
   * Modules the program imported that CPython had not loaded at start-up: their import allocates, collects
   * and leaves objects the simulator does not model, so the heap statistics are unknown from then on.
   */
  readonly unmodelledImports: string[] = [];
  /** The first such import since the last full collection (counts and automatic collections are off until one). */
  importSinceFullCollection: string | null = null;
  /** ...and the first whose import leaves cyclic garbage that the next collections would find. */
  importGarbagePending: string | null = null;
  private readonly tuples: [number, number, number] = [0, 0, 0];
  private dicts = 0;

  constructor(state: GcStartupState, simulatorObjects: readonly number[]) {
    for (let g = 0; g < 3; g++) {
      this.sizes[g] = Math.max(0, state.generations[g]! - simulatorObjects[g]!);
      this.tuples[g] = state.tuplesToUntrack[g]!;
    }
    this.sizes[PERMANENT] = Math.max(0, state.permanent - simulatorObjects[PERMANENT]!);
    this.dicts = state.dictsToUntrack;
  }

  /**
   * gc_collect_main's effect on the modelled objects: generations 0..gen merge into `gen`, its tuples are
   * untracked (and atom-only dicts on a full collection), the rest moves to gen+1. Returns how many were
   * examined and how many survived (promoted, or left in generation 2).
   */
  collect(gen: number): { examined: number; survivors: number } {
    let young = 0;
    let tuples = 0;
    for (let g = 0; g <= gen; g++) {
      young += this.sizes[g]!;
      tuples += this.tuples[g]!;
      this.sizes[g] = 0;
      this.tuples[g] = 0;
    }
    const examined = young;
    young -= tuples;
    if (gen === 2) {
      young -= this.dicts;
      this.dicts = 0;
    }
    this.sizes[Math.min(gen + 1, 2)] += young;
    return { examined, survivors: young };
  }

  /** A full collection has found whatever garbage an import left, and reset the counts. */
  fullCollectionDone(): void {
    this.importSinceFullCollection = null;
    this.importGarbagePending = null;
  }

  /** gc.freeze(): everything goes to the permanent generation (tuples stay pending there, never examined). */
  freeze(): void {
    for (let g = 0; g < 3; g++) {
      this.sizes[PERMANENT] += this.sizes[g]!;
      this.sizes[g] = 0;
    }
  }

  /** gc.unfreeze(): the permanent generation joins the oldest one. */
  unfreeze(): void {
    this.sizes[2] += this.sizes[PERMANENT];
    this.sizes[PERMANENT] = 0;
  }
}

/**
 * Puts the collector in the profile's start-up state, just before the program's first line. The simulator's
 * own module objects stand for part of the measured population: those a collection would untrack are
 * untracked now, the rest join the oldest populated generation, and the modelled counts make up the difference.
 * `mainDict` is tracked first: CPython's __main__ namespace already holds its loader and the builtins module.
 */
export function applyStartupState(gc: Collector, state: GcStartupState | null, mainDict: PyObject, recorder?: Recorder): void {
  if (!state) return;
  gc.track(mainDict);
  const bulk = state.generations[2] > 0 ? 2 : 1;
  for (let g = 0; g < 3; g++) {
    for (const obj of [...gc.generations[g]!]) {
      if (obj !== mainDict && untrackable(obj)) gc.untrack(obj);
      else if (g !== bulk) moveTo(gc, obj, bulk, recorder);
    }
  }
  const simulatorObjects = gc.generations.map((objects) => objects.size);
  gc.startup = new StartupPopulation(state, simulatorObjects);
  gc.counts.splice(0, 3, ...state.counts);
  state.stats.forEach(([collections, collected, uncollectable], g) => {
    const stats: GenerationStats = gc.stats[g]!;
    Object.assign(stats, { collections, collected, uncollectable });
  });
  gc.setLongLived(state.longLivedPending, 0);
}

/**
 * Runs `build` (the simulator creating a module on first import) so that what it allocates belongs to the
 * start-up population when CPython had the module loaded before the program started: no count moves, no
 * collection triggers, and its tracked objects stand for part of the modelled old generation.
 */
export function buildAsStartupObjects(gc: Collector, state: GcStartupState | null, moduleName: string, build: () => void, recorder?: Recorder): void {
  if (!state || !gc.startup || !state.preloadedModules.includes(moduleName)) {
    if (state && gc.startup) {
      gc.startup.unmodelledImports.push(moduleName);
      gc.startup.importSinceFullCollection ??= moduleName;
      if (state.importGarbageModules.includes(moduleName)) gc.startup.importGarbagePending ??= moduleName;
    }
    build();
    return;
  }
  const counts = [...gc.counts];
  const { enabled, pending } = gc;
  const before = new Set(gc.generations[0]);
  gc.enabled = false;
  try {
    build();
  } finally {
    gc.enabled = enabled;
    gc.pending = pending;
    gc.counts.splice(0, 3, ...counts);
  }
  const bulk = state.generations[2] > 0 ? 2 : 1;
  for (const obj of [...gc.generations[0]!]) {
    if (before.has(obj)) continue;
    if (untrackable(obj)) {
      gc.untrack(obj);
      continue;
    }
    moveTo(gc, obj, bulk, recorder);
    if (gc.startup.sizes[bulk] > 0) gc.startup.sizes[bulk]--;
  }
}

/** What untrack_tuples / untrack_dicts would untrack (exact tuples and dicts holding nothing trackable). */
function untrackable(obj: PyObject): boolean {
  if (obj instanceof PyTuple && !obj.type.isHeapType) return obj.items.every((item) => !mayBeTracked(item));
  if (obj instanceof PyDict && !obj.type.isHeapType) return ![...obj.entries.values()].some((e) => mayBeTracked(e.key) || mayBeTracked(e.value));
  return false;
}

function moveTo(gc: Collector, obj: PyObject, generation: number, recorder?: Recorder): void {
  gc.generations[obj.generation]!.delete(obj);
  obj.generation = generation;
  gc.generations[generation]!.add(obj);
  recorder?.emit({ k: 'gcTrack', obj: obj.id, tracked: true, generation });
}
