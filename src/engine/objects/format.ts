// format(value, spec): the format-specification mini-language for int, float and str
// ([[fill]align][sign][z][#][0][width][grouping][.precision][type]).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyFloat, PyInt, PyStr, toBig } from './scalars';
import { floatRepr } from './floatrepr';
import { str } from './repr';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | null;
  type: string;
}

function parseSpec(rt: Runtime, spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec);
  if (!m) rt.raise(rt.types.ValueError, 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alternate: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : null,
    type: m[10] ?? '',
  };
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

function formatInt(rt: Runtime, value: bigint, spec: Spec): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  let digits: string;
  let prefix = '';
  switch (spec.type) {
    case '': case 'd': case 'n': digits = group(abs.toString(), spec.grouping); break;
    case 'b': digits = group(abs.toString(2), spec.grouping === '_' ? '_' : '', 4); prefix = spec.alternate ? '0b' : ''; break;
    case 'o': digits = group(abs.toString(8), spec.grouping === '_' ? '_' : '', 4); prefix = spec.alternate ? '0o' : ''; break;
    case 'x': digits = group(abs.toString(16), spec.grouping === '_' ? '_' : '', 4); prefix = spec.alternate ? '0x' : ''; break;
    case 'X': digits = group(abs.toString(16).toUpperCase(), spec.grouping === '_' ? '_' : '', 4); prefix = spec.alternate ? '0X' : ''; break;
    case 'c': return pad(String.fromCodePoint(Number(value)), '', spec, '<');
    default: return formatFloat(rt, Number(value), spec);
  }
  if (spec.precision !== null) rt.raise(rt.types.ValueError, 'Precision not allowed in integer format specifier');
  const sign = signOf(negative, spec) + prefix;
  if (spec.align === '=' && spec.zero && spec.grouping) {
    const width = spec.width - sign.length;
    while (digits.length < width) digits = group(`0${digits.replace(/[,_]/g, '')}`, spec.grouping);
  }
  return pad(digits, sign, spec, '>');
}

function formatFloat(rt: Runtime, value: number, spec: Spec): string {
  const negative = value < 0 || Object.is(value, -0);
  const abs = Math.abs(value);
  const precision = spec.precision ?? 6;
  let body: string;
  if (!Number.isFinite(abs)) {
    body = Number.isNaN(abs) ? 'nan' : 'inf';
    if (spec.type === 'E' || spec.type === 'F' || spec.type === 'G') body = body.toUpperCase();
  } else {
    switch (spec.type) {
      case 'f': case 'F': body = abs.toFixed(precision); break;
      case 'e': case 'E': body = expFormat(abs, precision, spec.type); break;
      case '%': body = `${(abs * 100).toFixed(precision)}%`; break;
      case 'g': case 'G': case 'n': body = generalFormat(abs, spec.precision ?? 6, spec.type === 'G', spec.alternate); break;
      case '':
        body = spec.precision === null ? floatRepr(abs) : generalFormat(abs, Math.max(precision, 1), false, false, true);
        break;
      default: return rt.raise(rt.types.ValueError, `Unknown format code '${spec.type}' for object of type 'float'`);
    }
    if (spec.grouping) {
      const [intPart, rest] = splitNumber(body);
      body = group(intPart, spec.grouping) + rest;
    }
  }
  return pad(body, signOf(negative && !(abs === 0 && spec.type === '' && false), spec), spec, '>');
}

function splitNumber(body: string): [string, string] {
  const m = /^(\d+)(.*)$/s.exec(body);
  return m ? [m[1]!, m[2]!] : [body, ''];
}

function expFormat(abs: number, precision: number, type: string): string {
  const [mant, exp] = abs.toExponential(precision).split('e') as [string, string];
  const e = Number(exp);
  const text = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return type === 'E' ? text.toUpperCase() : text;
}

function generalFormat(abs: number, precision: number, upper: boolean, alternate: boolean, reprLike = false): string {
  const p = precision === 0 ? 1 : precision;
  if (abs === 0) return reprLike ? '0.0' : alternate ? `0.${'0'.repeat(p - 1)}` : '0';
  const exp = Number(abs.toExponential(p - 1).split('e')[1]);
  let text: string;
  if (exp >= -4 && exp < p) {
    text = abs.toFixed(Math.max(0, p - 1 - exp));
    if (!alternate && text.includes('.')) text = text.replace(/\.?0+$/, '');
    if (reprLike && !text.includes('.')) text += '.0';
  } else {
    text = expFormat(abs, p - 1, upper ? 'E' : 'e');
    if (!alternate) text = text.replace(/\.?0+e/, 'e').replace(/\.?0+E/, 'E');
  }
  return upper ? text.toUpperCase() : text;
}

/** format(value, spec) for the built-in types. */
export function formatValue(rt: Runtime, value: PyObject, specText: string): string {
  if (specText === '') return str(rt, value);
  const spec = parseSpec(rt, specText);
  if (value instanceof PyInt) {
    if (value.type.name === 'bool' && spec.type === '') return pad(value.value ? 'True' : 'False', '', spec, '<');
    return formatInt(rt, toBig(value.value), spec);
  }
  if (value instanceof PyFloat) {
    if ('bcdoxX'.includes(spec.type) && spec.type) rt.raise(rt.types.ValueError, `Unknown format code '${spec.type}' for object of type 'float'`);
    return formatFloat(rt, value.value, spec);
  }
  if (value instanceof PyStr) {
    if (spec.type !== '' && spec.type !== 's') rt.raise(rt.types.ValueError, `Unknown format code '${spec.type}' for object of type 'str'`);
    if (spec.sign !== '-' || spec.align === '=') rt.raise(rt.types.ValueError, 'Sign not allowed in string format specifier');
    const text = spec.precision !== null ? [...value.value].slice(0, spec.precision).join('') : value.value;
    return pad(text, '', spec, '<');
  }
  return rt.raise(rt.types.TypeError, `unsupported format string passed to ${value.type.name}.__format__`);
}
