// format(value, spec): the format-specification mini-language for int, float and str
// ([[fill]align][sign][z][#][0][width][grouping][.precision][type]).
import { intToDecimal } from './intdigits';
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyFloat, PyInt, PyStr, toBig } from './scalars';
import { floatRepr } from './floatrepr';
import { str } from './repr';
import { lookupInMro } from './classes';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  /** 'z' (3.11+): a negative zero result is printed as positive zero. */
  noNegativeZero: boolean;
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | null;
  type: string;
}

function parseSpec(rt: Runtime, spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?(.)?$/su.exec(spec);
  if (!m) rt.raise(rt.types.ValueError, 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '',
    noNegativeZero: !!m[4],
    alternate: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : null,
    type: m[10] ?? '',
  };
}

/**
 * parse_internal_render_format_spec: ',' only with decimal and float presentations, '_' also with b/o/x/X.
 * `defaultType` is the type's own default presentation ('d' for int, 's' for str).
 */
function checkGrouping(rt: Runtime, spec: Spec, defaultType: string): void {
  if (!spec.grouping) return;
  const type = spec.type || defaultType;
  const allowed = spec.grouping === ',' ? ['', 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%'] : ['', 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'b', 'o', 'x', 'X'];
  if (!allowed.includes(type)) rt.raise(rt.types.ValueError, `Cannot specify '${spec.grouping}' with '${type}'.`);
}

function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function pad(body: string, sign: string, spec: Spec, defaultAlign: string): string {
  const align = spec.align || defaultAlign;
  const len = [...body].length + sign.length;
  const n = Math.max(0, spec.width - len);
  if (align === '=') return sign + spec.fill.repeat(n) + body;
  if (align === '<') return sign + body + spec.fill.repeat(n);
  if (align === '^') {
    const left = Math.floor(n / 2);
    return spec.fill.repeat(left) + sign + body + spec.fill.repeat(n - left);
  }
  return spec.fill.repeat(n) + sign + body;
}

function signOf(negative: boolean, spec: Spec): string {
  if (negative) return '-';
  return spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

function formatInt(rt: Runtime, value: bigint, spec: Spec, typeName: string): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  let digits: string;
  let prefix = '';
  switch (spec.type) {
    case '': case 'd': case 'n': digits = group(intToDecimal(rt, abs), spec.grouping); break;
    case 'b': digits = group(abs.toString(2), spec.grouping === '_' ? '_' : '', 4); prefix = spec.alternate ? '0b' : ''; break;
    case 'o': digits = group(abs.toString(8), spec.grouping === '_' ? '_' : '', 4); prefix = spec.alternate ? '0o' : ''; break;
    case 'x': digits = group(abs.toString(16), spec.grouping === '_' ? '_' : '', 4); prefix = spec.alternate ? '0x' : ''; break;
    case 'X': digits = group(abs.toString(16).toUpperCase(), spec.grouping === '_' ? '_' : '', 4); prefix = spec.alternate ? '0X' : ''; break;
    case 'c': return pad(charOf(rt, value, spec), '', spec, '<');
    default:
      if ('eEfFgG%'.includes(spec.type)) return formatFloat(rt, Number(value), spec);
      return rt.raise(rt.types.ValueError, `Unknown format code '${spec.type}' for object of type '${typeName}'`);
  }
  if (spec.precision !== null) rt.raise(rt.types.ValueError, 'Precision not allowed in integer format specifier');
  const sign = signOf(negative, spec) + prefix;
  if (spec.align === '=' && spec.zero && spec.grouping) {
    const width = spec.width - sign.length;
    while (digits.length < width) digits = group(`0${digits.replace(/[,_]/g, '')}`, spec.grouping);
  }
  return pad(digits, sign, spec, '>');
}

/** The 'c' presentation (format_long_internal): the code point, with CPython's checks in its order. */
function charOf(rt: Runtime, value: bigint, spec: Spec): string {
  if (spec.precision !== null) rt.raise(rt.types.ValueError, 'Precision not allowed in integer format specifier');
  if (spec.grouping) rt.raise(rt.types.ValueError, `Cannot specify '${spec.grouping}' with 'c'.`);
  if (spec.sign !== '') rt.raise(rt.types.ValueError, "Sign not allowed with integer format specifier 'c'");
  if (spec.alternate) rt.raise(rt.types.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
  if (value > 9223372036854775807n || value < -9223372036854775808n) rt.raise(rt.types.OverflowError, 'Python int too large to convert to C long');
  if (value < 0n || value > 0x10ffffn) rt.raise(rt.types.OverflowError, '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(value));
}

function formatFloat(rt: Runtime, value: number, spec: Spec): string {
  const negative = value < 0 || Object.is(value, -0);
  const abs = Math.abs(value);
  const precision = spec.precision ?? 6;
  let body: string;
  if (!Number.isFinite(abs)) {
    body = Number.isNaN(abs) ? 'nan' : 'inf';
    if (spec.type === 'E' || spec.type === 'F' || spec.type === 'G') body = body.toUpperCase();
    if (spec.type === '%') body += '%';
  } else {
    switch (spec.type) {
      case 'f': case 'F': body = toFixedExact(abs, precision); break;
      case 'e': case 'E': body = expFormat(abs, precision, spec.type); break;
      case '%': body = Number.isFinite(abs * 100) ? `${toFixedExact(abs * 100, precision)}%` : 'inf%'; break;
      case 'g': case 'G': case 'n': body = generalFormat(abs, spec.precision ?? 6, spec.type === 'G', spec.alternate); break;
      case '':
        body = spec.precision === null ? floatRepr(abs) : generalFormat(abs, Math.max(precision, 1), false, spec.alternate, true);
        break;
      default: return rt.raise(rt.types.ValueError, `Unknown format code '${spec.type}' for object of type 'float'`);
    }
    // '#': the decimal point stays even when no digits follow it ('2.', '5.e+10', '50.%').
    if (spec.alternate && !body.includes('.')) body = body.replace(/^\d+/, (d) => `${d}.`);
    if (spec.grouping) {
      const [intPart, rest] = splitNumber(body);
      body = group(intPart, spec.grouping) + rest;
    }
  }
  // 'z': only when the printed digits are all zero (after rounding), and not for nan.
  const zero = spec.noNegativeZero && Number.isFinite(abs) && !/[1-9]/.test(body.split(/[eE%]/)[0]!);
  return pad(body, signOf(negative && !zero, spec), spec, '>');
}

// JS's toFixed/toExponential round exact ties half up and switch to exponent notation from 1e21;
// CPython rounds the exact binary value correctly, ties to even. Work on the exact value instead:
// a finite double is mantissa × 2^exponent.

function exactParts(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  return biased === 0 ? { mantissa: fraction, exponent: -1074 } : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** x × 10^k as an exact fraction (x ≥ 0 finite). */
function scaled(x: number, k: number): [num: bigint, den: bigint] {
  const { mantissa, exponent } = exactParts(x);
  let num = k >= 0 ? mantissa * 10n ** BigInt(k) : mantissa;
  let den = k < 0 ? 10n ** BigInt(-k) : 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  return [num, den];
}

function roundHalfEven([num, den]: [bigint, bigint]): bigint {
  const q = num / den;
  const twice = 2n * (num - q * den);
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** x ≥ 0 with `precision` digits after the point, correctly rounded. */
function toFixedExact(x: number, precision: number): string {
  const digits = roundHalfEven(scaled(x, precision)).toString().padStart(precision + 1, '0');
  return precision === 0 ? digits : `${digits.slice(0, -precision)}.${digits.slice(-precision)}`;
}

/** x > 0 as `precision + 1` significant digits and the decimal exponent of the first one. */
function toExponentialExact(x: number, precision: number): [digits: string, exp: number] {
  let exp = Math.floor(Math.log10(x));
  for (;;) {
    const [num, den] = scaled(x, -exp);
    if (num < den) exp--;
    else if (num >= 10n * den) exp++;
    else break;
  }
  let n = roundHalfEven(scaled(x, precision - exp));
  if (n === 10n ** BigInt(precision + 1)) {
    n /= 10n;
    exp++;
  }
  return [n.toString(), exp];
}

function splitNumber(body: string): [string, string] {
  const m = /^(\d+)(.*)$/s.exec(body);
  return m ? [m[1]!, m[2]!] : [body, ''];
}

function expFormat(abs: number, precision: number, type: string): string {
  const [digits, e] = abs === 0 ? ['0'.repeat(precision + 1), 0] : toExponentialExact(abs, precision);
  const mant = precision === 0 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const text = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return type === 'E' ? text.toUpperCase() : text;
}

function generalFormat(abs: number, precision: number, upper: boolean, alternate: boolean, reprLike = false): string {
  const p = precision === 0 ? 1 : precision;
  const exp = abs === 0 ? 0 : toExponentialExact(abs, p - 1)[1];
  let text: string;
  // The '' type (repr-like) switches to exponent notation one digit earlier (Py_DTSF_ADD_DOT_0).
  if (exp >= -4 && exp < (reprLike ? p - 1 : p)) {
    text = toFixedExact(abs, Math.max(0, p - 1 - exp));
    if (!alternate && text.includes('.')) text = text.replace(/\.?0+$/, '');
    if (reprLike && !text.includes('.')) text += '.0';
  } else {
    text = expFormat(abs, p - 1, upper ? 'E' : 'e');
    if (!alternate) text = text.replace(/\.(\d*?)0+(?=[eE])/, (_m, kept: string) => (kept ? `.${kept}` : ''));
  }
  return upper ? text.toUpperCase() : text;
}

/** format(value, spec) for the built-in types. */
export function formatValue(rt: Runtime, value: PyObject, specText: string): string {
  if (value.type.isHeapType) {
    // A class's own __format__ decides; object.__format__ accepts only the empty spec.
    const custom = lookupInMro(value.type, '__format__');
    if (custom) {
      const spec = rt.str(specText);
      try {
        const result = rt.call(custom, [value, spec]);
        const text = result instanceof PyStr ? result.value : null;
        rt.heap.decref(result);
        if (text === null) rt.raise(rt.types.TypeError, `__format__ must return a str, not ${result.type.name}`);
        return text!;
      } finally {
        rt.heap.decref(spec);
      }
    }
  }
  if (specText === '') return str(rt, value);
  const spec = parseSpec(rt, specText);
  checkGrouping(rt, spec, value instanceof PyInt ? 'd' : value instanceof PyStr ? 's' : '');
  if (value instanceof PyInt) {
    return formatInt(rt, toBig(value.value), spec, value.type.name);
  }
  if (value instanceof PyFloat) {
    if (spec.type !== '' && !'eEfFgGn%'.includes(spec.type)) rt.raise(rt.types.ValueError, `Unknown format code '${spec.type}' for object of type 'float'`);
    return formatFloat(rt, value.value, spec);
  }
  if (value instanceof PyStr) {
    if (spec.type !== '' && spec.type !== 's') rt.raise(rt.types.ValueError, `Unknown format code '${spec.type}' for object of type 'str'`);
    if (spec.sign !== '') rt.raise(rt.types.ValueError, `${spec.sign === ' ' ? 'Space' : 'Sign'} not allowed in string format specifier`);
    if (spec.noNegativeZero) rt.raise(rt.types.ValueError, 'Negative zero coercion (z) not allowed in format specifier');
    if (spec.alternate) rt.raise(rt.types.ValueError, 'Alternate form (#) not allowed in string format specifier');
    if (spec.align === '=') rt.raise(rt.types.ValueError, "'=' alignment not allowed in string format specifier");
    const text = spec.precision !== null ? [...value.value].slice(0, spec.precision).join('') : value.value;
    return pad(text, '', spec, '<');
  }
  return rt.raise(rt.types.TypeError, `unsupported format string passed to ${value.type.name}.__format__`);
}
