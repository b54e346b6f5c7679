// A global CPython would find in its builtins module but the simulator lacks is a gap ("not supported
// yet"), never a NameError; a name CPython lacks for that version stays a NameError like CPython's.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../modules/run';

describe('names missing from the simulated builtins', () => {
  it('a real built-in the simulator lacks stops the run as unsupported, with its line', async () => {
    const result = await runProgram('x = 1\nprint(x)\ns = complex(1, 2)\n', '3.13');
    expect(result.stdout).toBe('1\n');
    expect(result.outcome).toBe('unsupported');
    expect(result.stderr).toBe("not supported by the simulator yet: the built-in 'complex' (line 3)\n");
  });

  it('a name that is not a built-in of the selected version is a NameError', async () => {
    const source = 'print(PythonFinalizationError)\n';
    const old = await runProgram(source, '3.12');
    expect(old.stderr).toContain("NameError: name 'PythonFinalizationError' is not defined");
    const recent = await runProgram(source, '3.13');
    expect(recent.outcome).toBe('unsupported');
    const typo = await runProgram('prnt(1)\n', '3.13');
    expect(typo.stderr).toContain("NameError: name 'prnt' is not defined. Did you mean: 'print'?");
  });
});
