// What the simulated math, random, operator, functools and itertools modules deliberately do not model:
// each stops the run with "not supported by the simulator yet" (exit status 2) instead of printing
// something CPython would not. These expectations are the simulator's own, not CPython's.
import { describe, expect, it } from 'vitest';
import type { VersionId } from '../../../src/engine';
import { runProgram } from './run';

const CASES: { source: string; message: string; versions?: VersionId[] }[] = [
  { source: 'import functools\nfunctools.wraps(print)(lambda: 0)\n', message: "the attribute '__module__' of 'builtin_function_or_method' objects (line 2)" },
  { source: 'import functools\nfunctools.singledispatch\n', message: 'functools.singledispatch (line 2)' },
  { source: 'import functools\nfunctools.cached_property\n', message: 'functools.cached_property (line 2)' },
  { source: 'import math\nprint(math.asin(1))\n', message: 'math.asin (line 2)' },
  { source: 'import itertools\nitertools.batched("aab", 2)\n', message: 'itertools.batched (line 2)' },
  { source: 'import random\nrandom.gauss(0, 1)\n', message: 'random.gauss (line 2)' },
  { source: 'import random\nrandom.sample(range(5), 2, counts=[1] * 5)\n', message: 'random.sample() with counts= (line 2)' },
  { source: "import random\nrandom.seed(float('nan'))\n", message: 'random.seed(nan) (its hash depends on the object address) (line 2)' },
  {
    source: 'import random\nrandom.randrange(5.0)\n', versions: ['3.11'],
    message: 'non-integer arguments to randrange() on 3.11 (a DeprecationWarning and int() conversion) (line 2)',
  },
];

describe('module features the simulator does not model', () => {
  for (const c of CASES) {
    it(c.message, async () => {
      const result = await runProgram(c.source, c.versions?.[0] ?? '3.13');
      expect(result.exitCode).toBe(2);
      expect(result.outcome).toBe('unsupported');
      expect(result.stderr).toBe(`not supported by the simulator yet: ${c.message}\n`);
    });
  }

  it('an unseeded random module draws from a fixed modelled seed, the same every run', async () => {
    const source = 'import random\na = random.random()\nrandom.seed()\nprint(a == random.random(), random.randint(1, 10**9))\n';
    const first = await runProgram(source, '3.13');
    const second = await runProgram(source, '3.13');
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout.startsWith('True ')).toBe(true);
  });

  it('modules are created on first import only', async () => {
    const result = await runProgram('import gc\nprint(gc.get_count())\n', '3.13');
    const withImport = await runProgram('import gc, math, random, itertools, functools, operator\nprint(gc.get_count())\n', '3.13');
    expect(result.stdout).not.toBe(withImport.stdout);
  });
});
