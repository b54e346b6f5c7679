// repr(float) and format(value, spec). Every expected string was produced by real CPython 3.13.0:
//   $(pyenv root)/versions/3.13.0/bin/python3 -c "print(repr(format(v, spec)))"   (and repr(v) for floats)
// nothing here is hand-derived. Each table is one test; a failure shows the rows that differ.
import { describe, expect, it } from 'vitest';
import { floatRepr } from '../../../src/engine/objects/floatrepr';
import { formatValue } from '../../../src/engine/objects/format';
import { PyRaise } from '../../../src/engine/objects/exceptions';
import { str as pyStr } from '../../../src/engine/objects/repr';
import type { PyObject } from '../../../src/engine/objects/object';
import { runtime } from '../helpers';

const rt = runtime();

type Value = bigint | string | boolean | { float: number };
type Row = [value: Value, spec: string, text: string];
const f = (v: number) => ({ float: v });

function obj(v: Value): PyObject {
  if (typeof v === 'boolean') return rt.bool(v);
  if (typeof v === 'string') return rt.str(v);
  if (typeof v === 'object') return rt.float(v.float);
  return rt.int(v);
}

/** [spec, what we print, what CPython printed] for each row, so a mismatch names its row. */
function check(rows: Row[]): void {
  const actual = rows.map(([v, spec]) => {
    try {
      return formatValue(rt, obj(v), spec);
    } catch (error) {
      return `raised ${error instanceof PyRaise ? pyStr(rt, error.exc) : String(error)}`;
    }
  });
  expect(rows.map(([v, spec], i) => [String(typeof v === 'object' ? v.float : v), spec, actual[i]]))
    .toEqual(rows.map(([v, spec, text]) => [String(typeof v === 'object' ? v.float : v), spec, text]));
}

describe('floatRepr (repr(float): shortest round-trip digits)', () => {
  it('fixed notation for exponents -4…15, else d.ddde±XX', () => {
    const rows: [number, string][] = [
      [0.1, '0.1'], [1e16, '1e+16'], [1e-5, '1e-05'], [123456789012345678.0, '1.2345678901234568e+17'], [-0.0, '-0.0'],
      [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'], [1e15, '1000000000000000.0'], [123456789012345.6, '123456789012345.6'],
      [0.0001, '0.0001'], [1e22, '1e+22'], [1 / 3, '0.3333333333333333'], [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'], [100.0, '100.0'], [-1.5e-7, '-1.5e-07'],
    ];
    expect(rows.map(([v]) => floatRepr(v))).toEqual(rows.map(([, text]) => text));
  });
});

describe('format(int, spec)', () => {
  it('grouping, bases, zero padding, signs, alignment, fill, c and %', () => {
    check([
      [1234567n, ',', '1,234,567'], [1234567n, '_', '1_234_567'], [255n, 'x', 'ff'], [255n, '#x', '0xff'], [255n, 'X', 'FF'],
      [5n, 'b', '101'], [5n, '#b', '0b101'], [42n, '08', '00000042'], [-42n, '08', '-0000042'], [1234n, '08,', '0,001,234'],
      [255n, '#010x', '0x000000ff'], [-255n, '+x', '-ff'], [42n, '+d', '+42'], [42n, ' d', ' 42'], [42n, '<6', '42    '],
      [42n, '^7', '  42   '], [42n, '*>6', '****42'], [65n, 'c', 'A'], [123456789n, '_x', '75b_cd15'], [3n, '%', '300.000000%'],
      [1234567n, '12,', '   1,234,567'], [2n ** 70n, ',', '1,180,591,620,717,411,303,424'],
    ]);
  });

  it('bool formats as an int once a spec is given; with an empty spec it is str()', () => {
    check([[true, '', 'True'], [true, '>6', '     1'], [false, '^5', '  0  '], [true, '+d', '+1'], [true, 'd', '1']]);
  });
});

describe('format(float, spec)', () => {
  it('f, e, g, %, the empty type with a precision, alignment and grouping', () => {
    check([
      [f(3.14159), '.2f', '3.14'], [f(2.0), '.2f', '2.00'], [f(1234567.891), ',.2f', '1,234,567.89'], [f(12345.678), 'e', '1.234568e+04'],
      [f(12345.678), '.3E', '1.235E+04'], [f(0.00001234), 'g', '1.234e-05'], [f(1234567.0), 'g', '1.23457e+06'], [f(0.5), '%', '50.000000%'],
      [f(0.125), '.1%', '12.5%'], [f(3.0), '', '3.0'], [f(1e20), '.3', '1e+20'], [f(1.0), '.3', '1.0'], [f(-3.5), '10.2f', '     -3.50'],
      [f(3.5), '<10.1f', '3.5       '], [f(3.5), '*^11.3f', '***3.500***'], [f(3.5), '+.1f', '+3.5'], [f(-0.0), '.1f', '-0.0'],
      [f(Infinity), 'f', 'inf'], [f(NaN), 'F', 'NAN'], [f(123.456), '010.2f', '0000123.46'], [f(1.5), 'G', '1.5'], [f(1e-10), 'G', '1E-10'],
      [f(0.0), 'g', '0'], [f(1e16), 'g', '1e+16'], [f(100000.0), 'g', '100000'], [f(1000000.0), 'g', '1e+06'],
      [f(1e16), ',.1f', '10,000,000,000,000,000.0'], [f(-1234.5), '_.0f', '-1_234'],
    ]);
  });

  it('the empty type with a precision switches to exponent notation one digit earlier than g', () => {
    check([[f(100.0), '.3', '1e+02'], [f(12.0), '.2', '1.2e+01'], [f(0.0), '.3', '0.0'], [f(1e-5), '.3', '1e-05'], [f(0.0001), '.3', '0.0001']]);
  });

  it('exact binary ties round half to even, like CPython’s correctly rounded conversion', () => {
    check([
      [f(0.125), '.2f', '0.12'], [f(2.5), '.0f', '2'], [f(0.5), '.0f', '0'], [f(1.25), '.1e', '1.2e+00'], [f(0.375), '.2%', '37.50%'],
      [f(9.5), '.0e', '1e+01'], [f(123456.5), '.6g', '123456'],
      // not ties: 2.675 is stored as 2.67499999…, 0.00015 as 0.000149999…
      [f(2.675), '.2f', '2.67'], [f(0.00015), '.1g', '0.0001'],
    ]);
  });

  it('large and tiny magnitudes are printed from the exact binary value', () => {
    check([[f(1e22), '.2f', '10000000000000000000000.00'], [f(1e23), '.2e', '1.00e+23'], [f(5e-324), '.3e', '4.941e-324']]);
  });

  it("'#' keeps the decimal point and trailing zeros", () => {
    check([
      [f(12.0), '#g', '12.0000'], [f(2.0), '#.0f', '2.'], [f(0.5), '#.0%', '50.%'], [f(5.0), '#.1g', '5.'], [f(5e10), '#.1g', '5.e+10'],
      [f(1.5), '#.0e', '2.e+00'], [f(1e20), '#.3', '1.00e+20'], [f(123.0), '#.3', '1.23e+02'], [f(0.0), '#g', '0.00000'],
    ]);
  });

  it("the 'z' option turns a negative zero result into positive zero (3.11+)", () => {
    check([[f(-0.0001), 'z.2f', '0.00'], [f(-0.0), 'z.1f', '0.0'], [f(-0.5), 'z.0f', '0'], [f(-0.5), 'z.1f', '-0.5']]);
  });
});

describe('format(str, spec)', () => {
  it('alignment, fill, precision truncates', () => {
    check([
      ['ab', '<5', 'ab   '], ['ab', '>5', '   ab'], ['ab', '^5', ' ab  '], ['ab', '*^7', '**ab***'], ['abc', '.2', 'ab'],
      ['abc', '-^9.1', '----a----'], ['hello', '10', 'hello     '], ['é', '>3', '  é'],
    ]);
  });
});

describe('errors', () => {
  it('the ValueError messages CPython gives', () => {
    check([
      ['ab', 'd', "raised Unknown format code 'd' for object of type 'str'"],
      [f(1.5), 'x', "raised Unknown format code 'x' for object of type 'float'"],
      ['ab', '+', 'raised Sign not allowed in string format specifier'],
      [5n, '.2d', 'raised Precision not allowed in integer format specifier'],
    ]);
  });
});
