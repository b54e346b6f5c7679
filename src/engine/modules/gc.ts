// The gc module: collect, counts and thresholds, is_tracked/is_finalized, the introspection functions
// (get_referents, get_referrers, get_objects), gc.garbage with DEBUG_SAVEALL, debug flags, gc.callbacks
// and freeze/unfreeze (Modules/gcmodule.c).
import type { Runtime } from '../vm/runtime';
import { PyType, type PyObject } from '../objects/object';
import { PyInstance } from '../objects/instance';
import { PyException } from '../objects/exceptions';
import { PyWeakref } from '../objects/weakref';
import { PyFunction } from '../objects/callables';
import { PyGenerator } from '../objects/generators';
import { PyInt, PyStr } from '../objects/scalars';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import { dictSet } from '../objects/dictops';
import { listAppendSteal } from '../objects/listops';
import { hexAddress } from '../objects/repr';
import { DEBUG_COLLECTABLE, DEBUG_STATS, PERMANENT } from '../gc/collector';
import { defineModule, type ModuleBuilder } from './define';
import { asIndex, checkPositional, oneArg, parseArgs } from './native';

export function createGcModule(rt: Runtime): void {
  defineModule(rt, 'gc', ({ set, fn }) => defineGc(rt, set, fn));
}

function defineGc(rt: Runtime, set: ModuleBuilder['set'], fn: ModuleBuilder['fn']): void {
  const gc = rt.gc;
  fn('collect', (args, kwargs) => {
    const arg = args[0] ?? kwargs?.get('generation');
    let generation = 2;
    if (arg) {
      if (!(arg instanceof PyInt)) rt.raise(rt.types.TypeError, `'${arg.type.name}' object cannot be interpreted as an integer`);
      generation = Number(arg.value);
      if (generation < 0 || generation > 2) rt.raise(rt.types.ValueError, 'invalid generation');
    }
    return rt.int(gc.collect(generation));
  });
  fn('get_count', () => rt.tuple(gc.counts.map((c) => rt.int(c))));
  fn('get_threshold', () => rt.tuple(gc.pythonThresholds().map((c) => rt.int(c))));
  fn('isenabled', () => rt.bool(gc.enabled));
  fn('enable', () => { gc.enabled = true; return rt.none(); });
  fn('disable', () => { gc.enabled = false; return rt.none(); });
  fn('is_tracked', (args) => {
    const o = args[0]!;
    // (An instance of a tuple subclass is always tracked: only exact tuples are built untracked.)
    if (rt.profile.gc.tuplesUntrackedAtCreation && o instanceof PyTuple && !o.type.isHeapType && o.tracked && o.items.every((item) => !item.tracked)) {
      // Which creation paths untrack at once on 3.14 is not modelled yet; guessing would be silently wrong.
      rt.unsupported('gc.is_tracked() of a tuple of untracked items on 3.14 (some ways of building one leave it untracked)');
    }
    return rt.bool(o.tracked);
  });
  defineIntrospection(rt, fn);
  defineState(rt, set, fn);
  for (const [name, value] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]] as const) {
    set(name, rt.int(value));
  }
}

/** get_referents, get_referrers, get_objects, is_finalized. */
function defineIntrospection(rt: Runtime, fn: ModuleBuilder['fn']): void {
  const gc = rt.gc;
  // Each object's tp_traverse, in its visit order (atoms included, as visit_referents appends them all).
  fn('get_referents', (args) => {
    const out: PyObject[] = [];
    for (const o of args) for (const child of referentsOf(rt, o)) out.push(rt.heap.incref(child, 'item'));
    return rt.list(out);
  });
  // Every object tracked in generations 0–2 (not the permanent one) whose traverse visits one of args.
  fn('get_referrers', (args) => {
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
  fn('get_objects', (args, kwargs) => {
    const [generation] = parseArgs(rt, 'get_objects', args, kwargs, { params: ['generation'], required: 0 });
    let gens: number[] | null = null;
    if (generation && generation !== rt.None) {
      if (!(generation instanceof PyInt)) rt.raise(rt.types.TypeError, `'${generation.type.name}' object cannot be interpreted as an integer`);
      const g = Number((generation as PyInt).value);
      if (g >= 3) rt.raise(rt.types.ValueError, 'generation parameter must be less than the number of available generations (3)');
      if (g < 0) rt.raise(rt.types.ValueError, 'generation parameter cannot be negative');
      gens = [g];
    }
    const result = rt.list([]);
    const objects = gens ? gens.flatMap((g) => gc.objectsIn(g)) : [0, 1, 2].flatMap((g) => [...gc.generations[g]!]);
    for (const o of objects) if (o !== result) listAppendSteal(rt, result, rt.heap.incref(o, 'item'));
    return result;
  });
  fn('is_finalized', (args, kwargs) => {
    const o = oneArg(rt, 'is_finalized', args, kwargs);
    return rt.bool(o.type.flags.gc && o.finalized);
  });
}

/**
 * What gc.get_referents reports for one object: its tp_traverse visits, in CPython's order, for the types
 * whose traverse the simulator models exactly; the others stop as "not supported" rather than guess.
 */
function referentsOf(rt: Runtime, o: PyObject): PyObject[] {
  if (!o.type.flags.gc) return [];
  const inlineValues = rt.profile.versionInfo[1] >= 13;
  if (o instanceof PyDict) {
    // 3.13+: a materialized instance dict whose values still live in the object visits nothing.
    if (inlineValues && o.splitKeys) return [];
    // dict_traverse: a dict whose keys table holds only str keys visits just the values.
    if ([...o.entries.values()].every((e) => e.key instanceof PyStr)) return [...o.entries.values()].map((e) => e.value);
  }
  if (o instanceof PyInstance && o.type.isHeapType && !(o instanceof PyException) && !(o instanceof PyWeakref) && !('held' in o)) {
    // subtype_traverse: 3.13+ visits the inline values even once __dict__ exists; 3.11/3.12 visit the dict.
    if (o.dict && inlineValues) return [...(o.dict as PyDict).entries.values()].map((e) => e.value).concat([o.type]);
  } else if (o instanceof PyFunction || o instanceof PyGenerator || ('held' in o) || (o instanceof PyType && o.isHeapType)) {
    rt.unsupported(`gc.get_referents() of a '${o.type.name}' object (its tp_traverse is not modelled exactly yet)`);
  }
  const out: PyObject[] = [];
  o.traverse((child) => out.push(child));
  return out;
}

/** gc.garbage, gc.callbacks, debug flags, freeze. */
function defineState(rt: Runtime, set: ModuleBuilder['set'], fn: ModuleBuilder['fn']): void {
  const gc = rt.gc;
  // Both lists exist before the program starts: their allocation is start-up state, not counted.
  const garbage = rt.list([]);
  const callbacks = rt.list([]);
  gc.counts[0] = Math.max(0, gc.counts[0] - 2);
  set('garbage', rt.heap.incref(garbage));
  set('callbacks', rt.heap.incref(callbacks));
  gc.hooks = {
    invokeCallbacks(phase, generation, collected, uncollectable) {
      if (callbacks.items.length === 0) return;
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
      listAppendSteal(rt, garbage, rt.heap.incref(obj, 'item'));
    },
    debugLine(obj, what) {
      const name = obj.type.isHeapType ? obj.type.name : obj.type.name;
      rt.write('stderr', `gc: ${what} <${name} ${hexAddress(obj.address)}>\n`);
    },
    unsupportedStats() {
      return rt.unsupported('gc.DEBUG_STATS output (it describes the whole interpreter heap and timings)');
    },
  };
  rt.heap.decref(garbage);
  rt.heap.decref(callbacks);
  // Interpreter shutdown runs one more collection, with the callbacks; its numbers include the garbage
  // the module teardown makes, which is not modelled. (Registered first, so it runs after the atexit hooks.)
  rt.exitHooks.push(() => {
    if (callbacks.items.length > 0) rt.unsupported('gc.callbacks still registered at exit (the shutdown collection calls them)');
    if (gc.debug & (DEBUG_COLLECTABLE | DEBUG_STATS)) rt.unsupported('gc debug output of the shutdown collection (gc.set_debug still active at exit)');
  });
  fn('set_debug', (args, kwargs) => {
    const [flags] = parseArgs(rt, 'set_debug', args, kwargs, { params: ['flags'], required: 1, posOnly: 1 });
    if (!(flags instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${flags!.type.name}' object cannot be interpreted as an integer`);
    gc.debug = Number(flags.value);
    return rt.none();
  });
  fn('get_debug', (args) => {
    checkPositional(rt, 'get_debug', args.length, 0, 0);
    return rt.int(gc.debug);
  });
  fn('freeze', () => {
    gc.freeze();
    return rt.none();
  });
  fn('unfreeze', () => {
    gc.unfreeze();
    return rt.none();
  });
  fn('set_threshold', (args, kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'set_threshold() takes no keyword arguments');
    if (args.length < 1 || args.length > 3) {
      if (rt.profile.versionInfo[1] >= 13) rt.raise(rt.types.TypeError, 'gc.set_threshold requires 1 to 3 arguments');
      rt.raise(rt.types.TypeError, args.length < 1 ? 'set_threshold() takes at least 1 argument (0 given)' : `set_threshold() takes at most 3 arguments (${args.length} given)`);
    }
    // PyArg_ParseTuple's "i": a C int.
    const values = args.map((a) => {
      const v = BigInt(asIndex(rt, a));
      if (v > 2147483647n) rt.raise(rt.types.OverflowError, 'signed integer is greater than maximum');
      if (v < -2147483648n) rt.raise(rt.types.OverflowError, 'signed integer is less than minimum');
      return Number(v);
    });
    gc.setThresholds(values);
    return rt.none();
  });
  fn('get_freeze_count', () => rt.int(gc.generations[PERMANENT]!.size));
}

export { PyList };
