// A frame lives on the VM's own frame stack (never the JS call stack), so deep recursion and, later,
// suspended generator frames need no redesign.
import type { CodeObject } from '../compiler/code';
import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/containers';
import type { PyCode, PyFunction } from '../objects/callables';
import type { PyStr } from '../objects/scalars';
import type { PyFrameObject } from '../objects/frames';

export class Frame {
  /** Fast locals (function frames). */
  readonly fast: (PyObject | null)[];
  /** 3.14: a parameter can hold the caller's borrowed reference (the tag moves with the argument). */
  readonly fastBorrowed: boolean[];
  /** The value stack. `null` is CPython's NULL (e.g. "no self" for CALL). */
  readonly stack: (PyObject | null)[] = [];
  /** 3.14: parallel to `stack`, true where the slot holds a borrowed reference. */
  readonly borrowed: boolean[] = [];
  pc = 0;
  lastLine = -1;
  /** The frame object made for this frame (traceback, sys._getframe); the frame holds one reference. */
  frameObject: PyFrameObject | null = null;
  /** A frame run for a natively implemented caller (InlineCallPlan): its result goes through this on return. */
  onReturn: ((value: PyObject) => PyObject) | null = null;
  /** ...and this runs when an exception leaves the frame. */
  onUnwind: (() => void) | null = null;

  constructor(
    readonly id: number,
    readonly code: CodeObject,
    readonly pycode: PyCode,
    readonly globals: PyDict,
    /** The namespace LOAD_NAME/STORE_NAME use: the module dict at module level. */
    readonly locals: PyDict | null,
    /** The function being run; the frame owns this reference (CPython's f_funcobj). */
    readonly func: PyFunction | null,
  ) {
    this.fast = new Array<PyObject | null>(code.localsplusNames.length).fill(null);
    this.fastBorrowed = new Array<boolean>(code.localsplusNames.length).fill(false);
  }

  /** co_names as interned strings. */
  get names(): PyStr[] {
    return this.pycode.names;
  }

  get name(): string {
    return this.code.name;
  }
}
