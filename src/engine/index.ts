// The engine's entry point: run a program, get CPython's output plus the recorded trace.
// Pure TypeScript: no vscode, no Node-only APIs (the parser's wasm bytes are passed in).
import type { RecordedTrace } from '../protocol/trace';
import { parseModule, type ParserWasm } from './syntax/parser';
import { PySyntaxError, UnsupportedError } from './syntax/errors';
import { compileModule } from './compiler/compiler';
import { PROFILES, withGcVariant, type GcVariant, type VersionId } from './profiles';
import { IncrementalCollector } from './gc/incremental';
import { vmRoots } from './gc/roots';
import { Recorder } from './trace/recorder';
import { Runtime } from './vm/runtime';
import type { PyFrameObject } from './objects/frames';
import { VM, StepLimitReached } from './vm/interpreter';
import { ConstantPool } from './vm/consts';
import { PyRaise, type PyException } from './objects/exceptions';
import type { PyFunction } from './objects/callables';
import { dictSet } from './objects/dictops';
import { repr, str } from './objects/repr';
import { PyInstance, lookupInMro } from './objects/classes';
import { PyGenerator } from './objects/generators';
import type { PyObject } from './objects/object';
import { installMethods } from './objects/methods';
import { installInitSlots, installObjectSlots, installSlotWrappers } from './objects/slotWrappers';
import { hasInstanceState } from './objects/instance';
import { createBuiltins } from './modules/builtins';
import { createSysModule } from './modules/sys';
import { createGcModule } from './modules/gc';
import { applyStartupState } from './gc/startup';
import { createOperatorModule } from './modules/operator';
import { createFunctoolsModule } from './modules/functools';
import { createTypesModule } from './modules/types';
import { createItertoolsModule } from './modules/itertools';
import { createMathModule } from './modules/math';
import { createRandomModule } from './modules/random';
import { createCopyModule } from './modules/copy';
import { finalizeInterpreter } from './vm/shutdown';
import { registerInSysModules } from './modules/sys';
import { earlyWarnings, formatWarning } from './compiler/warnings';
import { createWeakrefModule } from './modules/weakref';
import { createCollectionsModule } from './modules/collections';
import { createIoModule } from './modules/io';
import { createContextlibModule } from './modules/contextlib';
import { createDisModule } from './modules/dis';
import { createOsModule, createTimeModule } from './modules/timeos';
import { formatExceptionChain, formatSyntaxError } from './vm/traceback';

export type { ParserWasm } from './syntax/parser';
export type { GcVariant, VersionId } from './profiles';
export { VERSION_IDS, DEFAULT_VERSION, isVersionId, gcVariantsOf } from './profiles';
/** For the UI's "modelled" label on gc numbers: what the interpreter start-up state is and where it comes from. */
export { startupModel } from './gc/startup';

export interface RunOptions {
  readonly filename: string;
  readonly version: VersionId;
  readonly wasm: ParserWasm;
  /** Instruction budget; the run stops with a clear message when reached. */
  readonly maxInstructions?: number;
  /** Record the trace (on by default). */
  readonly record?: boolean;
  /** What input() reads, line by line (empty by default: input() raises EOFError). */
  readonly stdin?: string;
  /**
   * Another cyclic collector the version shipped in some patch releases (3.14: 'incremental', the GC of
   * 3.14.0–3.14.4); the version's default one when absent.
   */
  readonly gcVariant?: GcVariant;
}

export type RunOutcome = 'finished' | 'exception' | 'unsupported' | 'syntax' | 'limit';

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** As CPython: 0, or 1 on an uncaught exception or SyntaxError; 2 for "not supported"; 3 at the step limit. */
  readonly exitCode: number;
  readonly outcome: RunOutcome;
  readonly trace: RecordedTrace;
  /** For "not supported" and syntax errors: where. */
  readonly errorLine?: number;
  readonly errorMessage?: string;
}

export const DEFAULT_MAX_INSTRUCTIONS = 20_000_000;

export async function runSource(source: string, options: RunOptions): Promise<RunResult> {
  const selected = options.gcVariant ? withGcVariant(PROFILES[options.version], options.gcVariant) : PROFILES[options.version];
  if (!selected) throw new Error(`CPython ${options.version} has no ${options.gcVariant} garbage collector`);
  const profile = selected;
  const recorder = new Recorder(options.record ?? true);
  const lines = source.split(/\r?\n/);
  const finish = (rt: Runtime | null, exitCode: number, outcome: RunOutcome, extra: Partial<RunResult> = {}): RunResult => {
    recorder.emit({ k: 'end', exitCode, reason: outcome });
    return {
      stdout: rt?.stdout ?? '', stderr: (rt?.stderr ?? '') + (extra.stderr ?? ''), exitCode, outcome,
      trace: recorder.finish(options.version, options.filename), errorLine: extra.errorLine, errorMessage: extra.errorMessage,
    };
  };

  let compiled;
  // The parser's and the AST check's warnings, printed before the program runs or before a compiler error.
  let warnings = '';
  try {
    const module = await parseModule(source, options.wasm);
    warnings = earlyWarnings(module, profile).map((w) => formatWarning(options.filename, lines, w)).join('');
    compiled = compileModule(module, options.filename, source, profile);
  } catch (error) {
    if (error instanceof PySyntaxError) {
      const text = warnings + formatSyntaxError(error, options.filename, lines);
      recorder.emit({ k: 'output', stream: 'stderr', text });
      return finish(null, 1, 'syntax', { stderr: text, errorLine: error.line, errorMessage: `${error.className}: ${error.msg}` });
    }
    if (error instanceof UnsupportedError) return unsupportedResult(null, error);
    throw error;
  }

  const rt = new Runtime(profile, recorder);
  rt.stdin = options.stdin ?? '';
  if (warnings) rt.write('stderr', warnings);
  installMethods(rt);
  installObjectSlots(rt);
  installInitSlots(rt);
  installSlotWrappers(rt);
  rt.builtins = createBuiltins(rt);
  createSysModule(rt, options.filename);
  createGcModule(rt);
  createOperatorModule(rt);
  createFunctoolsModule(rt);
  createTypesModule(rt);
  createItertoolsModule(rt);
  createMathModule(rt);
  createRandomModule(rt);
  createCopyModule(rt);
  createWeakrefModule(rt);
  createCollectionsModule(rt);
  createIoModule(rt);
  createContextlibModule(rt);
  createDisModule(rt);
  createTimeModule(rt);
  createOsModule(rt);
  const main = rt.module('__main__');
  const nameKey = rt.internedStr('__name__');
  const nameValue = rt.internedStr('__main__');
  dictSet(rt, main.dict, nameKey, nameValue);
  rt.heap.decref(nameKey);
  rt.heap.decref(nameValue);
  registerInSysModules(rt, '__main__', main);
  rt.heap.decref(main);

  for (const w of compiled.warnings) rt.write('stderr', formatWarning(options.filename, lines, w));
  recorder.emit({ k: 'start' });
  const pool = new ConstantPool(rt, compiled.arenaKeys, compiled.arenaTwice);
  const vm = new VM(rt, pool, options.maxInstructions ?? DEFAULT_MAX_INSTRUCTIONS);
  rt.call = (callable, args, kwargs) => vm.callFromNative(callable, args, kwargs ?? null);
  if (rt.gc instanceof IncrementalCollector) {
    rt.gc.roots = vmRoots(rt, vm);
    rt.gc.settleBeforeProgram();
  }
  rt.runClassBody = (fn, ns) => vm.runFunction(fn as PyFunction, [], null, ns);
  rt.superContext = () => vm.superContext();
  rt.setItem = (c, k, v) => vm.storeSubscript(c, k, v);
  rt.delItem = (c, k) => vm.deleteSubscript(c, k);
  rt.localNames = () => vm.localNames();
  rt.currentGlobals = () => vm.frame.globals;
  rt.frameBack = (frame) => vm.frameBack(frame as PyFrameObject);
  rt.frameAt = (depth) => vm.frameAt(depth);
  rt.handledException = () => vm.handledException();
  rt.executedInstructions = () => vm.instructions;
  rt.resultDiscarded = () => {
    const f = vm.frames[vm.frames.length - 1];
    return f?.code.instructions[f.pc]?.op === 'POP_TOP';
  };
  rt.resumeGenerator = (gen, sent, thrown) => vm.resume(gen as PyGenerator, sent, thrown as PyException | null);
  rt.closeGenerator = (gen) => vm.closeGenerator(gen as PyGenerator);
  rt.heap.finalizer = (obj) => {
    // A suspended generator is closed when it dies, so its finally blocks run (_PyGen_Finalize).
    if (obj instanceof PyGenerator) return obj.frame && obj.started ? () => reportUnraisable(() => vm.closeGenerator(obj), obj) : null;
    if (!hasInstanceState(obj)) return null;
    const del = lookupInMro(obj.type, '__del__');
    if (!del) return null;
    return () => reportUnraisable(() => rt.heap.decref(rt.call(del, [obj])), del);
  };
  rt.reportUnraisable = reportUnraisable;
  // handle_callback: a weakref callback's exception is reported like a finalizer's.
  rt.heap.weakrefs.callCallback = (callback, wr) => reportUnraisable(() => rt.heap.decref(rt.call(callback, [wr])), callback);
  /** PyErr_WriteUnraisable: an exception in a finalizer is reported on stderr, and the program goes on. */
  function reportUnraisable(run: () => void, where: PyObject): void {
    try {
      run();
    } catch (error) {
      if (!(error instanceof PyRaise)) throw error;
      const message = (exc: PyException) => str(rt, exc);
      rt.write('stderr', `Exception ignored in: ${repr(rt, where, new Set(), false)}\n${formatExceptionChain(error.exc, message, lines, profile)}`);
      rt.heap.decref(error.exc);
    }
  }

  function unsupportedResult(runtime: Runtime | null, error: UnsupportedError): RunResult {
    const text = `${error.message}\n`;
    recorder.emit({ k: 'output', stream: 'stderr', text });
    return finish(runtime, 2, 'unsupported', { stderr: text, errorLine: error.line, errorMessage: error.message });
  }

  try {
    // The collector as a real interpreter leaves it when the first line runs (modelled, gc/startup.ts).
    applyStartupState(rt.gc, profile.gc.startup, main.dict, recorder);
    vm.runModule(compiled.code, main.dict);
    pool.release();
    finalizeInterpreter(rt);
    return finish(rt, 0, 'finished');
  } catch (error) {
    if (error instanceof PyRaise) {
      const message = (exc: PyException) => str(rt, exc) + (exc.suggestion ? `. Did you mean: '${exc.suggestion}'?` : '');
      rt.write('stderr', formatExceptionChain(error.exc, message, lines, profile));
      rt.heap.decref(error.exc);
      try {
        finalizeInterpreter(rt);
      } catch (atExit) {
        if (atExit instanceof UnsupportedError) return unsupportedResult(rt, atExit);
        throw atExit;
      }
      return finish(rt, 1, 'exception', { errorLine: error.exc.traceback[error.exc.traceback.length - 1]?.line });
    }
    if (error instanceof UnsupportedError) return unsupportedResult(rt, error);
    if (error instanceof StepLimitReached) {
      const text = `pymemlab: stopped after ${error.limit} instructions (the step budget); raise it with --max-steps\n`;
      recorder.emit({ k: 'output', stream: 'stderr', text });
      return finish(rt, 3, 'limit', { stderr: text });
    }
    throw error;
  }
}
