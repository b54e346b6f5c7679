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
  constructor(readonly type: PyType, public args: PyTuple) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.args);
  }
}

/** Thrown through the TS call stack when Python code raises. */
export class PyRaise extends Error {
  constructor(readonly exc: PyException) {
    super(exc.type.name);
  }
}
