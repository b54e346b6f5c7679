// The match statement's bytecode and compile-time errors. Expected sequences were read from `dis` on
// CPython 3.13.0 (where CPython's optimizer folds `LOAD_CONST None; IS_OP 1; POP_JUMP_IF_FALSE` into
// POP_JUMP_IF_NONE, the simulator emits POP_JUMP_IF_NONE directly).
import { describe, expect, it } from 'vitest';
import { compile, ops, run } from '../helpers';
import { PySyntaxError } from '../../../src/engine/syntax/errors';

async function moduleOps(source: string): Promise<string[]> {
  const { code } = await compile(source);
  return ops(code, false);
}

async function syntaxError(source: string, version: '3.11' | '3.13' = '3.13'): Promise<{ msg: string; col: number; endCol: number }> {
  try {
    await compile(source, version);
  } catch (e) {
    if (e instanceof PySyntaxError) return { msg: e.msg, col: e.col, endCol: e.endCol };
    throw e;
  }
  throw new Error(`no SyntaxError for ${source}`);
}

describe('match statement bytecode', () => {
  it('a sequence pattern tests a copy of the subject: MATCH_SEQUENCE, GET_LEN, UNPACK_SEQUENCE, stores, POP_TOP', async () => {
    // Each capture is rotated under the items still needed (SWAP 2 twice here: CPython's optimizer
    // then cancels the pair, with the same stack contents).
    const src = 'match o:\n    case [x, y]:\n        a\n    case 0:\n        b\n';
    expect((await moduleOps(src)).slice(0, 15)).toEqual([
      'LOAD_NAME', 'COPY', 'MATCH_SEQUENCE', 'POP_JUMP_IF_FALSE', 'GET_LEN', 'LOAD_CONST', 'COMPARE_OP', 'POP_JUMP_IF_FALSE',
      'UNPACK_SEQUENCE', 'SWAP', 'SWAP', 'STORE_NAME', 'STORE_NAME', 'POP_TOP', 'LOAD_NAME',
    ]);
  });

  it('{"kind": k, **rest}: MATCH_KEYS, then rest = dict(subject) minus the keys (as CPython 3.13 emits it)', async () => {
    const src = 'match o:\n    case {"kind": k, **rest}:\n        a\n    case _:\n        b\n';
    expect(await moduleOps(src)).toEqual([
      'LOAD_NAME', 'MATCH_MAPPING', 'POP_JUMP_IF_FALSE', 'GET_LEN', 'LOAD_CONST', 'COMPARE_OP', 'POP_JUMP_IF_FALSE',
      'LOAD_CONST', 'MATCH_KEYS', 'COPY', 'POP_JUMP_IF_NONE', 'UNPACK_SEQUENCE', 'SWAP', 'SWAP',
      'BUILD_MAP', 'SWAP', 'DICT_UPDATE', 'UNPACK_SEQUENCE', 'COPY', 'SWAP', 'DELETE_SUBSCR', 'SWAP',
      'STORE_NAME', 'STORE_NAME', 'LOAD_NAME', 'POP_TOP', 'JUMP_FORWARD',
      'POP_TOP', 'POP_TOP', 'POP_TOP', 'NOP', 'LOAD_NAME', 'POP_TOP', 'RETURN_CONST',
    ]);
  });

  it('Point(0, y=z): MATCH_CLASS with the keyword names, then one sub-pattern per attribute', async () => {
    const { code } = await compile('match o:\n    case Point(0, y=z):\n        a\n');
    expect(ops(code, false).slice(0, 13)).toEqual([
      'LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'MATCH_CLASS', 'COPY', 'POP_JUMP_IF_NONE', 'UNPACK_SEQUENCE',
      'LOAD_CONST', 'COMPARE_OP', 'POP_JUMP_IF_FALSE', 'STORE_NAME', 'LOAD_NAME', 'POP_TOP',
    ]);
    const names = code.instructions.find((i) => i.op === 'MATCH_CLASS')!;
    expect(names.arg).toBe(1);
  });

  it('[1, *_, 2] indexes the subject (len - k for items after the star) instead of unpacking it', async () => {
    const ops = await moduleOps('match o:\n    case [1, *_, 2]:\n        a\n');
    expect(ops).toContain('BINARY_SUBSCR');
    expect(ops).not.toContain('UNPACK_EX');
    expect(ops.filter((o) => o === 'GET_LEN')).toHaveLength(2);
  });

  it('an OR pattern copies the subject per alternative and rotates captures into one order', async () => {
    const ops = await moduleOps('match o:\n    case [a, b] | [b, a]:\n        x\n');
    expect(ops.filter((o) => o === 'MATCH_SEQUENCE')).toHaveLength(2);
    expect(ops).toContain('SWAP');
  });
});

describe('match statement SyntaxErrors', () => {
  it('an irrefutable case that is not last', async () => {
    expect(await syntaxError('match o:\n    case x:\n        pass\n    case 1:\n        pass\n'))
      .toEqual({ msg: "name capture 'x' makes remaining patterns unreachable", col: 9, endCol: 10 });
    expect((await syntaxError('match o:\n    case _:\n        pass\n    case 1:\n        pass\n')).msg).toBe('wildcard makes remaining patterns unreachable');
  });

  it('a guarded capture may come first', async () => {
    await expect(compile('match o:\n    case x if x:\n        pass\n    case 1:\n        pass\n')).resolves.toBeDefined();
  });

  it('binding rules: one name twice, alternatives binding different names, two stars', async () => {
    expect((await syntaxError('match o:\n    case [a, a]:\n        pass\n')).msg).toBe("multiple assignments to name 'a' in pattern");
    expect((await syntaxError('match o:\n    case [a] | (b,):\n        pass\n')).msg).toBe('alternative patterns bind different names');
    expect((await syntaxError('match o:\n    case [*a, *b]:\n        pass\n')).msg).toBe('multiple starred names in sequence pattern');
    expect((await syntaxError('match o:\n    case {1: a, True: b}:\n        pass\n')).msg).toBe('mapping pattern checks duplicate key (True)');
  });

  it('3.11 points at the last sub-pattern compiled, 3.12+ at the OR pattern', async () => {
    const src = 'match o:\n    case [a] | (b,):\n        pass\n';
    expect(await syntaxError(src, '3.13')).toMatchObject({ col: 9, endCol: 19 });
    expect(await syntaxError(src, '3.11')).toMatchObject({ col: 16, endCol: 17 });
  });
});

describe('match statement at run time', () => {
  it('a class pattern whose callee is not a type: the message differs between 3.11 and 3.12+', async () => {
    const src = 'try:\n    match 1:\n        case len():\n            pass\nexcept TypeError as e:\n    print(e)\n';
    expect((await run(src, '3.11')).stdout).toBe('called match pattern must be a type\n');
    expect((await run(src, '3.13')).stdout).toBe('called match pattern must be a class\n');
  });

  it('captures are bound only when the whole pattern matched', async () => {
    const r = await run('x = "unset"\nmatch [1, 2, 3]:\n    case [x, 0, _]:\n        pass\n    case _:\n        pass\nprint(x)\n');
    expect(r.stdout).toBe('unset\n');
  });
});
