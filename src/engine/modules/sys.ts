// The sys module: getrefcount (the count including its own argument), getsizeof, recursion limit.
import type { Runtime } from '../vm/runtime';
import { INT_MAX_STR_DIGITS_THRESHOLD } from '../objects/intdigits';
import { parseArgs } from './native';
import type { PyObject } from '../objects/object';
import { PyInt } from '../objects/scalars';
import { defineModule, type ModuleBuilder } from './define';
import { getsizeof } from '../memory/sizes';
import { PyTextStream } from '../objects/callables';
import { PyDict, PyTuple } from '../objects/containers';
import { PyModule } from '../objects/callables';
import { dictDelete, dictGetStr, dictSet } from '../objects/dictops';
import { PyStr } from '../objects/scalars';
import { PyException } from '../objects/exceptions';

export function createSysModule(rt: Runtime, argv0: string): void {
  defineModule(rt, 'sys', (m) => defineSys(rt, m, argv0));
}

function defineSys(rt: Runtime, m: ModuleBuilder, argv0: string): void {
  const set = m.set;
  // sys functions take positional arguments only.
  const fn = (name: string, impl: (args: PyObject[]) => PyObject) => m.fn(name, (args, kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${name}() takes no keyword arguments`);
    return impl(args);
  });
  fn('getrefcount', (args) => {
    if (args.length !== 1) rt.raise(rt.types.TypeError, `getrefcount() takes exactly one argument (${args.length} given)`);
    return rt.int(rt.heap.refcountOf(args[0]!));
  });
  fn('getsizeof', (args) => {
    if (args.length < 1 || args.length > 2) rt.raise(rt.types.TypeError, `getsizeof() takes at most 2 arguments (${args.length} given)`);
    if (args[0]!.type === rt.types.frame) rt.unsupported('sys.getsizeof of frame objects');
    if (args[0]!.type.sizeUnmodelled) rt.unsupported(`sys.getsizeof() of '${args[0]!.type.name}' objects`);
    return rt.int(getsizeof(args[0]!, rt.profile));
  });
  fn('getrecursionlimit', () => rt.int(rt.recursionLimit));
  fn('get_int_max_str_digits', (args) => {
    if (args.length > 0) rt.raise(rt.types.TypeError, `get_int_max_str_digits() takes no arguments (${args.length} given)`);
    return rt.int(rt.intMaxStrDigits);
  });
  fn('set_int_max_str_digits', (args) => {
    const [value] = parseArgs(rt, 'set_int_max_str_digits', args, null, { params: ['maxdigits'], required: 1 });
    if (!(value instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${value!.type.name}' object cannot be interpreted as an integer`);
    const n = Number(value.value);
    if (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD) rt.raise(rt.types.ValueError, rt.profile.messages.maxStrDigitsTooSmall.replace('{min}', String(INT_MAX_STR_DIGITS_THRESHOLD)));
    rt.intMaxStrDigits = n;
    return rt.none();
  });
  fn('setrecursionlimit', (args) => {
    const n = args[0];
    if (!(n instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${n?.type.name}' object cannot be interpreted as an integer`);
    if (Number(n.value) < 1) rt.raise(rt.types.ValueError, 'recursion limit must be greater or equal than 1');
    rt.recursionLimit = Number(n.value);
    return rt.none();
  });
  set('argv', rt.list([rt.str(argv0)]));
  set('stdout', rt.heap.register(new PyTextStream(rt.types.TextIOWrapper, 'stdout')));
  set('stderr', rt.heap.register(new PyTextStream(rt.types.TextIOWrapper, 'stderr')));
  set('maxsize', rt.int(2 ** 53 - 1 < 9223372036854775807 ? 9223372036854775807n : 0));
  const [major, minor, micro] = rt.profile.versionInfo;
  // A struct sequence: a tuple whose fields also have names.
  const versionInfo = rt.heap.register(new PyTuple(rt.types.version_info, [rt.int(major), rt.int(minor), rt.int(micro), rt.str('final'), rt.int(0)]));
  set('version_info', versionInfo);
  // A real sys.version names the build (date, compiler): modelled, since no build runs here.
  set('version', rt.str(`${major}.${minor}.${micro} (simulated by Python Memory Lab)`));
  set('hexversion', rt.int((major << 24) | (minor << 16) | (micro << 8) | 0xf0));
  set('byteorder', rt.str('little'));
  set('platform', rt.str('linux'));
  set('modules', modulesDict(rt));
  fn('intern', (args) => {
    const s = args[0];
    if (!(s instanceof PyStr)) return rt.raise(rt.types.TypeError, `intern() argument must be str, not ${s?.type.name}`);
    return rt.internedStr(s.value);
  });
  fn('exception', (args) => {
    if (args.length > 0) rt.raise(rt.types.TypeError, `exception() takes no arguments (${args.length} given)`);
    return rt.handledException();
  });
  fn('exc_info', (args) => {
    if (args.length > 0) rt.raise(rt.types.TypeError, `exc_info() takes no arguments (${args.length} given)`);
    const exc = rt.handledException();
    if (!(exc instanceof PyException)) return rt.tuple([exc, rt.none(), rt.none()]);
    return rt.tuple([rt.heap.incref(exc.type), exc, rt.heap.incref(exc.tracebackObject ?? rt.None)]);
  });
  fn('_getframe', (args) => {
    if (args.length > 1) rt.raise(rt.types.TypeError, `_getframe expected at most 1 argument, got ${args.length}`);
    const depth = args[0];
    if (depth !== undefined && !(depth instanceof PyInt)) return rt.raise(rt.types.TypeError, `'${depth.type.name}' object cannot be interpreted as an integer`);
    return rt.frameAt(depth ? Number(depth.value) : 0);
  });
  set('hexversion', rt.int((major << 24) | (minor << 16) | (micro << 8) | 0xf0));
}

/** sys.modules: the modules imported so far (a snapshot when sys is created: builtins, sys…). */
function modulesDict(rt: Runtime): PyObject {
  const d = rt.dict();
  for (const [name, module] of rt.modules) {
    const key = rt.internedStr(name);
    dictSet(rt, d, key, module);
    rt.heap.decref(key);
  }
  return d;
}

/** sys.modules[name] = module (for __main__, which the simulator makes after sys). */
export function registerInSysModules(rt: Runtime, name: string, module: PyObject): void {
  const modules = sysModules(rt);
  if (!modules) return;
  const key = rt.internedStr(name);
  dictSet(rt, modules, key, module);
  rt.heap.decref(key);
}

/** del sys.modules[name], if the program has not replaced or emptied sys.modules. */
export function unregisterFromSysModules(rt: Runtime, name: string): void {
  const modules = sysModules(rt);
  if (!modules) return;
  const key = rt.internedStr(name);
  dictDelete(rt, modules, key);
  rt.heap.decref(key);
}

function sysModules(rt: Runtime): PyDict | null {
  const sys = rt.modules.get('sys') as PyModule | undefined;
  const modules = sys ? dictGetStr(sys.dict, 'modules') : undefined;
  return modules instanceof PyDict ? modules : null;
}
