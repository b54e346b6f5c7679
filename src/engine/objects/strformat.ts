// printf-style `%` formatting and str.format, with CPython's rules and error messages.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyFloat, PyInt, PyStr, toBig } from './scalars';
import { PyDict, PyTuple } from './containers';
import { formatValue } from './format';
import { repr, str } from './repr';
import { getItem } from './protocols';
import { getAttribute } from './attributes';
import { bytesOfLatin1, isBytesLike, latin1OfBytes } from './bytes';

function asciiOf(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out += c < 128 ? ch : c < 256 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 65536 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/**
 * fmt % args (Objects/unicodeobject.c PyUnicode_Format). With `kind` 'bytes' it is bytes % args
 * (Objects/bytesobject.c _PyBytes_FormatEx): fmt and the result are Latin-1 strings, one char a byte;
 * %s takes bytes-like objects only, %r/%a give the ASCII repr, mapping keys are bytes.
 */
export function percentFormat(rt: Runtime, fmt: string, args: PyObject, kind: 'str' | 'bytes' = 'str'): string {
  const tuple = args instanceof PyTuple ? args.items : null;
  const mapping = !tuple && args instanceof PyDict ? args : null;
  let argIndex = 0;
  const items = tuple ?? [args];
  const next = (): PyObject => {
    if (argIndex >= items.length) rt.raise(rt.types.TypeError, 'not enough arguments for format string');
    return items[argIndex++]!;
  };
  let out = '';
  let usedMapping = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch !== '%') {
      out += ch;
      continue;
    }
    i++;
    let value: PyObject | null = null;
    if (fmt[i] === '(') {
      if (!mapping) rt.raise(rt.types.TypeError, 'format requires a mapping');
      const close = fmt.indexOf(')', i);
      if (close < 0) rt.raise(rt.types.ValueError, 'incomplete format key');
      const keyText = fmt.slice(i + 1, close);
      const key = kind === 'bytes' ? rt.bytes(bytesOfLatin1(keyText)) : rt.str(keyText);
      try {
        value = getItem(rt, mapping!, key);
        rt.heap.decref(value);
      } finally {
        rt.heap.decref(key);
      }
      usedMapping = true;
      i = close + 1;
    }
    let flags = '';
    while ('-+ #0'.includes(fmt[i] ?? 'x') && i < fmt.length) flags += fmt[i++];
    let width = '';
    if (fmt[i] === '*') {
      width = String(Number((next() as PyInt).value));
      i++;
    } else while (/\d/.test(fmt[i] ?? '')) width += fmt[i++];
    let precision: string | null = null;
    if (fmt[i] === '.') {
      i++;
      precision = '';
      if (fmt[i] === '*') {
        precision = String(Number((next() as PyInt).value));
        i++;
      } else while (/\d/.test(fmt[i] ?? '')) precision += fmt[i++];
    }
    while ('hlL'.includes(fmt[i] ?? 'x') && i < fmt.length) i++;
    const conv = fmt[i];
    if (conv === undefined) rt.raise(rt.types.ValueError, 'incomplete format');
    if (conv === '%') {
      out += '%';
      continue;
    }
    const v = value ?? next();
    out += kind === 'bytes' ? convertOneByte(rt, conv!, v, flags, width, precision, i) : convertOne(rt, conv!, v, flags, width, precision, i);
  }
  const unconverted = `not all arguments converted during ${kind === 'bytes' ? 'bytes' : 'string'} formatting`;
  if (!usedMapping && tuple && argIndex < tuple.length) rt.raise(rt.types.TypeError, unconverted);
  if (!tuple && !mapping && argIndex === 0 && !(args instanceof PyDict)) rt.raise(rt.types.TypeError, unconverted);
  return out;
}

/** One conversion of bytes % args; numbers format as for str. */
function convertOneByte(rt: Runtime, conv: string, v: PyObject, flags: string, width: string, precision: string | null, at: number): string {
  const pad = (text: string) => (flags.includes('-') ? text.padEnd(Number(width || 0)) : text.padStart(Number(width || 0)));
  switch (conv) {
    case 's': case 'b': {
      if (!isBytesLike(v)) {
        return rt.raise(rt.types.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${v.type.name}'`);
      }
      const text = latin1OfBytes(v.data);
      return pad(precision !== null ? text.slice(0, Number(precision)) : text);
    }
    case 'r': case 'a': {
      const text = asciiOf(repr(rt, v));
      return pad(precision !== null ? text.slice(0, Number(precision)) : text);
    }
    case 'c': {
      if (v instanceof PyInt) {
        if (v.value < 0 || v.value > 255) rt.raise(rt.types.OverflowError, '%c arg not in range(256)');
        return pad(String.fromCharCode(Number(v.value)));
      }
      if (isBytesLike(v) && v.data.length === 1) return pad(String.fromCharCode(v.data[0]!));
      return rt.raise(rt.types.TypeError, '%c requires an integer in range(256) or a single byte');
    }
    default:
      return convertOne(rt, conv, v, flags, width, precision, at);
  }
}

function convertOne(rt: Runtime, conv: string, v: PyObject, flags: string, width: string, precision: string | null, at: number): string {
  const align = flags.includes('-') ? '<' : '>';
  const zero = flags.includes('0') && !flags.includes('-') ? '0' : '';
  const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const alt = flags.includes('#') ? '#' : '';
  switch (conv) {
    case 's': case 'r': case 'a': {
      let text = conv === 's' ? str(rt, v) : conv === 'r' ? repr(rt, v) : asciiOf(repr(rt, v));
      if (precision !== null) text = [...text].slice(0, Number(precision)).join('');
      return align === '<' ? text.padEnd(Number(width || 0)) : text.padStart(Number(width || 0));
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      let n: bigint;
      if (v instanceof PyInt) n = toBig(v.value);
      else if (v instanceof PyFloat && 'diu'.includes(conv)) n = BigInt(Math.trunc(v.value));
      else {
        const what = 'diu'.includes(conv) ? 'a real number' : 'an integer';
        return rt.raise(rt.types.TypeError, `%${conv} format: ${what} is required, not ${v.type.name}`);
      }
      const spec = `${align === '<' ? '<' : ''}${sign}${alt}${zero}${width}${precision !== null ? '' : ''}${'diu'.includes(conv) ? 'd' : conv}`;
      const intObj = v instanceof PyInt ? v : rt.int(n);
      let text = formatValue(rt, intObj, spec);
      if (intObj !== v) rt.heap.decref(intObj);
      if (precision !== null) {
        const digits = text.replace(/^[ +-]*(0[xXo])?/, '');
        if (digits.length < Number(precision)) text = text.replace(digits, digits.padStart(Number(precision), '0'));
      }
      return text;
    }
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
      if (!(v instanceof PyFloat || v instanceof PyInt)) rt.raise(rt.types.TypeError, `must be real number, not ${v.type.name}`);
      const f = v instanceof PyFloat ? v : rt.float(Number((v as PyInt).value));
      const spec = `${align === '<' ? '<' : ''}${sign}${alt}${zero}${width}.${precision ?? '6'}${conv}`;
      try {
        return formatValue(rt, f, spec);
      } finally {
        if (f !== v) rt.heap.decref(f);
      }
    }
    case 'c': {
      const text = v instanceof PyInt ? String.fromCodePoint(Number(v.value)) : (v as PyStr).value;
      return align === '<' ? text.padEnd(Number(width || 0)) : text.padStart(Number(width || 0));
    }
    default:
      return rt.raise(rt.types.ValueError, `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${at}`);
  }
}

/** str.format (Objects/stringlib/unicode_format.h). */
export function strFormat(rt: Runtime, fmt: string, args: PyObject[], kwargs: Map<string, PyObject> | null): string {
  let auto = 0;
  let mode: 'auto' | 'manual' | null = null;
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i++;
        continue;
      }
      rt.raise(rt.types.ValueError, "Single '}' encountered in format string");
    }
    if (ch !== '{') {
      out += ch;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i++;
      continue;
    }
    // Find the matching '}' (format specs may nest one level of {}).
    let depth = 1;
    let j = i + 1;
    for (; j < fmt.length && depth > 0; j++) {
      if (fmt[j] === '{') depth++;
      else if (fmt[j] === '}') depth--;
    }
    if (depth > 0) rt.raise(rt.types.ValueError, "expected '}' before end of string");
    const field = fmt.slice(i + 1, j - 1);
    i = j - 1;
    const m = /^([^.[!:]*)((?:\.[^.[!:]+|\[[^\]]*\])*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
    if (!m) rt.raise(rt.types.ValueError, 'unmatched field in format string');
    const [, first, chain, conversion, specRaw] = m!;
    let value: PyObject;
    if (first === '') {
      if (mode === 'manual') rt.raise(rt.types.ValueError, 'cannot switch from manual field specification to automatic field numbering');
      mode = 'auto';
      const index = auto++;
      if (index >= args.length) rt.raise(rt.types.IndexError, `Replacement index ${index} out of range for positional args tuple`);
      value = rt.heap.incref(args[index]!);
    } else if (/^\d+$/.test(first!)) {
      if (mode === 'auto') rt.raise(rt.types.ValueError, 'cannot switch from automatic field numbering to manual field specification');
      mode = 'manual';
      const index = Number(first);
      if (index >= args.length) rt.raise(rt.types.IndexError, `Replacement index ${index} out of range for positional args tuple`);
      value = rt.heap.incref(args[index]!);
    } else {
      const v = kwargs?.get(first!);
      if (!v) rt.raiseWith(rt.types.KeyError, rt.str(first!));
      value = rt.heap.incref(v!);
    }
    for (const part of chain!.match(/\.[^.[]+|\[[^\]]*\]/g) ?? []) {
      let next: PyObject;
      if (part.startsWith('.')) next = getAttribute(rt, value, part.slice(1));
      else {
        const keyText = part.slice(1, -1);
        const key = /^\d+$/.test(keyText) ? rt.int(Number(keyText)) : rt.str(keyText);
        try {
          next = getItem(rt, value, key);
        } finally {
          rt.heap.decref(key);
        }
      }
      rt.heap.decref(value);
      value = next;
    }
    try {
      const spec = specRaw ? strFormat(rt, specRaw, args, kwargs) : '';
      let converted: PyObject = value;
      if (conversion) {
        const text = conversion === 'r' ? repr(rt, value) : conversion === 'a' ? asciiOf(repr(rt, value)) : str(rt, value);
        converted = rt.str(text);
      }
      out += formatValue(rt, converted, spec);
      if (converted !== value) rt.heap.decref(converted);
    } finally {
      rt.heap.decref(value);
    }
  }
  return out;
}
