// The instruction sequences that decide reference counts. Expected sequences were read from
// `dis` on CPython 3.13.0 (`compile(src, 'x.py', 'exec')`); where the simulator deliberately differs
// (no TO_BOOL / END_FOR / superinstructions, slices via BUILD_SLICE) the test says so.
import { describe, expect, it } from 'vitest';
import { compile, findCode, lineOps, ops, run } from '../helpers';
import type { Const } from '../../../src/engine/compiler/code';

function constValue(c: Const | undefined): unknown {
  if (!c) return undefined;
  switch (c.type) {
    case 'int': return c.value;
    case 'float': case 'str': case 'bool': return c.value;
    case 'tuple': return c.items.map(constValue);
    case 'code': return `<code ${c.code.name}>`;
    default: return c.type;
  }
}

/** The module's instructions as "OP arg-or-constant" (LOAD_CONST shows the constant). */
async function moduleOps(source: string): Promise<string[]> {
  const { code } = await compile(source);
  return code.instructions.filter((i) => i.op !== 'RESUME').map((i) =>
    i.op === 'LOAD_CONST' || i.op === 'RETURN_CONST' ? `${i.op} ${JSON.stringify(constValue(code.consts[i.arg]), (_k, v) => (typeof v === 'bigint' ? `${v}` : v))}` : `${i.op} ${i.arg}`);
}

describe('displays', () => {
  it('a = [1, 2, 3] → BUILD_LIST 0; LOAD_CONST (1, 2, 3); LIST_EXTEND 1 (capacity from the tuple)', async () => {
    expect(await moduleOps('a = [1, 2, 3]')).toEqual(['BUILD_LIST 0', 'LOAD_CONST ["1","2","3"]', 'LIST_EXTEND 1', 'STORE_NAME 0', 'RETURN_CONST "none"']);
  });

  it('two constants or any non-constant item → BUILD_LIST n', async () => {
    expect(await moduleOps('x = [a, b]')).toEqual(['LOAD_NAME 0', 'LOAD_NAME 1', 'BUILD_LIST 2', 'STORE_NAME 2', 'RETURN_CONST "none"']);
    expect(await moduleOps('x = [1, 2]')).toEqual(['LOAD_CONST "1"', 'LOAD_CONST "2"', 'BUILD_LIST 2', 'STORE_NAME 0', 'RETURN_CONST "none"']);
    expect(await moduleOps('x = [1, a, 3]')).toEqual(['LOAD_CONST "1"', 'LOAD_NAME 0', 'LOAD_CONST "3"', 'BUILD_LIST 3', 'STORE_NAME 1', 'RETURN_CONST "none"']);
  });

  it('chained and tuple targets: COPY 1 then each store, UNPACK_SEQUENCE for the tuple', async () => {
    expect(await moduleOps('x = a, b = c')).toEqual([
      'LOAD_NAME 0', 'COPY 1', 'STORE_NAME 1', 'UNPACK_SEQUENCE 2', 'STORE_NAME 2', 'STORE_NAME 3', 'RETURN_CONST "none"',
    ]);
  });

  it('starred target → UNPACK_EX before | after << 8', async () => {
    expect((await moduleOps('a, *b, c, d = x'))[1]).toBe(`UNPACK_EX ${1 | (2 << 8)}`);
  });

  it('dict display: key, value pairs then BUILD_MAP n', async () => {
    expect(await moduleOps('d = {"k": v, "j": 2}')).toEqual([
      'LOAD_CONST "k"', 'LOAD_NAME 0', 'LOAD_CONST "j"', 'LOAD_CONST "2"', 'BUILD_MAP 2', 'STORE_NAME 1', 'RETURN_CONST "none"',
    ]);
  });
});

describe('calls', () => {
  it('keyword arguments: values, then the names tuple, then CALL_KW', async () => {
    expect(await moduleOps('f(1, k=2)')).toEqual([
      'LOAD_NAME 0', 'PUSH_NULL 0', 'LOAD_CONST "1"', 'LOAD_CONST "2"', 'LOAD_CONST ["k"]', 'CALL_KW 2', 'POP_TOP 0', 'RETURN_CONST "none"',
    ]);
  });

  it('a method call loads (method, self) with LOAD_ATTR bit 0', async () => {
    const { code } = await compile('lst.append(x)');
    expect(ops(code).slice(0, 4)).toEqual(['LOAD_NAME 0', `LOAD_ATTR ${(1 << 1) | 1}`, 'LOAD_NAME 2', 'CALL 1']);
  });

  it('*args / **kwargs go through CALL_FUNCTION_EX with a merged dict', async () => {
    const seq = await moduleOps('f(*a, **k)');
    expect(seq).toContain('DICT_MERGE 1');
    expect(seq.filter((s) => s.startsWith('CALL'))).toEqual(['CALL_FUNCTION_EX 0']);
  });

  it('augmented assignment uses the in-place BINARY_OP (13 = +=)', async () => {
    expect(await moduleOps('x += 1')).toEqual(['LOAD_NAME 0', 'LOAD_CONST "1"', 'BINARY_OP 13', 'STORE_NAME 0', 'RETURN_CONST "none"']);
  });

  it('comparisons: not in / is not are CONTAINS_OP 1 / IS_OP 1', async () => {
    const { code } = await compile('a not in b\na is not b\na < b');
    expect([1, 2, 3].map((l) => lineOps(code, l).find((i) => i.op !== 'LOAD_NAME')).map((i) => `${i!.op} ${i!.arg}`))
      .toEqual(['CONTAINS_OP 1', 'IS_OP 1', 'COMPARE_OP 0']);
  });
});

describe('constant folding (CPython\'s AST optimizer)', () => {
  it('2 ** 10, -5, \'ab\' * 3, 7 // 2, 2 ** 64 are each one LOAD_CONST of the result', async () => {
    const rows = [['x = 2 ** 10', '1024'], ['x = -5', '-5'], ["x = 'ab' * 3", 'ababab'], ['x = 7 // 2', '3'], ['x = 2 ** 64', '18446744073709551616']];
    const actual = await Promise.all(rows.map(async ([source]) => {
      const { code } = await compile(source!);
      return [source, ops(code, false).join(' '), String(constValue(code.consts[code.instructions[1]!.arg]))];
    }));
    expect(actual).toEqual(rows.map(([source, value]) => [source, 'LOAD_CONST STORE_NAME RETURN_CONST', value]));
  });

  it('a tuple of constants (nested) is one constant', async () => {
    const { code } = await compile('x = (1, 2, (3, 4))');
    expect(ops(code, false)).toEqual(['LOAD_CONST', 'STORE_NAME', 'RETURN_CONST']);
    expect(constValue(code.consts[0])).toEqual([1n, 2n, [3n, 4n]]);
  });

  it("past CPython's limits the operation stays for run time: 'a' * 4097, 2 ** 65, (1,) * 257, 1 / 0", async () => {
    const rows = [["x = 'a' * 4097", 'BINARY_OP 5'], ['x = 2 ** 65', 'BINARY_OP 8'], ['x = (1,) * 257', 'BINARY_OP 5'], ['x = 1 / 0', 'BINARY_OP 11']];
    const actual = await Promise.all(rows.map(async ([source]) => [source, ops((await compile(source!)).code).find((o) => o.startsWith('BINARY_OP'))]));
    expect(actual).toEqual(rows);
  });

  it("'a' * 4096 and (1,) * 256 are still folded", async () => {
    const big = await compile("x = 'a' * 4096\ny = (1,) * 256");
    expect(ops(big.code, false)).toEqual(['LOAD_CONST', 'STORE_NAME', 'LOAD_CONST', 'STORE_NAME', 'RETURN_CONST']);
    expect(big.code.consts.map((c) => (c.type === 'str' ? c.value.length : c.type === 'tuple' ? c.items.length : c.type))).toEqual([4096, 256, 'none']);
  });

  it('-0.0 folds to a float distinct from 0.0', async () => {
    const { code } = await compile('x = 0.0\ny = -0.0');
    const floats = code.consts.filter((c) => c.type === 'float').map((c) => (c.type === 'float' ? Object.is(c.value, -0) : null));
    expect(floats).toEqual([false, true]);
  });
});

describe('co_consts', () => {
  it('equal constants are stored once per code object', async () => {
    const { code } = await compile('x = 1.5\ny = 1.5\nz = (1.5, 2)\nw = "s"\nv = "s"');
    expect(code.consts.map(constValue)).toEqual([1.5, [1.5, 2n], 's', 'none']);
    expect(lineOps(code, 1)[0]!.arg).toBe(lineOps(code, 2)[0]!.arg);
  });

  it('equal constants are one object across all code objects of a module (CPython 3.11–3.14 print True True True)', async () => {
    const r = await run("def a():\n    return 'hello world'\ndef b():\n    return 'hello world'\nx = 'hello world'\nprint(a() is b(), a() is x, (1.5, 2) is (1.5, 2))\n");
    expect(r.stdout).toBe('True True True\n');
  });

  it('1, 1.0 and True are different constants', async () => {
    const { code } = await compile('a = 1\nb = 1.0\nc = True');
    expect(code.consts.map((c) => c.type)).toEqual(['int', 'float', 'bool', 'none']);
  });

  it('a function without a docstring keeps None as co_consts[0]', async () => {
    const { code } = await compile('def f():\n    return 5\n');
    expect(findCode(code, 'f').consts.map(constValue)).toEqual(['none', 5n]);
  });
});

describe('arena keys (literals the parser arena keeps alive while the module runs)', () => {
  const source = "a = 2 ** 10\nb = 'ab' * 3\nc = 1.5\n";

  it('3.11–3.13 include the AST-folded constants', async () => {
    for (const version of ['3.11', '3.12', '3.13'] as const) {
      const { arenaKeys } = await compile(source, version);
      expect([...arenaKeys].sort()).toEqual(['f1.5', 'i10', 'i1024', 'i2', 'i3', 'sab', 'sababab']);
    }
  });

  it('3.14 folds in the CFG: only the literals as written', async () => {
    const { arenaKeys } = await compile(source, '3.14');
    expect([...arenaKeys].sort()).toEqual(['f1.5', 'i10', 'i2', 'i3', 'sab']);
  });
});

describe('LOAD_FAST_CHECK → LOAD_FAST where definitely assigned', () => {
  // CPython 3.13 dis: `print(a, p)` after if/else both assigning a → LOAD_FAST_LOAD_FAST (a, p);
  // `print(b)` in a loop before `b = i` → LOAD_FAST_CHECK; `print(w)` after `while c: w = 1; break` → LOAD_FAST_CHECK.
  const source = [
    'def f(p, c):',          // 1
    '    if c:',             // 2
    '        a = 1',         // 3
    '    else:',             // 4
    '        a = 2',         // 5
    '    print(a, p)',       // 6
    '    for i in p:',       // 7
    '        print(b)',      // 8
    '        b = i',         // 9
    '    while c:',          // 10
    '        w = 1',         // 11
    '        break',         // 12
    '    print(w)',          // 13
    '    z = p',             // 14
    '    del z',             // 15
    '    print(z)',          // 16
    '',
  ].join('\n');

  const loads = async (line: number) => {
    const f = findCode((await compile(source)).code, 'f');
    return lineOps(f, line).filter((i) => i.op.startsWith('LOAD_FAST')).map((i) => `${i.op} ${f.varnames[i.arg]}`);
  };

  it('parameters and a local bound on every path are plain loads', async () => {
    expect(await loads(6)).toEqual(['LOAD_FAST a', 'LOAD_FAST p']);
  });

  it('a local first bound later in the loop body needs the check', async () => {
    expect(await loads(8)).toEqual(['LOAD_FAST_CHECK b']);
    expect(await loads(9)).toEqual(['LOAD_FAST i']);
  });

  it('a local bound only inside a while body needs the check after it', async () => {
    expect(await loads(13)).toEqual(['LOAD_FAST_CHECK w']);
  });

  it('a deleted local needs the check again', async () => {
    expect(await loads(16)).toEqual(['LOAD_FAST_CHECK z']);
  });
});
