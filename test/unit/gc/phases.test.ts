// Every collection is written to the trace phase by phase (gcStart, gcPhase…, gc) in CPython's order,
// and the replay shows the phase and each object's gc_refs at a step inside a collection.
import { describe, expect, it } from 'vitest';
import type { GcPhase, RecordedTrace, TraceEvent } from '../../../src/protocol/trace';
import { stateAt } from '../../../src/engine/trace/replay';
import { run } from '../helpers';

type Start = Extract<TraceEvent, { k: 'gcStart' }>;
type Phase = Extract<TraceEvent, { k: 'gcPhase' }>;
type End = Extract<TraceEvent, { k: 'gc' }>;

interface Recorded {
  start: Start;
  phases: Phase[];
  end: End;
  /** Objects freed between the start and the end. */
  freed: number[];
  /** Each object's reference count when the collection started, from the alloc and ref events. */
  refcounts: Map<number, number>;
}

/** The collections of a run, each with its phase events, in order. */
function collections(trace: RecordedTrace): Recorded[] {
  const out: Recorded[] = [];
  const refcounts = new Map<number, number>();
  let current: Recorded | null = null;
  for (const e of trace.events) {
    if (e.k === 'alloc') refcounts.set(e.obj, e.refcnt);
    else if (e.k === 'ref') refcounts.set(e.obj, e.now);
    else if (e.k === 'gcStart') current = { start: e, phases: [], end: null!, freed: [], refcounts: new Map(refcounts) };
    else if (e.k === 'gcPhase') current?.phases.push(e);
    else if (e.k === 'free') current?.freed.push(e.obj);
    else if (e.k === 'gc' && current) {
      current.end = e;
      out.push(current);
      current = null;
    }
  }
  return out;
}

function phase(c: Recorded, name: GcPhase): Phase {
  const found = c.phases.find((p) => p.phase === name);
  if (!found) throw new Error(`no ${name} phase`);
  return found;
}

/** gc_refs of `id` in a refs phase. */
function gcRefs(c: Recorded, name: 'updateRefs' | 'subtractRefs', id: number): number | undefined {
  const p = phase(c, name);
  const i = p.objs.indexOf(id);
  return i < 0 ? undefined : p.refs![i];
}

/** The object a module-level name was last bound to before event index `before` (default: the end). */
function boundTo(trace: RecordedTrace, name: string, before = trace.events.length): number {
  let id = -1;
  trace.events.slice(0, before).forEach((e) => { if (e.k === 'bind' && e.name === name && e.obj >= 0) id = e.obj; });
  if (id < 0) throw new Error(`${name} never bound`);
  return id;
}

const manual = (trace: RecordedTrace) => collections(trace).filter((c) => c.start.reason === 'manual');

describe('a young collection of a two-list cycle beside a list kept by a name', () => {
  const program = [
    'import gc',
    'gc.collect()',      // everything older moves to generation 2: the candidates below are ours
    'a = []',
    'b = [a]',
    'a.append(b)',
    'o = []',
    'del a, b',
    'n = gc.collect(0)',
    'print(n)',
  ].join('\n');

  it('records the start, the candidates in list order and gc_refs after update_refs = the refcounts', async () => {
    const { trace, stdout } = await run(program);
    expect(stdout).toBe('2\n');
    const c = manual(trace)[1]!;
    const [a, b, o] = ['a', 'b', 'o'].map((n) => boundTo(trace, n));
    expect(c.start).toMatchObject({ generation: 0, reason: 'manual' });
    expect(c.start.counts[1]).toBe(0);
    expect(phase(c, 'candidates').objs).toEqual([a, b, o]);
    for (const id of [a, b, o]) expect(gcRefs(c, 'updateRefs', id)).toBe(c.refcounts.get(id));
    expect([a, b, o].map((id) => gcRefs(c, 'updateRefs', id))).toEqual([1, 1, 1]);
  });

  it('after subtract_refs the cycle members are 0 and the outside-referenced list 1; the cycle is unreachable', async () => {
    const { trace } = await run(program);
    const c = manual(trace)[1]!;
    const [a, b, o] = ['a', 'b', 'o'].map((n) => boundTo(trace, n));
    expect([a, b, o].map((id) => gcRefs(c, 'subtractRefs', id))).toEqual([0, 0, 1]);
    expect(phase(c, 'unreachable').objs).toEqual([a, b]);
    expect(phase(c, 'promote')).toMatchObject({ objs: [o], generation: 1 });
    expect(phase(c, 'clear').objs).toEqual([a, b]);
    expect(c.freed.sort()).toEqual([a, b].sort());
    expect(c.end).toMatchObject({ generation: 0, collected: 2, uncollectable: 0, counts: [0, 1, 0] });
  });

  it('phases come in CPython order', async () => {
    const { trace } = await run(program);
    expect(manual(trace)[1]!.phases.map((p) => p.phase)).toEqual([
      'candidates', 'updateRefs', 'subtractRefs', 'unreachable', 'untrackTuples', 'promote',
      'clearWeakrefs', 'resurrected', 'clear',
    ]);
    // A full collection untracks dicts after promoting (3.11–3.13).
    expect(manual(trace)[0]!.phases.map((p) => p.phase)).toContain('untrackDicts');
  });

  it('the replay shows the collections of the step, and the survivor in generation 1', async () => {
    const { trace } = await run(program);
    const state = stateAt(trace, 8);
    expect(state.collection).toBeNull();
    expect(state.collections).toHaveLength(1);
    const view = state.collections![0]!;
    const [a, b, o] = ['a', 'b', 'o'].map((n) => boundTo(trace, n));
    expect(view).toMatchObject({
      generation: 0, reason: 'manual', phase: 'done', candidates: [a, b, o], refsAfterUpdate: [1, 1, 1],
      refsAfterSubtract: [0, 0, 1], unreachable: [a, b], promoted: [o], promotedTo: 1, collected: 2, countsAfter: [0, 1, 0],
    });
    expect([...view.freed].sort()).toEqual([a, b].sort());
    expect(state.objects.find((x) => x.obj === o)?.generation).toBe(1);
    expect(stateAt(trace, 7).collections).toEqual([]);
  });
});

describe('finalizers and resurrection', () => {
  const program = [
    'import gc',
    'saved = []',
    'class R:',
    '    def __del__(self):',
    '        first = 1',
    '        saved.append(self)',
    'r = R()',
    'r.me = r',
    'del r',
    'print(gc.collect())',
    'saved.clear()',
    'print(gc.collect())',
  ].join('\n');

  it('a __del__ that stores self: finalized, then resurrected into the older generation; nothing collected', async () => {
    const { trace, stdout } = await run(program);
    expect(stdout).toBe('0\n1\n');
    const [first, second] = manual(trace);
    const r = boundTo(trace, 'r');
    const names = first!.phases.map((p) => p.phase);
    expect(names.indexOf('finalize')).toBeLessThan(names.indexOf('resurrected'));
    expect(phase(first!, 'unreachable').objs).toEqual([r]);
    expect(phase(first!, 'finalize').objs).toEqual([r]);
    expect(phase(first!, 'resurrected').objs).toEqual([r]);
    expect(phase(first!, 'clear').objs).toEqual([]);
    expect(first!.end.collected).toBe(0);
    // Found again once dropped, and not finalized a second time (PEP 442).
    expect(second!.phases.filter((p) => p.phase === 'finalize')).toEqual([]);
    expect(phase(second!, 'clear').objs).toEqual([r]);
    expect(second!.freed).toContain(r);
  });

  it('at the step of the __del__ line the collection is in progress: phase, gc_refs and the unreachable flag', async () => {
    const { trace } = await run(program);
    const r = boundTo(trace, 'r');
    // The step of the first line of __del__ (the state after it ran, before its second line).
    let step = 0;
    for (const e of trace.events) if (e.k === 'line' && e.line === 5) { step = e.step; break; }
    const inside = stateAt(trace, step);
    expect(inside.collection).toMatchObject({ phase: 'finalize', reason: 'manual', generation: 2, finalized: [r], collected: null });
    expect(inside.objects.find((x) => x.obj === r)).toMatchObject({ gcRefs: 0, unreachable: true });
    // The step of gc.collect()'s line stops just before __del__ starts: the collection is already finalizing.
    let collectStep = 0;
    for (const e of trace.events) if (e.k === 'line' && e.line === 10) { collectStep = e.step; break; }
    const before = stateAt(trace, collectStep);
    expect(before.collection?.phase).toBe('finalize');
    expect(before.collections!.map((c) => c.phase)).toEqual(['finalize']);
    // After __del__'s last line the collection has ended: nothing in progress, no gc_refs shown.
    const after = stateAt(trace, step + 1);
    expect(after.collection).toBeNull();
    expect(after.objects.find((x) => x.obj === r)?.unreachable).toBeUndefined();
  });

  it('a __del__ that drops the last reference to another garbage object: that one is freed at once and finalized next', async () => {
    const { trace, stdout } = await run([
      'import gc',
      'class N:',
      '    def __del__(self):',
      '        print("del", self.name)',
      '        self.other = None',
      'a = N(); a.name = "a"',
      'c = N(); c.name = "c"',
      'b = N(); b.name = "b"',
      'a.other = b; b.other = a; c.other = c',
      'del a, b, c',
      'print(gc.collect())',
    ].join('\n'));
    expect(stdout).toBe('del a\ndel b\ndel c\n0\n');
    const c = manual(trace)[0]!;
    const [a, cc, b] = ['a', 'c', 'b'].map((n) => boundTo(trace, n));
    expect(phase(c, 'unreachable').objs).toEqual([a, cc, b]);
    // b's __del__ runs from its deallocation, not from the collector's loop: only a and c are finalized by it.
    expect(c.phases.filter((p) => p.phase === 'finalize').map((p) => p.objs[0])).toEqual([a, cc]);
    expect(phase(c, 'clear').objs).toEqual([]);
    expect(c.freed).toEqual(expect.arrayContaining([a, b, cc]));
  });
});

describe('generations in the replay follow the recorded moves', () => {
  it('a resurrected object moves to the older generation; an object its __del__ allocated stays in generation 0', async () => {
    const { trace, stdout } = await run([
      'import gc',
      'saved = []',
      'class R:',
      '    def __del__(self):',
      '        saved.append(self)',
      '        self.fresh = []',
      'gc.collect()',
      'r = R(); r.me = r',
      'del r',
      'print(gc.collect(0), gc.is_tracked(saved[0].fresh))',
      'print(saved[0] in gc.get_objects(1), saved[0].fresh in gc.get_objects(0))',
    ].join('\n'));
    expect(stdout).toBe('0 True\nTrue True\n');
    const r = boundTo(trace, 'r');
    const state = stateAt(trace, trace.steps - 1);
    const fresh = state.objects.find((o) => o.holders.some((h) => h.endsWith('.fresh')))!;
    expect(state.objects.find((o) => o.obj === r)?.generation).toBe(1);
    expect(fresh.generation).toBe(0);
  });
});

describe('other phases', () => {
  it('a surviving tuple of atoms is untracked in untrack_tuples', async () => {
    const { trace } = await run(['import gc', 'x = 5', 't = (x, x + 1)', 'gc.collect(0)'].join('\n'));
    const t = boundTo(trace, 't');
    expect(phase(manual(trace)[0]!, 'untrackTuples').objs).toContain(t);
    expect(phase(manual(trace)[0]!, 'promote').objs).not.toContain(t);
  });

  it('a full collection untracks a dict that holds only atoms again (3.12), not on 3.14', async () => {
    const src = ['import gc', 'd = {"k": []}', 'd["k"] = 1', 'gc.collect()'].join('\n');
    const r12 = await run(src, '3.12');
    expect(phase(manual(r12.trace)[0]!, 'untrackDicts').objs).toContain(boundTo(r12.trace, 'd'));
    const r14 = await run(src, '3.14');
    expect(manual(r14.trace)[0]!.phases.some((p) => p.phase === 'untrackDicts')).toBe(false);
  });

  it('weakrefs to garbage are cleared, and the callback of a reachable one is called', async () => {
    const { trace, stdout } = await run([
      'import gc, weakref',
      'gc.collect()  # (3.13: what importing weakref left behind, which the simulator does not model)',
      'class A: pass',
      'a = A(); a.me = a',
      'w = weakref.ref(a, lambda ref: print("callback", ref()))',
      'del a',
      'print(gc.collect())',
    ].join('\n'));
    expect(stdout).toBe('callback None\n1\n');
    const c = manual(trace)[1]!;
    const w = boundTo(trace, 'w');
    expect(phase(c, 'clearWeakrefs').objs).toEqual([w]);
    expect(phase(c, 'callback').objs).toEqual([w]);
    const names = c.phases.map((p) => p.phase);
    expect(names.indexOf('clearWeakrefs')).toBeLessThan(names.indexOf('callback'));
    expect(names.indexOf('callback')).toBeLessThan(names.indexOf('clear'));
  });

  it('DEBUG_SAVEALL: the garbage goes to gc.garbage instead of being cleared', async () => {
    const { trace } = await run(['import gc', 'gc.set_debug(gc.DEBUG_SAVEALL)', 'l = []', 'l.append(l)', 'del l', 'gc.collect()'].join('\n'));
    const c = manual(trace)[0]!;
    const l = boundTo(trace, 'l');
    expect(phase(c, 'garbage').objs).toEqual([l]);
    expect(c.phases.some((p) => p.phase === 'clear')).toBe(false);
    expect(c.freed).not.toContain(l);
  });

  it('collections triggered by the thresholds are automatic, the ones at exit are shutdown', async () => {
    const { trace } = await run(['import gc', 'gc.set_threshold(5)', 'keep = [[] for i in range(20)]'].join('\n'));
    const reasons = collections(trace).map((c) => c.start.reason);
    expect(reasons.filter((r) => r === 'automatic').length).toBeGreaterThan(0);
    expect(reasons.slice(-2)).toEqual(['shutdown', 'shutdown']);
    // The counts before a collection are the ones that triggered it: count0 over the threshold.
    const auto = collections(trace).find((c) => c.start.reason === 'automatic')!;
    expect(auto.start.counts[0]).toBeGreaterThan(5);
    expect(auto.end.counts[0]).toBe(0);
  });
});
