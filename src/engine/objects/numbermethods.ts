// The methods and data attributes of int and float (longobject.c, floatobject.c): bit_length, bit_count,
// as_integer_ratio, is_integer, conjugate, hex/fromhex, real/imag/numerator/denominator.
import type { Runtime } from '../vm/runtime';
import type { BuiltinImpl, PyObject } from './object';
import { PyFloat, PyInt, PyStr, normInt, toBig } from './scalars';
import { bitLength, roundToDouble } from '../modules/libm';

type Method = (rt: Runtime, self: PyObject, args: PyObject[]) => PyObject;

/** A method taking no arguments: "int.bit_length() takes no arguments (1 given)". */
function noArgs(qualified: string, body: (rt: Runtime, self: PyObject) => PyObject): Method {
  return (rt, self, args) => {
    if (args.length > 0) rt.raise(rt.types.TypeError, `${qualified}() takes no arguments (${args.length} given)`);
    return body(rt, self);
  };
}

const intValue = (self: PyObject) => toBig((self as PyInt).value);
/** int(self) for the methods that return the value itself (a bool gives its int). */
const asPlainInt = (rt: Runtime, self: PyObject) => rt.int(normInt(intValue(self)));

const INT_METHODS: Record<string, Method> = {
  bit_length: noArgs('int.bit_length', (rt, self) => rt.int(bitLength(intValue(self)))),
  bit_count: noArgs('int.bit_count', (rt, self) => {
    let v = intValue(self);
    if (v < 0n) v = -v;
    return rt.int([...v.toString(2)].filter((c) => c === '1').length);
  }),
  conjugate: noArgs('int.conjugate', asPlainInt),
  as_integer_ratio: noArgs('int.as_integer_ratio', (rt, self) => rt.tuple([asPlainInt(rt, self), rt.int(1)])),
  is_integer: noArgs('int.is_integer', (rt) => rt.bool(true)),
};

const FLOAT_METHODS: Record<string, Method> = {
  is_integer: noArgs('float.is_integer', (rt, self) => rt.bool(Number.isInteger((self as PyFloat).value))),
  conjugate: noArgs('float.conjugate', (rt, self) => rt.float((self as PyFloat).value)),
  hex: noArgs('float.hex', (rt, self) => rt.str(floatHex((self as PyFloat).value))),
  as_integer_ratio: noArgs('float.as_integer_ratio', (rt, self) => {
    const v = (self as PyFloat).value;
    if (Number.isNaN(v)) rt.raise(rt.types.ValueError, 'cannot convert NaN to integer ratio');
    if (!Number.isFinite(v)) rt.raise(rt.types.OverflowError, 'cannot convert Infinity to integer ratio');
    const [n, d] = exactRatio(v);
    return rt.tuple([rt.int(normInt(n)), rt.int(normInt(d))]);
  }),
};

export function installNumberMethods(rt: Runtime): void {
  const install = (methods: Record<string, Method>, into: Map<string, BuiltinImpl>) => {
    for (const [name, m] of Object.entries(methods)) {
      if (name === 'is_integer' && into === rt.types.int.methods && !rt.profile.builtins.intIsInteger) continue;
      into.set(name, (self, args) => m(rt, self, args));
    }
  };
  install(INT_METHODS, rt.types.int.methods);
  install(FLOAT_METHODS, rt.types.float.methods);
}

/** real, imag, numerator and denominator (getset descriptors); undefined for other names. */
export function numberAttribute(rt: Runtime, owner: PyInt | PyFloat, name: string): PyObject | undefined {
  if (owner instanceof PyInt) {
    switch (name) {
      case 'real': case 'numerator': return rt.int(normInt(toBig(owner.value)));
      case 'imag': return rt.int(0);
      case 'denominator': return rt.int(1);
      default: return undefined;
    }
  }
  switch (name) {
    case 'real': return rt.float(owner.value);
    case 'imag': return rt.float(0);
    default: return undefined;
  }
}

/** The float as numerator/denominator in lowest terms (the denominator a power of two). */
function exactRatio(v: number): [bigint, bigint] {
  const [mantissa, exponent] = decompose(v);
  if (mantissa === 0n) return [0n, 1n];
  let n = mantissa;
  let e = exponent;
  while ((n & 1n) === 0n && e < 0) {
    n >>= 1n;
    e++;
  }
  return e >= 0 ? [n << BigInt(e), 1n] : [n, 1n << BigInt(-e)];
}

/** v = mantissa × 2^exponent exactly (mantissa signed, at most 53 bits). */
function decompose(v: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const rawExponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = rawExponent === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (rawExponent === 0 ? 1 : rawExponent) - 1075;
  return [negative ? -mantissa : mantissa, exponent];
}

/** float.hex(): '0x1.8000000000000p+0', subnormals as '0x0.…p-1022'. */
export function floatHex(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v < 0 ? '-inf' : 'inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (v === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(v));
  const bits = view.getBigUint64(0);
  const rawExponent = Number(bits >> 52n);
  const fraction = (bits & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  if (rawExponent === 0) return `${sign}0x0.${fraction}p-1022`;
  const e = rawExponent - 1023;
  return `${sign}0x1.${fraction}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** float.fromhex(s): exactly rounded (round half to even), CPython's errors. */
export function floatFromHex(rt: Runtime, arg: PyObject): number {
  if (!(arg instanceof PyStr)) return rt.raise(rt.types.TypeError, `bad argument type for built-in operation`);
  const text = arg.value.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(text);
  if (special) {
    const value = special[2]!.toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -value : value;
  }
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(text);
  if (!m || (m[2]!.length === 0 && (m[3] ?? '').length === 0)) {
    return rt.raise(rt.types.ValueError, 'invalid hexadecimal floating-point string');
  }
  const digits = `${m[2]}${m[3] ?? ''}`;
  const mantissa = BigInt(`0x${digits}`);
  const exponent = Number(m[4] ?? 0) - 4 * (m[3] ?? '').length;
  const value = roundToDouble(mantissa, exponent);
  if (!Number.isFinite(value)) rt.raise(rt.types.OverflowError, 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -value : value;
}
