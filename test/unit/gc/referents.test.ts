// gc.get_referents (src/engine/gc/referents.ts): visit orders measured on CPython 3.11.7 / 3.12.1 / 3.13.0
// (the outputs in the comments), and the stops for objects whose traverse is not modelled.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

const names = 'import gc\ndef names(o):\n    return [type(x).__name__ for x in gc.get_referents(o)]\n';

describe('gc.get_referents visit order', () => {
  it('a generator: gi_code first on 3.11 only, then name, qualname, the frame\'s function, code, locals, stack', async () => {
    const program = `${names}def gen(n):\n    for i in range(n):\n        yield i\ng = gen(3)\nnext(g)\nprint(names(g))\n`;
    // Real: 3.11.7 ['code', 'str', 'str', 'function', 'code', 'int', 'int', 'range_iterator'];
    //       3.12.1 / 3.13.0 ['str', 'str', 'function', 'code', 'int', 'int', 'range_iterator']
    expect((await run(program, '3.11')).stdout).toBe("['code', 'str', 'str', 'function', 'code', 'int', 'int', 'range_iterator']\n");
    expect((await run(program, '3.12')).stdout).toBe("['str', 'str', 'function', 'code', 'int', 'int', 'range_iterator']\n");
  });

  it('__slots__ are visited per class in sorted order, the class last', async () => {
    // Real (all three): ['list', 'int', 'type'] — 'alpha' before 'zeta' whatever the declaration order.
    const r = await run(`${names}class S:\n    __slots__ = ('zeta', 'alpha')\ns = S()\ns.zeta = 1\ns.alpha = [2]\nprint(names(s))\n`, '3.13');
    expect(r.stdout).toBe("['list', 'int', 'type']\n");
  });

  it('a class with a heap metaclass visits the metaclass first', async () => {
    // Real (all three): ['type', 'dict', 'tuple', 'tuple', 'type']
    const r = await run(`${names}class M(type): pass\nclass K(metaclass=M): pass\nprint(names(K))\n`, '3.12');
    expect(r.stdout).toBe("['type', 'dict', 'tuple', 'tuple', 'type']\n");
  });

  it('deque: 3.12 made it a heap type, so its instances visit the class first', async () => {
    const program = `${names}import collections\nprint(names(collections.deque([1])))\n`;
    expect((await run(program, '3.11')).stdout).toBe("['int']\n");
    expect((await run(program, '3.12')).stdout).toBe("['type', 'int']\n");
  });
});

describe('objects whose traverse is not modelled stop', () => {
  it.each([
    ['zip([1], [2])', 'zip'],
    ['property(lambda: 0)', 'property'],
    ['staticmethod(len)', 'staticmethod'],
  ])('%s', async (expression, type) => {
    const r = await run(`import gc\ngc.get_referents(${expression})\n`, '3.13');
    expect(r.stderr).toBe(`not supported by the simulator yet: gc.get_referents() of a '${type}' object (its tp_traverse is not modelled exactly yet) (line 2)\n`);
  });

  it('a finished generator on 3.11 (gi_code is not kept once the frame is gone)', async () => {
    const r = await run('import gc\ndef g():\n    yield 1\nx = g()\nfor _ in x: pass\ngc.get_referents(x)\n', '3.11');
    expect(r.stderr).toMatch(/^not supported by the simulator yet: gc.get_referents\(\) of a finished generator on 3.11/);
  });
});
