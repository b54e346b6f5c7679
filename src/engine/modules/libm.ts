// The C math library under CPython's math module, reproduced bit for bit where it matters.
//
// CPython calls the platform libm. The goldens come from two of them:
//  * glibc (CPython 3.11–3.13 on Linux): exp, log, log2, pow, sin, cos, tan, atan and atan2 are correctly
//    rounded in all but a handful of cases in a million, so they are computed here exactly (BigInt fixed
//    point with a few hundred bits) and rounded once; log10 is glibc's own formula on top of that log.
//  * musl (CPython 3.14 in pyodide): exp/log/log2/pow are the same near-correctly-rounded ARM routines;
//    sin and cos are FreeBSD's kernels (ported below), tan/atan/atan2 are fdlibm's, which V8's Math
//    functions implement identically; log10 is FreeBSD's (ported below).
// JavaScript's own Math.exp/log/sin… are fdlibm and differ from glibc in the last bit for several per
// cent of arguments, which is why they are not used for the glibc profiles.
// Also here: CPython's own algorithms (hypot's vector_norm, fsum) and exact helpers (frexp, ldexp, fma).

// ---- exact conversions ---------------------------------------------------------------------------

const view = new DataView(new ArrayBuffer(8));

export function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

export function fromBits(b: bigint): number {
  view.setBigUint64(0, BigInt.asUintN(64, b));
  return view.getFloat64(0);
}

function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

function withLowWordZero(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

export function bitLength(a: bigint): number {
  if (a < 0n) a = -a;
  if (a === 0n) return 0;
  const approx = Number(a);
  if (approx < 2 ** 1000) {
    // floor(log2) of the rounded value can be one too high right below a power of two.
    const k = Math.floor(Math.log2(approx)) + 1;
    return a >> BigInt(k - 1) === 0n ? k - 1 : k;
  }
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** x = m * 2^e exactly, for finite nonzero x (m carries the sign). */
export function decompose(x: number): { m: bigint; e: number } {
  const b = bitsOf(x);
  const neg = b >> 63n === 1n;
  const biased = Number((b >> 52n) & 0x7ffn);
  const frac = b & 0xfffffffffffffn;
  const m = biased === 0 ? frac : frac | 0x10000000000000n;
  const e = biased === 0 ? -1074 : biased - 1075;
  return { m: neg ? -m : m, e };
}

/** floor(log2(|x|)) for finite nonzero x. */
export function exponentOf(x: number): number {
  const { m, e } = decompose(x);
  return bitLength(m) - 1 + e;
}

/** The double nearest to m * 2^e (ties to even), with IEEE overflow to ±Infinity and gradual underflow. */
export function roundToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const neg = m < 0n;
  const a = neg ? -m : m;
  const lead = bitLength(a) - 1 + e;
  if (lead > 1024) return neg ? -Infinity : Infinity;
  let lsb = Math.max(lead - 52, -1074);
  const shift = lsb - e;
  let q: bigint;
  if (shift <= 0) {
    q = a << BigInt(-shift);
  } else {
    const s = BigInt(shift);
    q = a >> s;
    const rem = a - (q << s);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
  }
  if (q === 1n << 53n) {
    q = 1n << 52n;
    lsb++;
  }
  if (q === 0n) return neg ? -0 : 0;
  let bits: bigint;
  if (q < 1n << 52n) {
    bits = q; // subnormal (lsb is -1074)
  } else {
    const biased = lsb + 52 + 1023;
    if (biased >= 2047) return neg ? -Infinity : Infinity;
    bits = (BigInt(biased) << 52n) | (q - (1n << 52n));
  }
  return fromBits(neg ? bits | (1n << 63n) : bits);
}

/** int / int correctly rounded, as long_true_divide: never through two separately rounded floats. */
export function intTrueDivide(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') return a / b; // both exact in a double: one rounding
  const x = BigInt(a);
  const y = BigInt(b);
  const negative = (x < 0n) !== (y < 0n);
  const n = x < 0n ? -x : x;
  const d = y < 0n ? -y : y;
  // A quotient of at least 56 bits plus a sticky bit rounds once, correctly, in roundToDouble.
  const shift = bitLength(d) - bitLength(n) + 56;
  const num = shift > 0 ? n << BigInt(shift) : n;
  const den = shift < 0 ? d << BigInt(-shift) : d;
  const q = num / den;
  const sticky = num % den === 0n ? 0n : 1n;
  const magnitude = roundToDouble((q << 1n) | sticky, -shift - 1);
  return negative ? -magnitude : magnitude;
}

/** C frexp: x = m * 2^e with 0.5 <= |m| < 1 (0, inf, nan give (x, 0)). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const { m, e } = decompose(x);
  const bl = bitLength(m);
  return [roundToDouble(m, -bl), e + bl];
}

/** C ldexp (correctly rounded; overflow gives ±Infinity). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const { m, e } = decompose(x);
  return roundToDouble(m, e + n);
}

/** C fma: x*y + z with a single rounding (finite arguments). */
export function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) return x * y + z;
  if (x === 0 || y === 0) return x * y + z;
  const a = decompose(x);
  const b = decompose(y);
  const pm = a.m * b.m;
  const pe = a.e + b.e;
  if (z === 0) return roundToDouble(pm, pe);
  const c = decompose(z);
  const e = Math.min(pe, c.e);
  const sum = (pm << BigInt(pe - e)) + (c.m << BigInt(c.e - e));
  if (sum === 0n) return 0;
  return roundToDouble(sum, e);
}

export function copysign(x: number, y: number): number {
  const negY = Object.is(y, -0) || y < 0 || (Number.isNaN(y) && bitsOf(y) >> 63n === 1n);
  const ax = Math.abs(x);
  return negY ? -ax : ax;
}

// ---- fixed-point arithmetic ----------------------------------------------------------------------

/**
 * Working precisions (fraction bits) of the exact evaluations: a first try, and a second one taken only
 * when the first result lies too close to a rounding boundary (Ziv's strategy; never seen in practice).
 */
const FAST_BITS = 192;
const SLOW_BITS = 640;
/** A bound on the error of a fixed-point evaluation, in units of its last bit (actual errors are far smaller). */
const ERROR_UNITS = 1n << 24n;

/** Rounds the approximation m * 2^e (error below ERROR_UNITS units of 2^e) when that is unambiguous. */
function safeRound(m: bigint, e: number): number | null {
  const lo = roundToDouble(m - ERROR_UNITS, e);
  const hi = roundToDouble(m + ERROR_UNITS, e);
  return Object.is(lo, hi) ? lo : null;
}

/** Evaluates at FAST_BITS, and again at SLOW_BITS (+extra) when rounding the first result is not certain. */
function ziv(evaluate: (bits: number) => [bigint, number], extra = 0): number {
  const [m, e] = evaluate(FAST_BITS + extra);
  const r = safeRound(m, e);
  if (r !== null) return r;
  const [m2, e2] = evaluate(SLOW_BITS + extra);
  return roundToDouble(m2, e2);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** The exact value of x as a fixed-point number with `bits` fraction bits (floored). */
function toFixed(x: number, bits: number): bigint {
  const { m, e } = decompose(x);
  const s = e + bits;
  return s >= 0 ? m << BigInt(s) : m >> BigInt(-s);
}

export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('isqrt of a negative number');
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** atanh(1/k) * 2^bits (for ln 2 = 2 atanh(1/3)). */
function atanhInv(k: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  let term = one / k;
  const k2 = k * k;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term /= k2;
  }
  return sum;
}

/** atan(1/k) * 2^bits (Machin's formula for pi). */
function atanInv(k: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  let term = one / k;
  const k2 = k * k;
  let sum = 0n;
  let sign = 1n;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += sign * (term / n);
    term /= k2;
    sign = -sign;
  }
  return sum;
}

const GUARD = 32;
const CONST_BITS = 2400;
let ln2Cache: bigint | null = null;
/** ln 2 with `bits` fraction bits. */
function ln2(bits: number): bigint {
  if (!ln2Cache) ln2Cache = (2n * atanhInv(3n, CONST_BITS + GUARD)) >> BigInt(GUARD);
  return ln2Cache >> BigInt(CONST_BITS - bits);
}

let piCache: bigint | null = null;
/** pi with `bits` fraction bits. */
function pi(bits: number): bigint {
  if (!piCache) piCache = (16n * atanInv(5n, CONST_BITS + GUARD) - 4n * atanInv(239n, CONST_BITS + GUARD)) >> BigInt(GUARD);
  return piCache >> BigInt(CONST_BITS - bits);
}

/** exp(t) for a fixed-point t (`bits` fraction bits) as [mantissa, exponent]: value = m * 2^e. */
function expFixed(t: bigint, bits: number): [bigint, number] {
  const B = BigInt(bits);
  const one = 1n << B;
  const L = ln2(bits);
  const k = floorDiv(2n * t + L, 2n * L);
  let r = t - k * L;
  const halvings = 8;
  r >>= BigInt(halvings);
  let sum = one;
  let term = one;
  for (let n = 1n; term !== 0n; n++) {
    term = ((term * r) >> B) / n;
    sum += term;
  }
  for (let i = 0; i < halvings; i++) sum = (sum * sum) >> B;
  return [sum, Number(k) - bits];
}

/** ln(x) for finite x > 0, fixed point with `bits` fraction bits. */
function logFixed(x: number, bits: number): bigint {
  const B = BigInt(bits);
  const { m, e } = decompose(x);
  const bl = bitLength(m);
  let k = bl - 1 + e;
  // y = x / 2^k in [1, 2); use [0.75, 1.5) for faster convergence.
  let shift = bits - (bl - 1);
  if (m * 2n > 3n << BigInt(bl - 1)) {
    k += 1;
    shift -= 1;
  }
  const one = 1n << B;
  const y = shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
  const z = ((y - one) << B) / (y + one);
  const z2 = (z * z) >> B;
  let sum = 0n;
  let term = z;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term = term >= 0n ? (term * z2) >> B : -((-term * z2) >> B); // toward zero, so a negative series ends too
  }
  return BigInt(k) * ln2(bits) + 2n * sum;
}

// ---- correctly rounded functions -----------------------------------------------------------------

export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (Math.abs(x) < 2 ** -54) return 1;
  return ziv((bits) => expFixed(toFixed(x, bits), bits));
}

/** Natural log for finite x > 0. */
export function crLog(x: number): number {
  if (x === 1) return 0;
  return ziv((bits) => [logFixed(x, bits), -bits]);
}

/** log2 for finite x > 0. */
export function crLog2(x: number): number {
  return ziv((bits) => [(logFixed(x, bits) << BigInt(bits)) / ln2(bits), -bits]);
}

/** |x|^n exactly rounded for an integer n (|n| small enough for exact arithmetic). */
function powInteger(ax: number, n: number): number {
  const { m, e } = decompose(ax);
  const k = BigInt(Math.abs(n));
  // Early overflow/underflow from the exponent estimate.
  const lg = (bitLength(m) - 1 + e) * Math.abs(n);
  if (n > 0 && lg > 1100) return Infinity;
  if (n < 0 && lg > 1200) return 0;
  if (n > 0 && (bitLength(m) + e) * n < -1200) return 0;
  if (n < 0 && (bitLength(m) + e) * -n < -1200) return Infinity;
  const pm = m ** k;
  const pe = e * Math.abs(n);
  if (n > 0) return roundToDouble(pm, pe);
  // 1 / (pm * 2^pe): a quotient with enough bits plus a sticky bit.
  const s = bitLength(pm) + 64;
  const q = (1n << BigInt(s)) / pm;
  const sticky = (1n << BigInt(s)) % pm !== 0n ? 1n : 0n;
  return roundToDouble((q << 1n) | sticky, -s - 1 - pe);
}

/** C pow for finite x and y (special cases of zeros and signs as C99 Annex F). */
export function crPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  const yIsInt = Number.isInteger(y);
  const yOdd = yIsInt && Math.abs(y % 2) === 1;
  if (x === 0) {
    if (y > 0) return yOdd ? x : 0;
    return yOdd ? (Object.is(x, -0) ? -Infinity : Infinity) : Infinity;
  }
  if (x < 0 && !yIsInt) return NaN;
  const sign = x < 0 && yOdd ? -1 : 1;
  const ax = Math.abs(x);
  if (yIsInt && Math.abs(y) <= 4096) return sign * powInteger(ax, y);
  const { m, e } = decompose(y);
  const exponent = (bits: number): bigint => {
    const prod = m * logFixed(ax, bits);
    return e >= 0 ? prod << BigInt(e) : prod >> BigInt(-e);
  };
  // y * ln|x| decides overflow and underflow before the exact evaluation.
  const t = exponent(64);
  if (t > 1100n << 64n) return sign * Infinity;
  if (t < -1200n << 64n) return sign * 0;
  return sign * ziv((bits) => expFixed(exponent(bits), bits));
}

/** Reduces |x| modulo pi/2: quadrant k mod 4 and the remainder r with `bits` fraction bits. */
function reduceHalfPi(ax: number, bits: number): [number, bigint] {
  if (ax < 0.7853981633974483) return [0, toFixed(ax, bits)];
  const E = exponentOf(ax);
  const q = bits + Math.max(0, E) + 64;
  const halfPi = pi(q - 1);
  const X = toFixed(ax, q);
  const k = floorDiv(2n * X + halfPi, 2n * halfPi);
  const r = (X - k * halfPi) >> BigInt(q - bits);
  return [Number(k % 4n), r];
}

function sinCosFixed(r: bigint, bits: number): [bigint, bigint] {
  const B = BigInt(bits);
  const one = 1n << B;
  const r2 = (r * r) >> B;
  let s = r;
  let term = r;
  for (let n = 2n; term !== 0n; n += 2n) {
    term = -((term * r2) >> B) / (n * (n + 1n));
    s += term;
  }
  let c = one;
  term = one;
  for (let n = 1n; term !== 0n; n += 2n) {
    term = -((term * r2) >> B) / (n * (n + 1n));
    c += term;
  }
  return [s, c];
}

/** Extra fraction bits so tiny arguments keep their relative precision in fixed point. */
function extraBits(x: number): number {
  return Math.max(0, -exponentOf(x));
}

/** sin, cos or tan, correctly rounded, for finite x. */
export function crTrig(fn: 'sin' | 'cos' | 'tan', x: number): number {
  if (x === 0) return fn === 'cos' ? 1 : x;
  const neg = x < 0;
  return ziv((bits) => {
    const [k, r] = reduceHalfPi(Math.abs(x), bits);
    const [s, c] = sinCosFixed(r, bits);
    if (fn === 'sin') {
      const v = [s, c, -s, -c][k]!;
      return [neg ? -v : v, -bits];
    }
    if (fn === 'cos') return [[c, -s, -c, s][k]!, -bits];
    const v = k % 2 === 0 ? (s << BigInt(bits)) / c : -((c << BigInt(bits)) / s);
    return [neg ? -v : v, -bits];
  }, extraBits(x));
}

/** atan(t) for a fixed-point 0 <= t <= 1 (argument halved four times, then the Taylor series). */
function atanFixed(t: bigint, bits: number): bigint {
  const B = BigInt(bits);
  const one = 1n << B;
  const halvings = 4;
  for (let i = 0; i < halvings; i++) {
    const s = isqrt((one << B) + t * t);
    t = (t << B) / (one + s);
  }
  const t2 = (t * t) >> B;
  let sum = 0n;
  let term = t;
  let sign = 1n;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += sign * (term / n);
    term = (term * t2) >> B;
    sign = -sign;
  }
  return sum << BigInt(halvings);
}

export function crAtan(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1.5707963267948966 : -1.5707963267948966;
  const ax = Math.abs(x);
  return ziv((bits) => {
    let a: bigint;
    if (ax <= 1) a = atanFixed(toFixed(ax, bits), bits);
    else a = pi(bits - 1) - atanFixed((1n << BigInt(2 * bits)) / toFixed(ax, bits), bits);
    return [x < 0 ? -a : a, -bits];
  }, extraBits(x));
}

export function crAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  const ay = decompose(Math.abs(y));
  const ax = decompose(Math.abs(x));
  const ratioExp = (bitLength(ay.m) + ay.e) - (bitLength(ax.m) + ax.e);
  const yBelow = Math.abs(y) <= Math.abs(x);
  return ziv((bits) => {
    const ratio = (num: { m: bigint; e: number }, den: { m: bigint; e: number }): bigint => {
      const s = num.e - den.e + bits;
      return s >= 0 ? (num.m << BigInt(s)) / den.m : num.m / (den.m << BigInt(-s));
    };
    let a = yBelow ? atanFixed(ratio(ay, ax), bits) : pi(bits - 1) - atanFixed(ratio(ax, ay), bits);
    if (x < 0) a = pi(bits) - a;
    return [y < 0 ? -a : a, -bits];
  }, Math.max(0, 2 - ratioExp));
}

// ---- glibc log10 (sysdeps/ieee754/dbl-64/e_log10.c) on the correctly rounded log ---------------------

export function glibcLog10(x: number): number {
  const two54 = 1.80143985094819840000e+16;
  const ivln10 = 4.34294481903251816668e-01;
  const log10_2hi = 3.01029995663611771306e-01;
  const log10_2lo = 3.69423907715893078616e-13;
  let hx = BigInt.asIntN(64, bitsOf(x));
  let k = 0;
  if (hx < 0x0010000000000000n) {
    if ((hx & 0x7fffffffffffffffn) === 0n) return -Infinity;
    if (hx < 0n) return NaN;
    k -= 54;
    x *= two54;
    hx = BigInt.asIntN(64, bitsOf(x));
  }
  if (hx >= 0x7ff0000000000000n) return x + x;
  k += Number(hx >> 52n) - 1023;
  const i = k < 0 ? 1 : 0;
  const normalized = fromBits((hx & 0x000fffffffffffffn) | (BigInt(0x3ff - i) << 52n));
  const y = k + i;
  const z = y * log10_2lo + ivln10 * crLog(normalized);
  return z + y * log10_2hi;
}

// ---- musl (FreeBSD) log10, sin, cos --------------------------------------------------------------

function muslLog1pKernel(f: number): number {
  const Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01;
  const Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01;
  const Lg7 = 1.479819860511658591e-01;
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  const R = t2 + t1;
  const hfsq = 0.5 * f * f;
  return s * (hfsq + R);
}

export function muslLog10(x: number): number {
  const two54 = 1.80143985094819840000e+16;
  const ivln10hi = 4.34294481878168880939e-01;
  const ivln10lo = 2.50829467116452752298e-11;
  const log10_2hi = 3.01029995663611771306e-01;
  const log10_2lo = 3.69423907715893078616e-13;
  let hx = highWord(x);
  const lx = Number(bitsOf(x) & 0xffffffffn);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= two54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  if (hx === 0x3ff00000 && Number(bitsOf(x) & 0xffffffffn) === 0) return 0;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  const low = bitsOf(x) & 0xffffffffn;
  x = fromBits((BigInt((hx | (i ^ 0x3ff00000)) >>> 0) << 32n) | low);
  k += i >> 20;
  const y = k;
  const f = x - 1.0;
  const hfsq = 0.5 * f * f;
  const r = muslLog1pKernel(f);
  let hi = f - hfsq;
  hi = withLowWordZero(hi);
  const lo = (f - hi) - hfsq + r;
  let valHi = hi * ivln10hi;
  const y2 = y * log10_2hi;
  let valLo = y * log10_2lo + (lo + hi) * ivln10lo + lo * ivln10hi;
  const w = y2 + valHi;
  valLo += (y2 - w) + valHi;
  valHi = w;
  return valLo + valHi;
}

function kernelSin(x: number, y: number, iy: number): number {
  const S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03, S3 = -1.98412698298579493134e-04;
  const S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08, S6 = 1.58969099521155010221e-10;
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  if (iy === 0) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

function kernelCos(x: number, y: number): number {
  const C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03, C3 = 2.48015872894767294178e-05;
  const C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09, C6 = -1.13596475577881948265e-11;
  const z = x * x;
  let w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  w = 1.0 - hz;
  return w + (((1.0 - w) - hz) + (z * r - x * y));
}

/** musl __rem_pio2: n and y0 + y1 = x - n*pi/2. Large arguments are reduced exactly instead of by __rem_pio2_large. */
function remPio2(x: number): [number, number, number] {
  const pio2_1 = 1.57079632673412561417e+00, pio2_1t = 6.07710050650619224932e-11;
  const pio2_2 = 6.07710050630396597660e-11, pio2_2t = 2.02226624879595063154e-21;
  const pio2_3 = 2.02226624871116645580e-21, pio2_3t = 8.47842766036889956997e-32;
  const invpio2 = 6.36619772367581382433e-01;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  const small = (n: number): [number, number, number] => {
    const sign = hx > 0 ? 1 : -1;
    const z = x - sign * n * pio2_1;
    const y0 = z - sign * n * pio2_1t;
    const y1 = (z - y0) - sign * n * pio2_1t;
    return [sign * n, y0, y1];
  };
  let medium = false;
  if (ix <= 0x400f6a7a) {
    if ((ix & 0xfffff) === 0x921fb) medium = true;
    else if (ix <= 0x4002d97c) return small(1);
    else return small(2);
  } else if (ix <= 0x401c463b) {
    if (ix <= 0x4015fdbc) {
      if (ix === 0x4012d97c) medium = true;
      else return small(3);
    } else {
      if (ix === 0x401921fb) medium = true;
      else return small(4);
    }
  }
  if (medium || ix < 0x413921fb) {
    let fn = x * invpio2 + 6755399441055744.0;
    fn = fn - 6755399441055744.0;
    const n = fn | 0;
    let r = x - fn * pio2_1;
    let w = fn * pio2_1t;
    const j = ix >> 20;
    let y0 = r - w;
    let i = j - ((highWord(y0) >> 20) & 0x7ff);
    if (i > 16) {
      let t = r;
      w = fn * pio2_2;
      r = t - w;
      w = fn * pio2_2t - ((t - r) - w);
      y0 = r - w;
      i = j - ((highWord(y0) >> 20) & 0x7ff);
      if (i > 49) {
        t = r;
        w = fn * pio2_3;
        r = t - w;
        w = fn * pio2_3t - ((t - r) - w);
        y0 = r - w;
      }
    }
    const y1 = (r - y0) - w;
    return [n, y0, y1];
  }
  // Large: exact reduction, remainder split into a double-double.
  const bits = 200;
  const ax = Math.abs(x);
  const E = exponentOf(ax);
  const q = bits + E + 64;
  const halfPi = pi(q - 1);
  const X = toFixed(ax, q);
  const k = floorDiv(2n * X + halfPi, 2n * halfPi);
  const r = (X - k * halfPi) >> BigInt(q - bits);
  const y0 = roundToDouble(r, -bits);
  const y1 = roundToDouble(r - toFixed(y0, bits), -bits);
  const n = Number(k % 8n);
  return x < 0 ? [-n, -y0, -y1] : [n, y0, y1];
}

export function muslSin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e500000) return x;
    return kernelSin(x, 0.0, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const [n, y0, y1] = remPio2(x);
  switch (n & 3) {
    case 0: return kernelSin(y0, y1, 1);
    case 1: return kernelCos(y0, y1);
    case 2: return -kernelSin(y0, y1, 1);
    default: return -kernelCos(y0, y1);
  }
}

export function muslCos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e46a09e) return 1.0;
    return kernelCos(x, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const [n, y0, y1] = remPio2(x);
  switch (n & 3) {
    case 0: return kernelCos(y0, y1);
    case 1: return -kernelSin(y0, y1, 1);
    case 2: return -kernelCos(y0, y1);
    default: return kernelSin(y0, y1, 1);
  }
}

// ---- the libm of a profile -----------------------------------------------------------------------

export interface Libm {
  exp(x: number): number;
  log(x: number): number;
  log2(x: number): number;
  log10(x: number): number;
  pow(x: number, y: number): number;
  sin(x: number): number;
  cos(x: number): number;
  tan(x: number): number;
  atan(x: number): number;
  atan2(y: number, x: number): number;
}

/** glibc (CPython 3.11–3.13 on Linux). Arguments are in each function's domain (checked by the caller). */
export const GLIBC: Libm = {
  exp: crExp,
  log: crLog,
  log2: crLog2,
  log10: glibcLog10,
  pow: crPow,
  sin: (x) => crTrig('sin', x),
  cos: (x) => crTrig('cos', x),
  tan: (x) => crTrig('tan', x),
  atan: crAtan,
  atan2: crAtan2,
};

/** musl (CPython 3.14 in pyodide/emscripten). */
export const MUSL: Libm = {
  exp: crExp,
  log: crLog,
  log2: crLog2,
  log10: muslLog10,
  pow: crPow,
  sin: muslSin,
  cos: muslCos,
  tan: (x) => Math.tan(x),
  atan: (x) => Math.atan(x),
  atan2: (y, x) => Math.atan2(y, x),
};

// ---- CPython's own algorithms --------------------------------------------------------------------

/** Exact product hi + lo = x * y (Dekker; the same result CPython's fma-based dl_mul gives). */
function dlMul(x: number, y: number): [number, number] {
  const z = x * y;
  const split = (a: number): [number, number] => {
    const t = a * 134217729.0;
    const hi = t - (t - a);
    return [hi, a - hi];
  };
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const zz = (((xh * yh - z) + xh * yl) + xl * yh) + xl * yl;
  return [z, zz];
}

/** Modules/mathmodule.c vector_norm (hypot and dist). `vec` holds absolute values. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (const v of vec) {
    const x = v * scale;
    const [hi, lo] = dlMul(x, x);
    const sum = csum + hi;
    frac2 += (csum - sum) + hi;
    csum = sum;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [hi, lo] = dlMul(-h, h);
  const sum = csum + hi;
  frac2 += (csum - sum) + hi;
  csum = sum;
  frac1 += lo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

export type FsumResult = { value: number } | { error: 'overflow' | 'inf-inf' };

/** Modules/mathmodule.c math_fsum (Shewchuk / Hettinger msum with exact final rounding). */
export function fsum(values: Iterable<number>): FsumResult {
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) return { error: 'overflow' };
        if (!Number.isNaN(xsave) && !Number.isFinite(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) return { error: 'inf-inf' };
    return { value: specialSum };
  }
  let n = p.length;
  let hi = 0.0;
  let lo = 0.0;
  if (n > 0) {
    hi = p[--n]!;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1]! < 0.0) || (lo > 0.0 && p[n - 1]! > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return { value: hi };
}
