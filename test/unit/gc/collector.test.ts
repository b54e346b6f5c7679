// The generational cyclic collector against the fact sheet (../shared/reference/cpython-memory-facts.md §2)
// and against output of real CPython 3.11.7 / 3.12.1 / 3.13.0 for the same programs.
import { describe, expect, it } from 'vitest';
import type { PyObject } from '../../../src/engine/objects/object';
import { listAppendSteal } from '../../../src/engine/objects/listops';
import { dictSet } from '../../../src/engine/objects/dictops';
import { run, runtime } from '../helpers';
import type { Runtime } from '../../../src/engine/vm/runtime';

function selfReferencing(rt: Runtime) {
  const list = rt.list([]);
  listAppendSteal(rt, list, rt.heap.incref(list, 'item'));
  return list;
}

describe('collect() return value: unreachable GC objects found', () => {
  it('a self-referencing list that lost its name → 1, and it is freed', () => {
    const rt = runtime();
    const list = selfReferencing(rt);
    rt.heap.decref(list);
    expect([list.freed, list.refcnt]).toEqual([false, 1]);
    expect(rt.gc.collect(2)).toBe(1);
    expect(list.freed).toBe(true);
  });

  it('two lists referring to each other → 2', () => {
    const rt = runtime();
    const a = rt.list([]);
    const b = rt.list([rt.heap.incref(a, 'item')]);
    listAppendSteal(rt, a, rt.heap.incref(b, 'item'));
    rt.heap.decref(a);
    rt.heap.decref(b);
    expect(rt.gc.collect(2)).toBe(2);
    expect([a.freed, b.freed]).toEqual([true, true]);
  });

  it('a cycle still referenced from outside → 0, nothing freed', () => {
    const rt = runtime();
    const list = selfReferencing(rt); // our reference stands for a variable
    expect(rt.gc.collect(2)).toBe(0);
    expect([list.freed, list.refcnt]).toEqual([false, 2]);
  });

  it('a cycle kept alive only through another cycle member counts all members, atoms not at all', () => {
    const rt = runtime();
    const f = rt.float(1.5);
    const a = rt.list([f]);
    const d = rt.dict();
    const key = rt.str('back');
    dictSet(rt, d, key, a);
    rt.heap.decref(key);
    listAppendSteal(rt, a, d); // a → d → a; d's creation reference moves into a
    rt.heap.decref(a);
    expect(rt.gc.collect(2)).toBe(2);
    expect([a.freed, d.freed, f.freed]).toEqual([true, true, true]);
  });
});

describe('generations', () => {
  it('get_count after collect(0) / collect(1) / collect(2): (0,1,0) / (0,0,1) / (0,0,0) (§2.2, measured)', () => {
    const rt = runtime();
    rt.list([]);
    rt.gc.collect(0);
    expect([...rt.gc.counts]).toEqual([0, 1, 0]);
    rt.gc.collect(1);
    expect([...rt.gc.counts]).toEqual([0, 0, 1]);
    rt.gc.collect(2);
    expect([...rt.gc.counts]).toEqual([0, 0, 0]);
  });

  it('survivors move one generation older; a full collection keeps them in generation 2', () => {
    const rt = runtime();
    const list = rt.list([]);
    expect(list.generation).toBe(0);
    rt.gc.collect(0);
    expect(list.generation).toBe(1);
    rt.gc.collect(1);
    expect(list.generation).toBe(2);
    rt.gc.collect(2);
    expect([list.tracked, list.generation]).toEqual([true, 2]);
  });

  it('3.11 collects inside the allocation that passes threshold0; 3.12+ waits for the eval breaker', () => {
    for (const [version, immediate] of [['3.11', true], ['3.12', false]] as const) {
      const rt = runtime(version);
      rt.gc.thresholds = [3, 10, 10];
      rt.gc.counts[0] = 0;
      const keep: PyObject[] = [];
      for (let i = 0; i < 3; i++) keep.push(rt.list([]));
      expect(rt.gc.stats[0]!.collections, version).toBe(0);
      keep.push(rt.list([])); // count0 becomes 4 > 3
      expect(rt.gc.stats[0]!.collections, version).toBe(immediate ? 1 : 0);
      expect(rt.gc.pending, version).toBe(!immediate);
      rt.gc.runPending();
      expect(rt.gc.stats[0]!.collections, version).toBe(1);
    }
  });
});

describe('untracking', () => {
  it('nested tuples of atoms: one gen-0 collection untracks the inner tuples but not the outer (§2.6)', () => {
    const rt = runtime();
    const inner1 = rt.tuple([rt.int(1000), rt.int(1001)]);
    const inner2 = rt.tuple([rt.int(1000), rt.int(1002)]);
    const outer = rt.tuple([inner1, inner2]);
    expect([outer.tracked, inner1.tracked]).toEqual([true, true]);
    rt.gc.collect(0);
    expect([outer.tracked, inner1.tracked, inner2.tracked]).toEqual([true, false, false]);
    rt.gc.collect(0); // the outer tuple is in generation 1 now: gen-0 collections never look at it
    expect(outer.tracked).toBe(true);
    rt.gc.collect(2);
    expect(outer.tracked).toBe(false);
  });

  it('a tuple holding a list stays tracked', () => {
    const rt = runtime();
    const t = rt.tuple([rt.list([])]);
    rt.gc.collect(2);
    expect(t.tracked).toBe(true);
  });

  it('3.11–3.13: a dict that once held a list is untracked only by a full collection', () => {
    const rt = runtime('3.13');
    const d = rt.dict();
    expect(d.tracked).toBe(false);
    const key = rt.str('a');
    const list = rt.list([]);
    dictSet(rt, d, key, list);
    expect(d.tracked).toBe(true);
    const one = rt.int(1);
    dictSet(rt, d, key, one);
    rt.gc.collect(0);
    rt.gc.collect(1);
    expect(d.tracked).toBe(true);
    rt.gc.collect(2);
    expect(d.tracked).toBe(false);
  });

  it('3.14: every dict is tracked, and stays tracked (gh-127010)', () => {
    const rt = runtime('3.14');
    const d = rt.dict();
    expect(d.tracked).toBe(true);
    rt.gc.collect(2);
    expect(d.tracked).toBe(true);
  });
});

describe('the gc module from Python', () => {
  // The program's output on real CPython 3.11.7, 3.12.1 and 3.13.0 was identical (run with pyenv).
  const program = [
    'import gc',
    'x = 1000',
    'nested = ((x, x + 1), (x, x + 2))',
    'print(gc.is_tracked(nested), gc.is_tracked(nested[0]))',
    'gc.collect(0)',
    'print(gc.is_tracked(nested), gc.is_tracked(nested[0]), gc.is_tracked(nested[1]))',
    'gc.collect()',
    'print(gc.is_tracked(nested))',
    "d = {'a': []}",
    "d['a'] = 1",
    'gc.collect(1)',
    'print(gc.is_tracked(d), gc.is_tracked({}))',
    'gc.collect()',
    'print(gc.is_tracked(d))',
    'a = []',
    'a.append(a)',
    'del a',
    'b = []',
    'c = [b]',
    'b.append(c)',
    'del b, c',
    'e = []',
    'e.append(e)',
    'print(gc.collect(), gc.get_count())',
    '',
  ].join('\n');

  it('prints what CPython 3.11, 3.12 and 3.13 print', async () => {
    const outputs = await Promise.all((['3.11', '3.12', '3.13'] as const).map(async (version) => (await run(program, version)).stdout));
    expect(outputs).toEqual(new Array(3).fill('True True\nTrue False False\nFalse\nTrue False\nFalse\n3 (0, 0, 0)\n'));
  });
});

describe('freeze, tp_clear of instances and cells, DEBUG_SAVEALL', () => {
  it('gc.freeze() hides a garbage cycle from collections until unfreeze() moves it to generation 2', () => {
    const rt = runtime();
    const list = selfReferencing(rt);
    rt.heap.decref(list);
    rt.gc.freeze();
    expect([rt.gc.collect(2), list.freed, list.generation]).toEqual([0, false, 3]);
    rt.gc.unfreeze();
    expect(list.generation).toBe(2);
    expect([rt.gc.collect(2), list.freed]).toEqual([1, true]);
  });

  it('frees a cycle of instances by clearing their attributes (subtype_clear)', async () => {
    const result = await run('import gc\nclass A:\n    pass\na = A()\nb = A()\na.b = b\nb.a = a\ndel a, b\nprint(gc.collect(), gc.collect())\n');
    expect(result.stdout).toBe('2 0\n');
  });

  it('a closure cycle through a cell is freed once the cell is cleared', async () => {
    const result = await run('import gc\ndef make():\n    def f():\n        return f\n    return f\ng = make()\ndel g\nprint(gc.collect(), gc.collect())\n');
    expect(result.stdout).toBe('3 0\n');
  });

  it('DEBUG_SAVEALL keeps what a collection found in gc.garbage, tracked in the next generation', () => {
    const rt = runtime();
    const saved: PyObject[] = [];
    rt.gc.hooks = {
      invokeCallbacks: () => {},
      saveGarbage: (o) => { saved.push(rt.heap.incref(o, 'item')); },
      debugLine: () => {},
      unsupportedStats: () => { throw new Error('stats'); },
    };
    rt.gc.debug = 32;
    const list = selfReferencing(rt);
    rt.heap.decref(list);
    expect(rt.gc.collect(0)).toBe(1);
    expect([saved[0], list.freed, list.tracked, list.generation]).toEqual([list, false, true, 1]);
  });
});
