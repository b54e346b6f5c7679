// Atoms: None, Ellipsis, int (and bool), float, str. None of them is a GC container.
import { PyObject, type PyType } from './object';

export type IntValue = number | bigint;

export class PyNone extends PyObject {
  constructor(readonly type: PyType) {
    super();
  }
}

export class PyEllipsis extends PyObject {
  constructor(readonly type: PyType) {
    super();
  }
}

/** int and bool. The value is a JS number while it is a safe integer, else a bigint. */
export class PyInt extends PyObject {
  constructor(readonly type: PyType, readonly value: IntValue) {
    super();
  }
}

export class PyFloat extends PyObject {
  constructor(readonly type: PyType, readonly value: number) {
    super();
  }
}

export class PyStr extends PyObject {
  /** Length in code points (JS strings count UTF-16 units). */
  readonly length: number;
  constructor(readonly type: PyType, readonly value: string) {
    super();
    this.length = hasSurrogates(value) ? [...value].length : value.length;
  }
}

function hasSurrogates(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}

/** Brings a bigint back to a number when it fits, so small values stay fast. */
export function normInt(v: bigint): IntValue {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

export function toBig(v: IntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}
