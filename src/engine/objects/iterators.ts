// Iterator objects. A sequence iterator holds a strong reference to its sequence until exhausted,
// which is why `sys.getrefcount(lst)` is one higher inside `for x in lst:`.
import { PyObject, type PyType } from './object';

export class PySeqIter extends PyObject {
  index = 0;
  constructor(readonly type: PyType, public seq: PyObject | null, readonly reversed = false) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    if (this.seq) visit(this.seq);
  }
  override referenceLabels(): string[] {
    return this.seq ? ['iterated'] : [];
  }
}

export class PyRangeIter extends PyObject {
  constructor(readonly type: PyType, public next: number, readonly step: number, public remaining: number) {
    super();
  }
}

/** Iterators built in TS over a fixed list of objects (enumerate, zip, dict views) hold their sources. */
export class PyGenericIter extends PyObject {
  /**
   * The result tuple dict-items, enumerate and zip iterators keep and refill when nobody else holds
   * it (CPython's di_result / en_result / result): it keeps the last items alive one reference longer.
   */
  result: PyObject | null = null;
  /** Keeps its sources once exhausted (deque iterators hold the deque until freed). */
  keepsSources = false;

  constructor(
    readonly type: PyType,
    public sources: PyObject[],
    /** Returns a new reference, or null when exhausted. `self` is this iterator. */
    readonly nextItem: (self: PyGenericIter) => PyObject | null,
    /** iter(self) checks (a closed io.StringIO raises); iter() returns the iterator itself. */
    readonly beforeIter: (() => void) | null = null,
  ) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (const s of this.sources) visit(s);
    if (this.result) visit(this.result);
  }
  override referenceLabels(): string[] {
    const labels = this.sources.map(() => 'iterated');
    if (this.result) labels.push('cached result');
    return labels;
  }
}
