// On 3.14 some ways of building a tuple leave it untracked at once (pyodide 3.14.2: (a, b) and tuple(list) are
// untracked, divmod() results and tuple('ab') are tracked); until that is modelled, asking is "not supported".
import { describe, expect, it } from 'vitest';
import { runProgram } from '../modules/run';

const SOURCE = 'import gc\nt = tuple([1, 2])\nprint(gc.is_tracked([]))\nprint(gc.is_tracked(t))\n';

describe('gc.is_tracked of fresh tuples', () => {
  it('is answered on 3.13, where every new tuple starts tracked', async () => {
    expect((await runProgram(SOURCE, '3.13')).stdout).toBe('True\nTrue\n');
  });

  it('stops as unsupported on 3.14 rather than guess', async () => {
    const result = await runProgram(SOURCE, '3.14');
    expect(result.stdout).toBe('True\n');
    expect(result.outcome).toBe('unsupported');
    expect(result.stderr).toContain('(line 4)');
  });
});
