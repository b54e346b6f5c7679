// PEP 765: on 3.14 a return/break/continue that leaves a finally block draws a SyntaxWarning the simulator
// does not print yet, so the run stops as unsupported; a loop nested inside the finally block is fine.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../modules/run';

const RETURN_IN_FINALLY = 'def f():\n    try:\n        return 1\n    finally:\n        return 2\nprint(f())\n';
const LOOP_IN_FINALLY = 'try:\n    pass\nfinally:\n    for i in range(3):\n        if i:\n            break\n    print(i)\n';

describe('leaving a finally block (PEP 765)', () => {
  it('is unsupported on 3.14, with the line of the return', async () => {
    const result = await runProgram(RETURN_IN_FINALLY, '3.14');
    expect(result.outcome).toBe('unsupported');
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("not supported by the simulator yet: the SyntaxWarning for 'return' in a 'finally' block (PEP 765) (line 5)\n");
  });

  it('runs on 3.13, where CPython does not warn', async () => {
    expect((await runProgram(RETURN_IN_FINALLY, '3.13')).stdout).toBe('2\n');
  });

  it('a break of a loop inside the finally block does not leave it', async () => {
    const result = await runProgram(LOOP_IN_FINALLY, '3.14');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1\n');
  });
});
