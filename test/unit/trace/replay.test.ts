// stateAt(trace, step): the state after a line step, rebuilt from the recorded events only.
import { beforeAll, describe, expect, it } from 'vitest';
import { openingStep, stateAt } from '../../../src/engine/trace/replay';
import type { RecordedTrace } from '../../../src/protocol/trace';
import type { ObjectView, StepState } from '../../../src/protocol/state';
import { run } from '../helpers';

const PROGRAM = [
  'a = [1.5]',          // 1
  'c = [a, a]',         // 2
  'd = {"k": a}',       // 3
  'print("mid")',       // 4
  'del c',              // 5
  'b = []',             // 6
  'b.append(b)',        // 7
  'del b',              // 8
  'import gc',          // 9
  'n = gc.collect(0)',  // 10
  'print("end", n)',    // 11
  '',
].join('\n');

let trace: RecordedTrace;
let stdout: string;

/** The state right after `line` ran (module-level code: one step per line, in order). */
const after = (line: number): StepState => stateAt(trace, line);
const variables = (s: StepState): Record<string, number> =>
  Object.fromEntries(s.frames.flatMap((f) => f.variables.map((v) => [v.name, v.obj])));
const objectOf = (s: StepState, name: string): ObjectView => s.objects.find((o) => o.obj === variables(s)[name])!;

beforeAll(async () => {
  const r = await run(PROGRAM);
  trace = r.trace;
  stdout = r.stdout;
});

describe('stateAt', () => {
  it('one step per executed line, then the shutdown step; the program printed what CPython prints', () => {
    expect(trace.steps).toBe(12);
    expect(openingStep(trace)).toBe(11);
    expect(stdout).toBe('mid\nend 1\n');
    expect([1, 5, 11].map((s) => stateAt(trace, s).line)).toEqual([1, 5, 11]);
  });

  it('variables and refcounts at each step', () => {
    expect(Object.keys(variables(after(1)))).toEqual(['a']);
    expect(objectOf(after(1), 'a')).toMatchObject({ type: 'list', repr: '[1.5]', refcount: 1, tracked: true });
    expect(objectOf(after(2), 'a').refcount).toBe(3);
    expect(objectOf(after(3), 'a').refcount).toBe(4);
    expect(objectOf(after(5), 'a').refcount).toBe(2);
  });

  it('holders are named after the names and container slots that hold the object', () => {
    expect(objectOf(after(3), 'a').holders).toEqual(['a', 'c[0]', 'c[1]', "d['k']"]);
    expect(objectOf(after(2), 'c')).toMatchObject({ repr: '[[1.5], [1.5]]', holders: ['c'] });
  });

  it('references nobody can name are summed up as internal (the literal in co_consts and the parse arena)', () => {
    const float = after(1).objects.find((o) => o.type === 'float')!;
    expect(float.refcount).toBe(3);
    expect(float.holders.filter((h) => !h.includes('co_consts'))).toEqual(['a[0]', '(1 internal)']);
  });

  it('a deleted global disappears, and its object with it when that was the last reference', () => {
    const cId = variables(after(4)).c!;
    expect(after(4).objects.some((o) => o.obj === cId)).toBe(true);
    expect(variables(after(5))).not.toHaveProperty('c');
    expect(after(5).objects.some((o) => o.obj === cId)).toBe(false);
  });

  it('an unreachable cycle stays visible, held only by itself, until a collection frees it', () => {
    const bId = variables(after(7)).b!;
    expect(objectOf(after(7), 'b')).toMatchObject({ repr: '[[...]]', refcount: 2, holders: ['b', 'b[0]'] });
    const orphan = after(8).objects.find((o) => o.obj === bId)!;
    expect(orphan.refcount).toBe(1);
    expect(orphan.holders).toEqual([`list@${orphan.address}[0]`]);
    expect(after(10).objects.some((o) => o.obj === bId)).toBe(false);
  });

  it('gc counts follow the collections; survivors show their new generation', () => {
    // Before any collection the counts are the modelled start-up ones (3.13: count1 is 3 when the first line runs).
    expect(after(9).gcCounts).toEqual([expect.any(Number), 3, 0]);
    // count1 also holds the modelled start-up collections (3.13: (51, 3, 0) when the first line runs).
    expect(after(10).gcCounts).toEqual([0, 4, 0]);
    expect(objectOf(after(9), 'a').generation).toBe(0);
    expect(objectOf(after(10), 'a')).toMatchObject({ tracked: true, generation: 1 });
  });

  it('output so far', () => {
    expect([3, 4, 10, 11].map((s) => stateAt(trace, s).stdout)).toEqual(['', 'mid\n', 'mid\n', 'mid\nend 1\n']);
  });

  it('the last line step keeps the module globals; steps outside the run are clamped', () => {
    const last = stateAt(trace, 11);
    expect(last.phase).toBe('program');
    expect(last.frames.map((f) => f.name)).toEqual(['<module>']);
    expect(Object.keys(variables(last)).sort()).toEqual(['a', 'd', 'gc', 'n']);
    expect(stateAt(trace, 10_000)).toEqual(stateAt(trace, trace.steps));
    expect(stateAt(trace, 0).step).toBe(1);
  });

  it('the shutdown step: no frames, and the globals are freed with the module', () => {
    const shutdown = stateAt(trace, trace.steps);
    expect(shutdown).toMatchObject({ phase: 'shutdown', line: 0, frames: [] });
    expect(shutdown.objects.some((o) => o.repr === '[1.5]')).toBe(false);
    expect(shutdown.stdout).toBe('mid\nend 1\n');
  });
});

describe('function frames', () => {
  it('innermost frame first, its locals labelled with the function name, gone after return', async () => {
    const r = await run('def f(p):\n    x = [p]\n    return x\na = 2.5\nr = f(a)\nprint(r)\n');
    const states = Array.from({ length: r.trace.steps }, (_, i) => stateAt(r.trace, i + 1));
    const inside = states.find((s) => s.frames[0]!.name === 'f' && s.frames[0]!.variables.some((v) => v.name === 'x'))!;
    expect(inside.frames.map((f) => f.name)).toEqual(['f', '<module>']);
    const float = inside.objects.find((o) => o.type === 'float')!;
    expect(float.holders).toEqual(expect.arrayContaining(['a', 'f: p', 'f: x[0]']));
    const last = states.filter((s) => s.phase === 'program').pop()!;
    expect(last.frames.map((f) => f.name)).toEqual(['<module>']);
    expect(last.objects.find((o) => o.type === 'float')!.holders).toEqual(expect.arrayContaining(['a', 'r[0]']));
  });
});

describe('interpreter shutdown', () => {
  it('a finalizer that prints at exit makes the shutdown step the opening one', async () => {
    const r = await run('class R:\n    def __del__(self):\n        print("bye")\nr = R()\nprint("end")\n');
    expect(r.stdout).toBe('end\nbye\n');
    expect(openingStep(r.trace)).toBe(r.trace.steps);
    const shutdownStep = (r.trace.events.find((e) => e.k === 'shutdown') as { step: number }).step;
    expect(stateAt(r.trace, shutdownStep - 1)).toMatchObject({ phase: 'program', stdout: 'end\n' });
    expect(stateAt(r.trace, shutdownStep)).toMatchObject({ phase: 'shutdown', line: 0, stdout: 'end\n' });
    // The finalizer's own lines are steps of the shutdown phase, in its frame.
    const inDel = stateAt(r.trace, shutdownStep + 1);
    expect(inDel).toMatchObject({ phase: 'shutdown', line: 2, stdout: 'end\n' });
    expect(inDel.frames.map((f) => f.name)).toEqual(['R.__del__']);
    expect(stateAt(r.trace, r.trace.steps)).toMatchObject({ phase: 'shutdown', stdout: 'end\nbye\n', frames: [] });
  });
});

describe('stateAt with a bytearray', () => {
  it("shows a bytearray's contents as they were at each step", async () => {
    const r = await run('ba = bytearray(b"ab")\nba.append(99)\nba[0] = 65\nb = bytes(ba)\n');
    const at = (step: number) => {
      const s = stateAt(r.trace, step);
      const id = Object.fromEntries(s.frames.flatMap((f) => f.variables.map((v) => [v.name, v.obj])))['ba'];
      return s.objects.find((o) => o.obj === id)!.repr;
    };
    expect([1, 2, 3].map(at)).toEqual(["bytearray(b'ab')", "bytearray(b'abc')", "bytearray(b'Abc')"]);
  });
});

describe('collections in the replay', () => {
  it('a trace without phase events (older recorder) still promotes the survivors at the gc event', () => {
    const events: RecordedTrace['events'] = [
      { k: 'start' },
      { k: 'line', step: 1, frame: 1, line: 1 },
      { k: 'alloc', obj: 1, type: 'list', address: 0x1000, size: 56, repr: '[]', refcnt: 1, immortal: false, static: false },
      { k: 'gcTrack', obj: 1, tracked: true, generation: 0 },
      { k: 'line', step: 2, frame: 1, line: 2 },
      { k: 'gc', generation: 0, collected: 0, uncollectable: 0, counts: [0, 1, 0] },
      { k: 'line', step: 3, frame: 1, line: 3 },
    ];
    const old: RecordedTrace = { version: '3.13', filename: 'x.py', events, steps: 3 };
    const state = stateAt(old, 2);
    expect(state.objects.find((o) => o.obj === 1)?.generation).toBe(1);
    expect(state.collections).toEqual([]);
    expect(state.collection).toBeNull();
  });

  it('the step of gc.collect() lists its collection, done, with the shutdown ones on the last step', async () => {
    const r = await run('import gc\nl = []\nl.append(l)\ndel l\nn = gc.collect()\n');
    const state = stateAt(r.trace, 5);
    expect(state.collections!.map((c) => [c.reason, c.phase, c.collected])).toEqual([['manual', 'done', 1]]);
    const last = stateAt(r.trace, r.trace.steps);
    expect(last.collections!.map((c) => c.reason)).toEqual(['shutdown', 'shutdown']);
  });
});
