// One interpreter's state: the heap, the collector, the built-in types and singletons, and the
// factories every part of the engine uses to create objects (so each allocation is recorded).
import { DEFAULT_INT_MAX_STR_DIGITS } from '../objects/intdigits';
import type { Profile } from '../profiles/types';
import { Heap } from '../memory/heap';
import { gcSnapshot } from '../gc/snapshot';
import type { Collector } from '../gc/collector';
import { createCollector } from '../gc/incremental';
import { Recorder } from '../trace/recorder';
import { createBuiltinTypes, type BuiltinTypes } from '../objects/types';
import { PyObject, type BuiltinImpl, type PyType } from '../objects/object';
import { PyEllipsis, PyFloat, PyInt, PyNone, PyStr, type IntValue } from '../objects/scalars';
import { PyDict, PyList, PySlice, PyTuple } from '../objects/containers';
import { PyByteArray, PyBytes, exactAllocation } from '../objects/bytes';
import { PyBuiltin, PyModule } from '../objects/callables';
import { PyException, PyRaise } from '../objects/exceptions';
import { shortRepr } from '../objects/repr';
import { UnsupportedError } from '../syntax/errors';

const SMALL_INT_MIN = -5;
const SMALL_INT_MAX = 256;

export class Runtime {
  readonly heap: Heap;
  readonly gc: Collector;
  readonly types: BuiltinTypes;
  readonly None: PyNone;
  readonly True: PyInt;
  readonly False: PyInt;
  readonly Ellipsis: PyEllipsis;
  readonly NotImplemented: PyEllipsis;
  readonly emptyTuple: PyTuple;
  readonly emptyStr: PyStr;
  readonly emptyBytes: PyBytes;
  /** The one-byte bytes objects CPython keeps as statically allocated singletons (made on first use). */
  private readonly byteChars = new Map<number, PyBytes>();
  private readonly smallInts: PyInt[] = [];
  private readonly latin1 = new Map<number, PyStr>();
  /** Interned strings (identifiers): one object per value. */
  private readonly interned = new Map<string, PyStr>();
  readonly modules = new Map<string, PyModule>();
  builtins!: PyDict;
  stdout = '';
  /** Run after the main module finished, most recently registered first (atexit). */
  readonly exitHooks: (() => void)[] = [];
  stderr = '';
  /** sys.getrecursionlimit(): starts at the profile's default, sys.setrecursionlimit changes it. */
  recursionLimit: number;
  /** sys.get_int_max_str_digits(): the int↔str conversion limit (intdigits.ts). */
  intMaxStrDigits = DEFAULT_INT_MAX_STR_DIGITS;
  /** The simulated standard input that input() reads, and how far it has read. */
  stdin = '';
  stdinPos = 0;
  /** Line currently executing, for "not supported" errors raised from built-ins. */
  currentLine = 0;
  /** Set by the VM: calls any callable with borrowed arguments; returns a new reference. */
  call!: (callable: PyObject, args: PyObject[], kwargs?: Map<string, PyObject> | null) => PyObject;
  /** Set by the VM: container[key] = value and del container[key] (STORE_SUBSCR, DELETE_SUBSCR). */
  setItem!: (container: PyObject, key: PyObject, value: PyObject) => void;
  delItem!: (container: PyObject, key: PyObject) => void;
  /** Set by the VM: runs a class body in its namespace; returns the body's result (the __class__ cell or None). */
  runClassBody!: (fn: PyObject, namespace: PyDict) => PyObject;
  /** Set by the VM: runs a generator until it yields or finishes. */
  resumeGenerator!: (gen: PyObject, sent: PyObject, thrown: PyObject | null) => { done: boolean; value: PyObject };
  /** Set by the engine: runs `run`, reporting a Python exception as CPython's PyErr_WriteUnraisable(where) does. */
  reportUnraisable: (run: () => void, where: PyObject) => void = (run) => run();
  /** Set by the VM: how many bytecode instructions have run so far (the time module's modelled clock). */
  executedInstructions: () => number = () => 0;
  /** Set by the VM: the running native call's result is dropped at once (the next instruction is POP_TOP). */
  resultDiscarded: () => boolean = () => false;
  /** Set by the VM: generator.close(). */
  closeGenerator!: (gen: PyObject) => void;
  /** Set by the VM: the running frame's globals dict (borrowed). */
  currentGlobals!: () => PyDict;
  /** Set by the VM: the names bound in the running frame (dir() and locals() without arguments). */
  localNames!: () => string[];
  /** Set by the VM: f_back of a frame object (new reference). */
  frameBack!: (frame: PyObject) => PyObject;
  /** Set by the VM: sys._getframe(depth) (new reference). */
  frameAt!: (depth: number) => PyObject;
  /** Set by the VM: sys.exception(), the exception being handled or None (new reference). */
  handledException!: () => PyObject;
  /** Set by the VM: the running function's first argument and __class__ cell, for super(). */
  superContext!: () => { cell: PyObject | null; self: PyObject | null };

  constructor(readonly profile: Profile, readonly recorder: Recorder) {
    this.recursionLimit = profile.recursionLimit;
    this.heap = new Heap(profile, recorder);
    this.gc = createCollector(this.heap, profile);
    this.heap.collector = this.gc;
    recorder.gcSnapshot = () => gcSnapshot(this.gc);
    // Containers are described from their recorded contents at replay time.
    this.heap.describe = (obj) => (obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyDict ? '' : shortRepr(this, obj));
    // A bytearray's repr changes with its contents: the panel gets the new one at the next flush.
    recorder.redescribe = (obj) => (obj instanceof PyByteArray ? shortRepr(this, obj) : null);
    this.types = createBuiltinTypes();
    for (const t of Object.values(this.types)) this.heap.registerStatic(t);
    this.None = this.heap.registerStatic(new PyNone(this.types.NoneType));
    this.False = this.heap.registerStatic(new PyInt(this.types.bool, 0));
    this.True = this.heap.registerStatic(new PyInt(this.types.bool, 1));
    this.Ellipsis = this.heap.registerStatic(new PyEllipsis(this.types.ellipsis));
    this.NotImplemented = this.heap.registerStatic(new PyEllipsis(this.types.NotImplementedType));
    for (let v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
      this.smallInts.push(this.heap.registerStatic(new PyInt(this.types.int, v), this.heap.addresses.smallIntAddress(v)));
    }
    this.emptyTuple = this.heap.registerStatic(new PyTuple(this.types.tuple, []));
    this.emptyStr = this.heap.registerStatic(new PyStr(this.types.str, ''));
    this.emptyBytes = this.heap.registerStatic(new PyBytes(this.types.bytes, new Uint8Array(0)));
    const t = this.types;
    this.heap.freelists.bindTypes({
      float: t.float, int: t.int, tuple: t.tuple, list: t.list, list_iterator: t.list_iterator, tuple_iterator: t.tuple_iterator,
      dict: t.dict, slice: t.slice, range: t.range, range_iterator: t.range_iterator,
      builtin_function_or_method: t.builtin_function_or_method, method: t.method,
    });
    this.heap.seedStartupFreelists(new PySlice(t.slice, this.None, this.None, this.None));
  }

  // ---- factories: each returns a NEW reference ------------------------------------------------

  int(value: IntValue): PyInt {
    if (typeof value === 'number' && value >= SMALL_INT_MIN && value <= SMALL_INT_MAX && Number.isInteger(value)) {
      return this.heap.incref(this.smallInts[value - SMALL_INT_MIN]!);
    }
    return this.heap.register(new PyInt(this.types.int, value));
  }

  bool(value: boolean): PyInt {
    return this.heap.incref(value ? this.True : this.False);
  }

  none(): PyNone {
    return this.heap.incref(this.None);
  }

  float(value: number): PyFloat {
    return this.heap.register(new PyFloat(this.types.float, value));
  }

  str(value: string): PyStr {
    if (value.length === 0) return this.heap.incref(this.emptyStr);
    if (value.length === 1 && value.charCodeAt(0) < 256) {
      const code = value.charCodeAt(0);
      let s = this.latin1.get(code);
      if (!s) {
        s = this.heap.registerStatic(new PyStr(this.types.str, value));
        this.latin1.set(code, s);
      }
      return this.heap.incref(s);
    }
    return this.heap.register(new PyStr(this.types.str, value));
  }

  /** A bytes object owning `data`: b'' and one-byte values are CPython's immortal singletons. */
  bytes(data: Uint8Array): PyBytes {
    if (data.length === 0) return this.heap.incref(this.emptyBytes);
    if (data.length === 1) {
      const code = data[0]!;
      let b = this.byteChars.get(code);
      if (!b) {
        b = this.heap.registerStatic(new PyBytes(this.types.bytes, data));
        this.byteChars.set(code, b);
      }
      return this.heap.incref(b);
    }
    return this.heap.register(new PyBytes(this.types.bytes, data));
  }

  /** A bytearray holding a copy of `data`, allocated exactly as PyByteArray_FromStringAndSize does. */
  bytearray(data: Uint8Array, allocated = exactAllocation(data.length)): PyByteArray {
    return this.heap.register(new PyByteArray(this.types.bytearray, data, allocated));
  }

  /** An interned string (identifiers, attribute and keyword names). */
  internedStr(value: string): PyStr {
    if (value.length <= 1) return this.str(value);
    // The interned table's own references are not counted (CPython excludes them too).
    const existing = this.interned.get(value);
    if (existing && !existing.freed) return this.heap.incref(existing);
    const s = this.heap.register(new PyStr(this.types.str, value));
    this.interned.set(value, s);
    return s;
  }

  /** A list that takes over the given references. */
  list(items: PyObject[], allocated?: number): PyList {
    const list = this.heap.register(new PyList(this.types.list, items, allocated));
    return list;
  }

  /** A tuple that takes over the given references. */
  tuple(items: PyObject[]): PyTuple {
    if (items.length === 0) return this.heap.incref(this.emptyTuple);
    return this.heap.register(new PyTuple(this.types.tuple, items));
  }

  /**
   * An exception's args (takes over the references). 3.14 creates a tuple of untracked items untracked
   * (_PyTuple_FromArray), so it is not in a collection's count.
   */
  argsTuple(items: PyObject[]): PyTuple {
    if (items.length === 0) return this.heap.incref(this.emptyTuple);
    const track = !this.profile.gc.tuplesUntrackedAtCreation || items.some((item) => item.tracked);
    return this.heap.register(new PyTuple(this.types.tuple, items), track);
  }

  dict(): PyDict {
    return this.heap.register(new PyDict(this.types.dict), this.profile.gc.dictsAlwaysTracked);
  }

  builtin(name: string, impl: BuiltinImpl, self: PyObject | null = null): PyBuiltin {
    if (self) this.heap.incref(self, 'attr');
    return this.heap.register(new PyBuiltin(this.types.builtin_function_or_method, name, impl, self));
  }

  module(name: string): PyModule {
    const dict = this.dict();
    const module = this.heap.register(new PyModule(this.types.module, name, dict));
    this.modules.set(name, this.heap.incref(module, 'internal'));
    return module;
  }

  // ---- errors ---------------------------------------------------------------------------------

  exception(type: PyType, message: string | null): PyException {
    const args = message === null ? this.tuple([]) : this.argsTuple([this.str(message)]);
    return this.heap.register(new PyException(type, args));
  }

  /** Raise a Python exception of `type` with a message. */
  raise(type: PyType, message: string | null): never {
    throw new PyRaise(this.exception(type, message));
  }

  /** Raise with an arbitrary object as the single argument (KeyError keeps the key). */
  raiseWith(type: PyType, arg: PyObject): never {
    this.heap.incref(arg, 'item');
    throw new PyRaise(this.heap.register(new PyException(type, this.argsTuple([arg]))));
  }

  /** Py_FinalizeEx's atexit step: the registered hooks, last registered first. */
  runExitHooks(): void {
    while (this.exitHooks.length > 0) this.exitHooks.pop()!();
  }

  unsupported(what: string): never {
    throw new UnsupportedError(what, this.currentLine);
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    if (stream === 'stdout') this.stdout += text;
    else this.stderr += text;
    this.recorder.emit({ k: 'output', stream, text });
  }
}
