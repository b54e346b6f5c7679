// str.encode / bytes.decode for the codecs CPython implements in C and tutorials use: UTF-8, ASCII and
// Latin-1, with the 'strict', 'ignore', 'replace', 'backslashreplace' and 'xmlcharrefreplace' error
// handlers, and UnicodeEncodeError/UnicodeDecodeError worded as Objects/exceptions.c words them.
// Other codecs stop the run as "not supported".
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from './object';
import { PyRaise } from './exceptions';

export type CodecName = 'utf-8' | 'ascii' | 'latin-1';

// encodings/aliases.py, after encodings.normalize_encoding (lowercase, punctuation runs → '_').
const ALIASES: Record<string, CodecName> = {};
for (const n of ['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001']) ALIASES[n] = 'utf-8';
for (const n of ['ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us',
  'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii']) ALIASES[n] = 'ascii';
for (const n of ['latin_1', 'latin1', 'latin', 'l1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1',
  'iso_8859_1', 'iso_8859_1_1987', 'iso_ir_100']) ALIASES[n] = 'latin-1';

// Handlers CPython registers at start-up; an unknown name is a LookupError only when an error needs it.
const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']);

export function codecOf(rt: Runtime, encoding: string): CodecName {
  const normalized = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_|_$/g, '');
  const codec = ALIASES[normalized];
  if (!codec) return rt.unsupported(`the '${encoding}' codec (only UTF-8, ASCII and Latin-1 are modelled)`);
  return codec;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** The \x / \u / \U spelling CPython uses for one character in messages and backslashreplace. */
function escapeChar(code: number): string {
  return code <= 0xff ? `\\x${hex(code, 2)}` : code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
}

function unknownHandler(rt: Runtime, errors: string): never {
  if (KNOWN_HANDLERS.has(errors)) return rt.unsupported(`the '${errors}' error handler`);
  return rt.raise(rt.types.LookupError, `unknown error handler name '${errors}'`);
}

function raiseWithArgs(rt: Runtime, cls: PyType, args: PyObject[]): never {
  const exc = rt.exception(cls, null);
  rt.heap.decref(exc.args);
  exc.args = rt.tuple(args);
  throw new PyRaise(exc);
}

/** Encodes `text` (a JS string); returns the bytes. */
export function encodeText(rt: Runtime, text: string, codec: CodecName, errors: string): Uint8Array {
  const out: number[] = [];
  const points = [...text].map((c) => c.codePointAt(0)!);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : Infinity;
  const encodable = (c: number) => (codec === 'utf-8' ? c < 0xd800 || c > 0xdfff : c < limit);
  for (let i = 0; i < points.length;) {
    const c = points[i]!;
    if (encodable(c)) {
      if (codec !== 'utf-8' || c < 0x80) out.push(c);
      else for (const b of new TextEncoder().encode(String.fromCodePoint(c))) out.push(b);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < points.length && !encodable(points[end]!)) end++;
    switch (errors) {
      case 'strict': {
        const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
        return raiseWithArgs(rt, rt.types.UnicodeEncodeError, [rt.str(codec), rt.str(text), rt.int(i), rt.int(end), rt.str(reason)]);
      }
      case 'ignore': break;
      case 'replace': for (let k = i; k < end; k++) out.push(0x3f); break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) for (const ch of escapeChar(points[k]!)) out.push(ch.charCodeAt(0));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) for (const ch of `&#${points[k]!};`) out.push(ch.charCodeAt(0));
        break;
      default: unknownHandler(rt, errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/** One undecodable stretch: [start, end) and CPython's reason. */
interface DecodeFault { start: number; end: number; reason: string }

/** The next UTF-8 sequence at i: its code point and length, or the fault CPython reports there. */
function utf8Sequence(data: Uint8Array, i: number): { code: number; next: number } | DecodeFault {
  const b = data[i]!;
  if (b < 0x80) return { code: b, next: i + 1 };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  let code: number;
  if (b >= 0xc2 && b <= 0xdf) { need = 1; code = b & 0x1f; }
  else if (b >= 0xe0 && b <= 0xef) { need = 2; code = b & 0x0f; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
  else if (b >= 0xf0 && b <= 0xf4) { need = 3; code = b & 0x07; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
  else return { start: i, end: i + 1, reason: 'invalid start byte' };
  let j = i + 1;
  for (let k = 0; k < need; k++, j++) {
    if (j >= data.length) return { start: i, end: data.length, reason: 'unexpected end of data' };
    const c = data[j]!;
    if (c < (k === 0 ? lo : 0x80) || c > (k === 0 ? hi : 0xbf)) return { start: i, end: j, reason: 'invalid continuation byte' };
    code = (code << 6) | (c & 0x3f);
  }
  return { code, next: j };
}

/** Decodes `data`; `source` is the object the error reports (the bytes themselves). */
export function decodeBytes(rt: Runtime, data: Uint8Array, codec: CodecName, errors: string, source: PyObject): string {
  let out = '';
  for (let i = 0; i < data.length;) {
    let fault: DecodeFault | null = null;
    const b = data[i]!;
    if (codec === 'latin-1' || b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    if (codec === 'ascii') fault = { start: i, end: i + 1, reason: 'ordinal not in range(128)' };
    else {
      const seq = utf8Sequence(data, i);
      if ('code' in seq) {
        out += String.fromCodePoint(seq.code);
        i = seq.next;
        continue;
      }
      fault = seq;
    }
    switch (errors) {
      case 'strict':
        return raiseWithArgs(rt, rt.types.UnicodeDecodeError, [rt.str(codec), rt.heap.incref(source, 'item'), rt.int(fault.start), rt.int(fault.end), rt.str(fault.reason)]);
      case 'ignore': break;
      case 'replace': out += '\ufffd'; break;
      case 'backslashreplace': for (let k = fault.start; k < fault.end; k++) out += `\\x${hex(data[k]!, 2)}`; break;
      default: unknownHandler(rt, errors);
    }
    i = fault.end;
  }
  return out;
}

/** str() of a UnicodeEncodeError/UnicodeDecodeError made from its five arguments; null when they do not fit. */
export function unicodeErrorMessage(type: 'encode' | 'decode', args: readonly PyObject[], text: (o: PyObject) => string | null, data: (o: PyObject) => Uint8Array | null, int: (o: PyObject) => number | null): string | null {
  if (args.length !== 5) return null;
  const encoding = text(args[0]!);
  const start = int(args[2]!);
  const end = int(args[3]!);
  const reason = text(args[4]!);
  if (encoding === null || start === null || end === null || reason === null) return null;
  if (type === 'encode') {
    const obj = text(args[1]!);
    if (obj === null) return null;
    const points = [...obj];
    if (end === start + 1 && start < points.length) {
      return `'${encoding}' codec can't encode character '${escapeChar(points[start]!.codePointAt(0)!)}' in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
  const bytes = data(args[1]!);
  if (bytes === null) return null;
  if (end === start + 1 && start < bytes.length) return `'${encoding}' codec can't decode byte 0x${hex(bytes[start]!, 2)} in position ${start}: ${reason}`;
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}
