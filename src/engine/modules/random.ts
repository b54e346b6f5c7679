// The random module: CPython's Mersenne Twister (Modules/_randommodule.c) and the algorithms of
// Lib/random.py built on it (_randbelow_with_getrandbits, randrange, randint, choice, shuffle, sample,
// uniform), so a seeded program draws exactly CPython's numbers.
//
// Unseeded state: CPython seeds from os.urandom at import, which a deterministic simulator cannot
// reproduce. The simulator models that entropy as a fixed value instead: until the program calls
// random.seed(x), and after random.seed() / random.seed(None), the generator is in the state
// random.seed(MODELLED_ENTROPY_SEED) gives. Any output is one CPython could print; the same program
// always prints the same.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import { PyFloat, PyInt, PyStr, normInt, toBig } from '../objects/scalars';
import { PyDict, PyList, PyRange, PyTuple } from '../objects/containers';
import { binaryOp } from '../objects/number';
import { compare, getItem, length } from '../objects/protocols';
import { callDunder, findDunder } from '../objects/dunders';
import { dictSet } from '../objects/dictops';
import { listSetSteal } from '../objects/listops';
import { frexp } from './libm';
import { str } from '../objects/repr';
import { closestName } from '../vm/suggestions';
import { defineLazyModule, since, asIndex, type Kwargs, type NativeModuleBuilder } from './native';
import { crLog } from './libm';

/** The seed the simulator uses for the entropy CPython would read from os.urandom (see above). */
export const MODELLED_ENTROPY_SEED = 0x5eed_cafe_f00dn;

/** Names of CPython's random module the simulator does not implement. */
const NOT_IMPLEMENTED = [
  'BPF', 'LOG4', 'NV_MAGICCONST', 'RECIP_BPF', 'Random', 'SG_MAGICCONST', 'SystemRandom', 'TWOPI', 'betavariate',
  'choices', 'expovariate', 'gammavariate', 'gauss', 'getstate', 'lognormvariate', 'normalvariate',
  'paretovariate', 'randbytes', 'setstate', 'triangular', 'vonmisesvariate', 'weibullvariate',
];

// ---- MT19937 -------------------------------------------------------------------------------------

const N = 624;
const M = 397;

export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private index = N + 1;

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array, as random_seed calls it with the seed's 32-bit words (least significant first). */
  initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = N;
  }

  /** random_seed with a non-negative int: its 32-bit words, least significant first ([0] for 0). */
  seedInt(n: bigint): void {
    const key: number[] = [];
    do {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(key);
  }

  genrand(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      const mag = (y: number) => (y & 1 ? 0x9908b0df : 0);
      for (; kk < N - M; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ mag(y);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ mag(y);
      }
      const y = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ mag(y);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 random bits as a float in [0, 1). */
  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) for k >= 0. */
  getrandbits(k: number): bigint {
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.genrand() >>> (32 - k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrand();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** Random._randbelow_with_getrandbits(n) for n > 0. */
  randbelow(n: bigint): bigint {
    const k = n.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }
}

// ---- SHA-512 (random.seed of a str, version 2) ----------------------------------------------------

const K512 = [
  '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538', '59f111f1b605d019',
  '923f82a4af194f9b', 'ab1c5ed5da6d8118', 'd807aa98a3030242', '12835b0145706fbe', '243185be4ee4b28c', '550c7dc3d5ffb4e2',
  '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235', 'c19bf174cf692694', 'e49b69c19ef14ad2', 'efbe4786384f25e3',
  '0fc19dc68b8cd5b5', '240ca1cc77ac9c65', '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5',
  '983e5152ee66dfab', 'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725',
  '06ca6351e003826f', '142929670a0e6e70', '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed', '53380d139d95b3df',
  '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b', 'a2bfe8a14cf10364', 'a81a664bbc423001',
  'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218', 'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8',
  '19a4c116b8d2d0c8', '1e376c085141ab53', '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb',
  '5b9cca4f7763e373', '682e6ff3d6b2b8a3', '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec',
  '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b', 'ca273eceea26619c', 'd186b8c721c0c207',
  'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6', '113f9804bef90dae', '1b710b35131c471b',
  '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc', '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a',
  '5fcb6fab3ad6faec', '6c44198c4a475817',
].map((h) => BigInt(`0x${h}`));

function sha512(data: Uint8Array): Uint8Array {
  const mask = (1n << 64n) - 1n;
  const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & mask;
  let h = ['6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b', 'a54ff53a5f1d36f1', '510e527fade682d1',
    '9b05688c2b3e6c1f', '1f83d9abfb41bd6b', '5be0cd19137e2179'].map((x) => BigInt(`0x${x}`));
  const bitLen = BigInt(data.length) * 8n;
  const padded = new Uint8Array(Math.ceil((data.length + 17) / 128) * 128);
  padded.set(data);
  padded[data.length] = 0x80;
  for (let i = 0; i < 16; i++) padded[padded.length - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  for (let off = 0; off < padded.length; off += 128) {
    const w: bigint[] = [];
    for (let i = 0; i < 16; i++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(padded[off + i * 8 + b]!);
      w.push(v);
    }
    for (let i = 16; i < 80; i++) {
      const s0 = rotr(w[i - 15]!, 1n) ^ rotr(w[i - 15]!, 8n) ^ (w[i - 15]! >> 7n);
      const s1 = rotr(w[i - 2]!, 19n) ^ rotr(w[i - 2]!, 61n) ^ (w[i - 2]! >> 6n);
      w.push((w[i - 16]! + s0 + w[i - 7]! + s1) & mask);
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let i = 0; i < 80; i++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & mask & g);
      const t1 = (hh + S1 + ch + K512[i]! + w[i]!) & mask;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & mask;
      hh = g; g = f; f = e; e = (d + t1) & mask; d = c; c = b; b = a; a = (t1 + t2) & mask;
    }
    h = [a, b, c, d, e, f, g, hh].map((v, i) => (v + h[i]!) & mask);
  }
  const out = new Uint8Array(64);
  h.forEach((v, i) => { for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((v >> BigInt(56 - 8 * b)) & 0xffn); });
  return out;
}

// ---- Python-level argument binding (the module's functions are methods of random._inst) ------------

/**
 * Binds arguments like a Python method `Random.<name>(self, <params>)`: the messages count self, as
 * CPython's do ("Random.randint() takes 3 positional arguments but 4 were given").
 */
function bindMethod(rt: Runtime, name: string, params: string[], required: number, args: PyObject[], kwargs: Kwargs, kwOnly: string[] = []): (PyObject | undefined)[] {
  const qual = `Random.${name}()`;
  const argcount = params.length + 1;
  const given = args.length + 1;
  if (args.length > params.length) {
    const defaults = params.length - required;
    const takes = defaults > 0 ? `from ${required + 1} to ${argcount}` : `${argcount}`;
    const nkw = kwargs?.size ?? 0;
    const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const was = nkw > 0 ? `${plural(given, 'positional argument')} (and ${plural(nkw, 'keyword-only argument')}) were given` : `${given} ${given === 1 ? 'was' : 'were'} given`;
    rt.raise(rt.types.TypeError, `${qual} takes ${takes} positional argument${argcount === 1 && defaults === 0 ? '' : 's'} but ${was}`);
  }
  const all = [...params, ...kwOnly];
  const values: (PyObject | undefined)[] = all.map((_, i) => args[i]);
  for (const [key, value] of kwargs ?? []) {
    const index = all.indexOf(key);
    if (index < 0) {
      const suggestion = rt.profile.messages.keywordSuggestions ? closestName(key, ['self', ...all]) : null;
      rt.raise(rt.types.TypeError, `${qual} got an unexpected keyword argument '${key}'${suggestion ? `. Did you mean '${suggestion}'?` : ''}`);
    }
    if (values[index] !== undefined) rt.raise(rt.types.TypeError, `${qual} got multiple values for argument '${key}'`);
    values[index] = value;
  }
  const missing = params.slice(0, required).filter((_, i) => values[i] === undefined);
  if (missing.length > 0) {
    const quoted = missing.map((p) => `'${p}'`);
    const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
    rt.raise(rt.types.TypeError, `${qual} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return values;
}

// ---- the module ----------------------------------------------------------------------------------

export function createRandomModule(rt: Runtime): void {
  defineLazyModule(rt, 'random', (m) => buildRandom(rt, m));
}

function buildRandom(rt: Runtime, m: NativeModuleBuilder): void {
  const T = rt.types;
  const gen = new MersenneTwister();
  gen.seedInt(MODELLED_ENTROPY_SEED);
  const legacy = rt.profile.id === '3.11';
  const bigInt = (v: bigint) => rt.int(normInt(v));
  const index = (o: PyObject): bigint => {
    // 3.11 still accepted integral floats (with a DeprecationWarning on stderr) and int(x) of other types.
    if (legacy && !(o instanceof PyInt) && !(o.type.isHeapType && findDunder(o, '__index__'))) {
      rt.unsupported('non-integer arguments to randrange() on 3.11 (a DeprecationWarning and int() conversion)');
    }
    return toBig(asIndex(rt, o));
  };

  m.fn('seed', (args, kwargs) => {
    const [a, versionObj] = bindMethod(rt, 'seed', ['a', 'version'], 0, args, kwargs);
    const version = versionObj === undefined ? 2n : versionObj instanceof PyInt ? toBig(versionObj.value) : null;
    if (a === undefined || a === rt.None) {
      gen.seedInt(MODELLED_ENTROPY_SEED);
      return rt.none();
    }
    if (a instanceof PyStr) {
      if (version === 1n) return rt.unsupported('random.seed(str, version=1)');
      if (version !== 2n) return rt.unsupported('random.seed() of a str with a version other than 2 (uses the str hash)');
      const bytes = new TextEncoder().encode(a.value);
      const digest = sha512(bytes);
      let n = 0n;
      for (const b of [...bytes, ...digest]) n = (n << 8n) | BigInt(b);
      gen.seedInt(n);
      return rt.none();
    }
    if (a instanceof PyInt) {
      const v = toBig(a.value);
      gen.seedInt(v < 0n ? -v : v);
      return rt.none();
    }
    if (a instanceof PyFloat) {
      if (Number.isNaN(a.value)) return rt.unsupported('random.seed(nan) (its hash depends on the object address)');
      gen.seedInt(floatHashAsSize(a.value, rt.profile.id === '3.14' ? 32 : 64));
      return rt.none();
    }
    const sep = rt.profile.id === '3.11' || rt.profile.id === '3.12' ? ' None,\nint' : '\nNone, int';
    return rt.raise(T.TypeError, `The only supported seed types are:${sep}, float, str, bytes, and bytearray.`);
  });

  m.fn('random', (args, kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(T.TypeError, 'Random.random() takes no keyword arguments');
    if (args.length > 0) rt.raise(T.TypeError, `Random.random() takes no arguments (${args.length} given)`);
    return rt.float(gen.random());
  });

  m.fn('getrandbits', (args, kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(T.TypeError, 'Random.getrandbits() takes no keyword arguments');
    if (args.length !== 1) rt.raise(T.TypeError, `Random.getrandbits() takes exactly one argument (${args.length} given)`);
    const k = toBig(asIndex(rt, args[0]!));
    if (k < 0n) rt.raise(T.ValueError, rt.profile.id === '3.14' ? 'Cannot convert negative int' : 'number of bits must be non-negative');
    if (k > 1_000_000n) rt.unsupported('random.getrandbits() with this many bits');
    return bigInt(gen.getrandbits(Number(k)));
  });

  /** randrange, from Lib/random.py of the profile's version. */
  const randrange = (start: PyObject, stop: PyObject | undefined, step: PyObject | undefined): PyObject => {
    const istart = index(start);
    if (stop === undefined || stop === rt.None) {
      if (step !== undefined) {
        const one = rt.int(1);
        const same = step === one;
        rt.heap.decref(one);
        if (!same) rt.raise(T.TypeError, 'Missing a non-None stop argument');
      }
      if (istart > 0n) return bigInt(gen.randbelow(istart));
      return rt.raise(T.ValueError, 'empty range for randrange()');
    }
    const istop = index(stop);
    const width = istop - istart;
    const istep = step === undefined ? 1n : index(step);
    if (istep === 1n) {
      if (width > 0n) return bigInt(istart + gen.randbelow(width));
      if (legacy) rt.raise(T.ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
      return rt.raise(T.ValueError, `empty range in randrange(${str(rt, start)}, ${str(rt, stop)})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else return rt.raise(T.ValueError, 'zero step for randrange()');
    if (n <= 0n) {
      if (legacy) rt.raise(T.ValueError, 'empty range for randrange()');
      rt.raise(T.ValueError, `empty range in randrange(${str(rt, start)}, ${str(rt, stop)}, ${str(rt, step!)})`);
    }
    return bigInt(istart + istep * gen.randbelow(n));
  };
  m.fn('randrange', (args, kwargs) => {
    const [start, stop, step] = bindMethod(rt, 'randrange', ['start', 'stop', 'step'], 1, args, kwargs);
    return randrange(start!, stop, step);
  });
  m.fn('randint', (args, kwargs) => {
    const [a, b] = bindMethod(rt, 'randint', ['a', 'b'], 2, args, kwargs);
    if (rt.profile.id === '3.14') {
      const ia = toBig(asIndex(rt, a!));
      const ib = toBig(asIndex(rt, b!));
      if (ib < ia) rt.raise(T.ValueError, `empty range in randint(${ia}, ${ib})`);
      return bigInt(ia + gen.randbelow(ib - ia + 1n));
    }
    const one = rt.int(1);
    let stop: PyObject;
    try {
      stop = binaryOp(rt, 'Add', b!, one, false);
    } finally {
      rt.heap.decref(one);
    }
    try {
      return randrange(a!, stop, undefined);
    } finally {
      rt.heap.decref(stop);
    }
  });

  m.fn('choice', (args, kwargs) => {
    const [seq] = bindMethod(rt, 'choice', ['seq'], 1, args, kwargs);
    const n = length(rt, seq!);
    if (n === 0) rt.raise(T.IndexError, 'Cannot choose from an empty sequence');
    const i = rt.int(normInt(gen.randbelow(BigInt(n))));
    try {
      return getItem(rt, seq!, i);
    } finally {
      rt.heap.decref(i);
    }
  });

  m.fn('shuffle', (args, kwargs) => {
    const [x] = bindMethod(rt, 'shuffle', ['x'], 1, args, kwargs);
    const seq = x!;
    for (let i = length(rt, seq) - 1; i >= 1; i--) {
      const j = Number(gen.randbelow(BigInt(i + 1)));
      // x[i], x[j] = x[j], x[i]
      const ij = [rt.int(i), rt.int(j)] as const;
      try {
        const xj = getItem(rt, seq, ij[1]);
        let xi: PyObject;
        try {
          xi = getItem(rt, seq, ij[0]);
        } catch (error) {
          rt.heap.decref(xj);
          throw error;
        }
        try {
          setItemSteal(rt, seq, i, ij[0], xj);
        } catch (error) {
          rt.heap.decref(xi);
          throw error;
        }
        setItemSteal(rt, seq, j, ij[1], xi);
      } finally {
        ij.forEach((o) => rt.heap.decref(o));
      }
    }
    return rt.none();
  });

  m.fn('sample', (args, kwargs) => {
    const [population, k, counts] = bindMethod(rt, 'sample', ['population', 'k'], 2, args, kwargs, ['counts']);
    if (counts !== undefined && counts !== rt.None) rt.unsupported('random.sample() with counts=');
    const pop = population!;
    if (!(pop instanceof PyList || pop instanceof PyTuple || pop instanceof PyStr || pop instanceof PyRange)) {
      rt.raise(T.TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    }
    const n = length(rt, pop);
    const zero = rt.int(0);
    const nObj = rt.int(n);
    try {
      if (!(compare(rt, 'LtE', zero, k!) && compare(rt, 'LtE', k!, nObj))) rt.raise(T.ValueError, 'Sample larger than population or is negative');
    } finally {
      rt.heap.decref(zero);
      rt.heap.decref(nObj);
    }
    if (!(k instanceof PyInt)) return rt.raise(T.TypeError, `can't multiply sequence by non-int of type '${k!.type.name}'`);
    const count = Number(k.value);
    const result = rt.list(Array.from({ length: count }, () => rt.none()), count);
    try {
      let setsize = 21;
      if (count > 5) setsize += 4 ** Math.ceil(crLog(count * 3) / crLog(4));
      if (n <= setsize) {
        const pool = rt.list(collectSequence(rt, pop));
        try {
          for (let i = 0; i < count; i++) {
            const j = Number(gen.randbelow(BigInt(n - i)));
            listSetSteal(rt, result, i, rt.heap.incref(pool.items[j]!, 'item'));
            listSetSteal(rt, pool, j, rt.heap.incref(pool.items[n - i - 1]!, 'item'));
          }
        } finally {
          rt.heap.decref(pool);
        }
      } else {
        const selected = new Set<bigint>();
        for (let i = 0; i < count; i++) {
          let j = gen.randbelow(BigInt(n));
          while (selected.has(j)) j = gen.randbelow(BigInt(n));
          selected.add(j);
          const key = rt.int(normInt(j));
          try {
            listSetSteal(rt, result, i, getItem(rt, pop, key));
          } finally {
            rt.heap.decref(key);
          }
        }
      }
    } catch (error) {
      rt.heap.decref(result);
      throw error;
    }
    return result;
  });

  m.fn('uniform', (args, kwargs) => {
    const [a, b] = bindMethod(rt, 'uniform', ['a', 'b'], 2, args, kwargs);
    const width = binaryOp(rt, 'Sub', b!, a!, false);
    const r = rt.float(gen.random());
    let scaled: PyObject;
    try {
      scaled = binaryOp(rt, 'Mult', width, r, false);
    } finally {
      rt.heap.decref(width);
      rt.heap.decref(r);
    }
    try {
      return binaryOp(rt, 'Add', a!, scaled, false);
    } finally {
      rt.heap.decref(scaled);
    }
  });

  m.known(NOT_IMPLEMENTED);
  m.known(since(rt, 12, ['binomialvariate']));
  m.known(since(rt, 13, ['main']));
}

/**
 * (size_t)hash(x) for a finite or infinite float (_Py_HashDouble), for a `word`-bit platform: pyodide's
 * wasm32 (3.14) hashes modulo 2**31 - 1 in 32-bit words, the 64-bit builds modulo 2**61 - 1.
 */
function floatHashAsSize(v: number, word: 32 | 64): bigint {
  const bits = word === 64 ? 61n : 31n;
  const modulus = (1n << bits) - 1n;
  const wordMask = (1n << BigInt(word)) - 1n;
  let x: bigint;
  if (!Number.isFinite(v)) {
    x = v > 0 ? 314159n : (-314159n & wordMask);
  } else {
    let [mant, e] = frexp(v);
    let sign = 1n;
    if (mant < 0) {
      sign = -1n;
      mant = -mant;
    }
    x = 0n;
    while (mant) {
      x = ((x << 28n) & modulus) | (x >> (bits - 28n));
      mant *= 268435456.0;
      e -= 28;
      const y = Math.trunc(mant);
      mant -= y;
      x += BigInt(y);
      if (x >= modulus) x -= modulus;
    }
    const b = Number(bits);
    const shift = BigInt(e >= 0 ? e % b : b - 1 - ((-1 - e) % b));
    x = ((x << shift) & modulus) | (x >> (bits - shift));
    x = (x * sign) & wordMask;
  }
  if (x === wordMask) x = wordMask - 1n;
  return x;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

/** list(population) for the sequence types sample() accepts: new references. */
function collectSequence(rt: Runtime, pop: PyObject): PyObject[] {
  if (pop instanceof PyList || pop instanceof PyTuple) return pop.items.map((x) => rt.heap.incref(x, 'item'));
  const n = length(rt, pop);
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    const key = rt.int(i);
    out.push(getItem(rt, pop, key));
    rt.heap.decref(key);
  }
  return out;
}

/** x[i] = value (value is a new reference that the container takes over or that is released). */
function setItemSteal(rt: Runtime, seq: PyObject, i: number, key: PyObject, value: PyObject): void {
  if (seq instanceof PyList) {
    listSetSteal(rt, seq, i, value);
    return;
  }
  try {
    if (seq instanceof PyDict) {
      dictSet(rt, seq, key, value);
      return;
    }
    if (seq.type.isHeapType && findDunder(seq, '__setitem__')) {
      rt.heap.decref(callDunder(rt, seq, '__setitem__', [key, value])!);
      return;
    }
    rt.raise(rt.types.TypeError, `'${seq.type.name}' object does not support item assignment`);
  } finally {
    rt.heap.decref(value);
  }
}
