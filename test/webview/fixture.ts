// The run the panel tests show. Until the engine lands, its states are written by hand to match what CPython 3.13
// (64-bit) does for SOURCE: a state at step N is the state after line N ran. Swap the body of loadPanelFixture()
// for the engine call (see the comment there) and the tests run on real engine output.
import type { RunSummary } from '../../src/protocol/panel';
import type { FrameView, ObjectView, StepState } from '../../src/protocol/state';

export const FILENAME = 'refcount_demo.py';
export const VERSION = '3.13' as const;
export const HOSTILE = '<img src=x onerror=alert(1)>';

export const SOURCE = [
  'import sys', //                                   1
  'a = [1, 2, 3]', //                                2
  'b = a', //                                        3
  'c = [a, a]', //                                   4
  `s = "${HOSTILE}"`, //                             5
  'print(s, file=sys.stderr)', //                    6
  'del s', //                                        7
  'print(sys.getrefcount(a))', //                    8  prints 5: a, b, c[0], c[1] + the argument
].join('\n');

export interface PanelFixture {
  readonly summary: RunSummary;
  /** The state at `step` (1 … summary.steps). */
  stateAt(step: number): StepState;
}

/** The one place the tests get their data from. */
export async function loadPanelFixture(): Promise<PanelFixture> {
  // With the engine: const { trace } = await runSource(SOURCE, { filename: FILENAME, version: VERSION });
  //                  return { summary: { filename: FILENAME, version: VERSION, steps: trace.steps, exitCode: 0 },
  //                           stateAt: (step) => stateAt(trace, step) };
  return handWrittenFixture();
}

// ---- hand-written states ----

const IMMORTAL_REFCOUNT_313 = 4294967295;

/** An ObjectView the builder below can update step by step. */
type FixtureObject = { -readonly [K in keyof ObjectView]: K extends 'holders' ? string[] : ObjectView[K] };

function obj(fields: FixtureObject): FixtureObject {
  return { ...fields, holders: [...fields.holders] };
}

function handWrittenFixture(): PanelFixture {
  const steps = SOURCE.split('\n').length;
  const states: StepState[] = [];
  for (let step = 1; step <= steps; step++) states.push(buildState(step, steps));
  return {
    summary: { filename: FILENAME, version: VERSION, steps, exitCode: 0 },
    stateAt(step) {
      const state = states[step - 1];
      if (state === undefined) throw new RangeError(`no step ${step} (1…${steps})`);
      return state;
    },
  };
}

function buildState(step: number, steps: number): StepState {
  const objects: FixtureObject[] = [];
  const bindings = new Map<string, number>();

  // Line 1: import sys.
  const sys = obj({
    obj: 1, address: '0x7f3a2c1e4a90', type: 'module', repr: "<module 'sys' (built-in)>", refcount: 72,
    holders: [], size: 72, tracked: true, generation: 2, immortal: false,
  });
  objects.push(sys);
  if (step >= 1) { sys.refcount += 1; sys.holders.push('sys'); bindings.set('sys', sys.obj); }

  // Line 2: a = [1, 2, 3] — the constant tuple (1, 2, 3) is extended into a new list.
  const consts = obj({
    obj: 2, address: '0x7f3a2c0b9d40', type: 'tuple', repr: '(1, 2, 3)', refcount: 1,
    holders: ['co_consts[2]'], size: 64, tracked: false, generation: null, immortal: false,
  });
  const ints = [1, 2, 3].map((n) =>
    obj({
      obj: 2 + n, address: `0x${(0x7f3a2d5c1b28 + 32 * (n + 5)).toString(16)}`, type: 'int', repr: String(n),
      refcount: IMMORTAL_REFCOUNT_313, holders: [`(1, 2, 3)[${n - 1}]`], size: 28, tracked: false, generation: null,
      immortal: true,
    }),
  );
  const list = obj({
    obj: 6, address: '0x7f3a2c0f3c80', type: 'list', repr: '[1, 2, 3]', refcount: 1,
    holders: ['a'], size: 88, tracked: true, generation: 0, immortal: false,
  });
  objects.push(consts, ...ints);
  if (step >= 2) {
    objects.push(list);
    bindings.set('a', list.obj);
    ints.forEach((o, i) => o.holders.push(`a[${i}]`));
  }

  // Line 3: b = a.
  if (step >= 3) { list.refcount += 1; list.holders.push('b'); bindings.set('b', list.obj); }

  // Line 4: c = [a, a].
  if (step >= 4) {
    const outer = obj({
      obj: 7, address: '0x7f3a2c0f4e00', type: 'list', repr: '[[1, 2, 3], [1, 2, 3]]', refcount: 1,
      holders: ['c'], size: 72, tracked: true, generation: 0, immortal: false,
    });
    objects.push(outer);
    bindings.set('c', outer.obj);
    list.refcount += 2;
    list.holders.push('c[0]', 'c[1]');
  }

  // Line 5: s = "<img …>" — a constant of the module's code object, not interned (not identifier-like).
  const text = obj({
    obj: 8, address: '0x7f3a2c0a17b0', type: 'str', repr: `'${HOSTILE}'`, refcount: 1,
    holders: ['co_consts[3]'], size: 69, tracked: false, generation: null, immortal: false,
  });
  objects.push(text);
  if (step >= 5) { text.refcount += 1; text.holders.push('s'); bindings.set('s', text.obj); }

  // Line 7: del s — the name is unbound, the constant stays alive.
  if (step >= 7) { text.refcount -= 1; text.holders.pop(); bindings.set('s', -1); }

  objects.sort((x, y) => x.obj - y.obj);
  const frame: FrameView = {
    frame: 0,
    name: '<module>',
    line: step,
    variables: [...bindings].map(([name, id]) => ({ name, obj: id })),
  };
  return {
    step,
    steps,
    line: step,
    frames: [frame],
    objects,
    stdout: step >= 8 ? '5\n' : '',
    stderr: step >= 6 ? `${HOSTILE}\n` : '',
    gcCounts: [step >= 4 ? 4 : step >= 2 ? 3 : 2, 0, 0],
  };
}
