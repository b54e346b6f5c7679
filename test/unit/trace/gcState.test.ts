// The panel's collector table at a step: what gc.get_count(), get_threshold() and isenabled() say at that point.
import { describe, expect, it } from 'vitest';
import { stateAt } from '../../../src/engine/trace/replay';
import type { RecordedTrace } from '../../../src/protocol/trace';
import type { GcStateView } from '../../../src/protocol/state';
import { run, wasm } from '../helpers';
import { runSource } from '../../../src/engine';

const PROGRAM = [
  'import gc',
  'gc.collect()',
  'keep = [[] for _ in range(5)]',
  'counts = gc.get_count()',
  'gc.collect(0)',
  'after_young = gc.get_count()',
  'gc.set_threshold(50, 3, 4)',
  'gc.disable()',
  'print(*counts, *after_young, *gc.get_threshold(), gc.isenabled())',
  '',
].join('\n');

/** The collector as the panel shows it once line `line` (module level, run once) has finished. */
function afterLine(trace: RecordedTrace, line: number): GcStateView {
  const lines: number[] = [];
  for (const e of trace.events) if (e.k === 'line') lines[e.step] = e.line;
  const next = lines.findIndex((l, step) => step > 0 && l > line);
  return stateAt(trace, next - 1).gc;
}

describe('gcState events', () => {
  for (const version of ['3.11', '3.12', '3.13', '3.14'] as const) {
    it(`follow the collector step by step (${version})`, async () => {
      const r = await run(PROGRAM, version);
      const printed = r.stdout.trim().split(' ');
      const [counts, afterYoung, thresholds] = [printed.slice(0, 3), printed.slice(3, 6), printed.slice(6, 9)].map((p) => p.map(Number));
      // get_count() read the counters, then allocated its result tuple (+1 unless the tuple came from a freelist)
      const at4 = afterLine(r.trace, 4);
      expect(at4.generations[0]!.count - counts![0]!).toBeGreaterThanOrEqual(0);
      expect(at4.generations[0]!.count - counts![0]!).toBeLessThanOrEqual(1);
      expect(at4.generations.slice(1).map((g) => g.count)).toEqual(counts!.slice(1));
      const at6 = afterLine(r.trace, 6);
      expect(at6.generations.slice(1).map((g) => g.count)).toEqual(afterYoung!.slice(1));
      expect(at6.generations[0]!.collections).toBe(at4.generations[0]!.collections + 1);
      // the program's five lists and `keep` were tracked in generation 0; collect(0) moved them to generation 1
      expect(at4.generations[0]!.objects - afterLine(r.trace, 2).generations[0]!.objects).toBeGreaterThanOrEqual(6);
      expect(at6.generations[1]!.objects).toBeGreaterThanOrEqual(6);
      expect(afterLine(r.trace, 7).generations.map((g) => g.threshold)).toEqual(thresholds);
      expect(afterLine(r.trace, 7).enabled).toBe(true);
      expect(afterLine(r.trace, 8).enabled).toBe(false);
      expect(printed[9]).toBe('False');
    });
  }
});

describe('gcState rows', () => {
  it('name generations, or the young generation and old spaces of 3.14.0–3.14.4\'s incremental collector', async () => {
    const source = 'import gc\nkeep = [[] for _ in range(3)]\ngc.collect(0)\nx = 1\n';
    const generational = await runSource(source, { filename: 't.py', version: '3.14', wasm, record: true });
    const incremental = await runSource(source, { filename: 't.py', version: '3.14', wasm, record: true, gcVariant: 'incremental' });
    const rows = (trace: RecordedTrace) => stateAt(trace, trace.steps - 1).gc.generations;
    expect(rows(generational.trace).map((g) => g.role)).toEqual(['gen0', 'gen1', 'gen2']);
    expect(rows(incremental.trace).map((g) => g.role)).toEqual(['young', 'visited', 'pending']);
    // collect(0) moved the young survivors (the lists and `keep`) into the visited space: its row, get_count()[1]'s.
    expect(rows(incremental.trace)[1]!.objects).toBeGreaterThanOrEqual(4);
    expect(rows(incremental.trace).map((g) => g.threshold)).toEqual([2000, 10, 0]);
  });
});
