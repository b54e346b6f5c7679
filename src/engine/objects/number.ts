// Arithmetic on int, bool, float, and the sequence operators (+ and * on str, list, tuple).
import type { Runtime } from '../vm/runtime';
import type { BinOpName } from '../syntax/ast';
import { PyObject } from './object';
import { PyFloat, PyInt, PyStr, normInt, toBig, type IntValue } from './scalars';
import { PyList, PyTuple } from './containers';
import { BINARY_DUNDERS, callDunder, findDunder, tryDunder } from './dunders';
import { asIndex } from '../modules/native';
import { PySet, setAdd, setClear } from './sets';
import { percentFormat } from './strformat';
import { setDifference, setIntersection, setSymmetricDifference, setUnion } from './setmethods';
import { crPow, intTrueDivide } from '../modules/libm';
import { dictViewSetOp } from './dictviewsets';
import { PyByteArray, PyBytes, bytesOfLatin1, isBytesLike, latin1OfBytes } from './bytes';
import { byteArrayInPlaceConcat, byteArrayInPlaceRepeat, concatBytes } from './bytearrayops';

const SYMBOL: Record<BinOpName, string> = {
  Add: '+', Sub: '-', Mult: '*', Div: '/', FloorDiv: '//', Mod: '%', Pow: '** or pow()', LShift: '<<', RShift: '>>',
  BitOr: '|', BitXor: '^', BitAnd: '&', MatMult: '@',
};

function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

function intAdd(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) + toBig(b));
}

function intSub(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) - toBig(b));
}

function intMul(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) * toBig(b));
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function toFloat(rt: Runtime, o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  const v = (o as PyInt).value;
  const f = Number(v);
  if (!Number.isFinite(f)) rt.raise(rt.types.OverflowError, 'int too large to convert to float');
  return f;
}

function floatMod(a: number, b: number): number {
  const m = a % b;
  return m !== 0 && (m < 0) !== (b < 0) ? m + b : m;
}

/** lhs <op> rhs for the built-in types; raises TypeError like CPython when unsupported. */
export function binaryOp(rt: Runtime, op: BinOpName, lhs: PyObject, rhs: PyObject, inplace: boolean): PyObject {
  if (isInt(lhs) && isInt(rhs) && !lhs.type.isHeapType && !rhs.type.isHeapType) {
    // bool's own & | ^ keep the result a bool when both operands are bools.
    if (lhs.type === rt.types.bool && rhs.type === rt.types.bool && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
      const a = lhs.value !== 0;
      const b = rhs.value !== 0;
      return rt.bool(op === 'BitAnd' ? a && b : op === 'BitOr' ? a || b : a !== b);
    }
    return intOp(rt, op, lhs.value, rhs.value);
  }
  if (lhs.type.isHeapType || rhs.type.isHeapType) {
    const name = BINARY_DUNDERS[op]!;
    const result = (inplace ? tryDunder(rt, lhs, `__i${name}__`, [rhs]) : undefined)
      ?? tryDunder(rt, lhs, `__${name}__`, [rhs])
      ?? (lhs.type !== rhs.type ? tryDunder(rt, rhs, `__r${name}__`, [lhs]) : undefined);
    if (result) return result;
    if (isInt(lhs) && isInt(rhs)) return intOp(rt, op, lhs.value, rhs.value);
  }
  if ((lhs instanceof PyFloat || isInt(lhs)) && (rhs instanceof PyFloat || isInt(rhs))) return floatOp(rt, op, toFloat(rt, lhs), toFloat(rt, rhs));
  if (lhs instanceof PySet && rhs instanceof PySet) {
    const result = setOperator(rt, op, lhs, rhs, inplace);
    if (result) return result;
  }
  const viewSet = dictViewSetOp(rt, op, lhs, rhs);
  if (viewSet) return viewSet;
  if (isBytesLike(lhs) || isBytesLike(rhs)) {
    const result = bytesOp(rt, op, lhs, rhs, inplace);
    if (result) return result;
  }
  const native = nativeSequenceOp(rt, op, lhs, rhs, inplace);
  if (native) return native;
  const seq = sequenceOp(rt, op, lhs, rhs, inplace);
  if (seq) return seq;
  if (op === 'Add' && lhs instanceof PyStr) rt.raise(rt.types.TypeError, `can only concatenate str (not "${rhs.type.name}") to str`);
  if (op === 'Add' && (lhs instanceof PyList || lhs instanceof PyTuple) && !inplace) {
    const base = lhs instanceof PyList ? 'list' : 'tuple';
    rt.raise(rt.types.TypeError, `can only concatenate ${base} (not "${rhs.type.name}") to ${base}`);
  }
  if (op === 'Mult' && (isSequence(lhs) || isSequence(rhs))) {
    const other = isSequence(lhs) ? rhs : lhs;
    rt.raise(rt.types.TypeError, `can't multiply sequence by non-int of type '${other.type.name}'`);
  }
  if (op === 'Mod' && lhs instanceof PyStr) return rt.str(percentFormat(rt, lhs.value, rhs));
  const symbol = inplace ? `${SYMBOL[op]}=` : SYMBOL[op];
  rt.raise(rt.types.TypeError, `unsupported operand type(s) for ${symbol}: '${lhs.type.name}' and '${rhs.type.name}'`);
}

/** | & - ^ between sets; the in-place forms update the left set and return it. */
function setOperator(rt: Runtime, op: BinOpName, lhs: PySet, rhs: PySet, inplace: boolean): PyObject | null {
  let result: PySet;
  switch (op) {
    case 'BitOr': result = setUnion(rt, lhs, [rhs]); break;
    case 'BitAnd': result = setIntersection(rt, lhs, rhs); break;
    case 'Sub': result = setDifference(rt, lhs, rhs); break;
    case 'BitXor': result = setSymmetricDifference(rt, lhs, rhs); break;
    default: return null;
  }
  if (!inplace || lhs.type !== rt.types.set) return result;
  setClear(rt, lhs);
  for (const x of result.keys()) setAdd(rt, lhs, x);
  rt.heap.decref(result);
  return rt.heap.incref(lhs);
}

function isSequence(o: PyObject): boolean {
  return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || isBytesLike(o) || o.type.nativeSequence !== null;
}

/**
 * + and * on bytes and bytearray (the left operand's type wins); bytearray's += and *= change it in
 * place. An exact bytes operand comes back itself when the other side adds nothing, as in CPython.
 */
function bytesOp(rt: Runtime, op: BinOpName, lhs: PyObject, rhs: PyObject, inplace: boolean): PyObject | null {
  if (op === 'Add' && isBytesLike(lhs)) {
    if (inplace && lhs instanceof PyByteArray) return byteArrayInPlaceConcat(rt, lhs, rhs);
    if (!isBytesLike(rhs)) return rt.raise(rt.types.TypeError, `can't concat ${rhs.type.name} to ${lhs.type.name}`);
    if (lhs instanceof PyBytes) {
      const exact = (o: PyObject) => o.type === rt.types.bytes;
      if (lhs.data.length === 0 && exact(rhs)) return rt.heap.incref(rhs);
      if (rhs.data.length === 0 && exact(lhs)) return rt.heap.incref(lhs);
      return rt.bytes(concatBytes(lhs.data, rhs.data));
    }
    return rt.bytearray(concatBytes(lhs.data, rhs.data));
  }
  if (op === 'Mult') {
    const [seq, count] = isBytesLike(lhs) ? [lhs, rhs] : [rhs, lhs];
    if (!isBytesLike(seq)) return null;
    const n = repeatCount(rt, count);
    if (n === null) return null;
    if (inplace && seq === lhs && seq instanceof PyByteArray) return byteArrayInPlaceRepeat(rt, seq, n);
    if (seq.data.length * n > 1e8) rt.raise(rt.types.MemoryError, null);
    if (n === 1 && seq.type === rt.types.bytes) return rt.heap.incref(seq);
    const out = new Uint8Array(seq.data.length * n);
    for (let i = 0; i < n; i++) out.set(seq.data, i * seq.data.length);
    return seq instanceof PyBytes ? rt.bytes(out) : rt.bytearray(out);
  }
  if (op === 'Mod' && isBytesLike(lhs)) {
    const text = percentFormat(rt, latin1OfBytes(lhs.data), rhs, 'bytes');
    return lhs instanceof PyBytes ? rt.bytes(bytesOfLatin1(text)) : rt.bytearray(bytesOfLatin1(text));
  }
  return null;
}

/**
 * + and * of a natively implemented sequence (collections.deque) as binary_op1 falls back to the sequence
 * slots: the left operand's sq_concat / sq_inplace_concat, or a repeat whose count is the other operand
 * (the left's sq_repeat first; the right's only when the left is no sequence). Null when neither applies.
 */
function nativeSequenceOp(rt: Runtime, op: BinOpName, lhs: PyObject, rhs: PyObject, inplace: boolean): PyObject | null {
  const left = lhs.type.nativeSequence;
  if (op === 'Add' && left) return inplace ? left.inplaceConcat(lhs, rhs) : left.concat(lhs, rhs);
  if (op !== 'Mult') return null;
  const [seq, count] = left ? [lhs, rhs] : !isSequence(lhs) && rhs.type.nativeSequence ? [rhs, lhs] : [null, null];
  if (!seq || !count) return null;
  const isIndex = count instanceof PyInt || (count.type.isHeapType && !!findDunder(count, '__index__'));
  if (!isIndex) rt.raise(rt.types.TypeError, `can't multiply sequence by non-int of type '${count.type.name}'`);
  const n = toBig(asIndex(rt, count));
  // PyNumber_AsSsize_t(count, OverflowError).
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) rt.raise(rt.types.OverflowError, `cannot fit '${count.type.name}' into an index-sized integer`);
  const slots = seq.type.nativeSequence!;
  return inplace && seq === lhs ? slots.inplaceRepeat(seq, Number(n)) : slots.repeat(seq, Number(n));
}

function intOp(rt: Runtime, op: BinOpName, a: IntValue, b: IntValue): PyObject {
  switch (op) {
    case 'Add': return rt.int(intAdd(a, b));
    case 'Sub': return rt.int(intSub(a, b));
    case 'Mult': return rt.int(intMul(a, b));
    case 'FloorDiv':
      if (b === 0 || b === 0n) zeroDivision(rt, 'integer division or modulo by zero');
      // Small enough that a / b in doubles cannot round across an integer.
      if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) return rt.int(Math.floor(a / b));
      return rt.int(normInt(floorDivBig(toBig(a), toBig(b))));
    case 'Mod':
      if (b === 0 || b === 0n) zeroDivision(rt, 'integer modulo by zero');
      if (typeof a === 'number' && typeof b === 'number') return rt.int(floatMod(a, b) + 0);
      {
        const x = toBig(a);
        const y = toBig(b);
        return rt.int(normInt(x - floorDivBig(x, y) * y));
      }
    case 'Div': {
      if (b === 0 || b === 0n) rt.raise(rt.types.ZeroDivisionError, 'division by zero');
      const q = intTrueDivide(a, b);
      if (!Number.isFinite(q)) rt.raise(rt.types.OverflowError, 'integer division result too large for a float');
      return rt.float(q);
    }
    case 'Pow': {
      const e = toBig(b);
      if (e < 0n) return floatOp(rt, 'Pow', Number(a), Number(b));
      if (e > 100000n && toBig(a) !== 0n && toBig(a) !== 1n && toBig(a) !== -1n) rt.unsupported('integer powers this large');
      return rt.int(normInt(toBig(a) ** e));
    }
    case 'LShift': {
      const s = toBig(b);
      if (s < 0n) rt.raise(rt.types.ValueError, 'negative shift count');
      if (s > 1_000_000n) rt.unsupported('shifts this large');
      return rt.int(normInt(toBig(a) << s));
    }
    case 'RShift': {
      const s = toBig(b);
      if (s < 0n) rt.raise(rt.types.ValueError, 'negative shift count');
      return rt.int(normInt(toBig(a) >> s));
    }
    case 'BitAnd': return rt.int(normInt(toBig(a) & toBig(b)));
    case 'BitOr': return rt.int(normInt(toBig(a) | toBig(b)));
    case 'BitXor': return rt.int(normInt(toBig(a) ^ toBig(b)));
    case 'MatMult': return rt.raise(rt.types.TypeError, "unsupported operand type(s) for @: 'int' and 'int'");
  }
}

/** ZeroDivisionError: each operation's own message, or 3.14's single "division by zero". */
export function zeroDivision(rt: Runtime, classic: string): never {
  return rt.raise(rt.types.ZeroDivisionError, rt.profile.messages.uniformZeroDivision ? 'division by zero' : classic);
}

function floatOp(rt: Runtime, op: BinOpName, a: number, b: number): PyObject {
  switch (op) {
    case 'Add': return rt.float(a + b);
    case 'Sub': return rt.float(a - b);
    case 'Mult': return rt.float(a * b);
    case 'Div':
      if (b === 0) zeroDivision(rt, 'float division by zero');
      return rt.float(a / b);
    case 'FloorDiv':
      if (b === 0) zeroDivision(rt, 'float floor division by zero');
      return rt.float(Math.floor(a / b));
    case 'Mod':
      if (b === 0) zeroDivision(rt, rt.profile.messages.floatModuloByZero);
      return rt.float(floatMod(a, b));
    case 'Pow': {
      if (a === 0 && b < 0) rt.raise(rt.types.ZeroDivisionError, rt.profile.messages.zeroToNegativePower);
      if (a < 0 && !Number.isInteger(b)) rt.unsupported('complex results of **');
      // Correctly rounded like glibc's pow; JavaScript's ** is off in the last bit for some arguments.
      const r = Number.isFinite(a) && Number.isFinite(b) ? crPow(a, b) : a ** b;
      if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) rt.raise(rt.types.OverflowError, rt.profile.messages.floatPowOverflow);
      return rt.float(r);
    }
    default:
      return rt.raise(rt.types.TypeError, `unsupported operand type(s) for ${SYMBOL[op]}: 'float' and 'float'`);
  }
}

function repeatCount(rt: Runtime, n: PyObject): number | null {
  if (!isInt(n)) return null;
  const v = Number(n.value);
  if (v > 1e9) rt.raise(rt.types.MemoryError, null);
  return Math.max(0, v);
}

function sequenceOp(rt: Runtime, op: BinOpName, lhs: PyObject, rhs: PyObject, inplace: boolean): PyObject | null {
  if (op === 'Add') {
    if (lhs instanceof PyStr && rhs instanceof PyStr) return rt.str(lhs.value + rhs.value);
    if (lhs instanceof PyList && rhs instanceof PyList) {
      if (inplace) return null; // list += is handled by the VM (extend in place)
      const items = [...lhs.items, ...rhs.items];
      for (const item of items) rt.heap.incref(item, 'item');
      return rt.list(items);
    }
    if (lhs instanceof PyTuple && rhs instanceof PyTuple) {
      const items = [...lhs.items, ...rhs.items];
      for (const item of items) rt.heap.incref(item, 'item');
      return rt.tuple(items);
    }
  }
  if (op === 'Mult') {
    const [seq, count] = isSequence(lhs) ? [lhs, rhs] : [rhs, lhs];
    if (!isSequence(seq)) return null;
    const n = repeatCount(rt, count);
    if (n === null) return null;
    if (seq instanceof PyStr) {
      if (seq.value.length * n > 1e8) rt.raise(rt.types.MemoryError, null);
      return rt.str(seq.value.repeat(n));
    }
    const source = (seq as PyList | PyTuple).items;
    if (source.length * n > 1e7) rt.unsupported('sequences this large');
    const items: PyObject[] = [];
    for (let i = 0; i < n; i++) for (const item of source) items.push(rt.heap.incref(item, 'item'));
    return seq instanceof PyList ? rt.list(items) : rt.tuple(items);
  }
  return null;
}

export function unaryOp(rt: Runtime, op: 'USub' | 'UAdd' | 'Invert', v: PyObject): PyObject {
  const custom = callDunder(rt, v, op === 'USub' ? '__neg__' : op === 'UAdd' ? '__pos__' : '__invert__', []);
  if (custom) return custom;
  if (isInt(v)) {
    // 3.12+ prints a DeprecationWarning for ~ on a bool; warnings are not modelled yet.
    if (op === 'Invert' && v.type === rt.types.bool && rt.profile.versionInfo[1]! >= 12) rt.unsupported("the DeprecationWarning of '~' on a bool (3.12+)");
    if (op === 'USub') return rt.int(typeof v.value === 'number' ? -v.value + 0 : normInt(-v.value));
    if (op === 'UAdd') return rt.int(v.value);
    return rt.int(typeof v.value === 'number' ? -v.value - 1 : normInt(~v.value));
  }
  if (v instanceof PyFloat && op !== 'Invert') return rt.float(op === 'USub' ? -v.value : v.value);
  const symbol = op === 'USub' ? '-' : op === 'UAdd' ? '+' : '~';
  return rt.raise(rt.types.TypeError, `bad operand type for unary ${symbol}: '${v.type.name}'`);
}
