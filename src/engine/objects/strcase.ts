// str's case conversions and character-class predicates as CPython defines them (Objects/unicodeobject.c,
// unicodectype.c): cased/lowercase/uppercase/titlecase from the Unicode properties, and the digit and
// numeric classes that JavaScript has no property for, as tables measured from CPython 3.13's unicodedata.

const LOWER = /\p{Lowercase}/u;
const UPPER = /\p{Uppercase}/u;
const TITLE = /\p{Lt}/u;
export const CASED = /\p{Cased}/u;
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

// JavaScript has no titlecase mapping; these are the characters whose titlecase differs from their uppercase.
const TITLECASE: Record<string, string> = { 'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǆ': 'ǅ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǉ': 'ǈ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǌ': 'ǋ', 'Ǳ': 'ǲ', 'ǲ': 'ǲ', 'ǳ': 'ǲ', 'ŉ': 'ʼN' };

/** Code point ranges "a-b,c" (hex) → sorted [start, end] pairs. */
function parseRanges(text: string): [number, number][] {
  return text.split(',').map((r) => {
    const [a, b] = r.split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
  });
}

function inRanges(ranges: readonly [number, number][], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** isdigit() but not isdecimal(): superscripts, circled digits… (CPython 3.13). */
const DIGIT_EXTRA = parseRanges(
  'b2-b3,b9,1369-1371,19da,2070,2074-2079,2080-2089,2460-2468,2474-247c,2488-2490,24ea,24f5-24fd,24ff,2' +
  '776-277e,2780-2788,278a-2792,10a40-10a43,10e60-10e68,11052-1105a,1f100-1f10a'
);
/** isnumeric() but not isdigit(): fractions, Roman numerals, CJK numerals… (CPython 3.13). */
const NUMERIC_EXTRA = parseRanges(
  'bc-be,9f4-9f9,b72-b77,bf0-bf2,c78-c7e,d58-d5e,d70-d78,f2a-f33,1372-137c,16ee-16f0,17f0-17f9,2150-218' +
  '2,2185-2189,2469-2473,247d-2487,2491-249b,24eb-24f4,24fe,277f,2789,2793,2cfd,3007,3021-3029,3038-303' +
  'a,3192-3195,3220-3229,3248-324f,3251-325f,3280-3289,32b1-32bf,3405,3483,382a,3b4d,4e00,4e03,4e07,4e0' +
  '9,4e24,4e5d,4e8c,4e94,4e96,4eac,4ebf-4ec0,4edf,4ee8,4f0d,4f70,4fe9,5006,5104,5146,5169,516b,516d,534' +
  '1,5343-5345,534c,53c1-53c4,56db,58f1,58f9,5e7a,5efe-5eff,5f0c-5f0e,5f10,62d0,62fe,634c,67d2,6d1e,6f0' +
  '6,7396,767e,7695,79ed,8086,842c,8cae,8cb3,8d30,920e,94a9,9621,9646,964c,9678,96f6,a6e6-a6ef,a830-a83' +
  '5,f96b,f973,f978,f9b2,f9d1,f9d3,f9fd,10107-10133,10140-10178,1018a-1018b,102e1-102fb,10320-10323,103' +
  '41,1034a,103d1-103d5,10858-1085f,10879-1087f,108a7-108af,108fb-108ff,10916-1091b,109bc-109bd,109c0-1' +
  '09cf,109d2-109ff,10a44-10a48,10a7d-10a7e,10a9d-10a9f,10aeb-10aef,10b58-10b5f,10b78-10b7f,10ba9-10baf' +
  ',10cfa-10cff,10e69-10e7e,10f1d-10f26,10f51-10f54,10fc5-10fcb,1105b-11065,111e1-111f4,1173a-1173b,118' +
  'ea-118f2,11c5a-11c6c,11fc0-11fd4,12400-1246e,16b5b-16b61,16e80-16e96,1d2c0-1d2d3,1d2e0-1d2f3,1d360-1' +
  'd378,1e8c7-1e8cf,1ec71-1ecab,1ecad-1ecaf,1ecb1-1ecb4,1ed01-1ed2d,1ed2f-1ed3d,1f10b-1f10c,20001,20064' +
  ',200e2,20121,2092a,20983,2098c,2099c,20aea,20afd,20b19,22390,22998,23b1b,2626d,2f890'
);

const isDecimalChar = (c: string) => /\p{Nd}/u.test(c);
const isDigitChar = (c: string) => isDecimalChar(c) || inRanges(DIGIT_EXTRA, c.codePointAt(0)!);
const isNumericChar = (c: string) => isDigitChar(c) || inRanges(NUMERIC_EXTRA, c.codePointAt(0)!);
const isAlphaChar = (c: string) => /\p{L}/u.test(c);

/** A non-empty string all of whose characters pass `test`. */
function all(s: string, test: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!test(c)) return false;
  return true;
}

export const isDecimal = (s: string): boolean => all(s, isDecimalChar);
export const isDigit = (s: string): boolean => all(s, isDigitChar);
export const isNumeric = (s: string): boolean => all(s, isNumericChar);
export const isAlpha = (s: string): boolean => all(s, isAlphaChar);
export const isAlnum = (s: string): boolean => all(s, (c) => isAlphaChar(c) || isNumericChar(c));
export const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
/** Every character printable as repr() leaves it (the space is; other separators and controls are not). */
export const isPrintable = (s: string): boolean => [...s].every((c) => c === ' ' || !NOT_PRINTABLE.test(c));
export const isIdentifier = (s: string): boolean => /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s);

/** str.islower: no uppercase or titlecase character, and at least one lowercase one. */
export function isLower(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (UPPER.test(c) || TITLE.test(c)) return false;
    if (LOWER.test(c)) cased = true;
  }
  return cased;
}

/** str.isupper: no lowercase or titlecase character, and at least one uppercase one. */
export function isUpper(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (LOWER.test(c) || TITLE.test(c)) return false;
    if (UPPER.test(c)) cased = true;
  }
  return cased;
}

/** str.istitle: uppercase/titlecase characters only after uncased ones, lowercase only after cased ones. */
export function isTitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const c of s) {
    if (UPPER.test(c) || TITLE.test(c)) {
      if (previousCased) return false;
      previousCased = true;
      cased = true;
    } else if (LOWER.test(c)) {
      if (!previousCased) return false;
      previousCased = true;
      cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

/** The full titlecase mapping of one character ('ß' → 'Ss', 'ǆ' → 'ǅ'). */
function toTitle(ch: string): string {
  const upper = [...ch.toUpperCase()];
  return TITLECASE[ch] ?? upper[0]! + upper.slice(1).join('').toLowerCase();
}

/** str.title: titlecase a character after an uncased one, lowercase it after a cased one. */
export function titleCase(s: string): string {
  const chars = [...s];
  let previousCased = false;
  return chars.map((c, i) => {
    const mapped = previousCased ? lowerInContext(chars, i) : toTitle(c);
    previousCased = CASED.test(c);
    return mapped;
  }).join('');
}

/** str.capitalize: the first character titlecased, the rest lowercased (a final sigma in context). */
export function capitalize(s: string): string {
  const [first] = s;
  if (first === undefined) return s;
  return toTitle(first) + s.toLowerCase().slice(first.toLowerCase().length);
}

/** str.swapcase: uppercase characters lowered (Σ as a final sigma in context), lowercase ones uppered. */
export function swapCase(s: string): string {
  const chars = [...s];
  return chars.map((c, i) => {
    if (UPPER.test(c)) return lowerInContext(chars, i);
    if (LOWER.test(c)) return c.toUpperCase();
    return c;
  }).join('');
}

/** chars[i] lowercased; Σ depends on its neighbours. */
function lowerInContext(chars: readonly string[], i: number): string {
  return chars[i] === 'Σ' ? lowerSigma(chars, i) : chars[i]!.toLowerCase();
}

/** Σ lowercased where it stands: ς after a cased letter and not before one (case-ignorables skipped). */
function lowerSigma(chars: readonly string[], i: number): string {
  const casedAround = (from: number, step: number): boolean => {
    for (let j = from; j >= 0 && j < chars.length; j += step) {
      if (/\p{Case_Ignorable}/u.test(chars[j]!)) continue;
      return CASED.test(chars[j]!);
    }
    return false;
  };
  return casedAround(i - 1, -1) && !casedAround(i + 1, 1) ? 'ς' : 'σ';
}
