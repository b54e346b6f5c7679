// The modelled interpreter start-up state (src/engine/gc/startup.ts) and the DEBUG_STATS lines
// (src/engine/gc/debugOutput.ts), against runs of real CPython made by hand with the recorder's environment
// (env -i PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONUNBUFFERED=1, stdin /dev/null).
import { describe, expect, it } from 'vitest';
import { run } from '../helpers';
import { modelledElapsed, statsDone, statsHeader } from '../../../src/engine/gc/debugOutput';
import { StartupPopulation } from '../../../src/engine/gc/startup';
import { PROFILES, type VersionId } from '../../../src/engine/profiles';

const firstCollection = (generation: number) => `import gc
gc.set_debug(gc.DEBUG_STATS)
r = gc.collect(${generation})
gc.set_debug(0)
print(r, gc.get_count(), gc.get_freeze_count())
`;

describe('the state a program starts in (measured, modelled as counts)', () => {
  // Real output of `import gc; c = gc.get_count(); …; print(c, gc.get_stats(), gc.get_freeze_count())`:
  //   3.11.7 (246, 0, 2) … [{'collections': 22, 'collected': 43, …}, {'collections': 2, 'collected': 92, …}, {0, 0, 0}] 0
  //   3.12.1 (27, 5, 0)  … [{'collections': 5, 'collected': 24, …}, {0…}, {0…}] 375
  //   3.13.0 (51, 3, 0)  … [{'collections': 3, 'collected': 24, …}, {0…}, {0…}] 0
  it.each([
    ['3.11', '(246, 0, 2) 0 [(22, 43, 0), (2, 92, 0), (0, 0, 0)]'],
    ['3.12', '(27, 5, 0) 375 [(5, 24, 0), (0, 0, 0), (0, 0, 0)]'],
    ['3.13', '(51, 3, 0) 0 [(3, 24, 0), (0, 0, 0), (0, 0, 0)]'],
  ] as const)('%s: get_count, get_freeze_count, get_stats on the first line', async (version, expected) => {
    const r = await run(`import gc
c = gc.get_count()
print(c, gc.get_freeze_count(), [(s['collections'], s['collected'], s['uncollectable']) for s in gc.get_stats()])
`, version);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${expected}\n`);
  });

  // Real stderr of firstCollection(g) (the first call of the program), then its stdout:
  //   3.11.7 "gc: objects in each generation: 318 0 10940" / "…permanent generation: 0"; after collect(0) (0, 1, 2),
  //          after collect(1) (0, 0, 3), after collect(2) (0, 0, 0); elapsed 0.0000s, 0.0000s, 0.0011s
  //   3.12.1 "… 56 4957 0" / "… 375"; elapsed 0.0000s, 0.0015s, 0.0003s
  //   3.13.0 "… 72 5089 0" / "… 0";   elapsed 0.0000s, 0.0005s, 0.0005s
  // (The elapsed time is modelled: 100 ns per examined object.)
  it.each([
    ['3.11', '318 0 10940', 0, ['0.0000', '0.0000', '0.0011'], ['(0, 1, 2)', '(0, 0, 3)', '(0, 0, 0)']],
    ['3.12', '56 4957 0', 375, ['0.0000', '0.0005', '0.0005'], ['(0, 6, 0)', '(0, 0, 1)', '(0, 0, 0)']],
    ['3.13', '72 5089 0', 0, ['0.0000', '0.0005', '0.0005'], ['(0, 4, 0)', '(0, 0, 1)', '(0, 0, 0)']],
  ] as const)('%s: DEBUG_STATS of the first collection of each generation', async (version, sizes, permanent, elapsed, counts) => {
    for (const generation of [0, 1, 2]) {
      const r = await run(firstCollection(generation), version);
      expect(r.stderr).toBe(`gc: collecting generation ${generation}...\ngc: objects in each generation: ${sizes}\n`
        + `gc: objects in permanent generation: ${permanent}\ngc: done, 0 unreachable, 0 uncollectable, ${elapsed[generation]}s elapsed\n`);
      expect(r.stdout).toBe(`0 ${counts[generation]} ${permanent}\n`);
    }
  });

  // Real: after the first collect(g) the generation sizes were 3.11.7 [1, 249, 10940] / [1, 0, 11189] / [1, 0, 11113],
  // 3.12.1 [1, 5011, 0] / [1, 0, 4998] / [1, 0, 4995], 3.13.0 [1, 5159, 0] / [1, 0, 5090] / [1, 0, 5087]
  // (the 1 is the tuple of get_count()); gc.freeze() then moved 11258 / 5388 / 5161 objects to the permanent generation.
  it.each([
    ['3.11', [[249, 10940], [0, 11189], [0, 11113]], 11258],
    ['3.12', [[5011, 0], [0, 4998], [0, 4995]], 5388],
    ['3.13', [[5159, 0], [0, 5090], [0, 5087]], 5161],
  ] as const)('%s: the start-up objects move, and tuples and dicts are untracked, as measured', async (version, after, frozen) => {
    const state = PROFILES[version as VersionId].gc.startup!;
    for (const generation of [0, 1, 2]) {
      const population = new StartupPopulation(state, [0, 0, 0, 0]);
      population.collect(generation);
      expect(population.sizes.slice(1, 3)).toEqual(after[generation]);
    }
    const r = await run('import gc\ngc.freeze()\nprint(gc.get_freeze_count())\ngc.unfreeze()\nprint(gc.get_freeze_count())\n', version);
    // The simulator's own module objects are part of the count; the total is the measured one.
    expect(r.stdout).toBe(`${frozen}\n0\n`);
  });

  // Real 3.11.7: get_count() (281, 0, 2) before and after `import collections` (loaded at start-up there);
  // real 3.12.1: `import io` moves nothing either, while `import collections` (not preloaded) allocates hundreds.
  it.each([['3.11', 'collections'], ['3.12', 'io'], ['3.13', 'os']] as const)('%s: importing a module loaded at start-up (%s) allocates nothing', async (version, module) => {
    const program = (statement: string) => `import gc\nbefore = gc.get_count()\n${statement}\ngc.set_debug(gc.DEBUG_STATS)\nprint(gc.get_count(), gc.collect(0))\ngc.set_debug(0)\n`;
    const [imported, not] = await Promise.all([run(program(`import ${module}`), version), run(program('pass'), version)]);
    expect(imported.stdout).toBe(not.stdout);
    expect(imported.stderr).toBe(not.stderr); // the generation sizes DEBUG_STATS prints
  });

  // Real 3.12.1: `gc.collect(); import collections; print(gc.collect())` prints 72 (3.13.0: 80): the import
  // machinery's cyclic garbage, whose amount depends on earlier imports and on the collections the import runs.
  it('after importing a module CPython loads fresh, the numbers that would include its objects stop; a dropped gc.collect() clears the garbage', async () => {
    const used = await run('import gc\ngc.collect()\nimport collections\nprint(gc.collect())\n', '3.12');
    expect(used.stderr).toMatch(/^not supported by the simulator yet: the value of gc.collect\(\) after importing 'collections'/);
    const dropped = await run('import gc\nimport collections\ngc.collect()\nx = []\nx.append(x)\ndel x\nprint(gc.collect(), gc.get_count())\n', '3.12');
    expect(dropped.stdout).toBe('1 (0, 0, 0)\n');
    const count = await run('import gc\nimport functools\nprint(gc.get_count())\n', '3.13');
    expect(count.stderr).toMatch(/^not supported by the simulator yet: gc.get_count\(\) after importing 'functools'/);
    const stats = await run('import gc\nimport math\ngc.collect()\nprint(gc.get_stats())\n', '3.13');
    expect(stats.stderr).toMatch(/^not supported by the simulator yet: gc.get_stats\(\) after importing 'math'/);
    // 3.11 had collections loaded at start-up: nothing to stop for.
    expect((await run('import gc\nimport collections\nprint(gc.collect())\n', '3.11')).stdout).toBe('0\n');
  });

  it('3.14 has no measured start-up state: get_stats and DEBUG_STATS stop rather than guess', async () => {
    const stats = await run('import gc\nprint(gc.get_stats())\n', '3.14');
    expect(stats.stderr).toMatch(/^not supported by the simulator yet: gc.get_stats\(\) on 3.14/);
    const debug = await run('import gc\ngc.set_debug(gc.DEBUG_STATS)\ngc.collect()\n', '3.14');
    expect(debug.stderr).toMatch(/^not supported by the simulator yet: gc.DEBUG_STATS output on 3.14/);
  });
});

describe('DEBUG_STATS format (format strings of gc_collect_main)', () => {
  it('the header: each size preceded by a space, then the permanent generation', () => {
    // Real 3.12.1: "gc: collecting generation 2...\ngc: objects in each generation: 4 0 4986\ngc: objects in permanent generation: 375\n"
    expect(statsHeader(2, [4, 0, 4986], 375)).toBe('gc: collecting generation 2...\ngc: objects in each generation: 4 0 4986\ngc: objects in permanent generation: 375\n');
  });

  it('the done line: unreachable counts the uncollectable too; the time has 4 decimals', () => {
    // Real 3.13.0 with a legacy tp_del object: "gc: done, 3 unreachable, 2 uncollectable, 0.0004s elapsed"
    expect(statsDone(3, 2, 4000)).toBe('gc: done, 3 unreachable, 2 uncollectable, 0.0004s elapsed\n');
  });

  it('modelled elapsed time: 100 ns per examined object, rounded as %.4f', () => {
    expect([0, 300, 499, 500, 1499, 11258, 123_456_789].map(modelledElapsed)).toEqual(['0.0000', '0.0000', '0.0000', '0.0001', '0.0001', '0.0011', '12.3457']);
  });

  it('a program\'s collection: its own objects on top of the start-up ones, and the objects it found', async () => {
    const r = await run(`import gc
a = []
a.append(a)
del a
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
gc.collect()
gc.set_debug(0)
`, '3.12');
    expect(r.stderr).toMatch(/^gc: collecting generation 2\.\.\.\ngc: objects in each generation: \d+ 4957 0\ngc: objects in permanent generation: 375\ngc: collectable <list 0x[0-9a-f]+>\ngc: done, 1 unreachable, 0 uncollectable, 0\.0005s elapsed\n$/);
  });

  it('debug lines left on at exit: the first shutdown collection prints, the module teardown stops as unsupported', async () => {
    const r = await run('import gc\ngc.set_debug(gc.DEBUG_STATS)\nprint("end")\n', '3.13');
    expect(r.stdout).toBe('end\n');
    expect(r.stderr).toMatch(/^gc: collecting generation 2\.\.\.\n(.*\n){3}not supported by the simulator yet: gc debug output of the collections that tear down the modules/);
  });
});
