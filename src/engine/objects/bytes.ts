// bytes and bytearray: the objects, their repr, and bytearray's buffer growth (Objects/bytearrayobject.c's
// PyByteArray_Resize), which is what sys.getsizeof shows. Neither type is a GC container.
import { PyObject, type PyType } from './object';

/** An immutable byte string. `data` is never written after construction. */
export class PyBytes extends PyObject {
  constructor(readonly type: PyType, readonly data: Uint8Array) {
    super();
  }
}

/**
 * A mutable byte string. `allocated` and `offset` model CPython's ob_alloc and ob_start - ob_bytes
 * (deleting from the front advances the logical start instead of moving bytes); they drive getsizeof.
 * The JavaScript buffer has its own capacity, independent of the modelled one.
 */
export class PyByteArray extends PyObject {
  private buf: Uint8Array;
  length: number;
  allocated: number;
  offset = 0;
  /** Live iterators and exports are not modelled; a resize is always allowed. */
  constructor(readonly type: PyType, initial: Uint8Array, allocated: number) {
    super();
    this.buf = new Uint8Array(Math.max(initial.length, 8));
    this.buf.set(initial);
    this.length = initial.length;
    this.allocated = allocated;
  }

  /** The current contents (a view: copy it before the bytearray changes if it must survive). */
  get data(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** Replaces the contents, keeping the modelled allocation (callers resize it first). */
  setContents(bytes: Uint8Array): void {
    if (bytes.length > this.buf.length) this.buf = new Uint8Array(Math.max(bytes.length, this.buf.length * 2));
    this.buf.set(bytes);
    this.length = bytes.length;
  }

  /** Appends bytes at the end of the JavaScript buffer (the caller models the allocation). */
  pushBytes(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.length + bytes.length, this.buf.length * 2));
      bigger.set(this.buf.subarray(0, this.length));
      this.buf = bigger;
    }
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends one byte to the JavaScript buffer (the caller models the allocation). */
  pushByte(value: number): void {
    if (this.length === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.length++] = value;
  }
}

/** ob_alloc of a bytearray created from `size` bytes at once (PyByteArray_FromStringAndSize). */
export function exactAllocation(size: number): number {
  return size === 0 ? 0 : size + 1;
}

/**
 * PyByteArray_Resize's new ob_alloc and logical offset for `size` bytes: growing by at most an eighth
 * over-allocates like list_resize, a bigger jump allocates exactly; shrinking below half reallocates
 * exactly, a smaller shrink keeps the block.
 */
export function resizedAllocation(ba: PyByteArray, size: number): { allocated: number; offset: number } {
  if (size === ba.length) return { allocated: ba.allocated, offset: ba.offset };
  const alloc = ba.allocated;
  if (size + ba.offset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) return { allocated: size + 1, offset: 0 };
    return { allocated: alloc, offset: ba.offset };
  }
  if (size <= alloc * 1.125) return { allocated: size + (size >> 3) + (size < 9 ? 3 : 6), offset: 0 };
  return { allocated: size + 1, offset: 0 };
}

export function bytesOfLatin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function latin1OfBytes(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 8192) out += String.fromCharCode(...data.subarray(i, i + 8192));
  return out;
}

/**
 * The b'...' form of repr(bytes): single quotes unless the data has ' and no ". Stops once the text is
 * longer than `limit` (a prefix for short reprs of big objects).
 */
export function bytesLiteral(data: Uint8Array, limit = Infinity): string {
  const hasSingle = data.includes(0x27);
  const quote = hasSingle && !data.includes(0x22) ? '"' : "'";
  let out = `b${quote}`;
  for (const c of data) {
    if (out.length > limit) return out;
    if (c === quote.charCodeAt(0) || c === 0x5c) out += `\\${String.fromCharCode(c)}`;
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** repr() of bytes and bytearray (bytearray's escapes ' whatever the quote); a prefix past `limit` chars. */
export function bytesRepr(o: PyBytes | PyByteArray, limit = Infinity): string {
  if (o instanceof PyBytes) return bytesLiteral(o.data, limit);
  const data = o.data;
  const quote = data.includes(0x27) && !data.includes(0x22) ? '"' : "'";
  let inner = '';
  for (const c of data) {
    if (inner.length > limit) break;
    if (c === 0x27 || c === 0x5c) inner += `\\${String.fromCharCode(c)}`;
    else if (c === 0x09) inner += '\\t';
    else if (c === 0x0a) inner += '\\n';
    else if (c === 0x0d) inner += '\\r';
    else if (c < 0x20 || c >= 0x7f) inner += `\\x${c.toString(16).padStart(2, '0')}`;
    else inner += String.fromCharCode(c);
  }
  return `${o.type.name}(b${quote}${inner}${quote})`;
}

export function isBytesLike(o: PyObject): o is PyBytes | PyByteArray {
  return o instanceof PyBytes || o instanceof PyByteArray;
}

/** Lexicographic order of two byte strings (memcmp, then length). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && compareBytes(a, b) === 0;
}

/** Index of `needle` in `hay` at or after `from` (and ending by `end`), or -1. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, end = hay.length): number {
  outer: for (let i = from; i + needle.length <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, end = hay.length): number {
  outer: for (let i = end - needle.length; i >= from; i--) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
