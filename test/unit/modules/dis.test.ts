// dis.dis() lists the simulator's own bytecode (no conformance golden: CPython's offsets and caches differ).
import { describe, expect, it } from 'vitest';
import { compile, findCode } from '../helpers';
import { disassemble } from '../../../src/engine/modules/dis';
import { runProgram } from './run';

describe('disassemble', () => {
  it('shows each line once, operands with their meaning, and jump targets', async () => {
    const module = await compile('def f(a, b):\n    if a < b:\n        return a + b\n    return None\n');
    const text = disassemble(findCode(module.code, 'f'));
    const rows = text.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^ {3}1 {8}0 RESUME +0$/); // as CPython prints it: RESUME takes an argument
    expect(text).toMatch(/^ {3}2 {8}\d+ LOAD_FAST +0 \(a\)$/m);
    expect(text).toMatch(/COMPARE_OP +0 \(<\)$/m);
    expect(text).toMatch(/BINARY_OP +0 \(\+\)$/m);
    const jump = /POP_JUMP_IF_FALSE +(\d+) \(to (\d+)\)/.exec(text)!;
    expect(Number(jump[2])).toBe(Number(jump[1]) * 2);
    expect(text).toMatch(new RegExp(`>> +${jump[2]} `));
    expect(rows.filter((r) => r === '')).toHaveLength(3); // a blank line between the listings of lines 1, 2, 3 and 4
  });

  it('names globals, attributes, locals and constants', async () => {
    const module = await compile('def g(x):\n    y = len(x.items)\n    return "s", y\n');
    const text = disassemble(findCode(module.code, 'g'));
    expect(text).toMatch(/LOAD_GLOBAL +1 \(NULL \+ len\)$/m);
    expect(text).toMatch(/LOAD_ATTR +\d+ \(items\)$/m);
    expect(text).toMatch(/STORE_FAST +1 \(y\)$/m);
    expect(text).toMatch(/LOAD_CONST +\d+ \('s'\)$/m);
  });
});

describe('dis.dis', () => {
  it('says the listing is the simulator\'s bytecode, then lists nested code objects', async () => {
    const result = await runProgram('import dis\ndef outer():\n    def inner():\n        return 1\n    return inner\ndis.dis(outer)\n', '3.12');
    expect(result.stderr).toBe('');
    const [first] = result.stdout.split('\n');
    expect(first).toBe('Bytecode of the simulator (modelled on CPython 3.12; offsets and some instructions differ from real dis output)');
    expect(result.stdout).toMatch(/^Disassembly of <code object inner at 0x[0-9a-f]+, file "test\.py", line 3>:$/m);
    expect(result.stdout).toMatch(/RETURN_CONST +\d+ \(1\)|LOAD_CONST +\d+ \(1\)/);
  });

  it('accepts methods and writes to file=', async () => {
    const result = await runProgram([
      'import dis, io', 'class C:', '    def m(self):', '        return self', 'buf = io.StringIO()',
      'dis.dis(C().m, file=buf)', 'print("LOAD_FAST" in buf.getvalue(), buf.getvalue().startswith("Bytecode of the simulator"))', '',
    ].join('\n'), '3.13');
    expect(result.stdout).toBe('True True\n');
  });

  it('stops as "not supported" for what it cannot list', async () => {
    for (const [source, message] of [
      ['import dis\ndis.dis("x = 1")\n', "dis.dis() of 'str' objects (line 2)"],
      ['import dis\ndis.dis()\n', 'dis.dis() without an argument (the last traceback) (line 2)'],
      ['import dis\ndis.dis(len, show_caches=True)\n', 'dis.dis(show_caches=…) (line 2)'],
      ['import dis\ndis.code_info(len)\n', 'dis.code_info (line 2)'],
    ] as const) {
      const result = await runProgram(source, '3.13');
      expect(result.stderr).toBe(`not supported by the simulator yet: ${message}\n`);
    }
  });
});
