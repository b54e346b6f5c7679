// input() reads the simulated stdin (RunOptions.stdin, the CLI's --stdin) a line at a time; at its end,
// or with none, it raises EOFError after printing the prompt. Expected text measured with CPython 3.13
// (python prog.py < input.txt).
import { describe, expect, it } from 'vitest';
import { runSource } from '../../../src/engine';
import { wasm } from '../helpers';

const PROGRAM = [
  'name = input("name? ")',
  'n = int(input())',
  'print(f"hello {name}", n * 2)',
  'try:',
  '    input("more? ")',
  'except EOFError as e:',
  '    print("EOF", repr(e))',
  '',
].join('\n');

const run = (stdin?: string) => runSource(PROGRAM, { filename: 'p.py', version: '3.13', wasm, stdin });

describe('input()', () => {
  it('reads lines of the given stdin, then raises EOFError', async () => {
    const r = await run('Ann\r\n3\n');
    expect(r.stdout).toBe("name? hello Ann 6\nmore? EOF EOFError('EOF when reading a line')\n");
  });

  it('with no stdin, the first call prints its prompt and raises EOFError', async () => {
    const r = await run();
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('name? ');
    expect(r.stderr).toContain('EOFError: EOF when reading a line');
  });
});
