// Calls through tp_call and METH_VARARGS pack their arguments in a tuple (and keywords in a dict), per version.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

/** count0 change across `statement`, run right after a full collection (freelists empty). */
async function delta(statement: string, version: '3.11' | '3.12' | '3.13' | '3.14'): Promise<string> {
  const source = ['import gc', 'n = 5', 'gc.collect(); gc.disable(); gc.get_count()', 'a = gc.get_count()[0]', statement, 'print(gc.get_count()[0] - a)'].join('\n');
  const result = await run(source, version);
  expect(result.stderr).toBe('');
  return result.stdout.trim().split('\n').pop()!;
}

describe('argument tuples', () => {
  it('int(n) packs its argument until 3.12 (3.13 has a vectorcall)', async () => {
    expect(await delta('x = int(n)', '3.11')).toBe('1');
    expect(await delta('x = int(n)', '3.13')).toBe('0');
  });

  it('bytes(n) always does', async () => {
    expect(await delta('x = bytes(n)', '3.13')).toBe('1');
  });

  it("str.find until 3.12; dict.update always, with a dict for keywords", async () => {
    expect(await delta("x = 'ab'.find('a')", '3.12')).toBe('1');
    expect(await delta("x = 'ab'.find('a')", '3.13')).toBe('0');
    expect(await delta('d = {}; d.update(a=1)', '3.14')).toBe('2');
  });

  it('a class call keeps the tuple alive during __init__ (one more reference to each argument)', async () => {
    const source = ['import sys', 'class B:', '    def __init__(self, x):', '        print(sys.getrefcount(x))', 'v = [1]', 'B(v)'].join('\n');
    expect((await run(source, '3.13')).stdout).toBe('5\n');
  });

  it('print packs its arguments on 3.11-3.13 only', async () => {
    expect(await delta('print(n)', '3.13')).toBe('1');
    expect(await delta('print(n)', '3.14')).toBe('0');
  });
});
