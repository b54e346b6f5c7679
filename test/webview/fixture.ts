// The run the panel tests show: SOURCE recorded by the engine as CPython 3.13, replayed at each step
// (a state at step N is the state after line step N ran).
import type { RunSummary } from '../../src/protocol/panel';
import type { StepState } from '../../src/protocol/state';
import { join } from 'node:path';
import { runSource } from '../../src/engine';
import { openingStep, stateAt } from '../../src/engine/trace/replay';
import { loadParserWasm } from '../../src/node/wasm';

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
  /** The step the worker opens a run on (the last line, before the interpreter-shutdown step). */
  readonly opening: number;
}

/** The one place the tests get their data from. */
export async function loadPanelFixture(): Promise<PanelFixture> {
  const result = await runSource(SOURCE, { filename: FILENAME, version: VERSION, wasm: loadParserWasm(join(__dirname, '..', '..', 'dist')) });
  const trace = result.trace;
  return {
    summary: { filename: FILENAME, version: VERSION, steps: trace.steps, exitCode: result.exitCode },
    stateAt: (step) => stateAt(trace, step),
    opening: openingStep(trace),
  };
}


