// tree-sitter → AST conversion. Expected shapes follow CPython's `ast` module (checked with
// `ast.dump(ast.parse(...))` on CPython 3.13.0); positions are 1-based lines and 0-based columns.
import { describe, expect, it } from 'vitest';
import { parse, parseExpr, parseStmt, shape } from '../helpers';

const name = (id: string) => ({ kind: 'Name', id });
const int = (v: number) => ({ kind: 'Constant', value: { type: 'int', value: `${v}n` } });
const str = (v: string) => ({ kind: 'Constant', value: { type: 'str', value: v } });

async function constantOf(source: string): Promise<unknown> {
  const e = await parseExpr(source);
  if (e.kind !== 'Constant') throw new Error(`${source} is a ${e.kind}`);
  return e.value.type === 'int' ? e.value.value : e.value.type === 'none' || e.value.type === 'ellipsis' ? e.value.type : e.value.value;
}

describe('assignments', () => {
  it('chained assignment keeps the targets left to right and one value', async () => {
    expect(shape(await parseStmt('a = b = c'))).toEqual({ kind: 'Assign', targets: [name('a'), name('b')], value: name('c') });
  });

  it('tuple targets nest, with a starred element', async () => {
    expect(shape(await parseStmt('x, (y, *z) = t'))).toEqual({
      kind: 'Assign',
      targets: [{ kind: 'Tuple', elts: [name('x'), { kind: 'Tuple', elts: [name('y'), { kind: 'Starred', value: name('z') }] }] }],
      value: name('t'),
    });
  });

  it('a list pattern target stays a List; a bare comma value is a Tuple', async () => {
    expect(shape(await parseStmt('[p, q] = 1, 2'))).toEqual({
      kind: 'Assign', targets: [{ kind: 'List', elts: [name('p'), name('q')] }], value: { kind: 'Tuple', elts: [int(1), int(2)] },
    });
  });

  it('augmented assignment records the operator', async () => {
    expect(shape(await parseStmt('total //= n'))).toEqual({ kind: 'AugAssign', target: name('total'), op: 'FloorDiv', value: name('n') });
  });

  it('statement positions are 1-based lines, 0-based columns', async () => {
    const [, second] = (await parse('x = 1\nif x:\n    y = [x,\n         2]\n')).body;
    expect(second).toMatchObject({ kind: 'If', line: 2, col: 0, endLine: 4 });
    const inner = second!.kind === 'If' ? second!.body[0]! : null;
    expect(inner).toMatchObject({ line: 3, col: 4, endLine: 4, endCol: 11 });
  });
});

describe('f-strings', () => {
  it('conversion, and a spec with nested replacement fields', async () => {
    expect(shape(await parseExpr('f"{x!r:>{w}.{p}}"'))).toEqual({
      kind: 'JoinedStr',
      parts: [{
        kind: 'FormattedValue', value: name('x'), conversion: 'r',
        spec: {
          kind: 'JoinedStr',
          parts: [str('>'), { kind: 'FormattedValue', value: name('w'), conversion: null, spec: null }, str('.'),
            { kind: 'FormattedValue', value: name('p'), conversion: null, spec: null }],
        },
      }],
    });
  });

  it('a spec that is only a nested field', async () => {
    expect(shape(await parseExpr('f"{x:{w}}"'))).toEqual({
      kind: 'JoinedStr',
      parts: [{ kind: 'FormattedValue', value: name('x'), conversion: null,
        spec: { kind: 'JoinedStr', parts: [{ kind: 'FormattedValue', value: name('w'), conversion: null, spec: null }] } }],
    });
  });

  it('{x=} emits the source text, then the repr unless a conversion or spec is given', async () => {
    // CPython 3.13: Constant(' y='), FormattedValue(y, conversion=114 'r'), Constant(' z = '), FormattedValue(z, 115 's')
    expect(shape(await parseExpr('f"{y=} {z = !s} {w=:>4}"'))).toEqual({
      kind: 'JoinedStr',
      parts: [
        str('y='), { kind: 'FormattedValue', value: name('y'), conversion: 'r', spec: null },
        str(' z = '), { kind: 'FormattedValue', value: name('z'), conversion: 's', spec: null },
        str(' w='), { kind: 'FormattedValue', value: name('w'), conversion: null, spec: { kind: 'JoinedStr', parts: [str('>4')] } },
      ],
    });
  });

  it('{x = } keeps the whitespace around "=" (CPython prints "x = 5")', async () => {
    const e = await parseExpr('f"{x = }"');
    expect(shape(e)).toEqual({ kind: 'JoinedStr', parts: [str('x = '), { kind: 'FormattedValue', value: name('x'), conversion: 'r', spec: null }] });
  });

  it('doubled braces are literal text, merged with neighbouring constants', async () => {
    expect(shape(await parseExpr('f"{{a}} {b!a}"'))).toEqual({
      kind: 'JoinedStr', parts: [str('{a} '), { kind: 'FormattedValue', value: name('b'), conversion: 'a', spec: null }],
    });
  });

  it('concatenation with plain strings merges the constant parts', async () => {
    // CPython: JoinedStr([Constant('ab'), FormattedValue(c), Constant('d')])
    expect(shape(await parseExpr('"a" "b" f"{c}" "d"'))).toEqual({
      kind: 'JoinedStr', parts: [str('ab'), { kind: 'FormattedValue', value: name('c'), conversion: null, spec: null }, str('d')],
    });
  });

  it('an f-string without fields is a JoinedStr of one constant', async () => {
    expect(shape(await parseExpr('f"plain"'))).toEqual({ kind: 'JoinedStr', parts: [str('plain')] });
  });
});

describe('string literals', () => {
  it('decodes escapes like CPython (unknown escapes stay as written)', async () => {
    // CPython: "a\tb\x41\u00e9\101\q" → 'a\tbAéA\\q'
    expect(await constantOf(String.raw`"a\tb\x41\u00e9\101\q"`)).toBe('a\tbAéA\\q');
  });

  it('a backslash-newline inside a literal is a line continuation', async () => {
    expect(await constantOf('"line\\\ncont"')).toBe('linecont');
  });

  it('raw strings keep backslashes', async () => {
    expect(await constantOf(String.raw`r"a\tb\n"`)).toBe(String.raw`a\tb\n`);
  });

  it('adjacent literals of mixed quotes concatenate into one constant', async () => {
    expect(await constantOf(`"a" 'b' """c"""`)).toBe('abc');
  });

  it('non-BMP characters survive decoding', async () => {
    expect(await constantOf(String.raw`"\U0001F600x"`)).toBe('😀x');
  });
});

describe('numeric literals', () => {
  it('ints: underscores, hex/octal/binary prefixes, big values', async () => {
    const texts = ['0x_1F', '0xFF', '1_000_000', '0o17', '0b1010_1010', '0', '123456789012345678901234567890'];
    const values = await Promise.all(texts.map(constantOf));
    expect(values).toEqual([31n, 255n, 1000000n, 15n, 170n, 0n, 123456789012345678901234567890n]);
  });

  it('floats: underscores, leading/trailing dot, exponents, overflow to inf', async () => {
    const texts = ['1_0.5e1_0', '.5', '5.', '1e-5', '1e400'];
    const exprs = await Promise.all(texts.map(parseExpr));
    expect(exprs.map((e) => (e.kind === 'Constant' ? e.value : null))).toEqual([
      { type: 'float', value: 105000000000.0 }, { type: 'float', value: 0.5 }, { type: 'float', value: 5.0 },
      { type: 'float', value: 1e-5 }, { type: 'float', value: Infinity },
    ]);
  });

  it('10**20 stays a BinOp in the AST (folding is the compiler\'s job)', async () => {
    expect(shape(await parseExpr('10**20'))).toEqual({ kind: 'BinOp', op: 'Pow', left: int(10), right: int(20) });
  });
});

describe('operators and calls', () => {
  it('comparisons chain with not in / is not', async () => {
    // CPython: Compare(a, ops=[NotIn(), IsNot(), Lt()], comparators=[b, c, d])
    expect(shape(await parseExpr('a not in b is not c < d'))).toEqual({
      kind: 'Compare', left: name('a'), ops: ['NotIn', 'IsNot', 'Lt'], comparators: [name('b'), name('c'), name('d')],
    });
  });

  it('boolean operators flatten like CPython\'s parser', async () => {
    expect(shape(await parseExpr('a and b and c or d'))).toEqual({
      kind: 'BoolOp', op: 'Or', values: [{ kind: 'BoolOp', op: 'And', values: [name('a'), name('b'), name('c')] }, name('d')],
    });
  });

  it('not and unary minus', async () => {
    expect(shape(await parseExpr('not -x'))).toEqual({ kind: 'UnaryOp', op: 'Not', operand: { kind: 'UnaryOp', op: 'USub', operand: name('x') } });
  });

  it('calls keep positional, starred, keyword and ** arguments apart', async () => {
    expect(shape(await parseExpr('f(a, *b, k=1, **d)'))).toEqual({
      kind: 'Call', func: name('f'),
      args: [name('a'), { kind: 'Starred', value: name('b') }],
      keywords: [{ arg: 'k', value: int(1) }, { arg: null, value: name('d') }],
    });
  });

  it('method calls are a Call on an Attribute', async () => {
    expect(shape(await parseExpr('obj.append(x)'))).toEqual({
      kind: 'Call', func: { kind: 'Attribute', value: name('obj'), attr: 'append' }, args: [name('x')], keywords: [],
    });
  });

  it('slices: missing parts are null, a multi-dimensional index is a Tuple', async () => {
    const e = await parseExpr('(a[1:2], a[::2], a[:], a[x:], a[1:2, 3])');
    expect(shape(e)).toEqual({
      kind: 'Tuple',
      elts: [
        { kind: 'Subscript', value: name('a'), slice: { kind: 'Slice', lower: int(1), upper: int(2), step: null } },
        { kind: 'Subscript', value: name('a'), slice: { kind: 'Slice', lower: null, upper: null, step: int(2) } },
        { kind: 'Subscript', value: name('a'), slice: { kind: 'Slice', lower: null, upper: null, step: null } },
        { kind: 'Subscript', value: name('a'), slice: { kind: 'Slice', lower: name('x'), upper: null, step: null } },
        { kind: 'Subscript', value: name('a'), slice: { kind: 'Tuple', elts: [{ kind: 'Slice', lower: int(1), upper: int(2), step: null }, int(3)] } },
      ],
    });
  });

  it('dict displays with ** keep a null key', async () => {
    expect(shape(await parseExpr('{"k": 1, **other}'))).toEqual({ kind: 'Dict', keys: [str('k'), null], values: [int(1), name('other')] });
  });

  it('conditional expressions map to IfExp(test, body, orelse)', async () => {
    expect(shape(await parseExpr('a if c else b'))).toEqual({ kind: 'IfExp', test: name('c'), body: name('a'), orelse: name('b') });
  });
});

describe('functions', () => {
  it('parameters: positional-only, defaults, *args, keyword-only, **kwargs', async () => {
    const s = await parseStmt('def f(a, /, b=1, *args, c, d=2, **kw):\n    return a\n');
    expect(shape(s)).toMatchObject({
      kind: 'FunctionDef', name: 'f',
      params: {
        posonly: [{ name: 'a', default: null }], args: [{ name: 'b', default: int(1) }], vararg: 'args',
        kwonly: [{ name: 'c', default: null }, { name: 'd', default: int(2) }], kwarg: 'kw',
      },
      body: [{ kind: 'Return', value: name('a') }],
    });
  });

  it('comments between statements are dropped', async () => {
    const m = await parse('# first\nx = 1  # trailing\n# last\n');
    expect(m.body.map((s) => s.kind)).toEqual(['Assign']);
  });
});
