// Decodes the body of a Python string literal (escape sequences), as CPython's tokenizer does.
import { PySyntaxError } from './errors';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * `onInvalidEscape` hears the first escape sequence of the literal that Python does not define ("\\d",
 * "\\8") or an octal escape above 0o377: 3.12+ warns about it (SyntaxWarning), 3.11 only with -W.
 */
export function decodeStringBody(body: string, raw: boolean, line: number, onInvalidEscape?: (sequence: string, octal: boolean) => void): string {
  if (raw || !body.includes('\\')) return body;
  let out = '';
  let reported = false;
  const invalid = (sequence: string, octal: boolean) => {
    if (!reported) onInvalidEscape?.(sequence, octal);
    reported = true;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next === undefined) break;
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
    } else if (next >= '0' && next <= '7') {
      let digits = next;
      while (digits.length < 3 && body[i + 1]! >= '0' && body[i + 1]! <= '7') digits += body[++i];
      if (parseInt(digits, 8) > 0o377) invalid(`\\${digits}`, true);
      out += String.fromCodePoint(parseInt(digits, 8));
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) {
        throw new PySyntaxError('SyntaxError', `(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\${next}${'X'.repeat(width)} escape`, line, 0, 1);
      }
      out += String.fromCodePoint(parseInt(hex, 16));
      i += width;
    } else if (next === 'N') {
      throw new PySyntaxError('SyntaxError', '\\N{...} escapes are not supported by the simulator yet', line, 0, 1);
    } else {
      invalid(`\\${next}`, false);
      out += `\\${next}`;
    }
  }
  return out;
}

const BYTES_SIMPLE_ESCAPES: Record<string, string> = SIMPLE_ESCAPES;

/**
 * Decodes the body of a bytes literal into a Latin-1 string (one char per byte). Escapes CPython warns
 * about or rejects (invalid escapes, octal escapes above \377, bad \x, non-ASCII characters) are returned
 * as a problem: their warnings and errors are not modelled yet.
 */
export function decodeBytesBody(body: string, raw: boolean): { value: string } | { problem: string } {
  if (/[^\x00-\x7f]/.test(body)) return { problem: 'non-ASCII characters in bytes literals (a SyntaxError)' };
  if (raw || !body.includes('\\')) return { value: body };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next === undefined) break;
    if (next in BYTES_SIMPLE_ESCAPES) {
      out += BYTES_SIMPLE_ESCAPES[next];
    } else if (next >= '0' && next <= '7') {
      let digits = next;
      while (digits.length < 3 && body[i + 1]! >= '0' && body[i + 1]! <= '7') digits += body[++i];
      const code = parseInt(digits, 8);
      if (code > 0o377) return { problem: `the octal escape '\\${digits}' in a bytes literal (out of range)` };
      out += String.fromCharCode(code);
    } else if (next === 'x') {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return { problem: 'an invalid \\x escape in a bytes literal (a SyntaxError)' };
      out += String.fromCharCode(parseInt(hex, 16));
      i += 2;
    } else {
      return { problem: `the invalid escape sequence '\\${next}' in a bytes literal (a SyntaxWarning from 3.12)` };
    }
  }
  return { value: out };
}
