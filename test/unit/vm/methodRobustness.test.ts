// Calling any public method of the built-in types, or any built-in function, with odd arguments must end as
// CPython would (a result or a Python exception) or as "not supported yet": never as an engine crash. The
// method names are dir() of each type in CPython 3.13.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../modules/run';

const METHODS: Record<string, readonly string[]> = {"str":["capitalize","casefold","center","count","encode","endswith","expandtabs","find","format","format_map","index","isalnum","isalpha","isascii","isdecimal","isdigit","isidentifier","islower","isnumeric","isprintable","isspace","istitle","isupper","join","ljust","lower","lstrip","maketrans","partition","removeprefix","removesuffix","replace","rfind","rindex","rjust","rpartition","rsplit","rstrip","split","splitlines","startswith","strip","swapcase","title","translate","upper","zfill"],"list":["append","clear","copy","count","extend","index","insert","pop","remove","reverse","sort"],"dict":["clear","copy","fromkeys","get","items","keys","pop","popitem","setdefault","update","values"],"tuple":["count","index"],"set":["add","clear","copy","difference","difference_update","discard","intersection","intersection_update","isdisjoint","issubset","issuperset","pop","remove","symmetric_difference","symmetric_difference_update","union","update"],"int":["as_integer_ratio","bit_count","bit_length","conjugate","denominator","from_bytes","imag","is_integer","numerator","real","to_bytes"],"bytes":["capitalize","center","count","decode","endswith","expandtabs","find","fromhex","hex","index","isalnum","isalpha","isascii","isdigit","islower","isspace","istitle","isupper","join","ljust","lower","lstrip","maketrans","partition","removeprefix","removesuffix","replace","rfind","rindex","rjust","rpartition","rsplit","rstrip","split","splitlines","startswith","strip","swapcase","title","translate","upper","zfill"],"bytearray":["append","capitalize","center","clear","copy","count","decode","endswith","expandtabs","extend","find","fromhex","hex","index","insert","isalnum","isalpha","isascii","isdigit","islower","isspace","istitle","isupper","join","ljust","lower","lstrip","maketrans","partition","pop","remove","removeprefix","removesuffix","replace","reverse","rfind","rindex","rjust","rpartition","rsplit","rstrip","split","splitlines","startswith","strip","swapcase","title","translate","upper","zfill"],"float":["as_integer_ratio","conjugate","fromhex","hex","imag","is_integer","real"]};
const LITERALS: Record<string, string> = { str: '"abc"', list: '[1, 2]', dict: '{"a": 1}', tuple: '(1, 2)', set: '{1, 2}', int: '5', float: '2.5', bytes: 'b"abc"', bytearray: 'bytearray(b"abc")' };
const ARGUMENTS = ['', 'None', '1, 2, 3, 4', '"x"', '-1', '[]'];
/** Arguments only the bytes types get besides (a byte string, a value past a byte, a keyword). */
const EXTRA_ARGUMENTS: Record<string, readonly string[]> = { bytes: ['b"b"', '300', 'sep=b"b"'], bytearray: ['b"b"', '300', 'sep=b"b"'] };

/** A call whose Python exception is caught and printed. */
function guarded(call: string): string {
  return `try:\n    print(${call})\nexcept Exception as e:\n    print(type(e).__name__, e)\n`;
}

/** How the run crashed the engine, or null when it ended as CPython or the simulator's "not supported" would. */
async function crashOf(source: string): Promise<string | null> {
  try {
    const result = await runProgram(source, '3.13');
    return ['finished', 'exception', 'unsupported'].includes(result.outcome) ? null : result.outcome;
  } catch (error) {
    return (error as Error).message;
  }
}

// Hundreds of small runs each: generous timeouts, as the suite may share the CPU with other work.
describe('built-in methods never crash the engine', { timeout: 60_000 }, () => {
  for (const [type, names] of Object.entries(METHODS)) {
    it(`every ${type} method with odd arguments`, async () => {
      const crashes: string[] = [];
      for (const name of names) {
        for (const args of [...ARGUMENTS, ...(EXTRA_ARGUMENTS[type] ?? [])]) {
          const crash = await crashOf(`o = ${LITERALS[type]}\n${guarded(`o.${name}(${args})`)}`);
          if (crash) crashes.push(`${name}(${args}): ${crash}`);
        }
      }
      expect(crashes).toEqual([]);
    }, 30_000);
  }
});

// dir(builtins) of CPython 3.13, less the interactive ones (input, breakpoint, help, exit, quit) and open.
const BUILTINS: readonly string[] = ["abs","aiter","all","anext","any","ascii","bin","bool","bytearray","bytes","callable","chr","classmethod","compile","complex","copyright","credits","delattr","dict","dir","divmod","enumerate","eval","exec","filter","float","format","frozenset","getattr","globals","hasattr","hash","hex","id","int","isinstance","issubclass","iter","len","license","list","locals","map","max","memoryview","min","next","object","oct","ord","pow","print","property","range","repr","reversed","round","set","setattr","slice","sorted","staticmethod","str","sum","super","tuple","type","vars","zip"];
const CALL_ARGUMENTS = ['', 'None', '1, 2, 3, 4', '"x"', '-1', '[]', '[1, "a"]', '{}', '2.5, 0', 'key=1', '"abc", 2'];

describe('built-in functions never crash the engine', { timeout: 60_000 }, () => {
  it('every built-in function with odd arguments', async () => {
    const crashes: string[] = [];
    for (const name of BUILTINS) {
      for (const args of CALL_ARGUMENTS) {
        const crash = await crashOf(guarded(`${name}(${args})`));
        if (crash) crashes.push(`${name}(${args}): ${crash}`);
      }
    }
    expect(crashes).toEqual([]);
    // ~800 whole runs: about 4 s on an idle machine, more on a shared one.
  }, 30_000);
});
