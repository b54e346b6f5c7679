// bytes(...) and bytearray(...) with every argument form CPython accepts (count, iterable of ints,
// str + encoding, bytes-like), its error messages, and the ob_alloc each bytearray form leaves behind.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from './object';
import { PyInt, PyStr } from './scalars';
import { PyList, PyTuple } from './containers';
import { PyByteArray, PyBytes, isBytesLike, resizedAllocation } from './bytes';
import { codecOf, encodeText } from './codecs';
import { collect, isIterable } from './protocols';
import { parseArgs } from '../modules/native';

const MAX_COUNT = 100_000_000;

/** bytes(...) / bytearray(...): a new reference. */
export function callBytesType(rt: Runtime, type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const name = type.name;
  const [source, encObj, errObj] = parseArgs(rt, name, args, kwargs, { params: ['source', 'encoding', 'errors'], required: 0 });
  const encoding = textArg(rt, name, 'encoding', encObj);
  const errors = textArg(rt, name, 'errors', errObj);
  const mutable = type === rt.types.bytearray;
  if (source === undefined) {
    if (encoding !== null) rt.raise(rt.types.TypeError, 'encoding without a string argument');
    if (errors !== null) rt.raise(rt.types.TypeError, 'errors without a string argument');
    return mutable ? rt.bytearray(new Uint8Array(0)) : rt.bytes(new Uint8Array(0));
  }
  if (source instanceof PyStr) {
    if (encoding === null) rt.raise(rt.types.TypeError, 'string argument without an encoding');
    const data = encodeText(rt, source.value, codecOf(rt, encoding!), errors ?? 'strict');
    return mutable ? rt.bytearray(data) : rt.bytes(data);
  }
  if (encoding !== null) rt.raise(rt.types.TypeError, 'encoding without a string argument');
  if (errors !== null) rt.raise(rt.types.TypeError, 'errors without a string argument');
  if (source.type.isHeapType) return rt.unsupported(`${name}() of instances of classes`);
  if (source instanceof PyInt) {
    if (typeof source.value === 'bigint') rt.raise(rt.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    const n = Number(source.value);
    if (n < 0) rt.raise(rt.types.ValueError, 'negative count');
    if (n > MAX_COUNT) rt.unsupported(`${name} objects this large`);
    return mutable ? rt.bytearray(new Uint8Array(n)) : rt.bytes(new Uint8Array(n));
  }
  if (isBytesLike(source)) {
    if (!mutable && source instanceof PyBytes && source.type === rt.types.bytes) return rt.heap.incref(source);
    return mutable ? rt.bytearray(source.data.slice()) : rt.bytes(source.data.slice());
  }
  if (!isIterable(rt, source)) rt.raise(rt.types.TypeError, `cannot convert '${source.type.name}' object to ${name}`);
  return mutable ? byteArrayFromIterable(rt, source) : rt.bytes(intsToBytes(rt, source, 'bytes must be in range(0, 256)'));
}

function textArg(rt: Runtime, fname: string, param: string, o: PyObject | undefined): string | null {
  if (o === undefined) return null;
  if (!(o instanceof PyStr)) return rt.raise(rt.types.TypeError, `${fname}() argument '${param}' must be str, not ${o.type.name}`);
  return o.value;
}

function intsToBytes(rt: Runtime, iterable: PyObject, rangeMessage: string): Uint8Array {
  const items = collect(rt, iterable);
  try {
    return Uint8Array.from(items.map((x) => {
      if (!(x instanceof PyInt)) rt.raise(rt.types.TypeError, `'${x.type.name}' object cannot be interpreted as an integer`);
      const v = (x as PyInt).value;
      if (v < 0 || v > 255) rt.raise(rt.types.ValueError, rangeMessage);
      return Number(v);
    }));
  } finally {
    for (const x of items) rt.heap.decref(x);
  }
}

/**
 * bytearray(iterable): a list or tuple of exact ints is sized at once; anything else (or a list holding a
 * bool) is appended byte by byte, growing the buffer like append() — after an exact list resize was
 * undone to 0 bytes (1 allocated), as bytearray___init__ does.
 */
function byteArrayFromIterable(rt: Runtime, source: PyObject): PyByteArray {
  const data = intsToBytes(rt, source, 'byte must be in range(0, 256)');
  const sequence = (source instanceof PyList && source.type === rt.types.list) || (source instanceof PyTuple && source.type === rt.types.tuple);
  if (sequence) {
    const items = (source as PyList | PyTuple).items;
    if (items.every((x) => x.type === rt.types.int)) return rt.bytearray(data);
    return grownByAppends(rt, data, items.length > 0 ? 1 : 0);
  }
  return grownByAppends(rt, data, 0);
}

function grownByAppends(rt: Runtime, data: Uint8Array, allocated: number): PyByteArray {
  const probe = new PyByteArray(rt.types.bytearray, new Uint8Array(0), allocated);
  for (let n = 1; n <= data.length; n++) {
    probe.allocated = resizedAllocation(probe, n).allocated;
    probe.length = n;
  }
  return rt.bytearray(data, probe.allocated);
}
