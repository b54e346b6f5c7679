// Compile-time constant folding, with CPython's size limits (a folded constant is shared by every
// use in the code object, which is visible through `is` and reference counts).
import { intTrueDivide } from '../modules/libm';
import type { BinOpName } from '../syntax/ast';
import type { Const } from './code';

const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;
const MAX_INT_BITS = 128;

function bitLength(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

/**
 * `foldBoolInvert`: 3.11–3.13's AST optimizer folds ~True (its 3.12+ DeprecationWarning is lost at compile
 * time); 3.14 leaves it to run, and warn, at run time.
 */
export function foldUnary(op: 'USub' | 'UAdd' | 'Invert', c: Const, foldBoolInvert: boolean): Const | null {
  if (c.type === 'int') return { type: 'int', value: op === 'USub' ? -c.value : op === 'UAdd' ? c.value : ~c.value };
  if (c.type === 'bool') {
    const v = c.value ? 1n : 0n;
    if (op === 'Invert') return foldBoolInvert ? { type: 'int', value: ~v } : null;
    return { type: 'int', value: op === 'USub' ? -v : v };
  }
  if (c.type === 'float' && op !== 'Invert') return { type: 'float', value: op === 'USub' ? -c.value : c.value };
  return null;
}

function asNumber(c: Const): { kind: 'int'; v: bigint } | { kind: 'float'; v: number } | null {
  if (c.type === 'int') return { kind: 'int', v: c.value };
  if (c.type === 'bool') return { kind: 'int', v: c.value ? 1n : 0n };
  if (c.type === 'float') return { kind: 'float', v: c.value };
  return null;
}

export function foldBinary(op: BinOpName, left: Const, right: Const): Const | null {
  if (left.type === 'bool' && right.type === 'bool' && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
    const value = op === 'BitAnd' ? left.value && right.value : op === 'BitOr' ? left.value || right.value : left.value !== right.value;
    return { type: 'bool', value };
  }
  if (op === 'Mult' || op === 'Add') {
    const seq = foldSequence(op, left, right);
    if (seq !== undefined) return seq;
  }
  const a = asNumber(left);
  const b = asNumber(right);
  if (!a || !b) return null;
  if (a.kind === 'int' && b.kind === 'int') {
    const x = a.v;
    const y = b.v;
    switch (op) {
      case 'Add': return { type: 'int', value: x + y };
      case 'Sub': return { type: 'int', value: x - y };
      case 'Mult':
        if (x !== 0n && y !== 0n && bitLength(x) + bitLength(y) > MAX_INT_BITS) return null;
        return { type: 'int', value: x * y };
      case 'FloorDiv': return y === 0n ? null : { type: 'int', value: floorDiv(x, y) };
      case 'Mod': return y === 0n ? null : { type: 'int', value: x - floorDiv(x, y) * y };
      case 'Pow':
        if (y < 0n) return null;
        if (x !== 0n && y > 0n && BigInt(bitLength(x)) * y > BigInt(MAX_INT_BITS)) return null;
        return { type: 'int', value: x ** y };
      case 'LShift':
        if (y < 0n || y > BigInt(MAX_INT_BITS) || bitLength(x) + Number(y) > MAX_INT_BITS) return null;
        return { type: 'int', value: x << y };
      case 'RShift': return y < 0n ? null : { type: 'int', value: x >> y };
      case 'BitAnd': return { type: 'int', value: x & y };
      case 'BitOr': return { type: 'int', value: x | y };
      case 'BitXor': return { type: 'int', value: x ^ y };
      case 'Div': {
        if (y === 0n) return null;
        const q = intTrueDivide(x, y);
        return Number.isFinite(q) ? { type: 'float', value: q } : null;
      }
      default: return null;
    }
  }
  const x = Number(a.v);
  const y = Number(b.v);
  switch (op) {
    case 'Add': return { type: 'float', value: x + y };
    case 'Sub': return { type: 'float', value: x - y };
    case 'Mult': return { type: 'float', value: x * y };
    case 'Div': return y === 0 ? null : { type: 'float', value: x / y };
    default: return null;
  }
}

function floorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n) && ((x < 0n) !== (y < 0n)) ? q - 1n : q;
}

/** 'ab' * 3, (1,) * 4, 'a' + 'b': folded within CPython's size limits; undefined = not a sequence case. */
function foldSequence(op: 'Mult' | 'Add', left: Const, right: Const): Const | null | undefined {
  if (op === 'Add') {
    if (left.type === 'str' && right.type === 'str') {
      const value = left.value + right.value;
      return [...value].length <= MAX_STR_SIZE ? { type: 'str', value } : null;
    }
    if (left.type === 'bytes' && right.type === 'bytes') {
      const value = left.value + right.value;
      return value.length <= MAX_STR_SIZE ? { type: 'bytes', value } : null;
    }
    if (left.type === 'tuple' && right.type === 'tuple') {
      const items = [...left.items, ...right.items];
      return items.length <= MAX_COLLECTION_SIZE ? { type: 'tuple', items } : null;
    }
    return left.type === 'str' || left.type === 'bytes' || left.type === 'tuple' ? null : undefined;
  }
  const isSeq = (c: Const) => c.type === 'str' || c.type === 'bytes' || c.type === 'tuple';
  const [seq, count] = isSeq(left) ? [left, right] : [right, left];
  if (seq.type !== 'str' && seq.type !== 'bytes' && seq.type !== 'tuple') return undefined;
  if (count.type !== 'int') return null;
  const n = count.value < 0n ? 0 : Number(count.value);
  if (seq.type === 'bytes') {
    if (seq.value.length * n > MAX_STR_SIZE) return null;
    return { type: 'bytes', value: seq.value.repeat(n) };
  }
  if (seq.type === 'str') {
    const len = [...seq.value].length;
    if (len * n > MAX_STR_SIZE) return null;
    return { type: 'str', value: seq.value.repeat(n) };
  }
  if (seq.items.length * n > MAX_COLLECTION_SIZE || seq.items.length * n > MAX_TOTAL_ITEMS) return null;
  return { type: 'tuple', items: Array.from({ length: n }, () => seq.items).flat() };
}
