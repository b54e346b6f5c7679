// Instances of classes: kept in their own module because exceptions (instances too) and the class
// machinery both build on it.
import { PyObject, type PyType } from './object';

/**
 * An instance of a class. 3.11+ keeps attributes as "inline values" without a dict object until
 * something asks for `__dict__`; `values` keeps them in insertion order.
 */
export class PyInstance extends PyObject {
  readonly values = new Map<string, PyObject>();
  /** The __dict__ object once something asked for it; from then on it holds the attributes. */
  dict: PyObject | null = null;
  constructor(readonly type: PyType) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (const v of this.values.values()) visit(v);
    if (this.dict) visit(this.dict);
    // Instances of classes own a reference to their class (static types are not counted).
    if (this.type.isHeapType) visit(this.type);
  }
  override referenceLabels(): string[] {
    const labels = [...this.values.keys()].map((k) => `.${k}`);
    if (this.dict) labels.push('__dict__');
    if (this.type.isHeapType) labels.push('__class__');
    return labels;
  }
}

