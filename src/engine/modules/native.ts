// Shared plumbing for the modules written in TypeScript that stand in for CPython's C modules (math,
// random, operator, functools, itertools): lazy creation on first import, argument checks with
// CPython's wording, number conversions (PyFloat_AsDouble, PyNumber_Index) and "native classes"
// (objects such as functools.partial that are callable and carry their own strong references).
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from '../objects/object';
import { PyFloat, PyInt, toBig, type IntValue } from '../objects/scalars';
import { PyBuiltin, PyFunction, PyMethodDescr } from '../objects/callables';
import { PyInstance, PyMethod, createClass, lookupInMro } from '../objects/classes';
import { hasInstanceState } from '../objects/instance';
import { PyProperty } from '../objects/descriptors';
import { callDunder, findDunder } from '../objects/dunders';
import { dictSet } from '../objects/dictops';
import { closestName } from '../vm/suggestions';
import { hexAddress } from '../objects/repr';
import { plural, quotedList } from '../vm/arguments';
import { defineModule, type ModuleBuilder } from './define';
import { buildAsStartupObjects } from '../gc/startup';

export type Kwargs = Map<string, PyObject> | null;

// ---- modules -------------------------------------------------------------------------------------

const lazyBuilders = new WeakMap<Runtime, Map<string, () => void>>();

/**
 * Registers a module that is built the first time something looks it up in rt.modules (IMPORT_NAME),
 * as CPython loads math or itertools only when imported: programs that never import it see no extra
 * allocations (gc counts, addresses). Wraps rt.modules.get once per runtime.
 */
export function registerLazyModule(rt: Runtime, name: string, build: () => void): void {
  let builders = lazyBuilders.get(rt);
  if (!builders) {
    const table = new Map<string, () => void>();
    lazyBuilders.set(rt, table);
    builders = table;
    const modules = rt.modules;
    const originalGet = modules.get.bind(modules);
    modules.get = (key: string) => {
      const pending = table.get(key);
      if (pending && !modules.has(key)) {
        table.delete(key);
        // A module CPython loads at start-up allocates nothing when imported (gc/startup.ts).
        buildAsStartupObjects(rt.gc, rt.profile.gc.startup, key, pending, rt.recorder);
      }
      return originalGet(key);
    };
  }
  builders.set(name, build);
}

/** define.ts's ModuleBuilder, plus what the stand-ins for CPython's C modules need. */
export interface NativeModuleBuilder extends ModuleBuilder {
  /** Names real CPython's module has that the simulator does not implement: using one is "not supported". */
  known(names: readonly string[]): void;
  /** A function CPython has that the simulator cannot model yet: calling it stops the run as "not supported". */
  unsupportedFn(name: string, why: string): void;
}

/** A module built on first import (registerLazyModule) with defineModule. */
export function defineLazyModule(rt: Runtime, name: string, build: (m: NativeModuleBuilder) => void): void {
  registerLazyModule(rt, name, () => {
    defineModule(rt, name, (base) => {
      const m: NativeModuleBuilder = {
        module: base.module,
        set: (attr, value) => base.set(attr, value),
        fn: (attr, impl) => base.fn(attr, impl),
        known(names) {
          for (const n of names) rt.types.module.knownAttributes.add(`${name}.${n}`);
        },
        unsupportedFn(attr, why) {
          base.fn(attr, () => rt.unsupported(`${name}.${attr}()${why ? ` (${why})` : ''}`));
        },
      };
      build(m);
    });
  });
}

/** `names` when the profile is CPython 3.`minor` or later (for module attributes added in that version). */
export function since(rt: Runtime, minor: number, names: readonly string[]): readonly string[] {
  return rt.profile.versionInfo[1] >= minor ? names : [];
}

// ---- argument checks (CPython's wording) ---------------------------------------------------------

/** `_PyObject_FunctionStr`-style check used by METH_O / METH_FASTCALL functions: "math.sqrt() takes no keyword arguments". */
export function noKeywords(rt: Runtime, qualified: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${qualified}() takes no keyword arguments`);
}

/** METH_O: "math.sqrt() takes exactly one argument (0 given)". */
export function oneArg(rt: Runtime, qualified: string, args: PyObject[], kwargs: Kwargs): PyObject {
  noKeywords(rt, qualified, kwargs);
  if (args.length !== 1) rt.raise(rt.types.TypeError, `${qualified}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** _PyArg_CheckPositional: "pow expected 2 arguments, got 1", "log expected at least 1 argument, got 0". */
export function checkPositional(rt: Runtime, name: string, n: number, min: number, max: number): void {
  if (n < min) {
    rt.raise(rt.types.TypeError, `${name} expected ${min !== max ? 'at least ' : ''}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    rt.raise(rt.types.TypeError, `${name} expected ${min !== max ? 'at most ' : ''}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * An unexpected keyword argument, as _PyArg_UnpackKeywords / PyArg_ParseTupleAndKeywords word it:
 * 3.11–3.12 "'x' is an invalid keyword argument for f()", 3.13+ "f() got an unexpected keyword argument 'x'"
 * with a "Did you mean" suggestion among the parameter names.
 */
export function unexpectedKeyword(rt: Runtime, fname: string, key: string, allowed: readonly string[]): never {
  if (!rt.profile.messages.keywordSuggestions) rt.raise(rt.types.TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
  const suggestion = closestName(key, [...allowed]);
  return rt.raise(rt.types.TypeError, `${fname}() got an unexpected keyword argument '${key}'${suggestion ? `. Did you mean '${suggestion}'?` : ''}`);
}

/**
 * Binds positional and keyword arguments to `params` with the checks and messages of Argument Clinic's
 * _PyArg_UnpackKeywords (and PyArg_ParseTupleAndKeywords, which words them the same way): the first
 * `posOnly` parameters cannot be passed by keyword, the first `required` must be given, at most
 * `maxPositional` can be passed positionally (the rest are keyword-only). Returns one slot per parameter
 * (borrowed; undefined when not given).
 */
export function parseArgs(
  rt: Runtime, fname: string, args: PyObject[], kwargs: Kwargs,
  spec: { params: readonly string[]; required: number; maxPositional?: number; posOnly?: number },
): (PyObject | undefined)[] {
  const { params, required } = spec;
  const maxPositional = spec.maxPositional ?? params.length;
  const posOnly = spec.posOnly ?? 0;
  const minPositional = Math.min(required, maxPositional);
  const nargs = args.length;
  const total = nargs + (kwargs?.size ?? 0);
  const s = (n: number) => (n === 1 ? '' : 's');
  if (total > params.length) {
    rt.raise(rt.types.TypeError, `${fname}() takes at most ${params.length} ${nargs === 0 ? 'keyword ' : ''}argument${s(params.length)} (${total} given)`);
  }
  if (nargs < posOnly && nargs < minPositional) {
    rt.raise(rt.types.TypeError, `${fname}() takes ${minPositional < maxPositional ? 'at least' : 'exactly'} ${minPositional} positional argument${s(minPositional)} (${nargs} given)`);
  }
  if (nargs > maxPositional) {
    rt.raise(rt.types.TypeError, `${fname}() takes ${minPositional < maxPositional ? 'at most' : 'exactly'} ${maxPositional} positional argument${s(maxPositional)} (${nargs} given)`);
  }
  const values: (PyObject | undefined)[] = params.map((_, i) => args[i]);
  const unexpected: string[] = [];
  for (const [key, value] of kwargs ?? []) {
    const index = params.indexOf(key);
    if (index < 0 || index < posOnly) {
      unexpected.push(key);
      continue;
    }
    if (values[index] !== undefined) {
      rt.raise(rt.types.TypeError, `argument for ${fname}() given by name ('${key}') and position (${index + 1})`);
    }
    values[index] = value;
  }
  for (let i = 0; i < required; i++) {
    if (values[i] === undefined) rt.raise(rt.types.TypeError, `${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  if (unexpected.length > 0) unexpectedKeyword(rt, fname, unexpected[0]!, params.slice(posOnly));
  return values;
}

// ---- numbers -------------------------------------------------------------------------------------

/** PyNumber_Index: an int (bool counts), or a class's __index__; else "'T' object cannot be interpreted as an integer". */
export function asIndex(rt: Runtime, o: PyObject): IntValue {
  if (o instanceof PyInt) return o.value;
  if (o.type.isHeapType && findDunder(o, '__index__')) {
    const r = callDunder(rt, o, '__index__', [])!;
    try {
      if (!(r instanceof PyInt)) rt.raise(rt.types.TypeError, `__index__ returned non-int (type ${r.type.name})`);
      return (r as PyInt).value;
    } finally {
      rt.heap.decref(r);
    }
  }
  return rt.raise(rt.types.TypeError, `'${o.type.name}' object cannot be interpreted as an integer`);
}

export function asBigIndex(rt: Runtime, o: PyObject): bigint {
  return toBig(asIndex(rt, o));
}

/** int → float as PyLong_AsDouble: round half even, OverflowError beyond the float range. */
export function intToDouble(rt: Runtime, v: IntValue): number {
  const f = Number(v);
  if (!Number.isFinite(f)) rt.raise(rt.types.OverflowError, 'int too large to convert to float');
  return f;
}

/** PyFloat_AsDouble: float, int, __float__, __index__; else "must be real number, not T". */
export function asDouble(rt: Runtime, o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToDouble(rt, o.value);
  if (o.type.isHeapType) {
    if (findDunder(o, '__float__')) {
      const r = callDunder(rt, o, '__float__', [])!;
      try {
        if (!(r instanceof PyFloat)) rt.raise(rt.types.TypeError, `${o.type.name}.__float__ returned non-float (type ${r.type.name})`);
        return (r as PyFloat).value;
      } finally {
        rt.heap.decref(r);
      }
    }
    if (findDunder(o, '__index__')) return intToDouble(rt, asIndex(rt, o));
  }
  return rt.raise(rt.types.TypeError, `must be real number, not ${o.type.name}`);
}

// ---- native classes ------------------------------------------------------------------------------

/**
 * An instance of a class implemented natively (functools.partial, operator.itemgetter…): a class
 * instance (so it is callable through the class's __call__, has a __dict__ and holds its class) that
 * also owns the references in `held`, visited by the collector like CPython's tp_traverse.
 */
export class NativeInstance extends PyInstance {
  /** Owned references, in tp_traverse order; a null slot holds nothing. */
  readonly held: (PyObject | null)[] = [];
  constructor(type: PyType, readonly labels: readonly string[]) {
    super(type);
  }
  override traverse(visit: (child: PyObject) => void): void {
    visitHeld(this.held, visit);
    super.traverse(visit);
  }
  override referenceLabels(): string[] {
    return [...heldLabels(this.held, this.labels), ...super.referenceLabels()];
  }
}

/** tp_traverse over a native object's owned references (null slots hold nothing). */
export function visitHeld(held: readonly (PyObject | null)[], visit: (child: PyObject) => void): void {
  for (const h of held) if (h) visit(h);
}

/** The trace's labels for the references a native object holds, in `held` order. */
export function heldLabels(held: readonly (PyObject | null)[], labels: readonly string[]): string[] {
  const out: string[] = [];
  held.forEach((h, i) => { if (h) out.push(labels[i] ?? `[${i}]`); });
  return out;
}

export interface NativeClassSpec {
  /** tp_name, e.g. 'functools.partial' (for the messages of the class's own methods). */
  readonly tpName: string;
  /**
   * __name__ and __qualname__, e.g. 'partial'. The engine's classes have one name, used both for
   * type(x).__name__ and in error messages; CPython's messages say tp_name ('functools.partial').
   */
  readonly qualname: string;
  readonly module: string;
  /** self, positional args (borrowed), kwargs → new reference. */
  readonly call?: (self: NativeInstance, args: PyObject[], kwargs: Kwargs) => PyObject;
  /** Read-only data attributes (member descriptors): self → new reference. */
  readonly members?: Readonly<Record<string, (self: NativeInstance) => PyObject>>;
  /** Methods (method descriptors of the type): self, positional args (borrowed), kwargs → new reference. */
  readonly methods?: Readonly<Record<string, (self: NativeInstance, args: PyObject[], kwargs: Kwargs) => PyObject>>;
  /** The type has a __get__ that binds like a function's (functools._lru_cache_wrapper used as a method). */
  readonly bindsLikeFunction?: boolean;
  /** tp_repr: self and a repr function for what it holds → text. */
  readonly repr?: (self: NativeInstance, reprOf: (child: PyObject) => string) => string;
}

/**
 * Creates the class of a native object. The returned reference is the module state's own (kept for
 * the run, as CPython's module state keeps its heap types).
 */
export function nativeClass(rt: Runtime, spec: NativeClassSpec): PyType {
  const ns = rt.dict();
  const put = (name: string, value: PyObject) => {
    const key = rt.internedStr(name);
    dictSet(rt, ns, key, value);
    rt.heap.decref(key);
    rt.heap.decref(value);
  };
  put('__module__', rt.str(spec.module));
  if (spec.call) {
    const call = spec.call;
    put('__call__', rt.builtin('__call__', (_s, args, kwargs) => {
      const self = args[0];
      if (!(self instanceof NativeInstance)) return rt.raise(rt.types.TypeError, `descriptor '__call__' requires a '${spec.tpName}' object`);
      return call(self, args.slice(1), kwargs);
    }));
  }
  for (const [name, get] of Object.entries(spec.members ?? {})) {
    const getter = rt.builtin(name, (_s, args) => {
      const self = args[0];
      if (!(self instanceof NativeInstance)) return rt.raise(rt.types.TypeError, `descriptor '${name}' requires a '${spec.tpName}' object`);
      return get(self);
    });
    put(name, rt.heap.register(new PyProperty(rt.types.property, getter, null, null)));
  }
  try {
    const cls = createClass(rt, spec.qualname, spec.qualname, [], ns);
    cls.module = spec.module;
    cls.bindsLikeFunction = spec.bindsLikeFunction ?? false;
    cls.sizeUnmodelled = true;
    const nativeRepr = spec.repr;
    // The trace describes an object as it is registered, before it holds anything.
    if (nativeRepr) cls.nativeRepr = (self, reprOf) => ((self as NativeInstance).held.length === 0 ? `<${spec.tpName} object at ${hexAddress(self.address)}>` : nativeRepr(self as NativeInstance, reprOf));
    for (const [name, method] of Object.entries(spec.methods ?? {})) {
      cls.methods.set(name, (self, args, kwargs) => {
        if (!(self instanceof NativeInstance)) return rt.raise(rt.types.TypeError, `descriptor '${name}' requires a '${spec.tpName}' object`);
        return method(self, args, kwargs);
      });
    }
    return cls;
  } finally {
    rt.heap.decref(ns);
  }
}

/** A new instance of a native class; `held` are new references it takes over. */
export function newNativeInstance(rt: Runtime, cls: PyType, labels: readonly string[], held: (PyObject | null)[]): NativeInstance {
  const obj = rt.heap.register(new NativeInstance(cls, labels));
  rt.heap.incref(cls, 'attr');
  obj.held.push(...held);
  rt.recorder.touch(obj);
  return obj;
}

/** A static type for native iterator objects ('itertools.count'…). */
export function nativeType(rt: Runtime, tpName: string, gc = true): PyType {
  const t = new PyType(tpName, rt.types.object, { gc });
  t.type = rt.types.type;
  t.sizeUnmodelled = true;
  rt.heap.registerStatic(t);
  return t;
}

/** PyCallable_Check, as the builtin callable() decides it. */
export function isCallable(o: PyObject): boolean {
  if (o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyType || o instanceof PyMethodDescr || o instanceof PyMethod) return true;
  if (!o.type.isHeapType && o.type.lookupMethod('__call__')) return true;
  return hasInstanceState(o) && !!lookupInMro(o.type, '__call__');
}

/**
 * Binds arguments the way a Python-level function of CPython's standard library would (functools.update_wrapper
 * is Python code): positional-or-keyword `params`, the first `required` of them without a default, with
 * the interpreter's messages for missing, surplus, duplicate and unexpected arguments. Borrowed slots.
 */
export function bindPythonStyle(
  rt: Runtime, fname: string, args: PyObject[], kwargs: Kwargs, params: readonly string[], required: number,
): (PyObject | undefined)[] {
  const name = `${fname}()`;
  if (args.length > params.length) {
    const nkw = kwargs?.size ?? 0;
    const takes = required < params.length ? `from ${required} to ${params.length}` : `${params.length}`;
    const given = nkw > 0
      ? `${plural(args.length, 'positional argument')} (and ${plural(nkw, 'keyword-only argument')}) were given`
      : `${args.length} ${args.length === 1 ? 'was' : 'were'} given`;
    rt.raise(rt.types.TypeError, `${name} takes ${takes} positional argument${params.length === 1 && required === 1 ? '' : 's'} but ${given}`);
  }
  const values: (PyObject | undefined)[] = params.map((_, i) => args[i]);
  for (const [key, value] of kwargs ?? []) {
    const index = params.indexOf(key);
    if (index < 0) {
      const suggestion = rt.profile.messages.keywordSuggestions ? closestName(key, [...params]) : null;
      rt.raise(rt.types.TypeError, `${name} got an unexpected keyword argument '${key}'${suggestion ? `. Did you mean '${suggestion}'?` : ''}`);
    }
    if (values[index] !== undefined) rt.raise(rt.types.TypeError, `${name} got multiple values for argument '${key}'`);
    values[index] = value;
  }
  const missing = params.slice(0, required).filter((_, i) => values[i] === undefined);
  if (missing.length > 0) {
    rt.raise(rt.types.TypeError, `${name} missing ${plural(missing.length, 'required positional argument')}: ${quotedList(missing)}`);
  }
  return values;
}

/**
 * An object of a static type implemented natively (contextlib.suppress…): owns the references in `held`
 * (null slots hold nothing); its methods live in the type's method table.
 */
export class NativeObject extends PyObject {
  readonly held: (PyObject | null)[];
  constructor(readonly type: PyType, readonly labels: readonly string[], held: (PyObject | null)[]) {
    super();
    this.held = held;
  }
  override traverse(visit: (child: PyObject) => void): void {
    visitHeld(this.held, visit);
  }
  override referenceLabels(): string[] {
    return heldLabels(this.held, this.labels);
  }
}
