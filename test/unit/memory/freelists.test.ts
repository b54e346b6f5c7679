// Freelists: which dying objects are kept, for whom, how many, and what count0 and id() see.
import { describe, expect, it } from 'vitest';
import { PyDict, PyList, PyTuple } from '../../../src/engine/objects/containers';
import type { PyObject } from '../../../src/engine/objects/object';
import type { Runtime } from '../../../src/engine/vm/runtime';
import { run, runtime } from '../helpers';

function count0(rt: Runtime): number {
  return rt.gc.counts[0];
}

/** A list holding new references to `n` fresh lists. */
function listsOf(rt: Runtime, n: number): PyObject[] {
  return Array.from({ length: n }, () => rt.list([]));
}

describe('list freelist', () => {
  it('a freed list keeps count0 and gives its address to the next list', () => {
    const rt = runtime('3.13');
    const a = rt.list([]);
    const address = a.address;
    const before = count0(rt);
    rt.heap.decref(a);
    expect(count0(rt)).toBe(before); // no PyObject_GC_Del decrement
    expect(rt.heap.freelists.size('list')).toBe(1);
    const b = rt.list([rt.int(1)]);
    expect(count0(rt)).toBe(before); // no _PyObject_GC_Link increment
    expect(b.address).toBe(address);
    expect(b.tracked).toBe(true);
  });

  it('is LIFO and holds 80 lists: the 81st freed list is really freed', () => {
    const rt = runtime('3.12');
    const lists = listsOf(rt, 81);
    const addresses = lists.map((l) => l.address);
    const before = count0(rt);
    for (const l of lists) rt.heap.decref(l);
    expect(rt.heap.freelists.size('list')).toBe(80);
    expect(count0(rt)).toBe(before - 1);
    expect(rt.list([]).address).toBe(addresses[79]);
    expect(rt.list([]).address).toBe(addresses[78]);
  });

  it('a type call (tp_alloc) neither takes from it nor skips the count', () => {
    const rt = runtime('3.11');
    rt.heap.decref(rt.list([]));
    const before = count0(rt);
    const made = rt.heap.registerFromTypeCall(new PyList(rt.types.list, []));
    expect(count0(rt)).toBe(before + 1);
    expect(rt.heap.freelists.size('list')).toBe(1);
    rt.heap.decref(made);
    expect(rt.heap.freelists.size('list')).toBe(2);
  });

  it('instances of a list subclass never go on it (their deletion counts -1)', async () => {
    const source = 'import gc\nclass L(list): pass\nx = L()\ngc.disable()\na = gc.get_count()[0]\ndel x\nb = gc.get_count()[0]\nprint(b - a)\n';
    expect((await run(source, '3.13')).stdout).toBe('-1\n');
  });
});

describe('tuple freelists', () => {
  it('one per length; 3.11-3.12 keep 20-tuples but reuse only shorter ones, 3.13 reuses them', () => {
    const reused = (version: '3.12' | '3.13', length: number): boolean => {
      const rt = runtime(version);
      const t = rt.tuple(Array.from({ length }, () => rt.int(1)));
      const address = t.address;
      rt.heap.decref(t);
      const kept = rt.heap.freelists.size('tuple', length) === 1;
      const again = rt.tuple(Array.from({ length }, () => rt.int(2)));
      expect(kept).toBe(length <= 20);
      return kept && again.address === address && rt.heap.freelists.size('tuple', length) === 0;
    };
    expect([19, 20, 21].map((n) => reused('3.12', n))).toEqual([true, false, false]);
    expect([19, 20, 21].map((n) => reused('3.13', n))).toEqual([true, true, false]);
  });

  it('a freed 2-tuple is not given to a 3-tuple', () => {
    const rt = runtime('3.13');
    const pair = rt.tuple([rt.int(1), rt.int(2)]);
    const address = pair.address;
    rt.heap.decref(pair);
    expect(rt.tuple([rt.int(1), rt.int(2), rt.int(3)]).address).not.toBe(address);
    expect(rt.tuple([rt.int(1), rt.int(2)]).address).toBe(address);
  });
});

describe('dict and float freelists', () => {
  it('dicts: an exact dict goes on it, a PyDict_New takes it back', () => {
    const rt = runtime('3.13');
    const d = rt.dict();
    const address = d.address;
    rt.heap.decref(d);
    expect(rt.heap.freelists.size('dict')).toBe(1);
    const viaType = rt.heap.registerFromTypeCall(new PyDict(rt.types.dict));
    expect(viaType.address).not.toBe(address);
    expect(rt.dict().address).toBe(address);
  });

  it('floats: 100 kept; floats are not GC objects, so count0 never moves', () => {
    const rt = runtime('3.13');
    const floats = Array.from({ length: 101 }, (_, i) => rt.float(i + 0.5));
    const before = count0(rt);
    for (const f of floats) rt.heap.decref(f);
    expect(rt.heap.freelists.size('float')).toBe(100);
    expect(count0(rt)).toBe(before);
  });
});

describe('3.14 additions', () => {
  it('ints (compact only) have a freelist only in 3.14', () => {
    for (const [version, expected] of [['3.13', 0], ['3.14', 1]] as const) {
      const rt = runtime(version);
      rt.heap.decref(rt.int(1000));
      rt.heap.decref(rt.int(2n ** 40n));
      expect(rt.heap.freelists.size('int')).toBe(expected);
    }
  });

  it('list iterators and bound methods are reused without counting only in 3.14', async () => {
    const source = [
      'import gc',
      'class C:',
      '    def m(self): pass',
      'c = C(); items = [1]',
      'gc.collect(); gc.disable(); gc.get_count()',
      'it = iter(items); m = c.m',
      'del it, m',
      'a = gc.get_count()[0]',
      'it = iter(items); m = c.m',
      'b = gc.get_count()[0]',
      'print(b - a)',
    ].join('\n');
    expect((await run(source, '3.13')).stdout).toBe('2\n');
    expect((await run(source, '3.14')).stdout).toBe('0\n');
  });
});

describe('full collections', () => {
  it('empty the freelists (each freed GC object lowers count0 if positive); 3.11-3.13 keep the slice cache', async () => {
    const rt = runtime('3.13');
    const lists = listsOf(rt, 5);
    for (const l of lists) rt.heap.decref(l);
    rt.heap.decref(rt.tuple([rt.int(1)]));
    expect(rt.heap.freelists.size('list')).toBe(5);
    rt.gc.collect(1);
    expect(rt.heap.freelists.size('list')).toBe(5);
    rt.gc.collect(2);
    expect(rt.heap.freelists.size('list')).toBe(0);
    expect(rt.heap.freelists.size('tuple', 1)).toBe(0);
    expect(rt.heap.freelists.size('slice')).toBe(1);
    const rt14 = runtime('3.14');
    rt14.gc.collect(2);
    expect(rt14.heap.freelists.size('slice')).toBe(0);
  });

  it('gc.get_count() right after gc.collect(): the first [] counts, the next one reuses', async () => {
    const source = [
      'import gc',
      'gc.collect(); gc.disable()',
      'a = gc.get_count()[0]; x = []; b = gc.get_count()[0]',
      'del x',
      'c = gc.get_count()[0]; y = []; d = gc.get_count()[0]',
      'print(b - a, d - c)',
    ].join('\n');
    expect((await run(source, '3.13')).stdout).toBe('2 0\n');
  });

  it('clearing returns the blocks to the allocator', () => {
    const rt = runtime('3.13');
    const t = rt.tuple([rt.int(1)]);
    const tuple = t as PyTuple;
    const address = tuple.address;
    rt.heap.decref(t);
    rt.heap.clearFreelists();
    expect(rt.heap.freelists.size('tuple', 1)).toBe(0);
    // The block is free memory again: the next object of that size class takes it.
    expect(rt.heap.registerFromTypeCall(new PyTuple(rt.types.tuple, [rt.int(2)])).address).toBe(address);
  });
});
