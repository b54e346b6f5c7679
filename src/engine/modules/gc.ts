// The gc module (v0): collect, get_count, get_threshold, isenabled/enable/disable, is_tracked.
import type { Runtime } from '../vm/runtime';
import { PyInt } from '../objects/scalars';
import { PyTuple } from '../objects/containers';
import { defineModule, type ModuleBuilder } from './define';

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
  fn('get_threshold', () => rt.tuple(gc.thresholds.map((c) => rt.int(c))));
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
  for (const [name, value] of [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2], ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]] as const) {
    set(name, rt.int(value));
  }
}
