// The incremental collector of CPython 3.14.0–3.14.4 (gc-variant 'incremental' of the 3.14 profile), against
// Python/gc.c of that era and what pyodide's CPython 3.14.2 printed for the same steps.
import { describe, expect, it } from 'vitest';
import { PROFILES, gcVariantsOf, withGcVariant } from '../../../src/engine/profiles';
import { Recorder } from '../../../src/engine/trace/recorder';
import { Runtime } from '../../../src/engine/vm/runtime';
import { Collector } from '../../../src/engine/gc/collector';
import { IncrementalCollector } from '../../../src/engine/gc/incremental';
import { listAppendSteal } from '../../../src/engine/objects/listops';
import type { PyObject } from '../../../src/engine/objects/object';
import type { PyList } from '../../../src/engine/objects/containers';
import { runSource } from '../../../src/engine';
import { wasm } from '../helpers';

/** A runtime with the incremental collector; without the modelled start-up objects unless asked. */
function incrementalRuntime(withStartupHeap = false): { rt: Runtime; gc: IncrementalCollector; roots: PyObject[] } {
  const profile = withGcVariant(PROFILES['3.14'], 'incremental')!;
  const rt = new Runtime(withStartupHeap ? profile : { ...profile, gc: { ...profile.gc, startupHeap: undefined } }, new Recorder(false));
  const gc = rt.gc as IncrementalCollector;
  const roots: PyObject[] = [];
  gc.roots = { globals: () => roots, frames: () => [] };
  return { rt, gc, roots };
}

/** Two lists referring to each other, with no outside reference left. */
function garbagePair(rt: Runtime): PyObject[] {
  const a = rt.list([]);
  const b = rt.list([rt.heap.incref(a, 'item')]);
  listAppendSteal(rt, a, rt.heap.incref(b, 'item'));
  rt.heap.decref(a);
  rt.heap.decref(b);
  return [a, b];
}

describe('the 3.14 profile selects its collector', () => {
  it('3.14 has the incremental variant (3.14.2, thresholds 2000/10/0); 3.13 has none', () => {
    expect(gcVariantsOf(PROFILES['3.14'])).toEqual(['generational', 'incremental']);
    const p = withGcVariant(PROFILES['3.14'], 'incremental')!;
    expect([p.versionInfo, p.gc.thresholds, p.gc.variant]).toEqual([[3, 14, 2], [2000, 10, 0], 'incremental']);
    expect(withGcVariant(PROFILES['3.13'], 'incremental')).toBeNull();
    expect(withGcVariant(PROFILES['3.13'], 'generational')).toBe(PROFILES['3.13']);
  });

  it('the runtime builds the collector the profile names', () => {
    expect(incrementalRuntime().gc).toBeInstanceOf(IncrementalCollector);
    const rt = new Runtime(PROFILES['3.14'], new Recorder(false));
    expect(rt.gc).not.toBeInstanceOf(IncrementalCollector);
    expect(rt.gc).toBeInstanceOf(Collector);
  });

  it('runSource({gcVariant}) runs it; an unknown variant for the version is an error', async () => {
    const src = 'import gc\nprint(gc.get_threshold(), gc.get_objects(1))\n';
    const inc = await runSource(src, { filename: 't.py', version: '3.14', wasm, gcVariant: 'incremental' });
    const gen = await runSource(src, { filename: 't.py', version: '3.14', wasm });
    expect(inc.stdout).toBe('(2000, 10, 0) []\n');
    expect(gen.stdout).not.toBe(inc.stdout);
    await expect(runSource(src, { filename: 't.py', version: '3.12', wasm, gcVariant: 'incremental' })).rejects.toThrow(/no incremental/);
  });
});

describe('the young count counts tracked objects (_PyObject_GC_TRACK / UNTRACK)', () => {
  it('tracking adds one, untracking or freeing takes one off; an untracked allocation does not count', () => {
    const { rt, gc } = incrementalRuntime();
    gc.collect(2);
    const start = gc.counts[0];
    const list = rt.list([]);
    expect(gc.counts[0]).toBe(start + 1);
    rt.str('not a GC object');
    expect(gc.counts[0]).toBe(start + 1);
    rt.heap.decref(list);
    expect(gc.counts[0]).toBe(start);
  });

  it('passing the young threshold schedules an increment for the eval breaker, reported as generation 1', () => {
    const { rt, gc } = incrementalRuntime();
    gc.collect(2);
    gc.thresholds[0] = 3;
    const seen: number[] = [];
    gc.hooks = { invokeCallbacks: (phase, g) => { if (phase === 'start') seen.push(g); }, saveGarbage() {}, debugLine() {}, unsupportedStats: () => { throw new Error(); } };
    for (let i = 0; i < 4; i++) rt.list([]);
    expect(gc.pending).toBe(true);
    gc.runPending();
    expect(seen).toEqual([1]);
    expect(gc.counts[0]).toBe(0);
  });
});

describe('collections', () => {
  it('collect(0) collects young cycles; survivors join the old generation; counts (0, 1, 0)', () => {
    const { rt, gc } = incrementalRuntime();
    gc.collect(2);
    const kept = rt.list([]);
    const [a] = garbagePair(rt);
    expect(gc.collect(0)).toBe(2);
    expect(a!.freed).toBe(true);
    expect([...gc.counts]).toEqual([0, 1, 0]);
    expect(gc.objectsIn(0)).not.toContain(kept);
    expect(gc.objectsIn(2)).toContain(kept);
    expect(gc.objectsIn(1)).toEqual([]);
  });

  it('the first increment after a full collection marks from the roots and collects nothing', () => {
    const { rt, gc, roots } = incrementalRuntime();
    gc.collect(2);
    const root: PyList = rt.list([]);
    roots.push(root);
    for (let i = 0; i < 3; i++) listAppendSteal(rt, root, rt.list([]));
    const child = root.items[0]!;
    const [a] = garbagePair(rt);
    expect(gc.describe().phase).toBe('mark');
    expect(gc.collect(1)).toBe(0);
    expect(gc.describe().phase).toBe('collect');
    expect(gc.objectsIn(2)).toEqual(expect.arrayContaining([root, child]));
    expect(gc.objectsIn(0)).toContain(a);
    // Marking cost twice what it marked (mark_at_start and its caller both subtract it).
    expect(gc.describe().workToDo).toBeLessThan(0);
  });

  it('a later increment collects the young generation with pending objects, then the spaces swap', () => {
    const { rt, gc } = incrementalRuntime();
    gc.collect(2);
    gc.collect(1); // marks (no roots: nothing moves)
    const before = gc.describe().visitedSpace;
    const garbage: PyObject[] = [];
    for (let i = 0; i < 20; i++) garbage.push(...garbagePair(rt));
    expect(gc.collect(1)).toBe(40);
    expect(gc.stats[1]).toEqual({ collections: 1, collected: 40, uncollectable: 0 });
    expect(garbage.every((o) => o.freed)).toBe(true);
    // Everything pending was scanned: the cycle is complete, the spaces swapped and the next increment marks.
    expect(gc.describe()).toMatchObject({ phase: 'mark', workToDo: 0, visitedSpace: before ^ 1 });
  });

  it('an increment owes nothing while the work left is negative: it returns without collecting', () => {
    const { rt, gc, roots } = incrementalRuntime();
    gc.collect(2);
    for (let i = 0; i < 50; i++) roots.push(rt.list([]));
    gc.collect(1); // marks 50 objects: work_to_do about -100
    garbagePair(rt);
    expect(gc.collect(1)).toBe(0);
    expect(gc.objectsIn(0).length).toBeGreaterThanOrEqual(2);
    // Neither the marking nor the increment that owed nothing counts in get_stats() (measured on 3.14.2).
    expect(gc.stats[1]!.collections).toBe(0);
  });

  it('collect(2) collects garbage in every space and resets the counts', () => {
    const { rt, gc } = incrementalRuntime();
    gc.collect(2);
    const [a, b] = [rt.list([]), rt.list([])];
    listAppendSteal(rt, a, rt.heap.incref(b, 'item'));
    listAppendSteal(rt, b, rt.heap.incref(a, 'item'));
    gc.collect(0); // the referenced pair moves to the old generation
    rt.heap.decref(a);
    rt.heap.decref(b);
    expect(gc.collect(0)).toBe(0);
    expect(gc.collect(2)).toBe(2);
    expect([...gc.counts]).toEqual([0, 0, 0]);
  });
});

describe('the modelled start-up objects', () => {
  it('count in the heap size; each marking reaches the reachable ones; increments scan the others from pending', () => {
    const { rt, gc } = incrementalRuntime(true);
    const { reachable, unreachable } = PROFILES['3.14'].gc.otherVariants!.incremental!.startupHeap!;
    expect(gc.describe().heapSize).toBe(reachable + unreachable);
    gc.collect(2);
    for (let i = 0; i < 100; i++) garbagePair(rt);
    // 200 new objects + min(heap / 10 / 10, 400), minus twice the marked start-up objects.
    const heapSize = gc.describe().heapSize;
    gc.collect(1);
    expect(gc.describe().workToDo).toBe(200 + Math.min(Math.trunc(Math.trunc(heapSize / 10) / 10), 400) - 2 * reachable);
    // The young cycles wait: the increments owe nothing until the marking is paid for.
    expect(gc.collect(1)).toBe(0);
    expect(gc.objectsIn(0).length).toBeGreaterThanOrEqual(200);
    expect(gc.collect(2)).toBe(200);
  });
});

describe('the start of a program', () => {
  it('is modelled on the oracle: right after a full collection (counts zero, everything old, one gen-2 collection)', async () => {
    const src = 'import gc\nprint(gc.get_count())\n';
    const result = await runSource(src, { filename: 't.py', version: '3.14', wasm, gcVariant: 'incremental' });
    expect(result.stdout).toBe('(0, 0, 0)\n');
    const { rt, gc } = incrementalRuntime();
    const old = rt.list([]);
    gc.settleBeforeProgram();
    expect([[...gc.counts], gc.objectsIn(0), gc.objectsIn(2).includes(old), gc.stats[2]!.collections]).toEqual([[0, 0, 0], [], true, 1]);
    expect(gc.describe()).toMatchObject({ phase: 'mark', workToDo: 0 });
  });
});

describe('thresholds', () => {
  it('get_threshold reports (young, old, 0); a third set_threshold value is kept out of sight', () => {
    const { gc } = incrementalRuntime();
    expect(gc.pythonThresholds()).toEqual([2000, 10, 0]);
    gc.setThresholds([100, 5, 7]);
    expect(gc.pythonThresholds()).toEqual([100, 5, 0]);
    expect(gc.describe().oldThreshold2).toBe(7);
    gc.setThresholds([300]);
    expect(gc.pythonThresholds()).toEqual([300, 5, 0]);
  });
});
