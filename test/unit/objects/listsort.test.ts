// The parts of CPython's list sort (listsort.ts, listmerge.ts) on plain numbers. The comparison sequences
// and counts marked "measured" were printed by real CPython 3.12.1 and 3.13.0 sorting objects whose
// __lt__ logs (self.index, other.index): xs = [K(v, i) for i, v in enumerate(values)]; xs.sort(); print(log).
import { describe, expect, it } from 'vitest';
import { computeMinrun, listSort, powerloop, type SortFlavour } from '../../../src/engine/objects/listsort';
import { gallopLeft, gallopRight } from '../../../src/engine/objects/listmerge';

const py312: SortFlavour = { equalsJoinDescendingRuns: false };
const py313: SortFlavour = { equalsJoinDescendingRuns: true };

interface Item {
  v: number;
  i: number;
}

/** Sorts items made from `values`; returns the final order of indices and every (self, other) asked. */
function logSort(values: number[], flavour: SortFlavour, failAt = -1): { order: number[]; log: [number, number][] } {
  const items: Item[] = values.map((v, i) => ({ v, i }));
  const log: [number, number][] = [];
  try {
    listSort(items, null, (a, b) => {
      log.push([a.i, b.i]);
      if (log.length === failAt) throw new Error('comparison failed');
      return a.v < b.v;
    }, flavour);
  } catch {
    // the order left behind is what the test looks at
  }
  return { order: items.map((x) => x.i), log };
}

/** The digest the measuring program printed: h = (h * 1000003 + a * 1009 + b) mod 2**61. */
function digest(log: [number, number][]): string {
  let h = 0n;
  for (const [a, b] of log) h = (h * 1000003n + BigInt(a) * 1009n + BigInt(b)) % (1n << 61n);
  return `${log.length} ${h}`;
}

describe('computeMinrun', () => {
  it('sorts short lists by insertion alone and keeps N/minrun at or just under a power of two', () => {
    expect(computeMinrun(0)).toBe(0);
    expect(computeMinrun(63)).toBe(63);
    expect(computeMinrun(64)).toBe(32);
    expect(computeMinrun(65)).toBe(33);
    expect(computeMinrun(2112)).toBe(33); // listsort.txt's example: 64 runs of 33
    expect(computeMinrun(300)).toBe(38);
  });
});

describe('powerloop', () => {
  it('is the depth where the two runs meet in the ideal binary merge tree', () => {
    expect(powerloop(0, 50, 50, 100)).toBe(1); // the two halves meet at the root
    expect(powerloop(0, 25, 25, 100)).toBe(2); // quarters meet one level down
    expect(powerloop(50, 25, 25, 100)).toBe(2);
    expect(powerloop(0, 1, 1, 1024)).toBe(10);
    expect(powerloop(511, 1, 1, 1024)).toBe(1); // straddling the middle
  });
});

describe('gallops', () => {
  const sorted = [0, 1, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55];
  const lt = (a: number, b: number) => a < b;
  const probes = (fn: typeof gallopLeft, key: number, hint: number) => ({ at: fn(lt, key, sorted, 0, sorted.length, hint) });

  it('gallopLeft finds the place left of equal items; gallopRight right of them', () => {
    for (let hint = 0; hint < sorted.length; hint++) {
      expect(probes(gallopLeft, 1, hint).at).toBe(1);
      expect(probes(gallopRight, 1, hint).at).toBe(4);
      expect(probes(gallopLeft, 4, hint).at).toBe(6);
      expect(probes(gallopRight, 100, hint).at).toBe(sorted.length);
      expect(probes(gallopLeft, -1, hint).at).toBe(0);
    }
  });

  it('gallops from the hint by offsets 1, 3, 7, 15 before searching the bracket', () => {
    const wide = Array.from({ length: 100 }, (_, i) => i);
    const looked: number[] = [];
    const logged = (a: number, b: number) => {
      looked.push(a === 70.5 ? b : a);
      return a < b;
    };
    expect(gallopLeft(logged, 70.5, wide, 0, wide.length, 0)).toBe(71);
    expect(looked.slice(0, 7)).toEqual([0, 1, 3, 7, 15, 31, 63]);
    expect(looked.length).toBeLessThan(14);
  });

  it('works on a window of a larger array (base offset)', () => {
    const arr = [99, 99, 0, 2, 4, 6, 99];
    expect(gallopLeft(lt, 3, arr, 2, 4, 3)).toBe(2);
    expect(gallopRight(lt, 4, arr, 2, 4, 0)).toBe(3);
  });
});

describe('listSort comparison sequences (measured on CPython)', () => {
  const fmt = (log: [number, number][]) => log.map(([a, b]) => `${a}${b}`).join(' ');

  it('3.11/3.12: descending runs are strictly descending', () => {
    expect(fmt(logSort([3, 1, 2, 5, 4, 0], py312).log)).toBe('10 21 20 21 32 30 40 43 50 52 51');
    expect(fmt(logSort([2, 2, 1, 1, 0, 3], py312).log)).toBe('10 21 21 20 30 32 40 43 42 53 51');
    expect(logSort([2, 2, 1, 1, 0, 3], py312).order).toEqual([4, 2, 3, 0, 1, 5]);
  });

  it('3.13+: equal neighbours join a descending run', () => {
    expect(fmt(logSort([3, 1, 2, 5, 4, 0], py313).log)).toBe('10 21 12 20 20 21 32 30 40 43 50 52 51');
    expect(fmt(logSort([2, 2, 1, 1, 0, 3], py313).log)).toBe('10 21 01 32 23 43 54 45 51');
    expect(logSort([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], py313).order).toEqual([8, 9, 6, 7, 4, 5, 2, 3, 0, 1]);
  });

  it('430 items with runs, merges and galloping', () => {
    const values = [...Array.from({ length: 300 }, (_, i) => (i * 7919) % 101), ...Array.from({ length: 50 }, (_, i) => i), ...Array.from({ length: 80 }, (_, i) => 80 - i)];
    expect(digest(logSort(values, py312).log)).toBe('2902 1500994749669833450');
    expect(digest(logSort(values, py313).log)).toBe('2914 12032557130972111');
  });

  it('2000 items with many equal keys', () => {
    const values = Array.from({ length: 2000 }, (_, i) => Math.floor(((i * 37) % 23) / 3));
    expect(digest(logSort(values, py312).log)).toBe('13174 751855040225832157');
    expect(digest(logSort(values, py313).log)).toBe('13225 1012429711161855716');
  });
});

describe('listSort results', () => {
  const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 37);

  it('is stable in both flavours', () => {
    for (const flavour of [py312, py313]) {
      const { order } = logSort(values, flavour);
      for (let k = 1; k < order.length; k++) {
        const [a, b] = [order[k - 1]!, order[k]!];
        expect(values[a]! < values[b]! || (values[a] === values[b] && a < b)).toBe(true);
      }
    }
  });

  it('leaves a permutation of the input whichever comparison raises', () => {
    const total = logSort(values, py313).log.length;
    for (let failAt = 1; failAt <= total; failAt += 37) {
      const { order } = logSort(values, py313, failAt);
      expect([...order].sort((a, b) => a - b)).toEqual(values.map((_, i) => i));
    }
  });

  it('moves the values in lockstep with the keys', () => {
    const keys = [3, 1, 2, 1, 0];
    const names = ['d', 'b1', 'c', 'b2', 'a'];
    listSort(keys, names, (a, b) => a < b, py313);
    expect(keys).toEqual([0, 1, 1, 2, 3]);
    expect(names).toEqual(['a', 'b1', 'b2', 'c', 'd']);
  });
});
