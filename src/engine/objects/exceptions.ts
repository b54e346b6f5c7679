// Exception instances and the JS-side carrier used to unwind the simulated stack.
import { PyObject, type PyType } from './object';
import type { PyTuple } from './containers';

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

export class PyException extends PyObject {
  readonly traceback: TracebackEntry[] = [];
  /** Extra text CPython appends to NameError/AttributeError ("Did you mean: 'x'?"). */
  suggestion: string | null = null;
  /** __context__: the exception being handled when this one was raised (owned reference). */
  context: PyException | null = null;
  /** __cause__ from `raise … from cause` (owned reference). */
  cause: PyException | null = null;
  suppressContext = false;
  constructor(readonly type: PyType, public args: PyTuple) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.args);
    if (this.context) visit(this.context);
    if (this.cause) visit(this.cause);
  }
  override referenceLabels(): string[] {
    const labels = ['args'];
    if (this.context) labels.push('__context__');
    if (this.cause) labels.push('__cause__');
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
