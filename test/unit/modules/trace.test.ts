// The module objects in the recorded trace: who holds what, as the panel shows it. An islice holds its
// list iterator (which holds the list) until it is exhausted; a partial holds func, args and keywords.
// These are the simulator's own views of CPython's tp_traverse references, not printed CPython output.
import { describe, expect, it } from 'vitest';
import { stateAt } from '../../../src/engine/trace/replay';
import type { StepState } from '../../../src/protocol/state';
import { runProgram } from './run';

const PROGRAM = [
  'import itertools, functools', // 1
  'data = [1, 2, 3]',            // 2
  's = itertools.islice(data, 2)', // 3
  'first = next(s)',             // 4
  'rest = list(s)',              // 5
  'p = functools.partial(print, data, sep="-")', // 6
  'del p',                       // 7
  '',
].join('\n');

describe('module objects in the trace', () => {
  let states: StepState[] = [];
  it('runs', async () => {
    const r = await runProgram(PROGRAM, '3.13');
    expect(r.exitCode).toBe(0);
    states = [0, 1, 2, 3, 4, 5, 6, 7].map((step) => stateAt(r.trace, step));
  });

  const byType = (s: StepState, type: string) => s.objects.filter((o) => o.type === type);

  it('islice holds the list iterator, which holds the list', () => {
    const s = states[3]!;
    const [islice] = byType(s, 'itertools.islice');
    const [iterator] = byType(s, 'list_iterator');
    const list = s.objects.find((o) => o.repr === '[1, 2, 3]')!;
    expect(islice!.holders).toEqual(['s']);
    expect(iterator!.holders).toEqual(['s.it']);
    expect(list.refcount).toBe(2);
    expect(list.holders).toContain('data');
  });

  it('an exhausted islice drops its iterator', () => {
    const s = states[5]!;
    expect(byType(s, 'list_iterator')).toEqual([]);
    expect(s.objects.find((o) => o.repr === '[1, 2, 3]')!.refcount).toBe(1);
  });

  it('a partial holds func, args and keywords, and its class', () => {
    const s = states[6]!;
    const [partial] = byType(s, 'partial');
    expect(partial!.repr).toMatch(/^<functools\.partial object at 0x[0-9a-f]+>$/);
    const args = s.objects.find((o) => o.type === 'tuple' && o.holders.includes('p.args'));
    const keywords = s.objects.find((o) => o.type === 'dict' && o.holders.includes('p.keywords'));
    expect(args?.repr).toBe('([1, 2, 3],)');
    expect(keywords?.repr).toBe("{'sep': '-'}");
    expect(s.objects.find((o) => o.repr === '[1, 2, 3]')!.refcount).toBe(2);
  });

  it('deleting the partial releases everything it held', () => {
    const s = states[7]!;
    expect(byType(s, 'partial')).toEqual([]);
    expect(s.objects.find((o) => o.repr === '[1, 2, 3]')!.refcount).toBe(1);
  });
});
