// PEP 709 (3.12+): a lambda inside an inlined comprehension closes over the loop variable through a
// cell of the enclosing code object. Expected sequences follow `dis` on CPython 3.12.1.
import { describe, expect, it } from 'vitest';
import { compile, findCode, ops, run } from '../helpers';

describe('closures inside inlined comprehensions', () => {
  it('the loop variable becomes a cell of the function: MAKE_CELL at entry, a fresh cell per run', async () => {
    const { code } = await compile('def f():\n    return [lambda: i for i in range(3)]\n', '3.12');
    const f = findCode(code, 'f');
    expect(f.cellvars).toEqual(['i']);
    const seq = ops(f, false);
    expect(seq[0]).toBe('MAKE_CELL');
    const start = seq.indexOf('LOAD_FAST_AND_CLEAR');
    expect(seq.slice(start, start + 5)).toEqual(['LOAD_FAST_AND_CLEAR', 'MAKE_CELL', 'SWAP', 'BUILD_LIST', 'SWAP']);
    expect(seq).toContain('STORE_DEREF');
    expect(seq).toContain('LOAD_CLOSURE');
    // The saved binding (the entry cell) is stored back when the comprehension ends.
    expect(seq.filter((o) => o === 'STORE_FAST').length).toBeGreaterThanOrEqual(1);
  });

  it('a variable the comprehension only reads stays a plain local of the function', async () => {
    const { code } = await compile('def f(n):\n    return [n + i for i in range(3)]\n', '3.12');
    expect(findCode(code, 'f').cellvars).toEqual([]);
  });

  it('a function variable a lambda in the comprehension reads becomes a cell', async () => {
    const { code } = await compile('def f(n):\n    return [lambda: n + i for i in range(3)]\n', '3.12');
    expect(findCode(code, 'f').cellvars).toEqual(['i', 'n']);
  });

  it('at module level the module code object gets the cell', async () => {
    const { code } = await compile('fs = [lambda: i for i in range(3)]\n', '3.12');
    expect(code.cellvars).toEqual(['i']);
    expect(code.instructions[0]!.op).toBe('MAKE_CELL');
  });

  it('3.11 keeps the <listcomp> function: the cell is its own', async () => {
    const { code } = await compile('def f():\n    return [lambda: i for i in range(3)]\n', '3.11');
    expect(findCode(code, '<listcomp>').cellvars).toEqual(['i']);
    expect(findCode(code, 'f').cellvars).toEqual([]);
  });

  it('runs: late binding, qualnames without <listcomp> on 3.12+, with it (and no <locals>) on 3.11', async () => {
    const src = 'def f():\n    fs = [lambda: i for i in range(3)]\n    print([g() for g in fs], fs[0].__qualname__)\nf()\n';
    expect((await run(src, '3.12')).stdout).toBe('[2, 2, 2] f.<locals>.<lambda>\n');
    expect((await run(src, '3.11')).stdout).toBe('[2, 2, 2] f.<locals>.<listcomp>.<lambda>\n');
  });

  it('a generator function with closure cells runs its prologue when called', async () => {
    const src = 'def outer():\n    x = 5\n    def gen():\n        yield x\n    return list(gen())\nprint(outer())\n';
    expect((await run(src, '3.13')).stdout).toBe('[5]\n');
  });
});
