// wrapper.cache_parameters: in CPython a lambda defined inside lru_cache (Lib/functools.py), a real function
// object closing over the cells of maxsize and typed. The simulator builds the same objects (a function, its
// code, a closure tuple and two cells) so that repr, type and what the cyclic collector finds match; its code
// is written out here in the simulator's own bytecode: return {'maxsize': maxsize, 'typed': typed}.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import type { CodeObject, Instruction } from '../compiler/code';
import { PyCell, PyCode, PyFunction } from '../objects/callables';
import { initFunctionMetadata } from '../objects/functionAttributes';

/** Where the lambda is in Lib/functools.py: [bare @lru_cache, via decorating_function] per minor version. */
const LAMBDA_LINES: Record<number, [number, number]> = { 11: [512, 520], 12: [512, 520], 13: [533, 541], 14: [587, 595] };

const codes = new WeakMap<Runtime, Map<string, PyCode>>();

/** The lambda's code object, one per definition site (a constant of lru_cache's code in CPython). */
function lambdaCode(rt: Runtime, direct: boolean): PyCode {
  let table = codes.get(rt);
  if (!table) codes.set(rt, (table = new Map()));
  const qualname = direct ? 'lru_cache.<locals>.<lambda>' : 'lru_cache.<locals>.decorating_function.<locals>.<lambda>';
  const existing = table.get(qualname);
  if (existing) return existing;
  const [directLine, decoratingLine] = LAMBDA_LINES[rt.profile.versionInfo[1]] ?? LAMBDA_LINES[13]!;
  // Line 0: the trace has no line of the user's program to show while it runs.
  const at = { line: 0, col: 0, endLine: 0, endCol: 0 };
  const ins = (op: Instruction['op'], arg = 0): Instruction => ({ op, arg, pos: at });
  const code: CodeObject = {
    kind: 'function', name: '<lambda>', qualname, filename: 'functools.py', firstLine: direct ? directLine : decoratingLine,
    instructions: [
      ins('COPY_FREE_VARS', 2), ins('RESUME'), ins('LOAD_CONST', 0), ins('LOAD_DEREF', 0), ins('LOAD_CONST', 1), ins('LOAD_DEREF', 1),
      ins('BUILD_MAP', 2), ins('RETURN_VALUE'),
    ],
    exceptionTable: [],
    consts: [{ type: 'str', value: 'maxsize' }, { type: 'str', value: 'typed' }],
    names: [], varnames: [], localsplusNames: ['maxsize', 'typed'], cellvars: [], freevars: ['maxsize', 'typed'],
    isGenerator: false, argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, hasVarargs: false, hasVarkw: false,
  };
  // Kept for the run, as lru_cache's code keeps its constants.
  const pycode = rt.heap.register(new PyCode(rt.types.code, code, [rt.internedStr('maxsize'), rt.internedStr('typed')], []));
  table.set(qualname, pycode);
  return pycode;
}

/** A new `lambda: {'maxsize': maxsize, 'typed': typed}` (a new reference); `direct` for bare @lru_cache. */
export function cacheParametersFunction(rt: Runtime, maxsize: PyObject, typed: PyObject, direct: boolean): PyFunction {
  const code = rt.heap.incref(lambdaCode(rt, direct), 'attr');
  const cells = [maxsize, typed].map((v) => rt.heap.register(new PyCell(rt.types.cell, rt.heap.incref(v, 'item'))));
  const functools = rt.modules.get('functools')!;
  const fn = rt.heap.register(new PyFunction(
    rt.types.function, code, rt.heap.incref(functools.dict, 'attr'),
    rt.internedStr('<lambda>'), rt.internedStr(code.code.qualname), null, null, rt.tuple(cells),
  ));
  initFunctionMetadata(rt, fn);
  // The simulator's module dicts have no __name__ entry: func_module is set as functools' globals would give it.
  if (!fn.module) fn.module = rt.internedStr('functools');
  return fn;
}
