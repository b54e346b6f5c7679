// The gc module: collect, counts and thresholds, get_stats, is_tracked/is_finalized, the introspection
// functions (get_referents in gc/referents.ts, get_referrers, get_objects), gc.garbage with DEBUG_SAVEALL,
// the debug flags (DEBUG_STATS lines in gc/debugOutput.ts), gc.callbacks and freeze/unfreeze
// (Modules/gcmodule.c, Python/gc.c). The interpreter's own start-up objects are modelled as counts
// (gc/startup.ts): they appear in get_count, get_stats, get_freeze_count and the DEBUG_STATS sizes, but
// get_objects and get_referrers can only list the objects the simulator really has.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import { PyRaise } from '../objects/exceptions';
import { PyInt } from '../objects/scalars';
import { PyList, PyTuple } from '../objects/containers';
import { dictGetStr, dictSet } from '../objects/dictops';
import { listAppendSteal } from '../objects/listops';
import { hexAddress } from '../objects/repr';
import { DEBUG_SAVEALL, PERMANENT } from '../gc/collector';
import { repr } from '../objects/repr';

/** gc.DEBUG_UNCOLLECTABLE (no object the simulator can build has a legacy tp_del, so it only affects shutdown). */
const DEBUG_UNCOLLECTABLE = 4;
import { defineModule, type ModuleBuilder } from './define';
import { writeToFile } from './output';
import { referentsOf, visitedObject } from '../gc/referents';
import { tpName } from './weakref';
import { asIndex, noKeywords, oneArg, parseArgs, type Kwargs } from './native';
import { findDunder } from '../objects/dunders';

export function createGcModule(rt: Runtime): void {
  defineModule(rt, 'gc', ({ set, fn }) => defineGc(rt, set, fn));
}

/** METH_NOARGS: "gc.get_count() takes no arguments (1 given)"; keywords are refused first. */
function noArgs(rt: Runtime, name: string, args: PyObject[], kwargs: Kwargs): void {
  noKeywords(rt, `gc.${name}`, kwargs);
  if (args.length > 0) rt.raise(rt.types.TypeError, `gc.${name}() takes no arguments (${args.length} given)`);
}

/** _PyLong_AsInt (Argument Clinic's `int`): __index__, then the C int range. */
function asCInt(rt: Runtime, o: PyObject): number {
  const v = BigInt(asIndex(rt, o));
  if (v > 2147483647n || v < -2147483648n) rt.raise(rt.types.OverflowError, 'Python int too large to convert to C int');
  return Number(v);
}

function defineGc(rt: Runtime, set: ModuleBuilder['set'], fn: ModuleBuilder['fn']): void {
  const gc = rt.gc;
  /** A function without parameters. */
  const fn0 = (name: string, impl: () => PyObject) => fn(name, (args, kwargs) => {
    noArgs(rt, name, args, kwargs);
    return impl();
  });
  fn('collect', (args, kwargs) => {
    const [arg] = parseArgs(rt, 'collect', args, kwargs, { params: ['generation'], required: 0 });
    const generation = arg ? asCInt(rt, arg) : 2;
    if (generation < 0 || generation > 2) rt.raise(rt.types.ValueError, 'invalid generation');
    // A fresh import's cyclic garbage would be counted too: fine when the program drops the number.
    const imported = gc.startup?.importGarbagePending;
    const found = gc.collect(generation);
    if (imported && !rt.resultDiscarded()) {
      rt.unsupported(`the value of gc.collect() after importing '${imported}' (the cyclic garbage CPython's import of it leaves is not modelled; a gc.collect() whose value is dropped clears it)`);
    }
    return rt.int(found);
  });
  fn0('get_count', () => {
    const imported = gc.startup?.importSinceFullCollection;
    if (imported) rt.unsupported(`gc.get_count() after importing '${imported}' (what CPython's import of it allocates is not modelled; a full gc.collect() resets the counts)`);
    return rt.tuple(gc.counts.map((c) => rt.int(c)));
  });
  fn0('get_threshold', () => rt.tuple(gc.pythonThresholds().map((c) => rt.int(c))));
  // One dict per generation, keys in CPython's order; the counts include the modelled start-up collections.
  fn0('get_stats', () => {
    if (!rt.profile.gc.startup) rt.unsupported(`gc.get_stats() on ${rt.profile.id} (the interpreter's start-up collections are not measured for this version)`);
    const imported = gc.startup?.unmodelledImports[0];
    if (imported) rt.unsupported(`gc.get_stats() after importing '${imported}' (the collections CPython's import of it runs and the garbage it leaves are not modelled)`);
    return rt.list(gc.stats.map((stats) => {
      const d = rt.dict();
      for (const [key, value] of [['collections', stats.collections], ['collected', stats.collected], ['uncollectable', stats.uncollectable]] as const) {
        const k = rt.str(key);
        const v = rt.int(value);
        dictSet(rt, d, k, v);
        rt.heap.decref(k);
        rt.heap.decref(v);
      }
      return d;
    }));
  });
  fn0('isenabled', () => rt.bool(gc.enabled));
  fn0('enable', () => { gc.enabled = true; return rt.none(); });
  fn0('disable', () => { gc.enabled = false; return rt.none(); });
  fn('is_tracked', (args, kwargs) => {
    const o = oneArg(rt, 'gc.is_tracked', args, kwargs);
    // (An instance of a tuple subclass is always tracked: only exact tuples are built untracked.)
    if (rt.profile.gc.tuplesUntrackedAtCreation && o instanceof PyTuple && !o.type.isHeapType && o.tracked && o.items.every((item) => !item.tracked)) {
      // Which creation paths untrack at once on 3.14 is not modelled yet; guessing would be silently wrong.
      rt.unsupported('gc.is_tracked() of a tuple of untracked items on 3.14 (some ways of building one leave it untracked)');
    }
    return rt.bool(o.tracked);
  });
  defineIntrospection(rt, fn);
  defineState(rt, set, fn, fn0);
  for (const [name, value] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]] as const) {
    set(name, rt.int(value));
  }
}

/** get_referents, get_referrers, get_objects, is_finalized. */
function defineIntrospection(rt: Runtime, fn: ModuleBuilder['fn']): void {
  const gc = rt.gc;
  // Each object's tp_traverse, in its visit order (atoms included, as visit_referents appends them all).
  // METH_VARARGS: 3.13 names the function with its module in the keyword error.
  const noKeywordsVarargs = (name: string, kwargs: Kwargs) => noKeywords(rt, rt.profile.versionInfo[1] >= 13 ? `gc.${name}` : name, kwargs);
  fn('get_referents', (args, kwargs) => {
    noKeywordsVarargs('get_referents', kwargs);
    const out: PyObject[] = [];
    for (const o of args) for (const child of referentsOf(rt, o)) out.push(visitedObject(rt, child));
    return rt.list(out);
  });
  // Every object tracked in generations 0–2 (not the permanent one) whose traverse visits one of args.
  fn('get_referrers', (args, kwargs) => {
    noKeywordsVarargs('get_referrers', kwargs);
    const result = rt.list([]);
    const targets = new Set(args);
    for (let g = 0; g < PERMANENT; g++) {
      for (const o of [...gc.generations[g]!]) {
        if (o === result) continue;
        let hit = false;
        o.traverse((child) => { if (targets.has(child)) hit = true; });
        if (hit) listAppendSteal(rt, result, rt.heap.incref(o, 'item'));
      }
    }
    return result;
  });
  // Lists the simulated objects only: the modelled start-up population has no objects to hand out.
  fn('get_objects', (args, kwargs) => {
    const [generation] = parseArgs(rt, 'get_objects', args, kwargs, { params: ['generation'], required: 0 });
    // _Py_convert_optional_to_ssize_t: None (or -1) means every generation.
    let g = -1;
    if (generation && generation !== rt.None) {
      if (!(generation instanceof PyInt) && !(generation.type.isHeapType && findDunder(generation, '__index__'))) {
        rt.raise(rt.types.TypeError, `argument should be integer or None, not '${generation.type.name}'`);
      }
      const v = BigInt(asIndex(rt, generation));
      if (v >= 2n ** 63n || v < -(2n ** 63n)) rt.raise(rt.types.OverflowError, 'Python int too large to convert to C ssize_t');
      g = Number(v);
    }
    if (g !== -1 && g >= 3) rt.raise(rt.types.ValueError, 'generation parameter must be less than the number of available generations (3)');
    if (g !== -1 && g < 0) rt.raise(rt.types.ValueError, 'generation parameter cannot be negative');
    const gens = g === -1 ? [0, 1, 2] : [g];
    const result = rt.list([]);
    const objects = gens.flatMap((gen) => gc.objectsIn(gen));
    for (const o of objects) if (o !== result) listAppendSteal(rt, result, rt.heap.incref(o, 'item'));
    return result;
  });
  fn('is_finalized', (args, kwargs) => {
    const o = oneArg(rt, 'gc.is_finalized', args, kwargs);
    return rt.bool(o.type.flags.gc && o.finalized);
  });
}

/**
 * PySys_WriteStderr: the debug lines go to sys.stderr as the program has set it (an io.StringIO captures
 * them), straight to the process's stderr when sys.stderr is None or gone; an error from write() is ignored.
 */
function writeStderr(rt: Runtime, text: string): void {
  const sys = rt.modules.get('sys');
  const file = sys ? dictGetStr(sys.dict, 'stderr') : undefined;
  if (!file || file === rt.None) {
    rt.write('stderr', text);
    return;
  }
  try {
    writeToFile(rt, file, text);
  } catch (error) {
    if (!(error instanceof PyRaise)) throw error;
    rt.heap.decref(error.exc);
  }
}

/** gc.garbage, gc.callbacks, debug flags, freeze. */
function defineState(rt: Runtime, set: ModuleBuilder['set'], fn: ModuleBuilder['fn'], fn0: (name: string, impl: () => PyObject) => void): void {
  const gc = rt.gc;
  // Both lists exist before the program starts (start-up state, gc/startup.ts).
  const garbage = rt.list([]);
  const callbacks = rt.list([]);
  set('garbage', rt.heap.incref(garbage));
  set('callbacks', rt.heap.incref(callbacks));
  /** The garbage a fresh import left behind would be listed or saved too. */
  const stopForImportGarbage = (flag: string) => {
    const imported = gc.startup?.importGarbagePending;
    if (imported) rt.unsupported(`gc.${flag} after importing '${imported}' (the cyclic garbage CPython's import of it leaves is not modelled)`);
  };
  gc.hooks = {
    invokeCallbacks(phase, generation, collected, uncollectable) {
      if (callbacks.items.length === 0) return;
      const imported = gc.startup?.importSinceFullCollection;
      if (imported) rt.unsupported(`gc.callbacks after importing '${imported}' (when CPython collects, and what, depends on the objects its import creates, which are not modelled)`);
      const info = rt.dict();
      for (const [key, value] of [['generation', generation], ['collected', collected], ['uncollectable', uncollectable]] as const) {
        const k = rt.str(key);
        const v = rt.int(value);
        dictSet(rt, info, k, v);
        rt.heap.decref(k);
        rt.heap.decref(v);
      }
      const phaseObj = rt.str(phase);
      try {
        for (let i = 0; i < callbacks.items.length; i++) {
          const cb = rt.heap.incref(callbacks.items[i]!);
          try {
            rt.reportUnraisable(() => rt.heap.decref(rt.call(cb, [phaseObj, info])), cb);
          } finally {
            rt.heap.decref(cb);
          }
        }
      } finally {
        rt.heap.decref(phaseObj);
        rt.heap.decref(info);
      }
    },
    saveGarbage(obj) {
      stopForImportGarbage('DEBUG_SAVEALL');
      listAppendSteal(rt, garbage, rt.heap.incref(obj, 'item'));
    },
    debugLine(obj, what) {
      stopForImportGarbage('DEBUG_COLLECTABLE');
      writeStderr(rt, `gc: ${what} <${tpName(rt, obj.type)} ${hexAddress(obj.address)}>\n`);
    },
    unsupportedStats(why) {
      return rt.unsupported(`gc.DEBUG_STATS output ${why ?? `on ${rt.profile.id} (the interpreter's start-up state is not measured for this version)`}`);
    },
    debugWrite(text) {
      writeStderr(rt, text);
    },
    // Objects left in gc.garbage (unless DEBUG_SAVEALL put them there): a ResourceWarning, which the default
    // warning filters ignore, and under DEBUG_UNCOLLECTABLE the list's repr on stderr, indented by six spaces.
    dumpShutdownStats() {
      if (gc.debug & DEBUG_SAVEALL || garbage.freed || garbage.items.length === 0) return;
      if (gc.debug & DEBUG_UNCOLLECTABLE) writeStderr(rt, `      ${repr(rt, garbage)}\n`);
    },
  };
  rt.heap.decref(garbage);
  rt.heap.decref(callbacks);
  fn('set_debug', (args, kwargs) => {
    gc.debug = asCInt(rt, oneArg(rt, 'gc.set_debug', args, kwargs));
    return rt.none();
  });
  fn0('get_debug', () => rt.int(gc.debug));
  fn0('freeze', () => {
    gc.freeze();
    return rt.none();
  });
  fn0('unfreeze', () => {
    gc.unfreeze();
    return rt.none();
  });
  fn('set_threshold', (args, kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'set_threshold() takes no keyword arguments');
    if (args.length < 1 || args.length > 3) {
      if (rt.profile.versionInfo[1] >= 13) rt.raise(rt.types.TypeError, 'gc.set_threshold requires 1 to 3 arguments');
      rt.raise(rt.types.TypeError, args.length < 1 ? 'set_threshold() takes at least 1 argument (0 given)' : `set_threshold() takes at most 3 arguments (${args.length} given)`);
    }
    // PyArg_ParseTuple's "i": PyLong_AsLong (a C long), then the C int range.
    const values = args.map((a) => {
      const v = BigInt(asIndex(rt, a));
      if (v >= 2n ** 63n || v < -(2n ** 63n)) rt.raise(rt.types.OverflowError, 'Python int too large to convert to C long');
      if (v > 2147483647n) rt.raise(rt.types.OverflowError, 'signed integer is greater than maximum');
      if (v < -2147483648n) rt.raise(rt.types.OverflowError, 'signed integer is less than minimum');
      return Number(v);
    });
    gc.setThresholds(values);
    return rt.none();
  });
  fn0('get_freeze_count', () => rt.int(gc.frozenCount()));
}

export { PyList };
