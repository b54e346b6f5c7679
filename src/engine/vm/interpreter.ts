// The evaluation loop. Every value on the stack is a reference the frame owns (or, on 3.14, a
// borrowed one, flagged in frame.borrowed); every opcode takes and releases references exactly as
// CPython's bytecodes.c does, so reference counts follow from this discipline alone.
import { PyByteArray } from '../objects/bytes';
import { byteArrayDelItem, byteArraySetItem } from '../objects/bytearrayops';
import type { CodeObject } from '../compiler/code';
import { OPCODES, type Opcode } from '../compiler/opcodes';
import { BINARY_OPS, COMPARE_OPS, INPLACE_OFFSET } from '../compiler/compiler';
import { PyObject, PyType, type InlineCallPlan } from '../objects/object';
import type { ExceptionTableEntry } from '../compiler/code';
import { PyInt, PyStr } from '../objects/scalars';
import { PyDict, PyList, PySlice, PyTuple } from '../objects/containers';
import { PyBuiltin, PyCell, PyCode, PyFunction, PyMethodDescr } from '../objects/callables';
import { PyException, PyRaise } from '../objects/exceptions';
import { binaryOp, unaryOp } from '../objects/number';
import { collect, compareObject, contains, getItem, getIter, isTrue, iterNext, length, normalizeIndex, sequenceIndex, sliceIndices } from '../objects/protocols';
import { dictDelete, dictGetStr, dictSet } from '../objects/dictops';
import { dictUpdate, hasKeysMethod, mergeCallKeywords } from '../objects/dictmerge';
import { listAppendSteal, listExtendSteal, listRemoveAt, listSetSteal } from '../objects/listops';
import { repr, str } from '../objects/repr';
import { formatValue } from '../objects/format';
import { deleteAttribute, getAttribute, loadMethod, setAttribute } from '../objects/attributes';
import { UnsupportedError } from '../syntax/errors';
import { Frame } from './frame';
import type { Runtime } from './runtime';
import type { ConstantPool } from './consts';
import { bindArguments } from './arguments';
import { PyInstance, PyMethod, bindDescriptor, instanceGetOwn, lookupInMro } from '../objects/classes';
import { instantiate } from '../objects/instantiate';
import { PyGenerator } from '../objects/generators';
import { PyFrameObject, PyTraceback } from '../objects/frames';
import { PySet, setAdd, setMerge } from '../objects/sets';
import { STDLIB_MODULES } from '../modules/stdlibNames';
import { initFunctionMetadata } from '../objects/functionAttributes';
import { isCPythonBuiltin } from '../modules/builtinNames';
import { callDunder } from '../objects/dunders';
import { hasInstanceState } from '../objects/instance';
import { callBuiltinType } from '../modules/constructors';
import { isMatchMapping, isMatchSequence, matchClass, matchKeys } from './matching';

void OPCODES;

import { closestName } from './suggestions';

export class StepLimitReached extends Error {
  constructor(readonly limit: number) {
    super(`step limit of ${limit} instructions reached`);
  }
}

export class VM {
  readonly frames: Frame[] = [];
  private nextFrameId = 1;
  instructions = 0;
  /** The exception being handled (sys.exception()), or None; holds one reference. */
  private handled: PyObject;
  /** How the last nested loop ended: its base frame returned, or (a generator) yielded. */
  private lastExit: 'return' | 'yield' = 'return';

  constructor(
    readonly rt: Runtime,
    readonly pool: ConstantPool,
    readonly maxInstructions: number,
  ) {
    this.handled = rt.none();
  }

  get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** Runs a module's code to completion; a Python exception escapes as PyRaise with its traceback. */
  runModule(code: CodeObject, globals: PyDict): void {
    const pycode = this.pool.code(code);
    const frame = new Frame(this.nextFrameId++, code, pycode, globals, globals, null);
    this.pushFrame(frame);
    this.rt.heap.decref(this.loop(0));
  }

  /**
   * Calls any callable from TypeScript (built-ins, protocols, class creation) with borrowed arguments.
   * A Python function runs in a nested evaluation loop over the same frame stack. Returns a new reference.
   */
  callFromNative(callable: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
    if (callable instanceof PyMethod) return this.callFromNative(callable.func, [callable.self, ...args], kwargs);
    if (callable instanceof PyFunction) return this.runFunction(callable, args, kwargs, null);
    return this.callNative(callable, null, args, kwargs);
  }

  /** The names bound in the running frame: its namespace dict's keys, or its bound fast locals and cells. */
  localNames(): string[] {
    const f = this.frame;
    if (f.locals) return [...f.locals.entries.values()].map((e) => (e.key as PyStr).value);
    return f.code.localsplusNames.filter((_, i) => {
      const v = f.fast[i];
      return v && !(v instanceof PyCell && !v.value);
    });
  }

  /** For zero-argument super(): the __class__ cell and first argument of the running function. */
  superContext(): { cell: PyObject | null; self: PyObject | null } {
    const f = this.frame;
    const index = f.code.localsplusNames.indexOf('__class__');
    const first = f.fast[0] ?? null;
    const self = first instanceof PyCell && f.code.cellvars.includes(f.code.varnames[0] ?? '') ? first.value : first;
    return { cell: index >= 0 ? (f.fast[index] ?? null) : null, self: f.code.argcount > 0 ? self : null };
  }

  /** Runs a Python function to completion; `locals` makes it a class body running in that namespace. */
  runFunction(fn: PyFunction, args: PyObject[], kwargs: Map<string, PyObject> | null, locals: PyDict | null): PyObject {
    const rt = this.rt;
    if (this.depth() >= rt.recursionLimit) rt.raise(rt.types.RecursionError, 'maximum recursion depth exceeded');
    const frame = new Frame(this.nextFrameId++, fn.code.code, fn.code, fn.globals, locals, rt.heap.incref(fn, 'internal'));
    const kwnames = kwargs ? [...kwargs.keys()] : null;
    const all = [...args, ...(kwargs ? kwargs.values() : [])].map((a) => rt.heap.incref(a));
    try {
      bindArguments(rt, fn, frame, all, all.map(() => false), kwnames);
    } catch (error) {
      frame.fast.forEach((v) => v && rt.heap.decref(v));
      rt.heap.decref(fn, 'internal');
      throw error;
    }
    if (fn.code.code.isGenerator) return this.makeGenerator(frame);
    this.pushFrame(frame);
    return this.loop(this.frames.length - 1);
  }

  /** A generator owns its frame (moved to the heap: borrowed locals become owned references). */
  private makeGenerator(frame: Frame): PyGenerator {
    const rt = this.rt;
    frame.fast.forEach((v, i) => {
      if (v && frame.fastBorrowed[i]) rt.heap.incref(v);
      frame.fastBorrowed[i] = false;
    });
    // The prologue (closure cells, MAKE_CELL) runs in the call, as in CPython; the body waits for the first resumption.
    let pc = 0;
    for (let ins = frame.code.instructions[pc]!; ins.op !== 'RETURN_GENERATOR'; ins = frame.code.instructions[++pc]!) {
      if (ins.op === 'COPY_FREE_VARS') this.copyFreeVars(frame, ins.arg);
      else if (ins.op === 'MAKE_CELL') this.makeCell(frame, ins.arg);
    }
    frame.pc = pc + 1; // past RETURN_GENERATOR: the first resumption's value is popped by POP_TOP
    return rt.heap.register(new PyGenerator(rt.types.generator, frame, frame.code.name, frame.code.qualname));
  }

  /**
   * Runs a generator until it yields or finishes (send/throw). `sent` is borrowed; `thrown` is raised at
   * the yield point (an owned reference). Returns what it yielded or returned (a new reference).
   */
  resume(gen: PyGenerator, sent: PyObject, thrown: PyException | null): { done: boolean; value: PyObject } {
    const rt = this.rt;
    if (gen.running) rt.raise(rt.types.ValueError, 'generator already executing');
    const frame = gen.frame;
    if (!frame) {
      if (thrown) throw new PyRaise(thrown);
      return { done: true, value: rt.none() };
    }
    if (!gen.started && sent !== rt.None && !thrown) rt.raise(rt.types.TypeError, "can't send non-None value to a just-started generator");
    gen.running = true;
    gen.started = true;
    this.pushFrame(frame);
    frame.fast.forEach((v, i) => v && rt.recorder.emit({ k: 'bind', frame: frame.id, name: frame.code.localsplusNames[i]!, obj: v.id }));
    this.push(frame, rt.heap.incref(sent));
    const base = this.frames.length - 1;
    try {
      if (thrown) {
        this.chain(thrown);
        this.addTraceback(thrown, frame);
        if (!this.findHandler(thrown, base)) throw new PyRaise(thrown);
      }
      const value = this.loop(base);
      if (this.lastExit === 'yield') return { done: false, value };
      gen.frame = null;
      return { done: true, value };
    } catch (error) {
      gen.frame = null;
      if (error instanceof PyRaise && error.exc.type.isSubtypeOf(rt.types.StopIteration)) {
        // PEP 479: StopIteration escaping a generator becomes a RuntimeError.
        const wrapped = rt.exception(rt.types.RuntimeError, 'generator raised StopIteration');
        wrapped.cause = error.exc;
        wrapped.context = rt.heap.incref(error.exc, 'attr');
        wrapped.suppressContext = true;
        throw new PyRaise(wrapped);
      }
      throw error;
    } finally {
      gen.running = false;
    }
  }

  /** generator.close(): GeneratorExit at the yield point; the generator must not yield again. */
  closeGenerator(gen: PyGenerator): void {
    const rt = this.rt;
    if (!gen.frame) return;
    if (!gen.started) {
      const frame = gen.frame;
      gen.frame = null;
      frame.fast.forEach((v, i) => {
        if (v) {
          frame.fast[i] = null;
          rt.heap.decref(v);
        }
      });
      if (frame.func) rt.heap.decref(frame.func, 'internal');
      rt.recorder.touch(gen);
      return;
    }
    try {
      const result = this.resume(gen, rt.None, rt.exception(rt.types.GeneratorExit, null));
      rt.heap.decref(result.value);
      if (!result.done) rt.raise(rt.types.RuntimeError, 'generator ignored GeneratorExit');
    } catch (error) {
      if (error instanceof PyRaise && (error.exc.type.isSubtypeOf(rt.types.GeneratorExit) || error.exc.type.isSubtypeOf(rt.types.StopIteration))) {
        rt.heap.decref(error.exc);
        return;
      }
      throw error;
    }
  }

  /** Calls what is not a Python function: built-ins, method descriptors, types and classes, callable instances. */
  callNative(callable: PyObject, self: PyObject | null, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
    const rt = this.rt;
    const all = self ? [self, ...args] : args;
    if (callable instanceof PyBuiltin) return callable.impl(callable.self ?? rt.None, all, kwargs);
    if (callable instanceof PyMethod) return this.callFromNative(callable, all, kwargs);
    if (callable instanceof PyMethodDescr) {
      if (!self) {
        if (args.length === 0) rt.raise(rt.types.TypeError, `unbound method ${callable.owner.name}.${callable.name}() needs an argument`);
        return callable.impl(args[0]!, args.slice(1), kwargs);
      }
      return callable.impl(self, args, kwargs);
    }
    if (callable instanceof PyType && callable.isHeapType) return instantiate(rt, callable, all, kwargs);
    const viaType = callBuiltinType(rt, callable, all, kwargs);
    if (viaType) return viaType;
    if (hasInstanceState(callable)) {
      const call = lookupInMro(callable.type, '__call__');
      if (call) return this.callFromNative(call, [callable, ...all], kwargs);
    }
    const nativeCall = callable.type.isHeapType ? undefined : callable.type.lookupMethod('__call__');
    if (nativeCall) return nativeCall(callable, all, kwargs);
    return rt.raise(rt.types.TypeError, `'${callable.type.name}' object is not callable`);
  }

  private pushFrame(frame: Frame): void {
    const parent = this.frames.length > 0 ? this.frame.id : 0;
    this.frames.push(frame);
    this.rt.recorder.emit({
      k: 'frame', frame: frame.id, parent, name: frame.code.qualname, line: frame.code.firstLine, namespace: frame.locals?.id ?? -1,
    });
  }

  /** MAKE_CELL: the slot's value (or NULL) moves into a new cell. */
  private makeCell(f: Frame, slot: number): void {
    const rt = this.rt;
    const value = f.fast[slot] ?? null;
    if (value && f.fastBorrowed[slot]) rt.heap.incref(value);
    const cell = rt.heap.register(new PyCell(rt.types.cell, value));
    f.fast[slot] = cell;
    f.fastBorrowed[slot] = false;
    rt.recorder.emit({ k: 'bind', frame: f.id, name: f.code.localsplusNames[slot]!, obj: cell.id });
  }

  /** COPY_FREE_VARS: the function's closure cells into the last `count` slots. */
  private copyFreeVars(f: Frame, count: number): void {
    const rt = this.rt;
    const closure = f.func!.closure!.items;
    const offset = f.code.localsplusNames.indexOf(f.code.freevars[0]!);
    for (let i = 0; i < count; i++) {
      f.fast[offset + i] = rt.heap.incref(closure[i]!, 'name');
      rt.recorder.emit({ k: 'bind', frame: f.id, name: f.code.localsplusNames[offset + i]!, obj: closure[i]!.id });
    }
  }

  // ---- stack helpers --------------------------------------------------------------------------

  private push(f: Frame, obj: PyObject | null, borrowed = false): void {
    f.stack.push(obj);
    f.borrowed.push(borrowed);
  }

  /** Pops a reference the caller must release with `drop` (or turn into an owned one with `own`). */
  private pop(f: Frame): PyObject {
    f.borrowed.pop();
    return f.stack.pop()!;
  }

  private popWithFlag(f: Frame): [PyObject | null, boolean] {
    const b = f.borrowed.pop()!;
    return [f.stack.pop()!, b];
  }

  /** Pops and returns an owned reference (a borrowed one is made strong, PyStackRef_AsPyObjectSteal). */
  private popOwned(f: Frame): PyObject {
    const [obj, borrowed] = this.popWithFlag(f);
    if (borrowed) this.rt.heap.incref(obj!);
    return obj!;
  }

  private popOwnedN(f: Frame, n: number): PyObject[] {
    const out = new Array<PyObject>(n);
    for (let i = n - 1; i >= 0; i--) out[i] = this.popOwned(f);
    return out;
  }

  private drop(obj: PyObject | null, borrowed: boolean): void {
    if (obj && !borrowed) this.rt.heap.decref(obj);
  }

  /** Pops the top and releases it. */
  private popDrop(f: Frame): void {
    const [obj, borrowed] = this.popWithFlag(f);
    this.drop(obj, borrowed);
  }

  // ---- the loop -------------------------------------------------------------------------------

  /** Runs frames from index `baseDepth` until that frame returns; returns its value (a new reference). */
  private loop(baseDepth: number): PyObject {
    const rt = this.rt;
    const heap = rt.heap;
    for (;;) {
      const f = this.frame;
      const ins = f.code.instructions[f.pc++]!;
      if (++this.instructions > this.maxInstructions) throw new StepLimitReached(this.maxInstructions);
      const line = ins.pos.line;
      if (line > 0 && line !== f.lastLine) {
        f.lastLine = line;
        rt.currentLine = line;
        rt.recorder.line(f.id, line);
      }
      try {
        switch (ins.op as Opcode) {
          case 'NOP': break;
          case 'RESUME': if (ins.arg < 2) rt.gc.runPending(); break;
          case 'POP_TOP': this.popDrop(f); break;
          case 'PUSH_NULL': this.push(f, null); break;
          case 'COPY': {
            const i = f.stack.length - ins.arg;
            const obj = f.stack[i]!;
            const borrowed = f.borrowed[i]!;
            if (!borrowed) heap.incref(obj);
            this.push(f, obj, borrowed);
            break;
          }
          case 'SWAP': {
            const top = f.stack.length - 1;
            const other = f.stack.length - ins.arg;
            [f.stack[top], f.stack[other]] = [f.stack[other]!, f.stack[top]!];
            [f.borrowed[top], f.borrowed[other]] = [f.borrowed[other]!, f.borrowed[top]!];
            break;
          }
          case 'LOAD_CONST': this.push(f, heap.incref(f.pycode.consts[ins.arg]!, 'stack')); break;
          case 'LOAD_NAME': {
            const name = f.names[ins.arg]!;
            const value = dictGetStr(f.locals!, name.value) ?? dictGetStr(f.globals, name.value) ?? dictGetStr(rt.builtins, name.value);
            if (!value) this.nameError(name.value);
            this.push(f, heap.incref(value));
            break;
          }
          case 'STORE_NAME': {
            const value = this.popOwned(f);
            dictSet(rt, f.locals!, f.names[ins.arg]!, value);
            rt.recorder.emit({ k: 'bind', frame: f.id, name: f.names[ins.arg]!.value, obj: value.id });
            heap.decref(value);
            break;
          }
          case 'SETUP_ANNOTATIONS': {
            if (!dictGetStr(f.locals!, '__annotations__')) {
              const annotations = rt.dict();
              const key = rt.internedStr('__annotations__');
              dictSet(rt, f.locals!, key, annotations);
              rt.recorder.emit({ k: 'bind', frame: f.id, name: '__annotations__', obj: annotations.id });
              heap.decref(key);
              heap.decref(annotations);
            }
            break;
          }
          case 'DELETE_NAME': {
            const name = f.names[ins.arg]!;
            if (!dictDelete(rt, f.locals!, name)) this.nameError(name.value);
            rt.recorder.emit({ k: 'bind', frame: f.id, name: name.value, obj: -1 });
            break;
          }
          case 'LOAD_GLOBAL': {
            const name = f.names[ins.arg >> 1]!;
            const value = dictGetStr(f.globals, name.value) ?? dictGetStr(rt.builtins, name.value);
            if (!value) this.nameError(name.value);
            this.push(f, heap.incref(value));
            if (ins.arg & 1) this.push(f, null);
            break;
          }
          case 'STORE_GLOBAL': {
            const value = this.popOwned(f);
            dictSet(rt, f.globals, f.names[ins.arg]!, value);
            rt.recorder.emit({ k: 'bind', frame: this.frames[0]!.id, name: f.names[ins.arg]!.value, obj: value.id });
            heap.decref(value);
            break;
          }
          case 'DELETE_GLOBAL': {
            const name = f.names[ins.arg]!;
            if (!dictDelete(rt, f.globals, name)) this.nameError(name.value);
            rt.recorder.emit({ k: 'bind', frame: this.frames[0]!.id, name: name.value, obj: -1 });
            break;
          }
          case 'LOAD_FAST':
          case 'LOAD_FAST_CHECK': {
            const value = f.fast[ins.arg];
            if (!value) this.unboundLocal(f, ins.arg);
            const slotBorrowed = f.fastBorrowed[ins.arg]!;
            if (!slotBorrowed) heap.incref(value);
            this.push(f, value, slotBorrowed);
            break;
          }
          case 'LOAD_FAST_AND_CLEAR': {
            // The value (or NULL) moves onto the stack, reference and all.
            this.push(f, f.fast[ins.arg] ?? null, f.fastBorrowed[ins.arg]!);
            f.fast[ins.arg] = null;
            f.fastBorrowed[ins.arg] = false;
            break;
          }
          case 'MAP_ADD': {
            const [value, vb] = this.popWithFlag(f);
            const [key, kb] = this.popWithFlag(f);
            try {
              dictSet(rt, f.stack[f.stack.length - ins.arg] as PyDict, key!, value!);
            } finally {
              this.drop(key, kb);
              this.drop(value, vb);
            }
            break;
          }
          case 'LOAD_FAST_BORROW': {
            const value = f.fast[ins.arg];
            if (!value) this.unboundLocal(f, ins.arg);
            this.push(f, value, true);
            break;
          }
          case 'STORE_FAST': {
            const [value, borrowed] = this.popWithFlag(f);
            const old = f.fast[ins.arg];
            const oldBorrowed = f.fastBorrowed[ins.arg]!;
            f.fast[ins.arg] = value;
            f.fastBorrowed[ins.arg] = borrowed;
            rt.recorder.emit({ k: 'bind', frame: f.id, name: f.code.localsplusNames[ins.arg]!, obj: value?.id ?? -1 });
            if (old) this.drop(old, oldBorrowed);
            break;
          }
          case 'DELETE_FAST': {
            const old = f.fast[ins.arg];
            if (!old) this.unboundLocal(f, ins.arg);
            f.fast[ins.arg] = null;
            rt.recorder.emit({ k: 'bind', frame: f.id, name: f.code.localsplusNames[ins.arg]!, obj: -1 });
            this.drop(old, f.fastBorrowed[ins.arg]!);
            f.fastBorrowed[ins.arg] = false;
            break;
          }
          case 'LOAD_ATTR': {
            const name = f.names[ins.arg >> 1]!.value;
            if (ins.arg & 1) {
              const [owner, borrowed] = this.popWithFlag(f);
              const method = loadMethod(rt, owner!, name);
              if (method) {
                // (method, self): the owner's stack reference stays as `self`.
                this.push(f, method);
                this.push(f, owner, borrowed);
              } else {
                const attr = getAttribute(rt, owner!, name);
                this.drop(owner, borrowed);
                this.push(f, attr);
                this.push(f, null);
              }
            } else {
              const [owner, borrowed] = this.popWithFlag(f);
              const attr = getAttribute(rt, owner!, name);
              this.drop(owner, borrowed);
              this.push(f, attr);
            }
            break;
          }
          case 'STORE_ATTR': {
            const [owner, ob] = this.popWithFlag(f);
            const [value, vb] = this.popWithFlag(f);
            try {
              setAttribute(rt, owner!, f.names[ins.arg]!.value, value!);
            } finally {
              this.drop(value, vb);
              this.drop(owner, ob);
            }
            break;
          }
          case 'DELETE_ATTR': {
            const [owner, ob] = this.popWithFlag(f);
            try {
              deleteAttribute(rt, owner!, f.names[ins.arg]!.value);
            } finally {
              this.drop(owner, ob);
            }
            break;
          }
          case 'BINARY_OP': {
            const [rhs, rb] = this.popWithFlag(f);
            const [lhs, lb] = this.popWithFlag(f);
            const inplace = ins.arg >= INPLACE_OFFSET;
            const op = BINARY_OPS[inplace ? ins.arg - INPLACE_OFFSET : ins.arg]!;
            let result: PyObject;
            try {
              if (inplace && op === 'Add' && lhs instanceof PyList) {
                listExtendSteal(rt, lhs, collect(rt, rhs!), false);
                result = heap.incref(lhs);
              } else if (inplace && op === 'Mult' && lhs instanceof PyList) {
                result = this.listRepeatInPlace(lhs, rhs!);
              } else {
                result = binaryOp(rt, op, lhs!, rhs!, inplace);
              }
            } finally {
              this.drop(lhs, lb);
              this.drop(rhs, rb);
            }
            this.push(f, result);
            break;
          }
          case 'UNARY_NEGATIVE':
          case 'UNARY_POSITIVE':
          case 'UNARY_INVERT': {
            const [v, b] = this.popWithFlag(f);
            const op = ins.op === 'UNARY_NEGATIVE' ? 'USub' : ins.op === 'UNARY_POSITIVE' ? 'UAdd' : 'Invert';
            try {
              this.push(f, unaryOp(rt, op, v!));
            } finally {
              this.drop(v, b);
            }
            break;
          }
          case 'UNARY_NOT': {
            const [v, b] = this.popWithFlag(f);
            const result = !isTrue(rt, v!);
            this.drop(v, b);
            this.push(f, rt.bool(result));
            break;
          }
          case 'COMPARE_OP':
          case 'IS_OP':
          case 'CONTAINS_OP': {
            const [right, rb] = this.popWithFlag(f);
            const [left, lb] = this.popWithFlag(f);
            let result: PyObject;
            try {
              if (ins.op === 'COMPARE_OP') result = compareObject(rt, COMPARE_OPS[ins.arg]!, left!, right!);
              else if (ins.op === 'IS_OP') result = rt.bool((left === right) !== (ins.arg === 1));
              else result = rt.bool(contains(rt, right!, left!) !== (ins.arg === 1));
            } finally {
              this.drop(left, lb);
              this.drop(right, rb);
            }
            this.push(f, result);
            break;
          }
          case 'BINARY_SUBSCR': {
            const [key, kb] = this.popWithFlag(f);
            const [container, cb] = this.popWithFlag(f);
            try {
              this.push(f, getItem(rt, container!, key!));
            } finally {
              this.drop(container, cb);
              this.drop(key, kb);
            }
            break;
          }
          case 'STORE_SUBSCR': {
            const [key, kb] = this.popWithFlag(f);
            const [container, cb] = this.popWithFlag(f);
            const [value, vb] = this.popWithFlag(f);
            try {
              this.storeSubscript(container!, key!, value!);
            } finally {
              this.drop(value, vb);
              this.drop(container, cb);
              this.drop(key, kb);
            }
            break;
          }
          case 'DELETE_SUBSCR': {
            const [key, kb] = this.popWithFlag(f);
            const [container, cb] = this.popWithFlag(f);
            try {
              this.deleteSubscript(container!, key!);
            } finally {
              this.drop(container, cb);
              this.drop(key, kb);
            }
            break;
          }
          case 'BUILD_SLICE': {
            const parts = this.popOwnedN(f, ins.arg);
            if (parts.length === 2) parts.push(rt.none());
            this.push(f, heap.register(new PySlice(rt.types.slice, parts[0]!, parts[1]!, parts[2]!)));
            break;
          }
          case 'BUILD_LIST': this.push(f, rt.list(this.popOwnedN(f, ins.arg))); break;
          case 'BUILD_TUPLE': this.push(f, rt.tuple(this.popOwnedN(f, ins.arg))); break;
          case 'BUILD_SET': {
            const items = this.popOwnedN(f, ins.arg);
            const set = heap.register(new PySet(rt.types.set));
            try {
              for (const item of items) setAdd(rt, set, item);
            } finally {
              for (const item of items) heap.decref(item);
            }
            this.push(f, set);
            break;
          }
          case 'SET_ADD': {
            const [value, b] = this.popWithFlag(f);
            try {
              setAdd(rt, f.stack[f.stack.length - ins.arg] as PySet, value!);
            } finally {
              this.drop(value, b);
            }
            break;
          }
          case 'SET_UPDATE': {
            const [iterable, b] = this.popWithFlag(f);
            const set = f.stack[f.stack.length - ins.arg] as PySet;
            try {
              if (iterable instanceof PySet) setMerge(rt, set, iterable);
              else {
                for (const item of collect(rt, iterable!)) {
                  setAdd(rt, set, item);
                  heap.decref(item);
                }
              }
            } finally {
              this.drop(iterable, b);
            }
            break;
          }
          case 'BUILD_MAP': {
            const items = f.stack.splice(f.stack.length - 2 * ins.arg);
            const flags = f.borrowed.splice(f.borrowed.length - 2 * ins.arg);
            const d = rt.dict();
            try {
              for (let i = 0; i < items.length; i += 2) dictSet(rt, d, items[i]!, items[i + 1]!);
            } finally {
              items.forEach((o, i) => this.drop(o, flags[i]!));
            }
            this.push(f, d);
            break;
          }
          case 'LIST_APPEND': {
            const value = this.popOwned(f);
            listAppendSteal(rt, f.stack[f.stack.length - ins.arg] as PyList, value);
            break;
          }
          case 'LIST_EXTEND': {
            const [iterable, b] = this.popWithFlag(f);
            const list = f.stack[f.stack.length - ins.arg] as PyList;
            try {
              const hinted = iterable instanceof PyList || iterable instanceof PyTuple || iterable instanceof PyDict || iterable instanceof PyStr;
              listExtendSteal(rt, list, collect(rt, iterable!), hinted);
            } finally {
              this.drop(iterable, b);
            }
            break;
          }
          case 'LIST_TO_TUPLE': {
            const list = this.pop(f) as PyList;
            const items = list.items.map((x) => heap.incref(x, 'item'));
            heap.decref(list);
            this.push(f, rt.tuple(items));
            break;
          }
          case 'DICT_UPDATE': {
            const [update, b] = this.popWithFlag(f);
            const d = f.stack[f.stack.length - ins.arg] as PyDict;
            try {
              if (!(update instanceof PyDict) && !hasKeysMethod(rt, update!)) rt.raise(rt.types.TypeError, `'${update!.type.name}' object is not a mapping`);
              dictUpdate(rt, d, update!);
            } finally {
              this.drop(update, b);
            }
            break;
          }
          case 'DICT_MERGE': {
            // Below the keywords dict: the positional tuple, then the callable and its self-or-NULL slot.
            const [update, b] = this.popWithFlag(f);
            const d = f.stack[f.stack.length - ins.arg] as PyDict;
            try {
              mergeCallKeywords(rt, d, update!, f.stack[f.stack.length - ins.arg - 3]!);
            } finally {
              this.drop(update, b);
            }
            break;
          }
          case 'UNPACK_SEQUENCE': this.unpack(f, ins.arg, -1); break;
          case 'UNPACK_EX': this.unpack(f, ins.arg & 0xff, ins.arg >> 8); break;
          case 'GET_ITER': {
            const [iterable, b] = this.popWithFlag(f);
            try {
              this.push(f, getIter(rt, iterable!));
            } finally {
              this.drop(iterable, b);
            }
            break;
          }
          case 'FOR_ITER': {
            const it = f.stack[f.stack.length - 1]!;
            const next = iterNext(rt, it);
            if (next === null) {
              this.popDrop(f);
              f.pc = ins.arg;
            } else {
              this.push(f, next);
            }
            break;
          }
          case 'CALL':
          case 'CALL_KW': {
            let kwnames: string[] | null = null;
            if (ins.op === 'CALL_KW') {
              const names = this.pop(f) as PyTuple;
              kwnames = names.items.map((n) => (n as PyStr).value);
              heap.decref(names);
            }
            this.call(f, ins.arg, kwnames);
            break;
          }
          case 'CALL_FUNCTION_EX': {
            const kwargs = this.pop(f) as PyDict | null;
            const args = this.pop(f) as PyTuple;
            const n = args.items.length;
            for (const a of args.items) this.push(f, heap.incref(a));
            const kwnames: string[] = [];
            if (kwargs) {
              for (const { key, value } of kwargs.entries.values()) {
                if (!(key instanceof PyStr)) rt.raise(rt.types.TypeError, 'keywords must be strings');
                kwnames.push((key as PyStr).value);
                this.push(f, heap.incref(value));
              }
              heap.decref(kwargs);
            }
            heap.decref(args);
            this.call(f, n + kwnames.length, kwargs ? kwnames : null);
            break;
          }
          case 'MAKE_CELL': this.makeCell(f, ins.arg); break;
          case 'COPY_FREE_VARS': this.copyFreeVars(f, ins.arg); break;
          case 'LOAD_DEREF': {
            const cell = f.fast[ins.arg] as PyCell;
            if (!cell.value) this.unboundDeref(f, ins.arg);
            this.push(f, heap.incref(cell.value!));
            break;
          }
          case 'STORE_DEREF': {
            const cell = f.fast[ins.arg] as PyCell;
            const value = this.popOwned(f);
            const old = cell.value;
            cell.value = value;
            rt.recorder.touch(cell);
            if (old) heap.decref(old, 'item');
            break;
          }
          case 'DELETE_DEREF': {
            const cell = f.fast[ins.arg] as PyCell;
            if (!cell.value) this.unboundDeref(f, ins.arg);
            const old = cell.value!;
            cell.value = null;
            rt.recorder.touch(cell);
            heap.decref(old, 'item');
            break;
          }
          case 'LOAD_CLOSURE': this.push(f, heap.incref(f.fast[ins.arg]!)); break;
          case 'MAKE_FUNCTION': {
            const code = this.pop(f) as PyCode;
            const closure = ins.arg & 8 ? (this.pop(f) as PyTuple) : null;
            // 0x04: 3.11–3.13's tuple of (name, annotation) pairs; 0x10: 3.14's __annotate__ function.
            const annotations = ins.arg & 4 ? (this.popOwned(f) as PyTuple) : null;
            const annotate = ins.arg & 16 ? this.popOwned(f) : null;
            const kwdefaults = ins.arg & 2 ? (this.pop(f) as PyDict) : null;
            const defaults = ins.arg & 1 ? (this.popOwned(f) as PyTuple) : null;
            const fn = heap.register(new PyFunction(
              rt.types.function, code, heap.incref(f.globals, 'attr'),
              rt.internedStr(code.code.name), rt.internedStr(code.code.qualname), defaults, kwdefaults, closure,
            ));
            initFunctionMetadata(rt, fn);
            fn.annotations = annotations;
            fn.annotate = annotate;
            this.push(f, fn);
            break;
          }
          case 'RETURN_VALUE':
          case 'RETURN_CONST': {
            const returned = ins.op === 'RETURN_CONST' ? heap.incref(f.pycode.consts[ins.arg]!) : this.popOwned(f);
            this.popFrame();
            this.lastExit = 'return';
            const value = f.onReturn ? f.onReturn(returned) : returned;
            if (this.frames.length <= baseDepth) return value;
            this.push(this.frame, value);
            break;
          }
          case 'JUMP_FORWARD': f.pc = ins.arg; break;
          case 'JUMP_BACKWARD':
            f.pc = ins.arg;
            f.lastLine = -1;
            rt.gc.runPending();
            break;
          case 'JUMP_BACKWARD_NO_INTERRUPT':
            f.pc = ins.arg;
            f.lastLine = -1;
            break;
          case 'POP_JUMP_IF_FALSE':
          case 'POP_JUMP_IF_TRUE': {
            const [cond, b] = this.popWithFlag(f);
            const truth = isTrue(rt, cond!);
            this.drop(cond, b);
            if (truth === (ins.op === 'POP_JUMP_IF_TRUE')) f.pc = ins.arg;
            break;
          }
          case 'POP_JUMP_IF_NONE':
          case 'POP_JUMP_IF_NOT_NONE': {
            const [value, b] = this.popWithFlag(f);
            this.drop(value, b);
            if ((value === rt.None) === (ins.op === 'POP_JUMP_IF_NONE')) f.pc = ins.arg;
            break;
          }
          case 'GET_LEN': this.push(f, rt.int(length(rt, f.stack[f.stack.length - 1]!))); break;
          case 'MATCH_SEQUENCE': this.push(f, rt.bool(isMatchSequence(rt, f.stack[f.stack.length - 1]!))); break;
          case 'MATCH_MAPPING': this.push(f, rt.bool(isMatchMapping(rt, f.stack[f.stack.length - 1]!))); break;
          case 'MATCH_KEYS': {
            const subject = f.stack[f.stack.length - 2]!;
            const keys = f.stack[f.stack.length - 1] as PyTuple;
            const values = matchKeys(rt, subject, keys, (fn, args) => this.callFromNative(fn, args));
            this.push(f, values ? rt.tuple(values) : rt.none());
            break;
          }
          case 'MATCH_CLASS': {
            const [names, bn] = this.popWithFlag(f);
            const [cls, bc] = this.popWithFlag(f);
            const [subject, bs] = this.popWithFlag(f);
            try {
              const attrs = matchClass(rt, subject!, cls!, ins.arg, names as PyTuple);
              this.push(f, attrs ? rt.tuple(attrs) : rt.none());
            } finally {
              this.drop(names, bn);
              this.drop(cls, bc);
              this.drop(subject, bs);
            }
            break;
          }
          case 'CONVERT_VALUE': {
            const [v, b] = this.popWithFlag(f);
            try {
              const text = ins.arg === 2 ? repr(rt, v!) : ins.arg === 3 ? asciiRepr(repr(rt, v!)) : str(rt, v!);
              this.push(f, v instanceof PyStr && ins.arg === 1 ? heap.incref(v) : rt.str(text));
            } finally {
              this.drop(v, b);
            }
            break;
          }
          case 'FORMAT_SIMPLE': {
            const [v, b] = this.popWithFlag(f);
            if (v instanceof PyStr) {
              this.push(f, v, b);
            } else {
              try {
                this.push(f, rt.str(formatValue(rt, v!, '')));
              } finally {
                this.drop(v, b);
              }
            }
            break;
          }
          case 'FORMAT_WITH_SPEC': {
            const spec = this.pop(f) as PyStr;
            const [v, b] = this.popWithFlag(f);
            try {
              this.push(f, rt.str(formatValue(rt, v!, spec.value)));
            } finally {
              this.drop(v, b);
              heap.decref(spec);
            }
            break;
          }
          case 'BUILD_STRING': {
            const parts = this.popOwnedN(f, ins.arg);
            const text = parts.map((p) => (p as PyStr).value).join('');
            this.push(f, rt.str(text));
            for (const p of parts) heap.decref(p);
            break;
          }
          case 'PUSH_EXC_INFO': {
            const exc = this.pop(f);
            this.push(f, this.handled); // the saved exception's reference moves onto the stack
            this.handled = heap.incref(exc);
            this.push(f, exc);
            break;
          }
          case 'POP_EXCEPT': {
            const previous = this.popOwned(f);
            const old = this.handled;
            this.handled = previous;
            heap.decref(old);
            break;
          }
          case 'CHECK_EXC_MATCH': {
            const [type, tb] = this.popWithFlag(f);
            const exc = f.stack[f.stack.length - 1]!;
            try {
              this.push(f, rt.bool(exceptionMatches(rt, exc, type!)));
            } finally {
              this.drop(type, tb);
            }
            break;
          }
          case 'RERAISE': {
            const exc = this.popOwned(f);
            throw new PyRaise(exc as PyException, true);
          }
          case 'RAISE_VARARGS': {
            if (ins.arg === 0) {
              if (!(this.handled instanceof PyException)) rt.raise(rt.types.RuntimeError, 'No active exception to reraise');
              throw new PyRaise(heap.incref(this.handled as PyException), true);
            }
            const [causeObj, cb] = ins.arg === 2 ? this.popWithFlag(f) : [null, false];
            const [excObj, eb] = this.popWithFlag(f);
            let exc: PyException | null = null;
            try {
              exc = this.exceptionFrom(excObj!, 'raise');
              if (causeObj) {
                const cause = this.exceptionFrom(causeObj, 'cause');
                const old = exc!.cause;
                exc!.cause = cause;
                exc!.suppressContext = true;
                if (old) heap.decref(old, 'attr');
                rt.recorder.touch(exc!);
              }
            } catch (error) {
              if (exc) heap.decref(exc);
              throw error;
            } finally {
              this.drop(excObj, eb);
              if (causeObj) this.drop(causeObj, cb);
            }
            throw new PyRaise(exc!);
          }
          case 'LOAD_ASSERTION_ERROR': this.push(f, heap.incref(rt.types.AssertionError)); break;
          case 'RETURN_GENERATOR': throw new Error('a generator frame is created by the call, never run from its start');
          case 'YIELD_VALUE': {
            // The frame leaves the stack but keeps its locals: the generator resumes it later.
            const value = this.popOwned(f);
            this.frames.pop();
            rt.recorder.emit({ k: 'frameEnd', frame: f.id });
            this.lastExit = 'yield';
            if (this.frames.length <= baseDepth) return value;
            throw new Error('a generator yielded outside its own evaluation loop');
          }
          case 'GET_YIELD_FROM_ITER': {
            const [iterable, b] = this.popWithFlag(f);
            if (iterable instanceof PyGenerator) {
              this.push(f, iterable, b);
            } else {
              try {
                this.push(f, getIter(rt, iterable!));
              } finally {
                this.drop(iterable, b);
              }
            }
            break;
          }
          case 'SEND': {
            const sent = this.popOwned(f);
            const receiver = f.stack[f.stack.length - 1]!;
            let result: { done: boolean; value: PyObject };
            try {
              if (receiver instanceof PyGenerator) result = this.resume(receiver, sent, null);
              else if (sent === rt.None) {
                const next = iterNext(rt, receiver);
                result = next === null ? { done: true, value: rt.none() } : { done: false, value: next };
              } else {
                const value = rt.call(getAttribute(rt, receiver, 'send'), [sent]);
                result = { done: false, value };
              }
            } finally {
              heap.decref(sent);
            }
            this.push(f, result.value);
            if (result.done) f.pc = ins.arg;
            break;
          }
          case 'END_SEND': {
            const value = this.popOwned(f);
            this.popDrop(f);
            this.push(f, value);
            break;
          }
          case 'BEFORE_WITH': {
            const [mgr, b] = this.popWithFlag(f);
            try {
              const enter = mgr!.type.isHeapType ? lookupInMro(mgr!.type, '__enter__') : undefined;
              const exit = mgr!.type.isHeapType ? lookupInMro(mgr!.type, '__exit__') : undefined;
              const nativeEnter = mgr!.type.isHeapType ? undefined : mgr!.type.lookupMethod('__enter__');
              const nativeExit = mgr!.type.isHeapType ? undefined : mgr!.type.lookupMethod('__exit__');
              if (nativeEnter && nativeExit) {
                // A type implemented natively (io.StringIO): its bound __exit__, then the result of __enter__.
                this.push(f, rt.builtin('__exit__', nativeExit, mgr!));
                this.push(f, nativeEnter(mgr!, [], null));
                break;
              }
              if (!enter || !exit) {
                const missed = rt.profile.messages.contextManagerNamesMissingMethod ? ` (missed ${exit ? '__enter__' : '__exit__'} method)` : '';
                rt.raise(rt.types.TypeError, `'${mgr!.type.name}' object does not support the context manager protocol${missed}`);
              }
              this.push(f, bindDescriptor(rt, exit!, mgr!));
              this.push(f, rt.call(enter!, [mgr!]));
            } finally {
              this.drop(mgr, b);
            }
            break;
          }
          case 'WITH_EXCEPT_START': {
            const exc = f.stack[f.stack.length - 1]!;
            const exit = f.stack[f.stack.length - 3]!;
            this.push(f, rt.call(exit, [exc.type, exc, rt.None]));
            break;
          }
          case 'LOAD_BUILD_CLASS': {
            const build = dictGetStr(rt.builtins, '__build_class__');
            if (!build) rt.raise(rt.types.NameError, '__build_class__ not found');
            this.push(f, heap.incref(build!));
            break;
          }
          case 'IMPORT_NAME': {
            const name = f.names[ins.arg]!.value;
            const module = rt.modules.get(name);
            if (!module) {
              if (STDLIB_MODULES.has(name.split('.')[0]!)) rt.unsupported(`importing the '${name}' module`);
              const exc = rt.exception(rt.types.ModuleNotFoundError, `No module named '${name}'`);
              exc.values.set('name', rt.str(name));
              throw new PyRaise(exc);
            }
            this.push(f, heap.incref(module!));
            break;
          }
          case 'IMPORT_FROM': {
            const module = f.stack[f.stack.length - 1]!;
            const name = f.names[ins.arg]!.value;
            try {
              this.push(f, getAttribute(rt, module, name));
            } catch (error) {
              if (!(error instanceof PyRaise) || !error.exc.type.isSubtypeOf(rt.types.AttributeError)) throw error;
              heap.decref(error.exc);
              const moduleName = (module as { name?: string }).name ?? '?';
              rt.raise(rt.types.ImportError, `cannot import name '${name}' from '${moduleName}' (unknown location)`);
            }
            break;
          }
          default:
            throw new UnsupportedError(`the ${ins.op} instruction`, line);
        }
      } catch (error) {
        if (error instanceof PyRaise) {
          if (!error.reraise) {
            this.chain(error.exc);
            this.addTraceback(error.exc, f);
          }
          if (this.findHandler(error.exc, baseDepth)) continue;
          throw error;
        }
        if (error instanceof RangeError && /call stack/i.test(error.message)) {
          throw new UnsupportedError('this depth of nested structures', line);
        }
        throw error;
      }
    }
  }

  // ---- names and errors -----------------------------------------------------------------------

  private nameError(name: string): never {
    if (isCPythonBuiltin(name, this.rt.profile)) this.rt.unsupported(`the built-in '${name}'`);
    const exc = this.rt.exception(this.rt.types.NameError, `name '${name}' is not defined`);
    exc.suggestion = nameSuggestion(this.rt, this.frame, name);
    throw new PyRaise(exc);
  }

  private unboundDeref(f: Frame, index: number): never {
    const name = f.code.localsplusNames[index]!;
    if (f.code.freevars.includes(name)) {
      this.rt.raise(this.rt.types.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    }
    this.unboundLocal(f, index);
  }

  private unboundLocal(f: Frame, index: number): never {
    this.rt.raise(this.rt.types.UnboundLocalError, `cannot access local variable '${f.code.localsplusNames[index]}' where it is not associated with a value`);
  }

  /** _PyFrame_GetFrameObject: the frame's frame object, made on first use (untracked while the frame runs). */
  frameObjectOf(f: Frame): PyFrameObject {
    f.frameObject ??= this.rt.heap.register(new PyFrameObject(this.rt.types.frame, f), false);
    return f.frameObject;
  }

  /** f_back: an owned frame's saved caller, or the frame below a running one on the VM's stack. */
  frameBack(obj: PyFrameObject): PyObject {
    if (obj.owned) return this.rt.heap.incref(obj.back ?? this.rt.None);
    const index = this.frames.indexOf(obj.frame);
    return index > 0 ? this.rt.heap.incref(this.frameObjectOf(this.frames[index - 1]!)) : this.rt.none();
  }

  /** sys._getframe(depth): a new reference to the frame object `depth` calls up. */
  frameAt(depth: number): PyFrameObject {
    const f = this.frames[this.frames.length - 1 - depth];
    if (!f) this.rt.raise(this.rt.types.ValueError, 'call stack is not deep enough');
    return this.rt.heap.incref(this.frameObjectOf(f!));
  }

  /** sys.exception(): the exception being handled, or None (new reference). */
  handledException(): PyObject {
    return this.rt.heap.incref(this.handled);
  }

  /** PyTraceBack_Here: the frame's current instruction becomes the newest traceback entry. */
  private addTraceback(exc: PyException, f: Frame): void {
    const ins = f.code.instructions[f.pc - 1]!;
    const rt = this.rt;
    const frameObject = rt.heap.incref(this.frameObjectOf(f), 'attr');
    // The new entry takes over the exception's reference to the previous head as tb_next.
    exc.tracebackObject = rt.heap.register(new PyTraceback(rt.types.traceback, exc.tracebackObject, frameObject, (f.pc - 1) * 2, ins.pos.line));
    rt.recorder.touch(exc);
    exc.traceback.unshift({
      frameId: f.id, filename: f.code.filename, name: f.code.name, line: ins.pos.line, col: ins.pos.col,
      endLine: ins.pos.endLine, endCol: ins.pos.endCol, anchors: ins.pos.anchors ?? null, hideCarets: ins.pos.hideCarets ?? false,
    });
  }

  /**
   * Looks for a handler in the exception tables of the frames of this loop, innermost first. Frames
   * without one are popped (each caller gets its traceback entry). Returns false when the exception
   * leaves the loop's frames, which are then all gone.
   */
  private findHandler(exc: PyException, baseDepth: number): boolean {
    for (;;) {
      const f = this.frame;
      const at = f.pc - 1;
      let entry: ExceptionTableEntry | null = null;
      for (const e of f.code.exceptionTable) {
        if (at >= e.start && at < e.end && (!entry || e.level > entry.level)) entry = e;
      }
      if (entry) {
        while (f.stack.length > entry.depth) this.popDrop(f);
        this.push(f, exc); // the raise's reference moves onto the stack
        f.pc = entry.target;
        return true;
      }
      // exception_unwind empties the value stack before the frame is cleared.
      while (f.stack.length > 0) this.popDrop(f);
      this.popFrame();
      f.onUnwind?.();
      if (this.frames.length <= baseDepth) return false;
      this.addTraceback(exc, this.frame);
    }
  }

  /** Makes an exception instance from what `raise` got (a class is instantiated). Returns a new reference. */
  private exceptionFrom(obj: PyObject, what: 'raise' | 'cause'): PyException | null {
    const rt = this.rt;
    if (obj instanceof PyException) return rt.heap.incref(obj);
    if (obj === rt.None && what === 'cause') return null;
    if (obj instanceof PyType && obj.isSubtypeOf(rt.types.BaseException)) {
      return callBuiltinType(rt, obj, [], null) as PyException;
    }
    return rt.raise(rt.types.TypeError, what === 'raise' ? 'exceptions must derive from BaseException' : 'exception causes must derive from BaseException');
  }

  /** Implicit chaining: an exception raised while another is handled gets it as __context__. */
  private chain(exc: PyException): void {
    const handled = this.handled;
    if (!(handled instanceof PyException) || handled === exc || exc.context === handled) return;
    // Avoid cycles in the context chain, as _PyErr_SetObject does.
    for (let o: PyException | null = handled; o; o = o.context) {
      if (o.context === exc) {
        this.rt.heap.decref(exc, 'attr');
        o.context = null;
        break;
      }
    }
    const old = exc.context;
    exc.context = this.rt.heap.incref(handled, 'attr');
    if (old) this.rt.heap.decref(old, 'attr');
    this.rt.recorder.touch(exc);
  }

  /** Releases a frame's locals (index order), value stack, then its function, as _PyFrame_ClearLocals. */
  popFrame(): void {
    const f = this.frames.pop()!;
    const heap = this.rt.heap;
    // "Not supported" errors raised after the call name the caller's line again.
    const caller = this.frames[this.frames.length - 1];
    if (caller && caller.lastLine > 0) this.rt.currentLine = caller.lastLine;
    const frameObject = f.frameObject;
    if (frameObject) {
      f.frameObject = null;
      // Still referenced (a traceback, a saved frame): the frame object takes the locals over.
      if (frameObject.refcnt > 1) {
        this.takeOwnership(frameObject, f);
        heap.decref(frameObject, 'internal');
        this.rt.recorder.emit({ k: 'frameEnd', frame: f.id });
        return;
      }
      heap.decref(frameObject, 'internal');
    }
    const releaseLocal = (i: number) => {
      const v = f.fast[i];
      if (v) {
        f.fast[i] = null;
        this.drop(v, f.fastBorrowed[i]!);
      }
    };
    if (this.rt.profile.refcount.frameReleasedTopDown) {
      // 3.14's _PyFrame_ClearLocals walks down from the stack top: stack items, then locals last to first.
      while (f.stack.length > 0) this.popDrop(f);
      for (let i = f.fast.length - 1; i >= 0; i--) releaseLocal(i);
    } else {
      for (let i = 0; i < f.fast.length; i++) releaseLocal(i);
      while (f.stack.length > 0) this.popDrop(f);
    }
    if (f.func) heap.decref(f.func, 'internal');
    this.rt.recorder.emit({ k: 'frameEnd', frame: f.id });
  }

  /** take_ownership (Python/frame.c): the finished frame's data moves into its frame object, linked to its caller's. */
  private takeOwnership(obj: PyFrameObject, f: Frame): void {
    const rt = this.rt;
    f.fast.forEach((v, i) => {
      if (v && f.fastBorrowed[i]) rt.heap.incref(v);
      f.fastBorrowed[i] = false;
    });
    f.stack.forEach((v, i) => {
      if (v && f.borrowed[i]) rt.heap.incref(v);
      f.borrowed[i] = false;
    });
    obj.owned = true;
    obj.lastLine = f.code.instructions[Math.max(0, f.pc - 1)]?.pos.line ?? f.code.firstLine;
    const caller = this.frames[this.frames.length - 1];
    if (caller) obj.back = rt.heap.incref(this.frameObjectOf(caller), 'attr');
    rt.gc.track(obj);
    rt.recorder.touch(obj);
  }

  // ---- calls ----------------------------------------------------------------------------------

  private call(f: Frame, argc: number, kwnames: string[] | null): void {
    const rt = this.rt;
    const heap = rt.heap;
    const base = f.stack.length - argc - 2;
    let callable = f.stack[base]!;
    let callableBorrowed = f.borrowed[base]!;
    let self = f.stack[base + 1] ?? null;
    let selfBorrowed = f.borrowed[base + 1]!;
    const args = f.stack.slice(base + 2);
    const argBorrowed = f.borrowed.slice(base + 2);
    f.stack.length = base;
    f.borrowed.length = base;

    // A bound method is unpacked into its function and instance (CALL_BOUND_METHOD_EXACT_ARGS).
    if (callable instanceof PyMethod && self === null) {
      const method = callable;
      self = heap.incref(method.self);
      callable = heap.incref(method.func);
      this.drop(method, callableBorrowed);
      callableBorrowed = false;
      selfBorrowed = false;
    }

    if (callable instanceof PyFunction) {
      // The new frame owns its function (f_funcobj): a borrowed callable becomes a strong reference.
      if (callableBorrowed) heap.incref(callable);
      if (this.depth() >= rt.recursionLimit) {
        [...args, self].forEach((a, i) => this.drop(a, i < args.length ? argBorrowed[i]! : selfBorrowed));
        heap.decref(callable);
        rt.raise(rt.types.RecursionError, 'maximum recursion depth exceeded');
      }
      const allArgs = self ? [self, ...args] : args;
      const allBorrowed = self ? [selfBorrowed, ...argBorrowed] : argBorrowed;
      const code = callable.code.code;
      const frame = new Frame(this.nextFrameId++, code, callable.code, callable.globals, null, callable);
      try {
        bindArguments(rt, callable, frame, allArgs as PyObject[], allBorrowed, kwnames);
      } catch (error) {
        // the frame took what it bound; release the rest like CPython's failed frame init
        frame.fast.forEach((v, i) => v && this.drop(v, frame.fastBorrowed[i]!));
        heap.decref(callable);
        throw error;
      }
      if (code.isGenerator) {
        this.push(f, this.makeGenerator(frame));
        return;
      }
      this.pushFrame(frame);
      return;
    }

    const positional = (kwnames ? args.slice(0, args.length - kwnames.length) : args) as PyObject[];
    let kwargs: Map<string, PyObject> | null = null;
    if (kwnames) {
      kwargs = new Map();
      kwnames.forEach((name, i) => kwargs!.set(name, args[positional.length + i]!));
    }
    const release = () => {
      args.forEach((a, i) => this.drop(a, argBorrowed[i]!));
      if (self) this.drop(self, selfBorrowed);
      this.drop(callable, callableBorrowed);
    };
    if (callable.type.inlineCall) {
      // 3.11–3.12: the C call (_PyObject_MakeTpCall) uses a unit of the recursion limit until it returns.
      const extra = rt.profile.nativeCallbackCountsTwice ? 1 : 0;
      if (extra && this.depth() >= rt.recursionLimit) {
        release();
        rt.raise(rt.types.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
      }
      this.extraDepth += extra;
      const finished = () => {
        this.extraDepth -= extra;
        release();
      };
      let plan: InlineCallPlan;
      try {
        plan = callable.type.inlineCall(callable, self ? [self, ...positional] : positional, kwargs);
      } catch (error) {
        finished();
        throw error;
      }
      this.callInline(f, plan, finished);
      return;
    }
    try {
      this.push(f, this.callNative(callable, self, positional, kwargs));
    } finally {
      release();
    }
    // CALL ends with CHECK_EVAL_BREAKER after a C callable returns (3.12+): a collection scheduled
    // by the allocations inside the call runs here, with the result already on the stack.
    rt.gc.runPending();
  }

  /** Recursion depth as the limit counts it: frames, plus C calls where the profile counts them. */
  private extraDepth = 0;
  private depth(): number {
    return this.frames.length + this.extraDepth;
  }

  /**
   * Runs an InlineCallPlan: a Python function gets a frame on this loop's stack (no JS recursion), and the
   * caller's references (callable, arguments) stay until it finishes, as they stay on CPython's stack.
   */
  private callInline(f: Frame, plan: InlineCallPlan, release: () => void): void {
    const rt = this.rt;
    if ('result' in plan) {
      release();
      this.push(f, plan.result);
      return;
    }
    const fn = plan.func;
    const done = (value: PyObject) => {
      try {
        return plan.finish(value);
      } finally {
        release();
      }
    };
    const failed = () => {
      plan.abort();
      release();
    };
    if (fn instanceof PyFunction && !fn.code.code.isGenerator && this.depth() < rt.recursionLimit) {
      const frame = new Frame(this.nextFrameId++, fn.code.code, fn.code, fn.globals, null, rt.heap.incref(fn, 'internal'));
      const kwnames = plan.kwargs ? [...plan.kwargs.keys()] : null;
      const all = [...plan.args, ...(plan.kwargs ? plan.kwargs.values() : [])].map((a) => rt.heap.incref(a));
      try {
        bindArguments(rt, fn, frame, all, all.map(() => false), kwnames);
      } catch (error) {
        frame.fast.forEach((v) => v && rt.heap.decref(v));
        rt.heap.decref(fn, 'internal');
        failed();
        throw error;
      }
      frame.onReturn = done;
      frame.onUnwind = failed;
      this.pushFrame(frame);
      return;
    }
    let result: PyObject;
    try {
      result = this.callFromNative(fn, plan.args, plan.kwargs);
    } catch (error) {
      failed();
      throw error;
    }
    this.push(f, done(result));
  }

  // ---- helpers for bigger opcodes ------------------------------------------------------------

  /** unpack_iterable's items; a value that cannot be iterated at all gets "cannot unpack non-iterable T object". */
  private unpackItems(seq: PyObject): PyObject[] {
    try {
      return collect(this.rt, seq);
    } catch (error) {
      const notIterable = `'${seq.type.name}' object is not iterable`;
      if (error instanceof PyRaise && error.exc.type === this.rt.types.TypeError && str(this.rt, error.exc) === notIterable) {
        this.rt.heap.decref(error.exc);
        this.rt.raise(this.rt.types.TypeError, `cannot unpack non-iterable ${seq.type.name} object`);
      }
      throw error;
    }
  }

  private unpack(f: Frame, before: number, after: number): void {
    const rt = this.rt;
    const [seq, b] = this.popWithFlag(f);
    try {
      const starred = after >= 0;
      const expected = starred ? before + after : before;
      const exact = (seq instanceof PyList || seq instanceof PyTuple) && !seq.type.isHeapType;
      const items = exact ? null : this.unpackItems(seq!);
      const source = items ?? (seq as PyList | PyTuple).items;
      if (!starred && source.length !== expected) {
        items?.forEach((x) => rt.heap.decref(x));
        if (source.length < expected) rt.raise(rt.types.ValueError, `not enough values to unpack (expected ${expected}, got ${source.length})`);
        rt.raise(rt.types.ValueError, tooManyMessage(rt, expected, seq!, source.length));
      }
      if (starred && source.length < expected) {
        items?.forEach((x) => rt.heap.decref(x));
        rt.raise(rt.types.ValueError, `not enough values to unpack (expected at least ${expected}, got ${source.length})`);
      }
      const owned = items ?? source.map((x) => rt.heap.incref(x));
      const values: PyObject[] = starred
        ? [...owned.slice(0, before), rt.list(owned.slice(before, owned.length - after)), ...owned.slice(owned.length - after)]
        : owned;
      for (let i = values.length - 1; i >= 0; i--) this.push(f, values[i]!);
    } finally {
      this.drop(seq, b);
    }
  }

  storeSubscript(container: PyObject, key: PyObject, value: PyObject): void {
    const rt = this.rt;
    const custom = callDunder(rt, container, '__setitem__', [key, value]);
    if (custom) {
      rt.heap.decref(custom);
      return;
    }
    if (container.type.nativeSequence) {
      container.type.nativeSequence.assItem(container, sequenceIndex(rt, container, key), value);
    } else if (container instanceof PyDict) {
      dictSet(rt, container, key, value);
    } else if (container instanceof PyList) {
      if (key instanceof PySlice) {
        const [start, stop, step, count] = sliceIndices(rt, key, container.items.length);
        const items = collect(rt, value);
        if (step !== 1) {
          if (items.length !== count) {
            items.forEach((x) => rt.heap.decref(x));
            rt.raise(rt.types.ValueError, `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
          }
          for (let i = 0, j = start; i < count; i++, j += step) listSetSteal(rt, container, j, items[i]!);
          return;
        }
        const removed = container.items.splice(start, Math.max(0, stop - start), ...items);
        rt.recorder.touch(container);
        // Emptied, the list frees its buffer (list_clear), unless it had none (as while it is being sorted).
        container.allocated = container.items.length === 0 ? Math.min(container.allocated, 0) : Math.max(container.allocated, container.items.length);
        rt.heap.resized(container);
        for (const r of removed) rt.heap.decref(r, 'item');
        return;
      }
      const i = normalizeIndex(rt, container, key, 'list assignment index out of range');
      listSetSteal(rt, container, i, rt.heap.incref(value, 'item'));
    } else if (container instanceof PyByteArray) {
      byteArraySetItem(rt, container, key, value, (len) => (key instanceof PySlice ? sliceIndices(rt, key, len) : null));
    } else if (container instanceof PyTuple || container instanceof PyStr) {
      rt.raise(rt.types.TypeError, `'${container.type.name}' object does not support item assignment`);
    } else {
      rt.raise(rt.types.TypeError, `'${container.type.name}' object does not support item assignment`);
    }
  }

  deleteSubscript(container: PyObject, key: PyObject): void {
    const rt = this.rt;
    const custom = callDunder(rt, container, '__delitem__', [key]);
    if (custom) {
      rt.heap.decref(custom);
      return;
    }
    if (container.type.nativeSequence) {
      container.type.nativeSequence.assItem(container, sequenceIndex(rt, container, key), null);
    } else if (container instanceof PyDict) {
      if (!dictDelete(rt, container, key)) rt.raiseWith(rt.types.KeyError, key);
    } else if (container instanceof PyList) {
      if (key instanceof PySlice) {
        const [start, , step, count] = sliceIndices(rt, key, container.items.length);
        const indexes: number[] = [];
        for (let i = 0, j = start; i < count; i++, j += step) indexes.push(j);
        indexes.sort((a, b) => b - a);
        const removed = indexes.map((j) => listRemoveAt(rt, container, j));
        for (const r of removed) rt.heap.decref(r, 'item');
        return;
      }
      const i = normalizeIndex(rt, container, key, 'list assignment index out of range');
      rt.heap.decref(listRemoveAt(rt, container, i), 'item');
    } else if (container instanceof PyByteArray) {
      byteArrayDelItem(rt, container, key, (len) => (key instanceof PySlice ? sliceIndices(rt, key, len) : null));
    } else {
      rt.raise(rt.types.TypeError, `'${container.type.name}' object doesn't support item deletion`);
    }
  }

  private listRepeatInPlace(list: PyList, count: PyObject): PyObject {
    const rt = this.rt;
    if (!(count instanceof PyInt)) rt.raise(rt.types.TypeError, `can't multiply sequence by non-int of type '${count.type.name}'`);
    const n = Math.max(0, Number((count as PyInt).value));
    const original = [...list.items];
    if (n === 0) {
      list.items = [];
      rt.recorder.touch(list);
      for (const x of original) rt.heap.decref(x, 'item');
    } else {
      const extra: PyObject[] = [];
      for (let i = 1; i < n; i++) for (const x of original) extra.push(rt.heap.incref(x, 'item'));
      listExtendSteal(rt, list, extra, false);
    }
    return rt.heap.incref(list);
  }
}

/** except clause matching: the type, or any type of a tuple, must be an exception class. */
function exceptionMatches(rt: Runtime, exc: PyObject, spec: PyObject): boolean {
  const types = spec instanceof PyTuple ? spec.items : [spec];
  for (const t of types) {
    if (!(t instanceof PyType) || !t.isSubtypeOf(rt.types.BaseException)) {
      rt.raise(rt.types.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    }
  }
  return types.some((t) => exc.type.isSubtypeOf(t as PyType));
}

function tooManyMessage(rt: Runtime, expected: number, seq: PyObject, got: number): string {
  const sized = seq.type === rt.types.list || seq.type === rt.types.tuple || seq.type === rt.types.dict;
  return rt.profile.messages.unpackTooManyGot && sized ? `too many values to unpack (expected ${expected}, got ${got})` : `too many values to unpack (expected ${expected})`;
}

function asciiRepr(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 128) out += ch;
    else if (code < 256) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 65536) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/** CPython's "Did you mean" for NameError: the closest name by Levenshtein distance (traceback.py). */
function nameSuggestion(rt: Runtime, f: Frame, wrong: string): string | null {
  // 3.12+: inside a method, an attribute of `self` with that name is suggested first.
  const selfIndex = f.code.localsplusNames.indexOf('self');
  const self = selfIndex >= 0 ? f.fast[selfIndex] : null;
  if (rt.profile.id !== '3.11' && self && hasInstanceState(self) && (instanceGetOwn(self, wrong) || self.slotValues.has(wrong) || lookupInMro(self.type, wrong))) return `self.${wrong}`;
  const candidates = new Set<string>();
  if (f.locals === null) f.code.varnames.forEach((n, i) => f.fast[i] && candidates.add(n));
  for (const d of [f.locals, f.globals, rt.builtins]) {
    if (!d) continue;
    for (const { key } of d.entries.values()) if (key instanceof PyStr) candidates.add(key.value);
  }
  return closestName(wrong, [...candidates]);
}

