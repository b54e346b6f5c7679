// Instances of classes: kept in their own module because exceptions (instances too), subclasses of
// built-in types and the class machinery all build on it.
import { PyObject, type PyType } from './object';

/**
 * What every instance of a class carries besides its built-in part: the values of its __slots__ and its
 * attributes. 3.11+ keeps attributes as "inline values" without a dict object until something asks
 * for `__dict__`; `values` keeps them in insertion order.
 */
export interface InstanceState {
  readonly type: PyType;
  /** Member slots (__slots__ names) that hold a value. */
  readonly slotValues: Map<string, PyObject>;
  readonly values: Map<string, PyObject>;
  /** The __dict__ object once something asked for it; from then on it holds the attributes. */
  dict: PyObject | null;
}

export type Instance = PyObject & InstanceState;

const INSTANCE_STATE = Symbol('instanceState');

/** Whether `o` is an instance of a class defined in Python (or natively, like one), with slots and attributes. */
export function hasInstanceState(o: PyObject): o is Instance {
  return (o as unknown as Record<symbol, unknown>)[INSTANCE_STATE] === true && o.type.isHeapType;
}

/** subtype_traverse's order: slots, then the dict. */
function visitState(state: InstanceState, visit: (child: PyObject) => void): void {
  for (const v of state.slotValues.values()) visit(v);
  for (const v of state.values.values()) visit(v);
  if (state.dict) visit(state.dict);
}

function stateLabels(state: InstanceState): string[] {
  const labels = [...state.slotValues.keys(), ...state.values.keys()].map((k) => `.${k}`);
  if (state.dict) labels.push('__dict__');
  return labels;
}

export class PyInstance extends PyObject implements InstanceState {
  readonly slotValues = new Map<string, PyObject>();
  readonly values = new Map<string, PyObject>();
  dict: PyObject | null = null;
  constructor(readonly type: PyType) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visitState(this, visit);
    // Instances of classes own a reference to their class (static types are not counted).
    if (this.type.isHeapType) visit(this.type);
  }
  override referenceLabels(): string[] {
    const labels = stateLabels(this);
    if (this.type.isHeapType) labels.push('__class__');
    return labels;
  }
}
(PyInstance.prototype as unknown as Record<symbol, unknown>)[INSTANCE_STATE] = true;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BuiltinObjectClass = abstract new (...args: any[]) => PyObject;

/**
 * The instance of a class that subclasses a built-in type: the built-in object itself (a list, a
 * str…, so every built-in operation applies) with the instance state added. It references its class.
 */
export function withInstanceState<T extends BuiltinObjectClass>(Base: T) {
  abstract class Subclassed extends Base implements InstanceState {
    readonly slotValues = new Map<string, PyObject>();
    readonly values = new Map<string, PyObject>();
    dict: PyObject | null = null;
    override traverse(visit: (child: PyObject) => void): void {
      visitState(this, visit);
      super.traverse(visit);
      visit(this.type);
    }
    override referenceLabels(): string[] {
      return [...stateLabels(this), ...super.referenceLabels(), '__class__'];
    }
  }
  (Subclassed.prototype as unknown as Record<symbol, unknown>)[INSTANCE_STATE] = true;
  return Subclassed;
}
