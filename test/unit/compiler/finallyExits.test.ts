// PEP 765: on 3.14 a return/break/continue that leaves a finally block draws a compile-time SyntaxWarning,
// printed in the warnings module's format before the program runs (measured on pyodide's CPython 3.14.2);
// a loop nested inside the finally block is fine.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../modules/run';
import { parse } from '../helpers';
import { finallyExits } from '../../../src/engine/compiler/finallyExits';

const RETURN_IN_FINALLY = 'def f():\n    try:\n        return 1\n    finally:\n        return 2\nprint(f())\n';
const LOOP_IN_FINALLY = 'try:\n    pass\nfinally:\n    for i in range(3):\n        if i:\n            break\n    print(i)\n';

describe('leaving a finally block (PEP 765)', () => {
  it('warns on 3.14 before the program runs, with the stripped source line', async () => {
    const result = await runProgram(RETURN_IN_FINALLY, '3.14');
    expect(result.outcome).toBe('finished');
    expect(result.stdout).toBe('2\n');
    expect(result.stderr).toBe("test.py:5: SyntaxWarning: 'return' in a 'finally' block\n  return 2\n");
  });

  it('finds every exit in source order, not those of nested functions or of loops inside the finally', async () => {
    const module = await parse([
      'def f():', '    try:', '        pass', '    finally:', '        def g():', '            return 1', '        for i in x:',
      '            break', '        if y:', '            return 2', '        return 3', 'while z:', '    try:', '        pass',
      '    finally:', '        continue', '',
    ].join('\n'));
    expect(finallyExits(module)).toEqual([{ kind: 'return', line: 10 }, { kind: 'return', line: 11 }, { kind: 'continue', line: 16 }]);
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
