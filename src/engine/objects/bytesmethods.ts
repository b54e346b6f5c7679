// Methods of bytes and bytearray (Objects/bytes_methods.c, stringlib): the ones tutorials use. The
// shared ones return an object of the receiver's type; bytes methods hand back the receiver itself
// where CPython does (nothing stripped or replaced), which reference counts show. Character classes
// and case mappings are ASCII-only, as in CPython. Unimplemented methods are in knownAttributes.ts
// and stop the run as "not supported".
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from './object';
import { PyInt, PyStr } from './scalars';
import { PyTuple } from './containers';
import { PyByteArray, PyBytes, bytesOfLatin1, indexOfBytes, isBytesLike, lastIndexOfBytes, latin1OfBytes, resizedAllocation, sameBytes } from './bytes';
import { appendByte, byteValue, bytesFromInts, concatBytes, resizeTo, setSliceLinear } from './bytearrayops';
import { codecOf, decodeBytes, encodeText } from './codecs';
import { collect, isIterable, isTrue, length } from './protocols';
import { parseArgs } from '../modules/native';

type Kw = Map<string, PyObject> | null;
type Method = (rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw) => PyObject;

const ASCII_SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => isUpper(c) || isLower(c);

function noArgs(rt: Runtime, qualified: string, args: PyObject[], kw: Kw): void {
  if (kw && kw.size > 0) rt.raise(rt.types.TypeError, `${qualified}() takes no keyword arguments`);
  if (args.length > 0) rt.raise(rt.types.TypeError, `${qualified}() takes no arguments (${args.length} given)`);
}

function oneArg(rt: Runtime, qualified: string, args: PyObject[], kw: Kw): PyObject {
  if (kw && kw.size > 0) rt.raise(rt.types.TypeError, `${qualified}() takes no keyword arguments`);
  if (args.length !== 1) rt.raise(rt.types.TypeError, `${qualified}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** _PyArg_CheckPositional for positional-only methods: "strip expected at most 1 argument, got 2". */
function positional(rt: Runtime, name: string, args: PyObject[], kw: Kw, min: number, max: number): void {
  if (kw && kw.size > 0) rt.raise(rt.types.TypeError, `${name}() takes no keyword arguments`);
  const s = (n: number) => (n === 1 ? '' : 's');
  if (args.length < min) rt.raise(rt.types.TypeError, `${name} expected ${min !== max ? 'at least ' : ''}${min} argument${s(min)}, got ${args.length}`);
  if (args.length > max) rt.raise(rt.types.TypeError, `${name} expected ${min !== max ? 'at most ' : ''}${max} argument${s(max)}, got ${args.length}`);
}

/** find/index/count/startswith/endswith's arguments: Argument Clinic from 3.13, PyArg_ParseTuple's wording before. */
function findArity(rt: Runtime, name: string, args: PyObject[], kw: Kw): void {
  if (rt.profile.versionInfo[1]! >= 13) return positional(rt, name, args, kw, 1, 3);
  if (kw && kw.size > 0) rt.raise(rt.types.TypeError, `${name}() takes no keyword arguments`);
  if (args.length < 1) rt.raise(rt.types.TypeError, `${name}() takes at least 1 argument (${args.length} given)`);
  if (args.length > 3) rt.raise(rt.types.TypeError, `${name}() takes at most 3 arguments (${args.length} given)`);
}

/** A bytes-like argument's data, or "a bytes-like object is required, not 'str'". */
export function bufferArg(rt: Runtime, o: PyObject | undefined): Uint8Array {
  if (o && isBytesLike(o)) return o.data;
  return rt.raise(rt.types.TypeError, `a bytes-like object is required, not '${o?.type.name ?? 'NoneType'}'`);
}

/** A result of the receiver's type. */
function like(rt: Runtime, self: PyBytes | PyByteArray, data: Uint8Array): PyObject {
  return self instanceof PyBytes ? rt.bytes(data) : rt.bytearray(data);
}

/** Like `like`, but an exact bytes receiver comes back itself when the result equals it. */
function selfOrNew(rt: Runtime, self: PyBytes | PyByteArray, data: Uint8Array): PyObject {
  if (self instanceof PyBytes && self.type === rt.types.bytes && sameBytes(self.data, data)) return rt.heap.incref(self);
  return like(rt, self, data);
}

function text(self: PyBytes | PyByteArray): string {
  return latin1OfBytes(self.data);
}

function fromText(rt: Runtime, self: PyBytes | PyByteArray, s: string): PyObject {
  return like(rt, self, bytesOfLatin1(s));
}

function mapBytes(rt: Runtime, self: PyBytes | PyByteArray, f: (c: number) => number): PyObject {
  return like(rt, self, self.data.map(f));
}

const toUpper = (c: number) => (isLower(c) ? c - 32 : c);
const toLower = (c: number) => (isUpper(c) ? c + 32 : c);

function allOf(self: PyBytes | PyByteArray, test: (c: number) => boolean): boolean {
  return self.data.length > 0 && self.data.every(test);
}

/** The sub argument of find/count/index: an int byte value or a bytes-like object. */
function subArg(rt: Runtime, o: PyObject): Uint8Array {
  if (o instanceof PyInt) return Uint8Array.of(byteValue(rt, o));
  if (isBytesLike(o)) return o.data;
  return rt.raise(rt.types.TypeError, `argument should be integer or bytes-like object, not '${o.type.name}'`);
}

function bound(rt: Runtime, o: PyObject | undefined, fallback: number, length: number): number {
  if (o === undefined || o === rt.None) return fallback;
  if (!(o instanceof PyInt)) return rt.raise(rt.types.TypeError, 'slice indices must be integers or None or have an __index__ method');
  const n = Number(o.value);
  return n < 0 ? Math.max(0, n + length) : Math.min(n, length);
}

/** find/rfind: the index of sub within data[start:end], or -1 (nothing is found when start > len). */
function findIn(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], fromRight: boolean): number {
  const data = self.data;
  const start = bound(rt, args[1], 0, data.length);
  const end = bound(rt, args[2], data.length, data.length);
  const sub = subArg(rt, args[0]!);
  const rawStart = args[1] instanceof PyInt ? Number(args[1].value) : 0;
  if (rawStart > data.length || start > end) return -1;
  return fromRight ? lastIndexOfBytes(data, sub, start, end) : indexOfBytes(data, sub, start, end);
}

function countIn(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[]): number {
  const data = self.data;
  const start = bound(rt, args[1], 0, data.length);
  const end = bound(rt, args[2], data.length, data.length);
  const sub = subArg(rt, args[0]!);
  const rawStart = args[1] instanceof PyInt ? Number(args[1].value) : 0;
  if (rawStart > data.length || start > end) return 0;
  if (sub.length === 0) return end - start + 1;
  let n = 0;
  for (let i = indexOfBytes(data, sub, start, end); i >= 0; i = indexOfBytes(data, sub, i + sub.length, end)) n++;
  return n;
}

/** split/rsplit's (sep=None, maxsplit=-1). */
function splitArgs(rt: Runtime, name: string, args: PyObject[], kw: Kw): { sep: Uint8Array | null; limit: number } {
  const [sepObj, maxObj] = parseArgs(rt, name, args, kw, { params: ['sep', 'maxsplit'], required: 0 });
  if (maxObj !== undefined && !(maxObj instanceof PyInt)) rt.raise(rt.types.TypeError, `'${maxObj.type.name}' object cannot be interpreted as an integer`);
  const sep = sepObj === undefined || sepObj === rt.None ? null : bufferArg(rt, sepObj);
  if (sep && sep.length === 0) rt.raise(rt.types.ValueError, 'empty separator');
  const limit = maxObj instanceof PyInt ? Number(maxObj.value) : -1;
  return { sep: sep ? sep.slice() : null, limit: limit < 0 ? Infinity : limit };
}

function splitParts(data: Uint8Array, sep: Uint8Array | null, limit: number, fromRight: boolean): Uint8Array[] {
  const parts: Uint8Array[] = [];
  if (sep === null) {
    // Runs of ASCII whitespace separate words; after `limit` splits the rest is kept whole (its far-side whitespace too).
    if (!fromRight) {
      let i = 0;
      while (true) {
        while (i < data.length && ASCII_SPACE.has(data[i]!)) i++;
        if (i >= data.length) break;
        if (parts.length === limit) {
          parts.push(data.slice(i));
          break;
        }
        let j = i;
        while (j < data.length && !ASCII_SPACE.has(data[j]!)) j++;
        parts.push(data.slice(i, j));
        i = j;
      }
      return parts;
    }
    let i = data.length;
    while (true) {
      while (i > 0 && ASCII_SPACE.has(data[i - 1]!)) i--;
      if (i <= 0) break;
      if (parts.length === limit) {
        parts.push(data.slice(0, i));
        break;
      }
      let j = i;
      while (j > 0 && !ASCII_SPACE.has(data[j - 1]!)) j--;
      parts.push(data.slice(j, i));
      i = j;
    }
    return parts.reverse();
  }
  if (!fromRight) {
    let from = 0;
    for (let i = indexOfBytes(data, sep, 0); i >= 0 && parts.length < limit; i = indexOfBytes(data, sep, from)) {
      parts.push(data.slice(from, i));
      from = i + sep.length;
    }
    parts.push(data.slice(from));
    return parts;
  }
  let to = data.length;
  for (let i = lastIndexOfBytes(data, sep, 0, to); i >= 0 && parts.length < limit; i = lastIndexOfBytes(data, sep, 0, to)) {
    parts.push(data.slice(i + sep.length, to));
    to = i;
  }
  parts.push(data.slice(0, to));
  return parts.reverse();
}

function splitMethod(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw, fromRight: boolean): PyObject {
  const { sep, limit } = splitArgs(rt, fromRight ? 'rsplit' : 'split', args, kw);
  const parts = splitParts(self.data, sep, limit, fromRight);
  return rt.list(parts.map((p) => selfOrNew(rt, self, p)));
}

function stripMethod(rt: Runtime, name: string, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw, left: boolean, right: boolean): PyObject {
  positional(rt, name, args, kw, 0, 1);
  const chars = args[0] === undefined || args[0] === rt.None ? null : bufferArg(rt, args[0]);
  const drop = (c: number) => (chars === null ? ASCII_SPACE.has(c) : chars.includes(c));
  const data = self.data;
  let a = 0;
  let b = data.length;
  if (left) while (a < b && drop(data[a]!)) a++;
  if (right) while (b > a && drop(data[b - 1]!)) b--;
  return selfOrNew(rt, self, data.slice(a, b));
}

function affix(rt: Runtime, name: 'startswith' | 'endswith', self: PyBytes | PyByteArray, args: PyObject[], kw: Kw): PyObject {
  findArity(rt, name, args, kw);
  const data = self.data;
  const start = bound(rt, args[1], 0, data.length);
  const end = bound(rt, args[2], data.length, data.length);
  const spec = args[0]!;
  const options = spec instanceof PyTuple ? spec.items : [spec];
  const matches = options.some((o) => {
    if (!isBytesLike(o)) {
      rt.raise(rt.types.TypeError, spec instanceof PyTuple
        ? `a bytes-like object is required, not '${o.type.name}'`
        : `${name} first arg must be bytes or a tuple of bytes, not ${o.type.name}`);
    }
    const p = (o as PyBytes).data;
    if (start > end || end - start < p.length) return false;
    const at = name === 'startswith' ? start : end - p.length;
    return sameBytes(data.subarray(at, at + p.length), p);
  });
  return rt.bool(matches);
}

function decodeMethod(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw): PyObject {
  const [enc, err] = parseArgs(rt, 'decode', args, kw, { params: ['encoding', 'errors'], required: 0 });
  const encoding = optionalStr(rt, 'decode', 'encoding', enc, 'utf-8');
  const errors = optionalStr(rt, 'decode', 'errors', err, 'strict');
  return rt.str(decodeBytes(rt, self.data, codecOf(rt, encoding), errors, self));
}

function optionalStr(rt: Runtime, fname: string, param: string, o: PyObject | undefined, fallback: string): string {
  if (o === undefined) return fallback;
  if (!(o instanceof PyStr)) return rt.raise(rt.types.TypeError, `${fname}() argument '${param}' must be str, not ${typeOrNone(rt, o)}`);
  return o.value;
}

/** Argument Clinic's bad-argument messages say "None" rather than "NoneType". */
export function typeOrNone(rt: Runtime, o: PyObject): string {
  return o === rt.None ? 'None' : o.type.name;
}

/**
 * str(object, encoding, errors): decodes a bytes-like object. Its argument parser names None's type
 * "NoneType" from 3.13 (PyArg_ParseTupleAndKeywords), "None" before.
 */
export function decodeToStr(rt: Runtime, object: PyObject | undefined, encObj: PyObject | undefined, errObj: PyObject | undefined): string {
  const typeName = (o: PyObject) => (rt.profile.versionInfo[1]! >= 13 ? o.type.name : typeOrNone(rt, o));
  for (const [param, o] of [['encoding', encObj], ['errors', errObj]] as const) {
    if (o !== undefined && !(o instanceof PyStr)) rt.raise(rt.types.TypeError, `str() argument '${param}' must be str, not ${typeName(o)}`);
  }
  const encoding = encObj instanceof PyStr ? encObj.value : 'utf-8';
  const errors = errObj instanceof PyStr ? errObj.value : 'strict';
  if (object === undefined) return '';
  if (object instanceof PyStr) return rt.raise(rt.types.TypeError, 'decoding str is not supported');
  if (!isBytesLike(object)) return rt.raise(rt.types.TypeError, `decoding to str: need a bytes-like object, ${object.type.name} found`);
  return decodeBytes(rt, object.data, codecOf(rt, encoding), errors, object);
}

/** str.encode(encoding='utf-8', errors='strict'). */
export function strEncode(rt: Runtime, self: PyStr, args: PyObject[], kw: Kw): PyObject {
  const [enc, err] = parseArgs(rt, 'encode', args, kw, { params: ['encoding', 'errors'], required: 0 });
  const encoding = optionalStr(rt, 'encode', 'encoding', enc, 'utf-8');
  const errors = optionalStr(rt, 'encode', 'errors', err, 'strict');
  return rt.bytes(encodeText(rt, self.value, codecOf(rt, encoding), errors));
}

function hexMethod(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw): PyObject {
  const [sepObj, perObj] = parseArgs(rt, 'hex', args, kw, { params: ['sep', 'bytes_per_sep'], required: 0 });
  const per = perObj === undefined ? 1 : Number(byteCount(rt, perObj));
  const digits = [...self.data].map((c) => c.toString(16).padStart(2, '0'));
  if (sepObj === undefined) return rt.str(digits.join(''));
  // _Py_strhex_impl: the length first (any sized object), then the type.
  if (length(rt, sepObj) !== 1) rt.raise(rt.types.ValueError, 'sep must be length 1.');
  let sep: string;
  if (sepObj instanceof PyStr) sep = sepObj.value;
  else if (sepObj instanceof PyBytes) sep = latin1OfBytes(sepObj.data);
  else return rt.raise(rt.types.TypeError, 'sep must be str or bytes.');
  if (sep.charCodeAt(0) > 127) rt.raise(rt.types.ValueError, 'sep must be ASCII.');
  const group = Math.abs(per);
  if (group === 0 || group >= digits.length) return rt.str(digits.join(''));
  const groups: string[] = [];
  if (per > 0) for (let end = digits.length; end > 0; end -= group) groups.unshift(digits.slice(Math.max(0, end - group), end).join(''));
  else for (let start = 0; start < digits.length; start += group) groups.push(digits.slice(start, start + group).join(''));
  return rt.str(groups.join(sep));
}

function byteCount(rt: Runtime, o: PyObject): number {
  if (!(o instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

/** bytes.fromhex / bytearray.fromhex: pairs of hex digits, ASCII whitespace between pairs. */
export function fromHex(rt: Runtime, type: PyType, arg: PyObject): PyObject {
  if (!(arg instanceof PyStr)) return rt.raise(rt.types.TypeError, `fromhex() argument must be str, not ${typeOrNone(rt, arg)}`);
  const s = arg.value;
  const out: number[] = [];
  const hexDigit = (i: number) => (i < s.length && /^[0-9a-fA-F]$/.test(s[i]!) ? parseInt(s[i]!, 16) : -1);
  for (let i = 0; i < s.length;) {
    if (ASCII_SPACE.has(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const hi = hexDigit(i);
    const lo = hexDigit(i + 1);
    if (hi < 0) rt.raise(rt.types.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    // 3.14 names a lone last digit for what it is.
    if (lo < 0 && i + 1 >= s.length && rt.profile.versionInfo[1]! >= 14) rt.raise(rt.types.ValueError, 'fromhex() arg must contain an even number of hexadecimal digits');
    if (lo < 0) rt.raise(rt.types.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  const data = Uint8Array.from(out);
  return type === rt.types.bytearray ? rt.bytearray(data) : rt.bytes(data);
}

function joinMethod(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw): PyObject {
  const iterable = oneArg(rt, `${self.type.name}.join`, args, kw);
  if (!isIterable(rt, iterable)) rt.raise(rt.types.TypeError, 'can only join an iterable');
  const items = collect(rt, iterable);
  try {
    if (items.length === 1 && self instanceof PyBytes && items[0]!.type === rt.types.bytes) return rt.heap.incref(items[0]!);
    const datas = items.map((x, i) => {
      if (!isBytesLike(x)) rt.raise(rt.types.TypeError, `sequence item ${i}: expected a bytes-like object, ${x.type.name} found`);
      return (x as PyBytes).data;
    });
    const parts: Uint8Array[] = [];
    datas.forEach((d, i) => {
      if (i > 0) parts.push(self.data);
      parts.push(d);
    });
    return like(rt, self, concatBytes(...parts));
  } finally {
    for (const x of items) rt.heap.decref(x);
  }
}

function replaceMethod(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw): PyObject {
  positional(rt, 'replace', args, kw, 2, 3);
  const old = latin1OfBytes(bufferArg(rt, args[0]));
  const rep = latin1OfBytes(bufferArg(rt, args[1]));
  const count = args[2] === undefined ? -1 : byteCount(rt, args[2]);
  const s = text(self);
  let out: string;
  if (old === '') {
    // An empty pattern matches between every byte (and at both ends), up to count times.
    const n = count < 0 ? s.length + 1 : Math.min(count, s.length + 1);
    out = '';
    for (let i = 0; i < s.length; i++) out += (i < n ? rep : '') + s[i];
    if (n > s.length) out += rep;
  } else {
    const parts = s.split(old);
    out = count < 0 || count >= parts.length - 1 ? parts.join(rep) : parts.slice(0, count + 1).join(rep) + old + parts.slice(count + 1).join(old);
  }
  return selfOrNew(rt, self, bytesOfLatin1(out));
}

function partition(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw, fromRight: boolean): PyObject {
  const sep = bufferArg(rt, oneArg(rt, `${self.type.name}.${fromRight ? 'rpartition' : 'partition'}`, args, kw));
  if (sep.length === 0) rt.raise(rt.types.ValueError, 'empty separator');
  const data = self.data;
  const i = fromRight ? lastIndexOfBytes(data, sep) : indexOfBytes(data, sep);
  const empty = () => like(rt, self, new Uint8Array(0));
  if (i < 0) return rt.tuple(fromRight ? [empty(), empty(), selfOrNew(rt, self, data.slice())] : [selfOrNew(rt, self, data.slice()), empty(), empty()]);
  // bytes hands back the separator object it was given; bytearray a new bytearray of it.
  const middle = self instanceof PyBytes ? rt.heap.incref(args[0]!) : like(rt, self, sep.slice());
  return rt.tuple([like(rt, self, data.slice(0, i)), middle, like(rt, self, data.slice(i + sep.length))]);
}

function affixRemove(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw, prefix: boolean): PyObject {
  const name = prefix ? 'removeprefix' : 'removesuffix';
  const p = bufferArg(rt, oneArg(rt, `${self.type.name}.${name}`, args, kw));
  const data = self.data;
  const hit = p.length > 0 && p.length <= data.length && sameBytes(prefix ? data.subarray(0, p.length) : data.subarray(data.length - p.length), p);
  if (!hit) return selfOrNew(rt, self, data.slice());
  return like(rt, self, prefix ? data.slice(p.length) : data.slice(0, data.length - p.length));
}

/** center/ljust/rjust(width, fillchar=b' '): the fill must be a one-byte bytes or bytearray. */
function padMethod(rt: Runtime, name: string, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw, how: 'center' | 'left' | 'right'): PyObject {
  positional(rt, name, args, kw, 1, 2);
  const width = byteCount(rt, args[0]!);
  let fill = 0x20;
  if (args[1] !== undefined) {
    const f = args[1];
    if (!isBytesLike(f) || f.data.length !== 1) rt.raise(rt.types.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${f.type.name}`);
    fill = (f as PyBytes).data[0]!;
  }
  const data = self.data;
  if (width <= data.length) return selfOrNew(rt, self, data.slice());
  const total = width - data.length;
  // As str.center: the odd byte goes left when both the padding and the width are odd.
  const left = how === 'left' ? 0 : how === 'right' ? total : Math.floor(total / 2) + (total & width & 1);
  const out = new Uint8Array(width).fill(fill);
  out.set(data, left);
  return like(rt, self, out);
}

function zfillMethod(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw): PyObject {
  const width = byteCount(rt, oneArg(rt, `${self.type.name}.zfill`, args, kw));
  const data = self.data;
  if (width <= data.length) return selfOrNew(rt, self, data.slice());
  const out = new Uint8Array(width).fill(0x30);
  out.set(data, width - data.length);
  if (data.length > 0 && (data[0] === 0x2b || data[0] === 0x2d)) {
    out[0] = data[0]!;
    out[width - data.length] = 0x30;
  }
  return like(rt, self, out);
}

/** splitlines(keepends=False): bytes break lines only at \n, \r and \r\n. */
function splitlinesMethod(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw): PyObject {
  const [keepObj] = parseArgs(rt, 'splitlines', args, kw, { params: ['keepends'], required: 0 });
  // Before 3.12 keepends went through the int converter; from 3.12 any object's truth counts.
  if (keepObj !== undefined && rt.profile.versionInfo[1]! < 12 && !(keepObj instanceof PyInt)) byteCount(rt, keepObj);
  const keep = keepObj !== undefined && isTrue(rt, keepObj);
  const data = self.data;
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c !== 0x0a && c !== 0x0d) continue;
    const end = c === 0x0d && data[i + 1] === 0x0a ? i + 2 : i + 1;
    lines.push(data.slice(from, keep ? end : i));
    from = end;
    i = end - 1;
  }
  if (from < data.length) lines.push(data.slice(from));
  if (lines.length === 1 && from === 0) return rt.list([selfOrNew(rt, self, lines[0]!)]);
  return rt.list(lines.map((l) => like(rt, self, l)));
}

function titleBytes(data: Uint8Array): Uint8Array {
  let previousCased = false;
  return data.map((c) => {
    const out = previousCased ? toLower(c) : toUpper(c);
    previousCased = isAlpha(c);
    return out;
  });
}

function isTitle(data: Uint8Array): boolean {
  let cased = false;
  let previousCased = false;
  for (const c of data) {
    if (isUpper(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLower(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

function expandtabsMethod(rt: Runtime, self: PyBytes | PyByteArray, args: PyObject[], kw: Kw): PyObject {
  const [sizeObj] = parseArgs(rt, 'expandtabs', args, kw, { params: ['tabsize'], required: 0 });
  const size = sizeObj === undefined ? 8 : byteCount(rt, sizeObj);
  const out: number[] = [];
  let col = 0;
  for (const c of self.data) {
    if (c === 0x09) {
      const n = size > 0 ? size - (col % size) : 0;
      for (let k = 0; k < n; k++) out.push(0x20);
      col += n;
    } else {
      out.push(c);
      col = c === 0x0a || c === 0x0d ? 0 : col + 1;
    }
  }
  return like(rt, self, Uint8Array.from(out));
}

function notFound(rt: Runtime): never {
  return rt.raise(rt.types.ValueError, 'subsection not found');
}

const SHARED: Record<string, Method> = {
  decode: decodeMethod,
  hex: hexMethod,
  fromhex(rt, self, args, kw) { return fromHex(rt, self.type, oneArg(rt, `${self.type.name}.fromhex`, args, kw)); },
  split(rt, self, args, kw) { return splitMethod(rt, self, args, kw, false); },
  rsplit(rt, self, args, kw) { return splitMethod(rt, self, args, kw, true); },
  join: joinMethod,
  strip(rt, self, args, kw) { return stripMethod(rt, 'strip', self, args, kw, true, true); },
  lstrip(rt, self, args, kw) { return stripMethod(rt, 'lstrip', self, args, kw, true, false); },
  rstrip(rt, self, args, kw) { return stripMethod(rt, 'rstrip', self, args, kw, false, true); },
  startswith(rt, self, args, kw) { return affix(rt, 'startswith', self, args, kw); },
  endswith(rt, self, args, kw) { return affix(rt, 'endswith', self, args, kw); },
  find(rt, self, args, kw) { findArity(rt, 'find', args, kw); return rt.int(findIn(rt, self, args, false)); },
  rfind(rt, self, args, kw) { findArity(rt, 'rfind', args, kw); return rt.int(findIn(rt, self, args, true)); },
  index(rt, self, args, kw) {
    findArity(rt, 'index', args, kw);
    const i = findIn(rt, self, args, false);
    return i < 0 ? notFound(rt) : rt.int(i);
  },
  rindex(rt, self, args, kw) {
    findArity(rt, 'rindex', args, kw);
    const i = findIn(rt, self, args, true);
    return i < 0 ? notFound(rt) : rt.int(i);
  },
  count(rt, self, args, kw) { findArity(rt, 'count', args, kw); return rt.int(countIn(rt, self, args)); },
  replace: replaceMethod,
  partition(rt, self, args, kw) { return partition(rt, self, args, kw, false); },
  rpartition(rt, self, args, kw) { return partition(rt, self, args, kw, true); },
  removeprefix(rt, self, args, kw) { return affixRemove(rt, self, args, kw, true); },
  removesuffix(rt, self, args, kw) { return affixRemove(rt, self, args, kw, false); },
  center(rt, self, args, kw) { return padMethod(rt, 'center', self, args, kw, 'center'); },
  ljust(rt, self, args, kw) { return padMethod(rt, 'ljust', self, args, kw, 'left'); },
  rjust(rt, self, args, kw) { return padMethod(rt, 'rjust', self, args, kw, 'right'); },
  zfill: zfillMethod,
  splitlines: splitlinesMethod,
  expandtabs: expandtabsMethod,
  title(rt, self, args, kw) { noArgs(rt, `${self.type.name}.title`, args, kw); return like(rt, self, titleBytes(self.data)); },
  istitle(rt, self, args, kw) { noArgs(rt, `${self.type.name}.istitle`, args, kw); return rt.bool(isTitle(self.data)); },
  upper(rt, self, args, kw) { noArgs(rt, `${self.type.name}.upper`, args, kw); return mapBytes(rt, self, toUpper); },
  lower(rt, self, args, kw) { noArgs(rt, `${self.type.name}.lower`, args, kw); return mapBytes(rt, self, toLower); },
  swapcase(rt, self, args, kw) {
    noArgs(rt, `${self.type.name}.swapcase`, args, kw);
    return mapBytes(rt, self, (c) => (isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c));
  },
  capitalize(rt, self, args, kw) {
    noArgs(rt, `${self.type.name}.capitalize`, args, kw);
    return like(rt, self, self.data.map((c, i) => (i === 0 ? toUpper(c) : toLower(c))));
  },
  isdigit(rt, self, args, kw) { noArgs(rt, `${self.type.name}.isdigit`, args, kw); return rt.bool(allOf(self, isDigit)); },
  isalpha(rt, self, args, kw) { noArgs(rt, `${self.type.name}.isalpha`, args, kw); return rt.bool(allOf(self, isAlpha)); },
  isalnum(rt, self, args, kw) { noArgs(rt, `${self.type.name}.isalnum`, args, kw); return rt.bool(allOf(self, (c) => isAlpha(c) || isDigit(c))); },
  isspace(rt, self, args, kw) { noArgs(rt, `${self.type.name}.isspace`, args, kw); return rt.bool(allOf(self, (c) => ASCII_SPACE.has(c))); },
  isascii(rt, self, args, kw) { noArgs(rt, `${self.type.name}.isascii`, args, kw); return rt.bool(self.data.every((c) => c < 0x80)); },
  isupper(rt, self, args, kw) {
    noArgs(rt, `${self.type.name}.isupper`, args, kw);
    return rt.bool(self.data.some(isUpper) && !self.data.some(isLower));
  },
  islower(rt, self, args, kw) {
    noArgs(rt, `${self.type.name}.islower`, args, kw);
    return rt.bool(self.data.some(isLower) && !self.data.some(isUpper));
  },
};

function mutable(self: PyBytes | PyByteArray): PyByteArray {
  return self as PyByteArray;
}

const BYTEARRAY_ONLY: Record<string, Method> = {
  append(rt, self, args, kw) {
    const v = byteValue(rt, oneArg(rt, 'bytearray.append', args, kw));
    appendByte(rt, mutable(self), v);
    return rt.none();
  },
  extend(rt, self, args, kw) {
    const src = oneArg(rt, 'bytearray.extend', args, kw);
    const ba = mutable(self);
    let more: Uint8Array;
    if (isBytesLike(src)) more = src.data.slice();
    else if (src instanceof PyStr && rt.profile.versionInfo[1]! >= 13) return rt.raise(rt.types.TypeError, "expected iterable of integers; got: 'str'");
    else if (!isIterable(rt, src)) return rt.raise(rt.types.TypeError, `can't extend bytearray with ${src.type.name}`);
    else more = bytesFromInts(rt, src);
    if (more.length > 0) setSliceLinear(rt, ba, ba.length, ba.length, more);
    return rt.none();
  },
  pop(rt, self, args, kw) {
    positional(rt, 'pop', args, kw, 0, 1);
    const ba = mutable(self);
    let i = args[0] === undefined ? -1 : byteCount(rt, args[0]);
    if (ba.length === 0) rt.raise(rt.types.IndexError, 'pop from empty bytearray');
    if (i < 0) i += ba.length;
    if (i < 0 || i >= ba.length) rt.raise(rt.types.IndexError, 'pop index out of range');
    const value = ba.data[i]!;
    // The tail after i moves down one byte, then PyByteArray_Resize shrinks by one.
    ba.data.copyWithin(i, i + 1);
    const next = resizedAllocation(ba, ba.length - 1);
    ba.allocated = next.allocated;
    ba.offset = next.offset;
    ba.length--;
    rt.heap.resized(ba);
    rt.recorder.touch(ba);
    return rt.int(value);
  },
  insert(rt, self, args, kw) {
    positional(rt, 'insert', args, kw, 2, 2);
    const ba = mutable(self);
    let i = byteCount(rt, args[0]!);
    const v = byteValue(rt, args[1]!);
    const n = ba.length;
    if (i < 0) i = Math.max(0, i + n);
    i = Math.min(i, n);
    const data = ba.data;
    resizeTo(rt, ba, concatBytes(data.slice(0, i), Uint8Array.of(v), data.slice(i)));
    return rt.none();
  },
  remove(rt, self, args, kw) {
    const v = byteValue(rt, oneArg(rt, 'bytearray.remove', args, kw));
    const ba = mutable(self);
    const i = ba.data.indexOf(v);
    if (i < 0) rt.raise(rt.types.ValueError, 'value not found in bytearray');
    const data = ba.data;
    resizeTo(rt, ba, concatBytes(data.slice(0, i), data.slice(i + 1)));
    return rt.none();
  },
  clear(rt, self, args, kw) {
    noArgs(rt, 'bytearray.clear', args, kw);
    resizeTo(rt, mutable(self), new Uint8Array(0));
    return rt.none();
  },
  copy(rt, self, args, kw) {
    noArgs(rt, 'bytearray.copy', args, kw);
    return rt.bytearray(self.data.slice());
  },
  reverse(rt, self, args, kw) {
    noArgs(rt, 'bytearray.reverse', args, kw);
    self.data.reverse();
    rt.recorder.touch(self);
    return rt.none();
  },
};

// The methods that take keyword arguments; the others say "bytes.strip() takes no keyword arguments".
const KEYWORD_METHODS = new Set(['decode', 'hex', 'split', 'rsplit', 'splitlines', 'expandtabs']);

function install(rt: Runtime, type: PyType, methods: Record<string, Method>): void {
  for (const [name, m] of Object.entries(methods)) {
    type.methods.set(name, (self, args, kwargs) => {
      if (!isBytesLike(self) || !self.type.isSubtypeOf(type)) {
        return rt.raise(rt.types.TypeError, `descriptor '${name}' for '${type.name}' objects doesn't apply to a '${self.type.name}' object`);
      }
      if (kwargs && kwargs.size > 0 && !KEYWORD_METHODS.has(name)) rt.raise(rt.types.TypeError, `${type.name}.${name}() takes no keyword arguments`);
      return m(rt, self, args, kwargs);
    });
  }
}

export function installBytesMethods(rt: Runtime): void {
  install(rt, rt.types.bytes, SHARED);
  install(rt, rt.types.bytearray, SHARED);
  install(rt, rt.types.bytearray, BYTEARRAY_ONLY);
}

