// Exception instances and the JS-side carrier used to unwind the simulated stack.
import type { PyObject, PyType } from './object';
import type { PyTuple } from './containers';
import { PyInstance } from './instance';
import type { PyTraceback } from './frames';

export interface TracebackEntry {
  readonly frameId: number;
  readonly filename: string;
  readonly name: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** Anchors for CPython's ~~~^^^ markers, relative to the line. */
  /** Columns of the ^^^ part of CPython's marker; the rest of the segment gets ~~~. */
  readonly anchors: readonly [number, number] | null;
  readonly hideCarets: boolean;
}

/** An exception instance; subclasses defined in Python can carry attributes like any instance. */
export class PyException extends PyInstance {
  readonly traceback: TracebackEntry[] = [];
  /** Extra text CPython appends to NameError/AttributeError ("Did you mean: 'x'?"). */
  suggestion: string | null = null;
  /** __context__: the exception being handled when this one was raised (owned reference). */
  context: PyException | null = null;
  /** __cause__ from `raise … from cause` (owned reference). */
  cause: PyException | null = null;
  suppressContext = false;
  /** __traceback__: the newest-first chain of traceback objects (owned reference). */
  tracebackObject: PyTraceback | null = null;
  constructor(type: PyType, public args: PyTuple) {
    super(type);
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (const v of this.values.values()) visit(v);
    visit(this.args);
    if (this.tracebackObject) visit(this.tracebackObject);
    if (this.context) visit(this.context);
    if (this.cause) visit(this.cause);
    if (this.type.isHeapType) visit(this.type);
  }
  override referenceLabels(): string[] {
    const labels = [...[...this.values.keys()].map((k) => `.${k}`), 'args'];
    if (this.tracebackObject) labels.push('__traceback__');
    if (this.context) labels.push('__context__');
    if (this.cause) labels.push('__cause__');
    if (this.type.isHeapType) labels.push('__class__');
    return labels;
  }
}

/**
 * Thrown through the TS call stack while a Python exception propagates. It owns one reference to the
 * exception (CPython's "current exception" of the thread). `reraise`: no new traceback entry.
 */
export class PyRaise extends Error {
  constructor(readonly exc: PyException, readonly reraise = false) {
    super(exc.type.name);
  }
}
