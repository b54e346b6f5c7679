// hash() exactly as CPython computes it (Python/pyhash.c, Objects/*): ints modulo 2**61 - 1, floats
// by their exact value, strings with SipHash-1-3 under the key PYTHONHASHSEED=0 selects (all zeros,
// the setting the conformance goldens are recorded with), tuples with the xxHash-style combination.
// Set iteration order follows these hashes, so they must be exact.
import type { Profile } from '../profiles/types';

const MASK64 = (1n << 64n) - 1n;
const MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61n;
const INF_HASH = 314159n;

/** A Py_hash_t (signed 64-bit) from an unsigned 64-bit pattern; -1 is reserved for errors. */
function signed(x: bigint): bigint {
  let v = BigInt.asIntN(64, x & MASK64);
  if (v === -1n) v = -2n;
  return v;
}

export function hashInt(value: bigint): bigint {
  const abs = value < 0n ? -value : value;
  let h = abs % MODULUS;
  if (value < 0n) h = -h;
  return h === -1n ? -2n : h;
}

export function hashFloat(v: number): bigint {
  if (Number.isNaN(v)) return 0n; // 3.10+: identity based; callers use the object id instead
  if (!Number.isFinite(v)) return v > 0 ? INF_HASH : -INF_HASH;
  if (Number.isInteger(v)) return hashInt(BigInt(v));
  let [m, e] = frexp(Math.abs(v));
  const sign = v < 0 ? -1n : 1n;
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = BigInt(Math.trunc(m));
    m -= Number(y);
    x += y;
    if (x >= MODULUS) x -= MODULUS;
  }
  const be = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << be) & MODULUS) | (x >> (HASH_BITS - be));
  return signed(BigInt.asUintN(64, x * sign));
}

function frexp(value: number): [number, number] {
  if (value === 0) return [0, 0];
  let e = Math.max(-1023, Math.floor(Math.log2(value)) + 1);
  let m = value * 2 ** -e;
  while (m < 0.5) { m *= 2; e--; }
  while (m >= 1) { m /= 2; e++; }
  return [m, e];
}

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & MASK64;
}

/** SipHash-1-3 with a zero key (PYTHONHASHSEED=0). */
function siphash13(bytes: Uint8Array): bigint {
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & MASK64; v1 = rotl(v1, 13n); v1 ^= v0; v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & MASK64; v3 = rotl(v3, 16n); v3 ^= v2;
    v0 = (v0 + v3) & MASK64; v3 = rotl(v3, 21n); v3 ^= v0;
    v2 = (v2 + v1) & MASK64; v1 = rotl(v1, 17n); v1 ^= v2; v2 = rotl(v2, 32n);
  };
  const n = bytes.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    let m = 0n;
    for (let k = 7; k >= 0; k--) m = (m << 8n) | BigInt(bytes[i + k]!);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let b = BigInt(n & 0xff) << 56n;
  for (let k = n - i - 1; k >= 0; k--) b |= BigInt(bytes[i + k]!) << BigInt(8 * k);
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & MASK64;
}

/** The bytes CPython hashes for a str: its compact representation (1, 2 or 4 bytes a character, little-endian). */
export function hashStr(value: string): bigint {
  if (value.length === 0) return 0n;
  const codes = [...value].map((c) => c.codePointAt(0)!);
  const max = Math.max(...codes);
  const width = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const bytes = new Uint8Array(codes.length * width);
  codes.forEach((c, i) => {
    for (let k = 0; k < width; k++) bytes[i * width + k] = (c >> (8 * k)) & 0xff;
  });
  return signed(siphash13(bytes));
}

/** _Py_HashBytes over a bytes object's data: the same SipHash-1-3 as a one-byte-wide str. */
export function hashBytes(data: Uint8Array): bigint {
  if (data.length === 0) return 0n;
  return signed(siphash13(data));
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

export function hashTuple(itemHashes: bigint[]): bigint {
  return xxLanes(itemHashes, true);
}

/** The xxHash-style lanes of the tuple hash without mixing in the length (3.12+'s slice hash). */
export function hashTupleLanes(laneHashes: bigint[]): bigint {
  return xxLanes(laneHashes, false);
}

function xxLanes(hashes: bigint[], mixLength: boolean): bigint {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    acc = (acc + BigInt.asUintN(64, h) * XXPRIME_2) & MASK64;
    acc = rotl(acc, 31n);
    acc = (acc * XXPRIME_1) & MASK64;
  }
  if (mixLength) acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** hash(None): a constant from 3.12 (gh-99540); before, derived from its address. */
export function hashNone(profile: Profile, address: number): bigint {
  if (profile.id === '3.11') return BigInt(Math.floor(address / 16));
  return 0xfca86420n;
}

/** frozenset's hash (Objects/setobject.c frozenset_hash). */
export function hashFrozenset(itemHashes: bigint[]): bigint {
  const shuffle = (h: bigint) => (((h ^ 89869747n) ^ ((h << 16n) & MASK64)) * 3644798167n) & MASK64;
  let hash = 0n;
  for (const h of itemHashes) hash ^= shuffle(BigInt.asUintN(64, h));
  hash ^= ((BigInt(itemHashes.length) + 1n) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) hash = 590923713n;
  return BigInt.asIntN(64, hash);
}
