// 3.14's LOAD_FAST_BORROW (docs/research/load-fast-borrow-3.14.md): which loads of locals push a
// borrowed reference. Row numbers refer to the table in §4 of that document (measured on 3.14.2).
import { describe, expect, it } from 'vitest';
import { compile, findCode, lineOps } from '../helpers';

const SOURCE = [
  'import sys',                          // 1
  'rc = sys.getrefcount',                // 2
  'def row1():',                         // 3
  '    x = object()',                    // 4
  '    return rc(x)',                    // 5
  'def row3():',                         // 6
  '    x = object()',                    // 7
  '    return [x, rc(x)][1]',            // 8
  'def row29():',                        // 9
  '    x = object(); return [x, rc(x)][1]', // 10
  'def alias(x):',                       // 11
  '    y = x',                           // 12
  '    return y',                        // 13
  'def branch(a, b):',                   // 14
  '    return rc(a or b)',               // 15
  'def chain(a, b, c):',                 // 16
  '    return a < b < c',                // 17
  'def pair(x):',                        // 18
  '    return g2(x, rc(x))',             // 19
  'def fstr(x):',                        // 20
  '    return rc(f"{x}")',               // 21
  'def stored(x):',                      // 22
  '    y = f"{x}"',                      // 23
  '    return y',                        // 24
  'def maybe(c):',                       // 25
  '    if c:',                           // 26
  '        v = 1',                       // 27
  '    return rc(v)',                    // 28
  'def consumers(x, l):',                // 29
  '    l[0] = x',                        // 30
  '    x.append(1)',                     // 31
  '    for i in x:',                     // 32
  '        pass',                        // 33
  '',
].join('\n');

async function loads(fn: string, line: number, version: '3.13' | '3.14' = '3.14'): Promise<string[]> {
  const code = findCode((await compile(SOURCE, version)).code, fn);
  return lineOps(code, line).filter((i) => i.op.startsWith('LOAD_FAST')).map((i) => `${i.op} ${code.varnames[i.arg]}`);
}

describe('LOAD_FAST_BORROW (3.14)', () => {
  it('row 1: `return sys.getrefcount(x)` borrows x', async () => {
    expect(await loads('row1', 5)).toEqual(['LOAD_FAST_BORROW x']);
  });

  it('before 3.14 the same load is an owned LOAD_FAST', async () => {
    expect(await loads('row1', 5, '3.13')).toEqual(['LOAD_FAST x']);
  });

  it('`y = x` stores the value into a local: not borrowed; `return y` is', async () => {
    expect(await loads('alias', 12)).toEqual(['LOAD_FAST x']);
    expect(await loads('alias', 13)).toEqual(['LOAD_FAST_BORROW y']);
  });

  it('row 3: both loads of the two-line form are borrowed', async () => {
    expect(await loads('row3', 8)).toEqual(['LOAD_FAST_BORROW x', 'LOAD_FAST_BORROW x']);
  });

  it('row 29: on one line after the store, the first load is the half of STORE_FAST_LOAD_FAST', async () => {
    expect(await loads('row29', 10)).toEqual(['LOAD_FAST x', 'LOAD_FAST_BORROW x']);
  });

  it('a value living across a branch (`a or b`) is not borrowed', async () => {
    expect(await loads('branch', 15)).toEqual(['LOAD_FAST a', 'LOAD_FAST b']);
  });

  it('the middle operand of a < b < c stays owned (and its LOAD_FAST_LOAD_FAST partner with it)', async () => {
    expect(await loads('chain', 17)).toEqual(['LOAD_FAST a', 'LOAD_FAST b', 'LOAD_FAST_BORROW c']);
  });

  it('row 31: FORMAT_SIMPLE passes the reference through to the call: borrowed', async () => {
    expect(await loads('fstr', 21)).toEqual(['LOAD_FAST_BORROW x']);
  });

  it('`y = f"{x}"`: the formatted str may be x itself, which is then stored: not borrowed', async () => {
    expect(await loads('stored', 23)).toEqual(['LOAD_FAST x']);
  });

  it('LOAD_FAST_CHECK is never borrowed', async () => {
    expect(await loads('maybe', 28)).toEqual(['LOAD_FAST_CHECK v']);
  });

  it('consumed in the block: subscript store, method owner, for iterable', async () => {
    expect(await loads('consumers', 30)).toEqual(['LOAD_FAST_BORROW x', 'LOAD_FAST_BORROW l']);
    expect(await loads('consumers', 31)).toEqual(['LOAD_FAST_BORROW x']);
    expect(await loads('consumers', 32)).toEqual(['LOAD_FAST_BORROW x']);
  });

  it('an argument waiting under a nested call is still consumed in its block: borrowed', async () => {
    expect(await loads('pair', 19)).toEqual(['LOAD_FAST_BORROW x', 'LOAD_FAST_BORROW x']);
  });

  it('module-level code uses LOAD_NAME: nothing to borrow', async () => {
    const { code } = await compile(SOURCE, '3.14');
    expect(code.instructions.some((i) => i.op.startsWith('LOAD_FAST'))).toBe(false);
  });
});
