// Frame objects and traceback objects. A frame object (PyFrameObject) is made on demand for a running
// frame (a traceback entry, sys._getframe). While the frame runs, its locals belong to the frame; if
// the frame object is still referenced when the frame finishes, it takes the locals over (CPython's
// take_ownership in Python/frame.c) and they live until the frame object dies: this is how a saved
// exception's __traceback__ keeps a failed function's locals alive.
import { PyObject, type PyType } from './object';
import type { Frame } from '../vm/frame';

export class PyFrameObject extends PyObject {
  /** The frame finished while this object was referenced: its locals and stack are now ours. */
  owned = false;
  /** f_back, materialized when ownership was taken (a live frame's caller is found on the VM's stack). */
  back: PyFrameObject | null = null;
  /** f_lineno once the frame finished. */
  lastLine = 0;

  constructor(readonly type: PyType, readonly frame: Frame) {
    super();
  }

  /** frame_traverse: only an owned frame's locals and stack (a live frame's are roots of the thread). */
  override traverse(visit: (child: PyObject) => void): void {
    if (this.owned) {
      const f = this.frame;
      if (f.func) visit(f.func);
      for (const v of f.fast) if (v) visit(v);
      for (const v of f.stack) if (v) visit(v);
    }
    if (this.back) visit(this.back);
  }

  override referenceLabels(): string[] {
    const labels: string[] = [];
    if (this.owned) {
      const f = this.frame;
      if (f.func) labels.push('f_func');
      f.fast.forEach((v, i) => v && labels.push(f.code.localsplusNames[i]!));
      f.stack.forEach((v, i) => v && labels.push(`stack[${i}]`));
    }
    if (this.back) labels.push('f_back');
    return labels;
  }
}

/** One traceback entry: a frame object, the line it was at, and the next (newer) entry. */
export class PyTraceback extends PyObject {
  constructor(
    readonly type: PyType,
    public next: PyTraceback | null,
    readonly frame: PyFrameObject,
    readonly lasti: number,
    readonly lineno: number,
  ) {
    super();
  }

  /** tb_traverse: tb_next, then tb_frame (also the order tb_dealloc releases them). */
  override traverse(visit: (child: PyObject) => void): void {
    if (this.next) visit(this.next);
    visit(this.frame);
  }

  override referenceLabels(): string[] {
    return this.next ? ['tb_next', 'tb_frame'] : ['tb_frame'];
  }
}
