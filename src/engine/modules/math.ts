// The math module (CPython's Modules/mathmodule.c): the error rules of math_1/math_2/loghelper, exact
// integer functions on arbitrary-precision ints, and the platform libm of each profile (libm.ts): glibc
// for 3.11–3.13, musl for 3.14 (pyodide), whose 3.14 error messages also name the bad input.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import { PyFloat, PyInt, normInt, toBig } from '../objects/scalars';
import { binaryOp } from '../objects/number';
import { collect, getIter, iterNext } from '../objects/protocols';
import { callDunder, findDunder } from '../objects/dunders';
import { floatRepr } from '../objects/floatrepr';
import {
  defineLazyModule, since, asBigIndex, asDouble, checkPositional, noKeywords, oneArg, parseArgs, type Kwargs, type NativeModuleBuilder,
} from './native';
import {
  GLIBC, MUSL, bitLength, copysign, fma, frexp, fsum, isqrt, ldexp, roundToDouble, vectorNorm, type Libm,
} from './libm';

/** Names of CPython 3.13's math module the simulator does not implement. */
const NOT_IMPLEMENTED = [
  'acos', 'acosh', 'asin', 'asinh', 'atanh', 'cbrt', 'cosh', 'erf', 'erfc', 'exp2', 'expm1', 'gamma', 'lgamma',
  'log1p', 'nextafter', 'remainder', 'sinh', 'tanh', 'ulp',
];

export function createMathModule(rt: Runtime): void {
  defineLazyModule(rt, 'math', (m) => buildMath(rt, m));
}

/** The C long limit factorial() checks against: 64-bit, except pyodide's wasm32 (3.14). */
function longMax(rt: Runtime): bigint {
  return rt.profile.id === '3.14' ? 2147483647n : 9223372036854775807n;
}

function buildMath(rt: Runtime, m: NativeModuleBuilder): void {
  const libm: Libm = rt.profile.id === '3.14' ? MUSL : GLIBC;
  const named = rt.profile.id === '3.14';
  const T = rt.types;
  const domainError = (): never => rt.raise(T.ValueError, 'math domain error');
  const rangeError = (): never => rt.raise(T.OverflowError, 'math range error');
  /** math_1's ValueError: 3.14 names the input ("expected a finite input, got inf"). */
  const domain = (message: string | null, x: number): never =>
    rt.raise(T.ValueError, named && message ? `${message}, got ${floatRepr(x)}` : 'math domain error');

  m.set('pi', rt.float(Math.PI));
  m.set('e', rt.float(Math.E));
  m.set('tau', rt.float(2 * Math.PI));
  m.set('inf', rt.float(Infinity));
  m.set('nan', rt.float(NaN));

  /** math_1: a one-argument libm function with CPython's error rules. */
  const math1 = (name: string, fn: (x: number) => number, canOverflow: boolean, message: string | null = null) => {
    m.fn(name, (args, kwargs) => {
      const x = asDouble(rt, oneArg(rt, `math.${name}`, args, kwargs));
      const r = fn(x);
      if (Number.isNaN(r) && !Number.isNaN(x)) domain(message, x);
      if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
        if (canOverflow) rangeError();
        domain(message, x);
      }
      return rt.float(r);
    });
  };
  math1('sqrt', Math.sqrt, false, 'expected a nonnegative input');
  math1('exp', (x) => libm.exp(x), true);
  math1('sin', (x) => (Number.isFinite(x) ? libm.sin(x) : NaN), false, 'expected a finite input');
  math1('cos', (x) => (Number.isFinite(x) ? libm.cos(x) : NaN), false, 'expected a finite input');
  math1('tan', (x) => (Number.isFinite(x) ? libm.tan(x) : NaN), false, 'expected a finite input');
  math1('atan', (x) => libm.atan(x), false);
  math1('fabs', Math.abs, false);
  m.fn('degrees', (args, kwargs) => rt.float(asDouble(rt, oneArg(rt, 'math.degrees', args, kwargs)) * (180.0 / Math.PI)));
  m.fn('radians', (args, kwargs) => rt.float(asDouble(rt, oneArg(rt, 'math.radians', args, kwargs)) * (Math.PI / 180.0)));
  for (const [name, test] of [['isfinite', Number.isFinite], ['isnan', Number.isNaN], ['isinf', (x: number) => x === Infinity || x === -Infinity]] as const) {
    m.fn(name, (args, kwargs) => rt.bool(test(asDouble(rt, oneArg(rt, `math.${name}`, args, kwargs)))));
  }

  // ---- floor, ceil, trunc: ints of any size ------------------------------------------------------
  const fromDouble = (x: number): PyObject => {
    if (Number.isNaN(x)) rt.raise(T.ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) rt.raise(T.OverflowError, 'cannot convert float infinity to integer');
    return rt.int(Number.isSafeInteger(x) ? x + 0 : normInt(BigInt(x)));
  };
  /** int.__floor__/__ceil__/__trunc__: the int itself (a new int for bool). */
  const intItself = (o: PyInt): PyObject => (o.type === T.int ? rt.heap.incref(o) : rt.int(o.value));
  for (const [name, round] of [['floor', Math.floor], ['ceil', Math.ceil]] as const) {
    m.fn(name, (args, kwargs) => {
      const o = oneArg(rt, `math.${name}`, args, kwargs);
      if (o instanceof PyFloat) return fromDouble(round(o.value));
      if (o instanceof PyInt) return intItself(o);
      const custom = o.type.isHeapType && findDunder(o, `__${name}__`) ? callDunder(rt, o, `__${name}__`, []) : undefined;
      if (custom) return custom;
      return fromDouble(round(asDouble(rt, o)));
    });
  }
  m.fn('trunc', (args, kwargs) => {
    const o = oneArg(rt, 'math.trunc', args, kwargs);
    if (o instanceof PyFloat) return fromDouble(Math.trunc(o.value));
    if (o instanceof PyInt) return intItself(o);
    const custom = o.type.isHeapType && findDunder(o, '__trunc__') ? callDunder(rt, o, '__trunc__', []) : undefined;
    if (custom) return custom;
    return rt.raise(T.TypeError, `type ${o.type.name} doesn't define __trunc__ method`);
  });

  // ---- logarithms (loghelper) --------------------------------------------------------------------
  type LogFn = (x: number) => number;
  /** loghelper: ints are handled exactly (any size); floats through math_1 with m_log's special cases. */
  const loghelper = (o: PyObject, fn: LogFn): number => {
    if (o instanceof PyInt) {
      const v = toBig(o.value);
      if (v <= 0n) rt.raise(T.ValueError, named ? 'expected a positive input' : 'math domain error');
      const x = Number(v);
      if (Number.isFinite(x)) return fn(x);
      // Too large for a float: log(x) = log(mantissa) + e*log(2), as _PyLong_Frexp splits it.
      const e = bitLength(v);
      let mant = roundToDouble(v, -e);
      let exp = e;
      if (mant === 1) {
        mant = 0.5;
        exp += 1;
      }
      return fn(mant) + fn(2.0) * exp;
    }
    const x = asDouble(rt, o);
    let r: number;
    if (Number.isFinite(x)) r = x > 0 ? fn(x) : x === 0 ? -Infinity : NaN;
    else r = Number.isNaN(x) || x > 0 ? x : NaN;
    if ((Number.isNaN(r) && !Number.isNaN(x)) || (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x))) {
      domain('expected a positive input', x);
    }
    return r;
  };
  m.fn('log', (args, kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(T.TypeError, rt.profile.id === '3.11' ? 'log() takes no keyword arguments' : 'math.log() takes no keyword arguments');
    if (rt.profile.id === '3.11') {
      if (args.length < 1 || args.length > 2) rt.raise(T.TypeError, 'math.log requires 1 to 2 arguments');
    } else {
      checkPositional(rt, 'log', args.length, 1, 2);
    }
    const num = loghelper(args[0]!, (x) => libm.log(x));
    if (args.length === 1) return rt.float(num);
    const den = loghelper(args[1]!, (x) => libm.log(x));
    if (den === 0) rt.raise(T.ZeroDivisionError, named ? 'division by zero' : 'float division by zero');
    return rt.float(num / den);
  });
  m.fn('log2', (args, kwargs) => rt.float(loghelper(oneArg(rt, 'math.log2', args, kwargs), (x) => libm.log2(x))));
  m.fn('log10', (args, kwargs) => rt.float(loghelper(oneArg(rt, 'math.log10', args, kwargs), (x) => libm.log10(x))));

  // ---- two-argument functions (math_2 and friends) -----------------------------------------------
  const twoDoubles = (name: string, args: PyObject[], kwargs: Kwargs): [number, number] => {
    noKeywords(rt, `math.${name}`, kwargs);
    checkPositional(rt, name, args.length, 2, 2);
    return [asDouble(rt, args[0]!), asDouble(rt, args[1]!)];
  };
  /** math_2's errors: NaN from non-NaN inputs is a domain error, infinity from finite inputs a range error. */
  const math2 = (x: number, y: number, r: number): PyObject => {
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
    return rt.float(r);
  };
  m.fn('atan2', (args, kwargs) => {
    const [y, x] = twoDoubles('atan2', args, kwargs);
    return math2(y, x, libm.atan2(y, x));
  });
  m.fn('copysign', (args, kwargs) => {
    const [x, y] = twoDoubles('copysign', args, kwargs);
    return math2(x, y, copysign(x, y));
  });
  m.fn('fmod', (args, kwargs) => {
    const [x, y] = twoDoubles('fmod', args, kwargs);
    if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return rt.float(x);
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
    return rt.float(r);
  });
  m.fn('pow', (args, kwargs) => {
    const [x, y] = twoDoubles('pow', args, kwargs);
    let r: number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (Number.isNaN(x)) r = y === 0 ? 1 : x;
      else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
      else if (!Number.isFinite(x)) {
        const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
        if (y > 0) r = oddY ? x : Math.abs(x);
        else if (y === 0) r = 1;
        else r = oddY ? copysign(0, x) : 0;
      } else {
        if (Math.abs(x) === 1) r = 1;
        else if (y > 0 && Math.abs(x) > 1) r = y;
        else if (y < 0 && Math.abs(x) < 1) r = -y;
        else r = 0;
      }
      return rt.float(r);
    }
    r = libm.pow(x, y);
    if (Number.isNaN(r)) domainError();
    if (!Number.isFinite(r)) {
      if (x === 0) domainError();
      rangeError();
    }
    return rt.float(r);
  });
  m.fn('ldexp', (args, kwargs) => {
    noKeywords(rt, 'math.ldexp', kwargs);
    checkPositional(rt, 'ldexp', args.length, 2, 2);
    const x = asDouble(rt, args[0]!);
    const i = args[1]!;
    if (!(i instanceof PyInt)) return rt.raise(T.TypeError, 'Expected an int as second argument to ldexp.');
    if (x === 0 || !Number.isFinite(x)) return rt.float(x);
    const exp = toBig(i.value);
    if (exp > 2147483647n) rangeError();
    if (exp < -2147483648n) return rt.float(copysign(0, x));
    const r = ldexp(x, Number(exp));
    if (!Number.isFinite(r)) rangeError();
    return rt.float(r);
  });
  m.fn('frexp', (args, kwargs) => {
    const [mant, exp] = frexp(asDouble(rt, oneArg(rt, 'math.frexp', args, kwargs)));
    return rt.tuple([rt.float(mant), rt.int(exp)]);
  });
  m.fn('modf', (args, kwargs) => {
    const x = asDouble(rt, oneArg(rt, 'math.modf', args, kwargs));
    if (!Number.isFinite(x) && !Number.isNaN(x)) return rt.tuple([rt.float(copysign(0, x)), rt.float(x)]);
    if (Number.isNaN(x)) return rt.tuple([rt.float(x), rt.float(x)]);
    const ip = Math.trunc(x);
    const frac = x - ip;
    return rt.tuple([rt.float(copysign(frac, x)), rt.float(copysign(ip, x))]);
  });

  // ---- hypot, dist, fsum, prod, isclose ----------------------------------------------------------
  m.fn('hypot', (args, kwargs) => {
    noKeywords(rt, 'math.hypot', kwargs);
    let max = 0;
    let nan = false;
    const coords = args.map((a) => {
      const x = Math.abs(asDouble(rt, a));
      nan ||= Number.isNaN(x);
      if (x > max) max = x;
      return x;
    });
    return rt.float(vectorNorm(coords, max, nan));
  });
  m.fn('dist', (args, kwargs) => {
    noKeywords(rt, 'math.dist', kwargs);
    checkPositional(rt, 'dist', args.length, 2, 2);
    const p = collect(rt, args[0]!);
    const q = collect(rt, args[1]!);
    try {
      if (p.length !== q.length) rt.raise(T.ValueError, 'both points must have the same number of dimensions');
      let max = 0;
      let nan = false;
      const diffs = p.map((a, i) => {
        const x = Math.abs(asDouble(rt, a) - asDouble(rt, q[i]!));
        nan ||= Number.isNaN(x);
        if (x > max) max = x;
        return x;
      });
      return rt.float(vectorNorm(diffs, max, nan));
    } finally {
      [...p, ...q].forEach((o) => rt.heap.decref(o));
    }
  });
  m.fn('fsum', (args, kwargs) => {
    const it = getIter(rt, oneArg(rt, 'math.fsum', args, kwargs));
    const values: number[] = [];
    try {
      for (let item = iterNext(rt, it); item !== null; item = iterNext(rt, it)) {
        try {
          values.push(asDouble(rt, item));
        } finally {
          rt.heap.decref(item);
        }
      }
    } finally {
      rt.heap.decref(it);
    }
    const result = fsum(values);
    if ('error' in result) {
      if (result.error === 'overflow') rt.raise(T.OverflowError, 'intermediate overflow in fsum');
      rt.raise(T.ValueError, '-inf + inf in fsum');
    }
    return rt.float((result as { value: number }).value);
  });
  m.fn('prod', (args, kwargs) => {
    const [iterable, start] = parseArgs(rt, 'prod', args, kwargs, { params: ['iterable', 'start'], required: 1, maxPositional: 1, posOnly: 1 });
    const it = getIter(rt, iterable!);
    let result: PyObject = start ? rt.heap.incref(start) : rt.int(1);
    try {
      for (let item = iterNext(rt, it); item !== null; item = iterNext(rt, it)) {
        try {
          const next = binaryOp(rt, 'Mult', result, item, false);
          rt.heap.decref(result);
          result = next;
        } finally {
          rt.heap.decref(item);
        }
      }
    } catch (error) {
      rt.heap.decref(result);
      throw error;
    } finally {
      rt.heap.decref(it);
    }
    return result;
  });
  m.fn('isclose', (args, kwargs) => {
    const [ao, bo, relo, abso] = parseArgs(rt, 'isclose', args, kwargs, { params: ['a', 'b', 'rel_tol', 'abs_tol'], required: 2, maxPositional: 2 });
    const a = asDouble(rt, ao!);
    const b = asDouble(rt, bo!);
    const relTol = relo ? asDouble(rt, relo) : 1e-09;
    const absTol = abso ? asDouble(rt, abso) : 0.0;
    if (relTol < 0 || absTol < 0) rt.raise(T.ValueError, 'tolerances must be non-negative');
    if (a === b) return rt.bool(true);
    if (!Number.isFinite(a) && !Number.isNaN(a)) return rt.bool(false);
    if (!Number.isFinite(b) && !Number.isNaN(b)) return rt.bool(false);
    const diff = Math.abs(b - a);
    return rt.bool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
  });

  // ---- integer functions -------------------------------------------------------------------------
  const big = (v: bigint) => rt.int(normInt(v));
  m.fn('factorial', (args, kwargs) => {
    const n = asBigIndex(rt, oneArg(rt, 'math.factorial', args, kwargs));
    if (n < 0n) rt.raise(T.ValueError, 'factorial() not defined for negative values');
    if (n > longMax(rt)) rt.raise(T.OverflowError, `factorial() argument should not exceed ${longMax(rt)}`);
    if (n > 50000n) rt.unsupported('math.factorial() of numbers this large');
    return big(rangeProduct(1n, n));
  });
  const gcd2 = (a: bigint, b: bigint): bigint => {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b) [a, b] = [b, a % b];
    return a;
  };
  m.fn('gcd', (args, kwargs) => {
    noKeywords(rt, 'math.gcd', kwargs);
    let g = 0n;
    for (const a of args) g = gcd2(g, asBigIndex(rt, a));
    if (args.length === 1 && args[0] instanceof PyInt && args[0].type === T.int && toBig(args[0].value) >= 0n) return rt.heap.incref(args[0]);
    return big(g);
  });
  m.fn('lcm', (args, kwargs) => {
    noKeywords(rt, 'math.lcm', kwargs);
    let l = 1n;
    for (const a of args) {
      const v = asBigIndex(rt, a);
      if (l === 0n) continue;
      if (v === 0n) {
        l = 0n;
        continue;
      }
      const av = v < 0n ? -v : v;
      l = (l / gcd2(l, av)) * av;
    }
    return big(l);
  });
  m.fn('isqrt', (args, kwargs) => {
    const n = asBigIndex(rt, oneArg(rt, 'math.isqrt', args, kwargs));
    if (n < 0n) rt.raise(T.ValueError, 'isqrt() argument must be nonnegative');
    return big(isqrt(n));
  });
  const LLONG_MAX = 9223372036854775807n;
  m.fn('comb', (args, kwargs) => {
    noKeywords(rt, 'math.comb', kwargs);
    checkPositional(rt, 'comb', args.length, 2, 2);
    const n = asBigIndex(rt, args[0]!);
    const k = asBigIndex(rt, args[1]!);
    if (n < 0n) rt.raise(T.ValueError, 'n must be a non-negative integer');
    if (k < 0n) rt.raise(T.ValueError, 'k must be a non-negative integer');
    if (k > n) return rt.int(0);
    const kk = n - k < k ? n - k : k;
    if (kk > LLONG_MAX) rt.raise(T.OverflowError, `min(n - k, k) must not exceed ${LLONG_MAX}`);
    if (kk > 50000n) rt.unsupported('math.comb() of numbers this large');
    return big(rangeProduct(n - kk + 1n, n) / rangeProduct(1n, kk));
  });
  m.fn('perm', (args, kwargs) => {
    noKeywords(rt, 'math.perm', kwargs);
    checkPositional(rt, 'perm', args.length, 1, 2);
    const n = asBigIndex(rt, args[0]!);
    const kobj = args[1];
    if (kobj === undefined || kobj === rt.None) {
      if (n < 0n) rt.raise(T.ValueError, 'n must be a non-negative integer');
      if (n > 50000n) rt.unsupported('math.perm() of numbers this large');
      return big(rangeProduct(1n, n));
    }
    const k = asBigIndex(rt, kobj);
    if (n < 0n) rt.raise(T.ValueError, 'n must be a non-negative integer');
    if (k < 0n) rt.raise(T.ValueError, 'k must be a non-negative integer');
    if (k > n) return rt.int(0);
    if (k > LLONG_MAX) rt.raise(T.OverflowError, `k must not exceed ${LLONG_MAX}`);
    if (k > 50000n) rt.unsupported('math.perm() of numbers this large');
    return big(rangeProduct(n - k + 1n, n));
  });

  if (rt.profile.versionInfo[1] >= 13) {
    m.fn('fma', (args, kwargs) => {
      noKeywords(rt, 'math.fma', kwargs);
      checkPositional(rt, 'fma', args.length, 3, 3);
      const [x, y, z] = args.map((a) => asDouble(rt, a)) as [number, number, number];
      const r = fma(x, y, z);
      if (Number.isFinite(r)) return rt.float(r);
      if (Number.isNaN(r)) {
        if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) rt.raise(T.ValueError, 'invalid operation in fma');
      } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) {
        rt.raise(T.OverflowError, 'overflow in fma');
      }
      return rt.float(r);
    });
  }
  m.known(NOT_IMPLEMENTED);
  m.known(since(rt, 12, ['sumprod']));
}

/** lo * (lo+1) * … * hi (1 when hi < lo), by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (hi < lo) return 1n;
  if (hi - lo < 16n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}
