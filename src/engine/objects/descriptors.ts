// property, classmethod, staticmethod and super: the descriptors classes use.
import { PyObject, type PyType } from './object';

export class PyProperty extends PyObject {
  constructor(
    readonly type: PyType,
    public fget: PyObject | null,
    public fset: PyObject | null,
    public fdel: PyObject | null,
  ) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    if (this.fget) visit(this.fget);
    if (this.fset) visit(this.fset);
    if (this.fdel) visit(this.fdel);
  }
  override referenceLabels(): string[] {
    return [this.fget && 'fget', this.fset && 'fset', this.fdel && 'fdel'].filter((x): x is string => !!x);
  }
}

/** classmethod(f) and staticmethod(f): wrappers that change how the function binds. */
export class PyMethodWrapper extends PyObject {
  constructor(readonly type: PyType, readonly func: PyObject) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.func);
  }
  override referenceLabels(): string[] {
    return ['__func__'];
  }
}

/** super(): looks attributes up in the MRO of type(obj) after `thisType`. */
export class PySuper extends PyObject {
  constructor(readonly type: PyType, readonly thisType: PyType, readonly obj: PyObject) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.thisType);
    visit(this.obj);
  }
  override referenceLabels(): string[] {
    return ['__thisclass__', '__self__'];
  }
}
