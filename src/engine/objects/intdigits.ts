// The limit on converting between int and str in a base that is not a power of two (CVE-2020-10735;
// 3.11+): sys.set_int_max_str_digits, 4300 digits by default, 0 for no limit. print(2**20000) raises.
import type { Runtime } from '../vm/runtime';
import type { IntValue } from './scalars';

export const DEFAULT_INT_MAX_STR_DIGITS = 4300;
/** sys.set_int_max_str_digits refuses limits below this (other than 0). */
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;

/** str(int): its decimal digits, or the ValueError CPython raises past the limit. */
export function intToDecimal(rt: Runtime, value: IntValue): string {
  const text = String(value);
  const digits = text.startsWith('-') ? text.length - 1 : text.length;
  const limit = rt.intMaxStrDigits;
  if (limit > 0 && digits > limit) {
    rt.raise(rt.types.ValueError, `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return text;
}

/** int(str) in a base that is not a power of two: `digits` past the limit raise. */
export function checkParsedDigits(rt: Runtime, digits: number, base: number): void {
  const limit = rt.intMaxStrDigits;
  if (limit === 0 || (base & (base - 1)) === 0 || digits <= limit) return;
  rt.raise(rt.types.ValueError, `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
}
