// The time and os modules, modelled so that every run is the same and nothing real is touched.
//
// time: a modelled clock. Time advances by MODEL_NS_PER_INSTRUCTION for each bytecode instruction the
// simulator executes, plus what time.sleep() asks for (sleep returns at once; the clock jumps). time.time()
// starts at MODEL_EPOCH_SECONDS, perf_counter()/monotonic() at MODEL_UPTIME_SECONDS, process_time() at 0 and
// does not count sleeps. Differences of readings are therefore deterministic and never negative, as in
// CPython; the values themselves are modelled (the UI says so), never the machine's.
//
// os: only what needs no real system: getpid() is a modelled constant (MODEL_PID), and the path constants of
// a POSIX system (sys.platform is 'linux'). Everything that would read or change real files, the environment
// or the process (getcwd, environ, listdir, remove, system, os.path…) is "not supported by the simulator".
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import { PyFloat, PyInt } from '../objects/scalars';
import { defineLazyModule, asIndex, noKeywords, oneArg, type Kwargs, type NativeModuleBuilder } from './native';
import { OS_NAMES, TIME_NAMES, namesFor } from './stdlibAttributes';

/** Modelled speed of the simulated interpreter: 20 ns per bytecode instruction (50 million a second). */
export const MODEL_NS_PER_INSTRUCTION = 20n;
/** time.time() at the start of every run: 2026-01-01 00:00:00 UTC. */
export const MODEL_EPOCH_SECONDS = 1_767_225_600n;
/** perf_counter()/monotonic() at the start of every run: one day after a modelled boot. */
export const MODEL_UPTIME_SECONDS = 86_400n;
/** os.getpid() of every simulated process. */
export const MODEL_PID = 4242;

const NS = 1_000_000_000n;
/** PyTime_t is a signed 64-bit count of nanoseconds. */
const MAX_NS = 2n ** 63n - 1n;

export function createTimeModule(rt: Runtime): void {
  defineLazyModule(rt, 'time', (m) => buildTime(rt, m));
}

export function createOsModule(rt: Runtime): void {
  defineLazyModule(rt, 'os', (m) => buildOs(rt, m));
}

function noArgs(rt: Runtime, qualified: string, args: PyObject[], kwargs: Kwargs): void {
  noKeywords(rt, qualified, kwargs);
  if (args.length > 0) rt.raise(rt.types.TypeError, `${qualified}() takes no arguments (${args.length} given)`);
}

function buildTime(rt: Runtime, m: NativeModuleBuilder): void {
  let sleptNs = 0n;
  const cpuNs = () => BigInt(rt.executedInstructions()) * MODEL_NS_PER_INSTRUCTION;
  const wallNs = () => cpuNs() + sleptNs;
  const seconds = (ns: bigint) => rt.float(Number(ns) / 1e9);
  const clock = (name: string, ns: () => bigint) => {
    m.fn(name, (args, kwargs) => { noArgs(rt, `time.${name}`, args, kwargs); return seconds(ns()); });
    m.fn(`${name}_ns`, (args, kwargs) => { noArgs(rt, `time.${name}_ns`, args, kwargs); return rt.int(ns()); });
  };
  clock('time', () => MODEL_EPOCH_SECONDS * NS + wallNs());
  clock('perf_counter', () => MODEL_UPTIME_SECONDS * NS + wallNs());
  clock('monotonic', () => MODEL_UPTIME_SECONDS * NS + wallNs());
  clock('process_time', cpuNs);
  m.fn('sleep', (args, kwargs) => {
    const secs = oneArg(rt, 'time.sleep', args, kwargs);
    const ns = sleepNs(rt, secs);
    if (ns < 0n) rt.raise(rt.types.ValueError, 'sleep length must be non-negative');
    sleptNs += ns;
    return rt.none();
  });
  m.known(namesFor(TIME_NAMES, rt.profile.versionInfo[1]));
}

/** _PyTime_FromSecondsObject: a float (not NaN) or an integer, in nanoseconds that fit PyTime_t. */
function sleepNs(rt: Runtime, secs: PyObject): bigint {
  const overflow = () => rt.raise(rt.types.OverflowError, `timestamp too large to convert to C ${rt.profile.versionInfo[1] >= 13 ? 'PyTime_t' : '_PyTime_t'}`);
  if (secs instanceof PyFloat) {
    if (Number.isNaN(secs.value)) rt.raise(rt.types.ValueError, 'Invalid value NaN (not a number)');
    const ns = Math.round(secs.value * 1e9);
    if (!Number.isFinite(ns) || Math.abs(ns) >= 2 ** 63) overflow();
    return BigInt(ns);
  }
  const value = secs instanceof PyInt ? BigInt(secs.value) : BigInt(asIndex(rt, secs));
  const ns = value * NS;
  if (ns > MAX_NS || ns < -MAX_NS - 1n) overflow();
  return ns;
}

function buildOs(rt: Runtime, m: NativeModuleBuilder): void {
  m.fn('getpid', (args, kwargs) => { noArgs(rt, 'posix.getpid', args, kwargs); return rt.int(MODEL_PID); });
  const constants: [string, string][] = [
    ['sep', '/'], ['linesep', '\n'], ['name', 'posix'], ['curdir', '.'], ['pardir', '..'], ['extsep', '.'], ['pathsep', ':'],
    ['devnull', '/dev/null'],
  ];
  for (const [name, value] of constants) m.set(name, rt.str(value));
  m.set('altsep', rt.none());
  m.known(namesFor(OS_NAMES, rt.profile.versionInfo[1]));
}
