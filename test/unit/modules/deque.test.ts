// Unit tests of collections.deque's block bookkeeping (src/engine/modules/deque.ts): where the first item sits in
// its 64-slot block after each operation, and the block count sys.getsizeof reports. The expected sizes are what
// CPython 3.11.7–3.13.0 (64-bit) printed for the same operations.
import { describe, expect, it } from 'vitest';
import { runtime } from '../helpers';
import { nativeType } from '../../../src/engine/modules/native';
import {
  PyDeque, append, appendleft, clear, copyDeque, delItem, dequeBlocks, dequeSizeof, extend, extendleft, installDeque, newDeque, pop, popleft, rotate,
} from '../../../src/engine/modules/deque';
import { createCollectionsModule, COLLECTIONS_INSTALLERS } from '../../../src/engine/modules/collections';
import type { Runtime } from '../../../src/engine/vm/runtime';
import { run } from '../helpers';

function setup(): { rt: Runtime; make: (n?: number) => PyDeque } {
  const rt = runtime('3.13');
  const type = nativeType(rt, 'collections.deque');
  installDeque(rt, type, nativeType(rt, 'collections._deque_iterator'), nativeType(rt, 'collections._deque_reverse_iterator'));
  const make = (n = 0) => {
    const d = newDeque(rt, type);
    if (n > 0) extend(rt, d, rt.list(Array.from({ length: n }, (_, i) => rt.int(i))));
    return d;
  };
  return { rt, make };
}

describe('deque leftindex and blocks', () => {
  it('an empty deque sits at slot 32 of one block: 760 bytes with the GC header', () => {
    const { make } = setup();
    const d = make();
    expect(d.leftindex).toBe(32);
    expect(dequeBlocks(d)).toBe(1);
    expect(dequeSizeof(d) + 16).toBe(760);
  });

  it('extend of an empty deque starts at slot 1, extendleft at slot 63', () => {
    const { rt, make } = setup();
    const a = make(63);
    expect([a.leftindex, dequeBlocks(a)]).toEqual([1, 1]);
    const b = make(64);
    expect(dequeBlocks(b)).toBe(2);
    const c = make();
    extendleft(rt, c, rt.list([rt.int(1), rt.int(2)]));
    expect(c.leftindex).toBe(61);
    expect(c.items.map((x) => (x as unknown as { value: number }).value)).toEqual([2, 1]);
  });

  it('appends from the centre need a second block at 33 items; appendleft opens a block at slot 0', () => {
    const { rt, make } = setup();
    const d = make();
    for (let i = 0; i < 32; i++) append(rt, d, rt.int(i));
    expect(dequeBlocks(d)).toBe(1);
    append(rt, d, rt.int(32));
    expect(dequeSizeof(d) + 16).toBe(1288);
    const e = make();
    for (let i = 0; i < 33; i++) appendleft(rt, e, rt.int(i));
    expect(e.leftindex).toBe(63);
    expect(dequeBlocks(e)).toBe(2);
  });

  it('popleft past a block frees it; emptying re-centres only at a block edge', () => {
    const { rt, make } = setup();
    const d = make(70);
    for (let i = 0; i < 63; i++) rt.heap.decref(popleft(rt, d));
    expect([d.leftindex, dequeBlocks(d)]).toEqual([0, 1]);
    while (d.items.length > 0) rt.heap.decref(pop(rt, d));
    expect(d.leftindex).toBe(32);
    const e = make(3);
    rt.heap.decref(pop(rt, e));
    rt.heap.decref(pop(rt, e));
    rt.heap.decref(pop(rt, e));
    expect(e.leftindex).toBe(1);
  });

  it('rotate reduces n into [-len/2, len/2] before shifting the left index', () => {
    const { make } = setup();
    const d = make(100);
    const sizes: number[] = [];
    for (const k of [1, 5, -7, 30, 49, 50, 51, -50, 99, 1000]) {
      rotate(d, k);
      sizes.push(dequeSizeof(d) + 16);
    }
    expect(sizes).toEqual([1288, 1816, 1288, 1816, 1816, 1288, 1816, 1816, 1816, 1816]);
    expect(d.leftindex).toBe(37);
  });

  it('rotate of fewer than two items leaves the state alone; any other rotate bumps it', () => {
    const { make } = setup();
    const one = make(1);
    rotate(one, 5);
    expect(one.state).toBe(1);
    const two = make(2);
    const before = two.state;
    rotate(two, 2);
    expect(two.state).toBe(before + 1);
  });

  it('clear re-centres; del d[i] rotates there and back; copy of one item appends from the centre', () => {
    const { rt, make } = setup();
    const d = make(10);
    // rotate(-4) moves the left index to 5, popleft to 6, rotate(4) back to 2 (CPython: 62 items fit one block, 63 do not).
    delItem(rt, d, 4);
    expect(d.items.length).toBe(9);
    expect(d.leftindex).toBe(2);
    clear(rt, d);
    expect(d.leftindex).toBe(32);
    const one = copyDeque(rt, make(1));
    expect(one.leftindex).toBe(32);
    const many = copyDeque(rt, make(5));
    expect(many.leftindex).toBe(1);
  });

  it('maxlen trimming pops the other end', () => {
    const { rt, make } = setup();
    const d = make();
    d.maxlen = 2;
    for (let i = 0; i < 5; i++) append(rt, d, rt.int(i));
    expect(d.items.map((x) => (x as unknown as { value: number }).value)).toEqual([3, 4]);
    expect(d.leftindex).toBe(35);
  });
});

describe('collections module', () => {
  it('runs the installers once, on first import', async () => {
    let calls = 0;
    COLLECTIONS_INSTALLERS.push(() => { calls++; });
    try {
      const result = await run('import collections\nimport collections\nprint(collections.deque)\n');
      expect(result.stdout).toBe("<class 'collections.deque'>\n");
      expect(calls).toBe(1);
    } finally {
      COLLECTIONS_INSTALLERS.pop();
    }
    expect(typeof createCollectionsModule).toBe('function');
  });

  it('public names not modelled yet stop as not supported', async () => {
    const result = await run('from collections import ChainMap\n');
    expect(result.stderr).toContain('not supported by the simulator yet');
    expect(result.stderr).toContain('ChainMap');
  });
});
