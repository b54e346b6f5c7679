// Reference counts a program observes through sys.getrefcount, per profile: the VM's stack discipline,
// frames moving arguments into parameters, and 3.14's borrowed loads. Expected output: real CPython
// 3.11.7 / 3.12.1 / 3.13.0 (pyenv) and 3.14.2 (the `pyodide` npm package), running this same program.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

const PROGRAM = [
  'import sys',
  'g = []',
  'def f(p):',
  '    return sys.getrefcount(p)',
  'def local():',
  '    x = []',
  '    return sys.getrefcount(x)',
  'def alias():',
  '    x = []',
  '    y = x',
  '    return sys.getrefcount(x)',
  'print(sys.getrefcount(g), sys.getrefcount([]), local(), alias(), f(g), f([]))',
  'h = [g, g, g]',
  'print(sys.getrefcount(g))',
  'for it in h:',
  '    print(sys.getrefcount(it), sys.getrefcount(h))',
  '    break',
  'del h',
  'print(sys.getrefcount(g))',
  '',
].join('\n');

describe('sys.getrefcount', () => {
  it('3.11–3.13 count the argument slot; 3.14 borrows locals and passes borrowed arguments on', async () => {
    const outputs = await Promise.all((['3.11', '3.12', '3.13', '3.14'] as const).map(async (version) => {
      const r = await run(PROGRAM, version);
      return r.stdout + r.stderr;
    }));
    expect(outputs).toEqual([
      '2 1 2 3 3 2\n5\n6 3\n3\n',
      '2 1 2 3 3 2\n5\n6 3\n3\n',
      '2 1 2 3 3 2\n5\n6 3\n3\n',
      '2 1 1 2 2 1\n5\n6 3\n3\n',
    ]);
  });
});

describe('object lifetime in the VM', () => {
  it('returning from a function frees its locals at once; the freed block is reused by the next list', async () => {
    // CPython 3.11–3.13 print "True False" (the list freelist hands the freed list back; b is still alive).
    const r = await run('def f():\n    x = [1.5]\n    return id(x)\na = f()\nb = []\nprint(a == id(b), id(b) == id([]))\n');
    expect(r.stdout).toBe('True False\n');
  });

  it('del of the last name frees the object (and its items) within that line step', async () => {
    const r = await run('a = [2.5, [3.5]]\ndel a\nb = 1\n');
    const events = r.trace.events;
    const lineAt = (line: number) => events.findIndex((e) => e.k === 'line' && e.line === line);
    const list = events.slice(lineAt(1)).find((e) => e.k === 'alloc' && e.type === 'list')!; // the inner list (built first)
    const freed = events.findIndex((e) => e.k === 'free' && list.k === 'alloc' && e.obj === list.obj);
    expect(freed).toBeGreaterThan(lineAt(2));
    expect(freed).toBeLessThan(lineAt(3));
    const freedTypes = events.slice(lineAt(2), lineAt(3)).flatMap((e) => (e.k === 'free' ? [e.obj] : []));
    expect(freedTypes).toHaveLength(2); // the two lists; 2.5 and 3.5 are still held by co_consts
  });
});
