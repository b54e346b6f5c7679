// Heap: the one incref/decref path, immortality per version, deallocation order, address reuse.
import { describe, expect, it } from 'vitest';
import type { PyObject } from '../../../src/engine/objects/object';
import type { TraceEvent } from '../../../src/protocol/trace';
import type { PyList } from '../../../src/engine/objects/containers';
import { dictSet } from '../../../src/engine/objects/dictops';
import { GC_HEADER } from '../../../src/engine/memory/sizes';
import { newSet } from '../../../src/engine/objects/setmethods';
import { runtime } from '../helpers';

/** Ids of the objects freed since `from` (an index into the event log), in order. */
function freedSince(events: readonly TraceEvent[], from: number): number[] {
  return events.slice(from).flatMap((e) => (e.k === 'free' ? [e.obj] : []));
}

describe('incref / decref', () => {
  it('count up and down; the last decref frees the object', () => {
    const rt = runtime();
    const f = rt.float(1.5);
    expect(f.refcnt).toBe(1);
    rt.heap.incref(f);
    rt.heap.incref(f);
    expect(rt.heap.refcountOf(f)).toBe(3);
    rt.heap.decref(f);
    rt.heap.decref(f);
    expect(rt.heap.live.has(f.id)).toBe(true);
    rt.heap.decref(f);
    expect(f.freed).toBe(true);
    expect(rt.heap.live.has(f.id)).toBe(false);
  });

  it('3.12+: immortal objects never change and read 4294967295 (3.12, 3.13) or 3 << 30 (3.14)', () => {
    const read = (['3.12', '3.13', '3.14'] as const).map((version) => {
      const rt = runtime(version);
      const zero = rt.int(0);
      return [rt.None, rt.True, zero, rt.emptyTuple, rt.emptyStr, rt.types.int].map((obj) => {
        rt.heap.incref(obj);
        rt.heap.incref(obj);
        rt.heap.decref(obj);
        return obj.immortal ? rt.heap.refcountOf(obj) : -1;
      });
    });
    expect(read).toEqual([4294967295, 4294967295, 3221225472].map((v) => new Array(6).fill(v)));
  });

  it('3.11: static objects are counted normally from 999999999 and never freed', () => {
    const rt = runtime('3.11');
    const base = rt.heap.refcountOf(rt.None);
    expect(base).toBe(999_999_999);
    rt.heap.incref(rt.None);
    expect(rt.heap.refcountOf(rt.None)).toBe(1_000_000_000);
    rt.heap.decref(rt.None);
    rt.heap.decref(rt.None);
    expect(rt.heap.refcountOf(rt.None)).toBe(999_999_998);
    expect(rt.None.immortal).toBe(false);
  });

  it('small ints -5…256 are one static object each; 257 is a new object every time', () => {
    const rt = runtime();
    expect(rt.int(256)).toBe(rt.int(256));
    expect(rt.int(-5)).toBe(rt.int(-5));
    expect(rt.int(257)).not.toBe(rt.int(257));
    expect(rt.int(-6)).not.toBe(rt.int(-6));
  });
});

describe('deallocation', () => {
  it("a list releases its items last to first, then frees its own memory", () => {
    const rt = runtime('3.13', true);
    const items = [rt.float(1), rt.float(2), rt.float(3)];
    const list = rt.list(items);
    const mark = rt.recorder.events.length;
    rt.heap.decref(list);
    expect(freedSince(rt.recorder.events, mark)).toEqual([items[2]!.id, items[1]!.id, items[0]!.id, list.id]);
  });

  it('children are freed (depth first) before the parent’s memory', () => {
    const rt = runtime('3.13', true);
    const x = rt.float(1);
    const y = rt.float(2);
    const inner = rt.list([x]);
    const outer = rt.list([inner, y]);
    const mark = rt.recorder.events.length;
    rt.heap.decref(outer);
    // y (last item) first; then inner, whose own item x goes before inner itself; outer last.
    expect(freedSince(rt.recorder.events, mark)).toEqual([y.id, x.id, inner.id, outer.id]);
  });

  it('an item still referenced elsewhere only loses the container’s reference', () => {
    const rt = runtime('3.13', true);
    const shared = rt.float(1);
    rt.heap.incref(shared);
    const list = rt.list([shared]);
    rt.heap.decref(list);
    expect([shared.freed, shared.refcnt]).toEqual([false, 1]);
  });

  it('a dict releases key then value, entry by entry in insertion order', () => {
    const rt = runtime('3.13', true);
    const d = rt.dict();
    const k1 = rt.str('first key');
    const v1 = rt.float(1);
    const k2 = rt.str('second key');
    const v2 = rt.float(2);
    dictSet(rt, d, k1, v1);
    dictSet(rt, d, k2, v2);
    for (const o of [k1, v1, k2, v2]) rt.heap.decref(o);
    const mark = rt.recorder.events.length;
    rt.heap.decref(d);
    expect(freedSince(rt.recorder.events, mark)).toEqual([k1.id, v1.id, k2.id, v2.id, d.id]);
  });

  it('a chain of 200 000 nested lists is freed without overflowing the JS stack', () => {
    const rt = runtime();
    let top: PyList = rt.list([]);
    const innermost = top;
    for (let i = 0; i < 200_000; i++) top = rt.list([top]);
    const liveBefore = rt.heap.live.size;
    expect(() => rt.heap.decref(top)).not.toThrow();
    expect(innermost.freed).toBe(true);
    expect(liveBefore - rt.heap.live.size).toBe(200_001);
  });

  it('freeing a GC object gives back gc count0 (PyObject_GC_Del)', () => {
    const rt = runtime();
    const before = rt.gc.counts[0];
    const set = newSet(rt, rt.types.set, []); // sets have no freelist
    expect(rt.gc.counts[0]).toBe(before + 1);
    rt.heap.decref(set);
    expect(rt.gc.counts[0]).toBe(before);
  });
});

describe('addresses', () => {
  it('a freed block is the next one handed out for its size class', () => {
    const rt = runtime();
    const a = rt.float(1);
    const address = a.address;
    rt.heap.decref(a);
    expect(rt.float(2).address).toBe(address);
  });

  it('reuse is last-freed-first (pymalloc pools are LIFO)', () => {
    const rt = runtime();
    const a = rt.float(1);
    const b = rt.float(2);
    const [addrA, addrB] = [a.address, b.address];
    rt.heap.decref(a);
    rt.heap.decref(b);
    expect([rt.float(3).address, rt.float(4).address]).toEqual([addrB, addrA]);
  });

  it('fresh blocks of one size class are consecutive, 16-byte aligned', () => {
    const rt = runtime();
    const a = rt.float(1);
    const b = rt.float(2);
    expect(b.address - a.address).toBe(32); // float: 24 bytes → the 32-byte class
    expect(a.address % 16).toBe(0);
  });

  it('a freed block of another size class is not reused', () => {
    const rt = runtime();
    const f = rt.float(1); // 32-byte class
    const freedAddress = f.address;
    rt.heap.decref(f);
    const s = rt.str('a string of 30 characters.....'); // 41 + 30 = 71 bytes → 80-byte class
    expect(s.address).not.toBe(freedAddress);
  });

  it('GC objects: id() points past the 16-byte GC header', () => {
    const rt = runtime();
    const l1 = rt.list([]); // 40 + 16 = 56 bytes → 64-byte class
    const l2 = rt.list([]);
    expect(l2.address - l1.address).toBe(64);
    rt.heap.decref(l1);
    const l3 = rt.list([]);
    expect(l3.address).toBe(l1.address);
    expect((l3.address - GC_HEADER) % 16).toBe(0);
  });
});

describe('consistency', () => {
  it('every live object is registered once with a distinct id', () => {
    const rt = runtime();
    const objs: PyObject[] = [rt.float(1), rt.list([]), rt.dict(), rt.str('xy')];
    expect(new Set(objs.map((o) => o.id)).size).toBe(objs.length);
    for (const o of objs) expect(rt.heap.live.get(o.id)).toBe(o);
  });
});
