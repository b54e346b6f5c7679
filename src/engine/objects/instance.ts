// Instances of classes: kept in their own module because exceptions (instances too) and the class
// machinery both build on it.
import { PyObject, type PyType } from './object';

/**
 * An instance of a class. 3.11+ keeps attributes as "inline values" without a dict object until
 * something asks for `__dict__`; `values` keeps them in insertion order.
 */
export class PyInstance extends PyObject {
  readonly values = new Map<string, PyObject>();
  constructor(readonly type: PyType) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (const v of this.values.values()) visit(v);
    // Instances of classes own a reference to their class (static types are not counted).
    if (this.type.isHeapType) visit(this.type);
  }
  override referenceLabels(): string[] {
    const labels = [...this.values.keys()].map((k) => `.${k}`);
    if (this.type.isHeapType) labels.push('__class__');
    return labels;
  }
}

