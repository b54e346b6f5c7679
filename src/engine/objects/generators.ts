// Generator objects: a suspended frame kept alive off the frame stack (its locals stay alive until the
// generator finishes, is closed, or is freed).
import { PyObject, type PyType } from './object';
import type { Frame } from '../vm/frame';

export class PyGenerator extends PyObject {
  /** The generator's frame while it can still run; null once finished. */
  frame: Frame | null;
  running = false;
  started = false;

  constructor(readonly type: PyType, frame: Frame, readonly name: string, readonly qualname: string) {
    super();
    this.frame = frame;
  }

  override traverse(visit: (child: PyObject) => void): void {
    const f = this.frame;
    if (!f) return;
    for (const v of f.fast) if (v) visit(v);
    for (const v of f.stack) if (v) visit(v);
    if (f.func) visit(f.func);
  }

  override referenceLabels(): string[] {
    const f = this.frame;
    if (!f) return [];
    const labels: string[] = [];
    f.fast.forEach((v, i) => v && labels.push(`gi_frame.${f.code.localsplusNames[i]}`));
    for (const v of f.stack) if (v) labels.push('gi_frame (stack)');
    if (f.func) labels.push('gi_frame.f_func');
    return labels;
  }
}
