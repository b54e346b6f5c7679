// fold_iter: a list display that is only iterated is built as a tuple (read from `dis` on CPython 3.13.0),
// and () is a constant inside constant tuples.
import { describe, expect, it } from 'vitest';
import { compile } from '../helpers';

async function opNames(source: string): Promise<string[]> {
  const { code } = await compile(source);
  return code.instructions.filter((i) => i.op !== 'RESUME').map((i) => i.op);
}

describe('list displays that are only iterated', () => {
  it('for x in [a, b] builds a tuple', async () => {
    const ops = await opNames('a = b = 1\nfor x in [a, b]: pass');
    expect(ops).toContain('BUILD_TUPLE');
    expect(ops).not.toContain('BUILD_LIST');
  });

  it('n in [a, b] builds a tuple; a list that is kept stays a list', async () => {
    expect(await opNames('a = 1\nr = a in [a, 2]')).toContain('BUILD_TUPLE');
    expect(await opNames('a = 1\nr = [a, 2]')).toContain('BUILD_LIST');
  });

  it('a starred item keeps the list', async () => {
    expect(await opNames('a = [1]\nfor x in [*a, 2]: pass')).not.toContain('BUILD_TUPLE');
  });

  it("('pop', ()) is one constant", async () => {
    const { code } = await compile("x = ('pop', ())");
    expect(code.instructions.map((i) => i.op)).not.toContain('BUILD_TUPLE');
  });
});
