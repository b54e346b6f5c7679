// int.to_bytes and int.from_bytes (Objects/longobject.c), the bridge between ints and bytes tutorials use.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from './object';
import { PyInt, PyStr, normInt, toBig } from './scalars';
import { isBytesLike } from './bytes';
import { bytesFromInts } from './bytearrayops';
import { isIterable, isTrue } from './protocols';
import { asIndex, parseArgs } from '../modules/native';
import { typeOrNone } from './bytesmethods';

type Kw = Map<string, PyObject> | null;

function byteOrder(rt: Runtime, fname: string, o: PyObject | undefined): 'big' | 'little' {
  if (o === undefined) return 'big';
  if (!(o instanceof PyStr)) return rt.raise(rt.types.TypeError, `${fname}() argument 'byteorder' must be str, not ${typeOrNone(rt, o)}`);
  if (o.value !== 'big' && o.value !== 'little') rt.raise(rt.types.ValueError, "byteorder must be either 'little' or 'big'");
  return o.value as 'big' | 'little';
}

/** (n).to_bytes(length=1, byteorder='big', *, signed=False). */
export function intToBytes(rt: Runtime, self: PyInt, args: PyObject[], kw: Kw): PyObject {
  const [lengthObj, orderObj, signedObj] = parseArgs(rt, 'to_bytes', args, kw, { params: ['length', 'byteorder', 'signed'], required: 0, maxPositional: 2 });
  const length = lengthObj === undefined ? 1n : toBig(asIndex(rt, lengthObj));
  const order = byteOrder(rt, 'to_bytes', orderObj);
  const signed = signedObj !== undefined && isTrue(rt, signedObj);
  if (length < 0n) rt.raise(rt.types.ValueError, 'length argument must be non-negative');
  const value = toBig(self.value);
  if (!signed && value < 0n) rt.raise(rt.types.OverflowError, "can't convert negative int to unsigned");
  const bits = 8n * length;
  const fits = signed ? value >= -(1n << (bits - 1n)) && value < (1n << (bits - 1n)) : value < (1n << bits);
  if (length === 0n ? value !== 0n : !fits) rt.raise(rt.types.OverflowError, 'int too big to convert');
  if (length > 100_000_000n) rt.unsupported('to_bytes() results this large');
  const n = Number(length);
  const out = new Uint8Array(n);
  let v = BigInt.asUintN(Math.max(1, n * 8), value);
  for (let i = 0; i < n; i++) {
    out[order === 'big' ? n - 1 - i : i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return rt.bytes(out);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) on int or bool. */
export function intFromBytes(rt: Runtime, type: PyType, args: PyObject[], kw: Kw): PyObject {
  const [source, orderObj, signedObj] = parseArgs(rt, 'from_bytes', args, kw, { params: ['bytes', 'byteorder', 'signed'], required: 1, maxPositional: 2 });
  const order = byteOrder(rt, 'from_bytes', orderObj);
  const signed = signedObj !== undefined && isTrue(rt, signedObj);
  const src = source!;
  let data: Uint8Array;
  if (isBytesLike(src)) data = src.data;
  else if (src instanceof PyStr || src instanceof PyInt || !isIterable(rt, src)) return rt.raise(rt.types.TypeError, `cannot convert '${src.type.name}' object to bytes`);
  else data = bytesFromInts(rt, src, 'bytes must be in range(0, 256)');
  let value = 0n;
  const n = data.length;
  for (let i = 0; i < n; i++) value = (value << 8n) | BigInt(data[order === 'big' ? i : n - 1 - i]!);
  if (signed && n > 0 && value >= 1n << BigInt(8 * n - 1)) value -= 1n << BigInt(8 * n);
  if (type === rt.types.bool) return rt.bool(value !== 0n);
  if (type !== rt.types.int) return rt.unsupported(`${type.name}.from_bytes()`);
  return rt.int(normInt(value));
}

export function installIntBytesMethods(rt: Runtime): void {
  rt.types.int.methods.set('to_bytes', (self, args, kwargs) => intToBytes(rt, self as PyInt, args, kwargs));
  rt.types.int.methods.set('from_bytes', (self, args, kwargs) => intFromBytes(rt, self.type, args, kwargs));
}
