// sys.getsizeof and container growth, against the values measured on CPython 3.11.7 / 3.12.1 / 3.13.0
// in ../shared/reference/cpython-memory-facts.md §4 (tables 4.1–4.4).
import { describe, expect, it } from 'vitest';
import { getsizeof } from '../../../src/engine/memory/sizes';
import { resizedCapacity, listAppendSteal } from '../../../src/engine/objects/listops';
import { dictDelete, dictSet } from '../../../src/engine/objects/dictops';
import type { PyObject } from '../../../src/engine/objects/object';
import { run, runtime } from '../helpers';

describe('sys.getsizeof of atoms (§4.1, §4.2)', () => {
  it('ints: 24 + 4 bytes per 30-bit digit (0 still has one digit); floats 24; None 16', () => {
    const rt = runtime();
    const sizes = [0, 1, -1, 255, 2 ** 30 - 1, 2 ** 30, 2n ** 60n - 1n, 2n ** 60n, 2n ** 90n, 2n ** 1000n]
      .map((v) => getsizeof(rt.int(v), rt.profile));
    expect(sizes).toEqual([28, 28, 28, 28, 28, 32, 32, 36, 40, 160]);
    expect([getsizeof(rt.True, rt.profile), getsizeof(rt.float(1.5), rt.profile), getsizeof(rt.None, rt.profile)]).toEqual([28, 24, 16]);
  });

  it('str: header 49 / 73 on 3.11, 41 / 57 from 3.12 (PEP 623), plus 1, 2 or 4 bytes per character', () => {
    // ASCII '', 'a', 'ab', 'a'*100; latin-1 'éé'; UCS-2 'ĀĀ'; UCS-4 '😀😀'; 'hello world'
    const texts = ['', 'a', 'ab', 'a'.repeat(100), 'éé', 'ĀĀ', '😀😀', 'hello world'];
    const sizes = (['3.11', '3.12', '3.13'] as const).map((version) => {
      const rt = runtime(version);
      return texts.map((t) => getsizeof(rt.str(t), rt.profile));
    });
    expect(sizes).toEqual([
      [49, 50, 51, 149, 75, 78, 84, 60],
      [41, 42, 43, 141, 59, 62, 68, 52],
      [41, 42, 43, 141, 59, 62, 68, 52],
    ]);
  });
});

describe('tuples and lists (§4.3)', () => {
  it('tuple: 40 + 8n including the GC header', () => {
    const rt = runtime();
    const tuples = [0, 1, 3, 10].map((n) => rt.tuple(Array.from({ length: n }, () => rt.none())));
    expect(tuples.map((t) => getsizeof(t, rt.profile))).toEqual([40, 48, 64, 120]);
  });

  it('append growth: capacities 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108, 128, …, 10 000 → 10 640', () => {
    const caps = [0];
    let allocated = 0;
    for (let n = 1; n <= 10_000; n++) {
      allocated = resizedCapacity(allocated, n - 1, n);
      if (allocated !== caps[caps.length - 1]) caps.push(allocated);
    }
    expect(caps.slice(0, 16)).toEqual([0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108, 128, 148, 172, 200]);
    expect(allocated).toBe(10_640);
  });

  it('appending through the list type gives getsizeof 56, 88, 120, 184, 248, 312, 376, 472, 568', () => {
    const rt = runtime();
    const list = rt.list([]);
    const sizes = [getsizeof(list, rt.profile)];
    for (let i = 0; i < 60; i++) {
      listAppendSteal(rt, list, rt.int(i));
      const s = getsizeof(list, rt.profile);
      if (s !== sizes[sizes.length - 1]) sizes.push(s);
    }
    expect(sizes).toEqual([56, 88, 120, 184, 248, 312, 376, 472, 568]);
  });

  it('shrinking by pop() from list(range(100)): 856 → 536 → 344 → 248 → 184 → 152 → 120 → 88 → 56', () => {
    let allocated = 100;
    const sizes = [56 + 8 * allocated];
    for (let n = 99; n >= 0; n--) {
      allocated = resizedCapacity(allocated, n + 1, n);
      if (56 + 8 * allocated !== sizes[sizes.length - 1]) sizes.push(56 + 8 * allocated);
    }
    expect(sizes).toEqual([856, 536, 344, 248, 184, 152, 120, 88, 56]);
  });

  it('how a list was built decides its capacity (measured table in §4.3)', async () => {
    const r = await run([
      'import sys',
      'a = 1',
      'print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof([a, a, a]), sys.getsizeof([1, 2]))',
      'print(sys.getsizeof(list(range(5))), sys.getsizeof([0] * 5), sys.getsizeof([0, 1] * 3))',
      'l = [1, 2, 3]',
      'l.clear()',
      'print(sys.getsizeof(l))',
    ].join('\n'));
    expect(r.stdout).toBe('56 88 80 72\n104 96 104\n56\n');
  });
});

describe('dicts (§4.4)', () => {
  function growth(keys: (i: number) => PyObject, n: number): number[] {
    const rt = runtime();
    const d = rt.dict();
    const sizes = [getsizeof(d, rt.profile)];
    for (let i = 0; i < n; i++) {
      const k = keys(i);
      const v = rt.int(i);
      dictSet(rt, d, k, v);
      rt.heap.decref(k);
      rt.heap.decref(v);
      const s = getsizeof(d, rt.profile);
      if (s !== sizes[sizes.length - 1]) sizes.push(s);
    }
    return sizes;
  }

  it('str keys: 64 empty, then 184 (1–5 items), 272 (6–10), 464 (11–21), 832 (22–42)', () => {
    const rt = runtime();
    expect(growth((i) => rt.str(`k${i}`), 42)).toEqual([64, 184, 272, 464, 832]);
  });

  it('non-str keys use 24-byte entries: 224, 352, 632, 1168', () => {
    const rt = runtime();
    expect(growth((i) => rt.int(i), 42)).toEqual([64, 224, 352, 632, 1168]);
  });

  it('resizes happen when the 6th, 11th and 22nd key arrive', () => {
    const rt = runtime();
    const d = rt.dict();
    const at: number[] = [];
    let last = d.tableSize;
    for (let i = 1; i <= 22; i++) {
      const k = rt.str(`key${i}`);
      dictSet(rt, d, k, rt.None);
      rt.heap.decref(k);
      if (d.tableSize !== last) at.push(i);
      last = d.tableSize;
    }
    expect(at).toEqual([1, 6, 11, 22]);
  });

  it('deleting never shrinks: 10 items inserted, all deleted → still 272', () => {
    const rt = runtime();
    const d = rt.dict();
    const keys = Array.from({ length: 10 }, (_, i) => rt.str(`k${i}`));
    for (const k of keys) dictSet(rt, d, k, rt.None);
    for (const k of keys) dictDelete(rt, d, k);
    expect(getsizeof(d, rt.profile)).toBe(272);
  });
});
