// The object header every simulated Python object carries, and the type object.
// Reference counts are only ever changed through Heap.incref/decref (memory/heap.ts).

export abstract class PyObject {
  /** Stable identity for the trace; never reused within a run. */
  id = 0;
  refcnt = 1;
  /** Simulated address: what id() returns. */
  address = 0;
  /** Immortal objects (PEP 683, 3.12+) never change their count. */
  immortal = false;
  /** Linked into a GC generation (gc.is_tracked). */
  tracked = false;
  /** Generation index while tracked, else -1. */
  generation = -1;
  /** Scratch field of the collector (gc_refs). */
  gcRefs = 0;
  /** Set once __del__ ran (PEP 442); also marks objects already freed. */
  freed = false;

  abstract readonly type: PyType;

  /** tp_traverse: every strong reference this object holds, in CPython's visit order. */
  traverse(_visit: (child: PyObject) => void): void {}

  /** The labels of the references traverse() visits, for the panel ("[0]", "'key'", "x"). */
  referenceLabels(): string[] {
    return [];
  }
}

export type BuiltinImpl = (self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject;

export interface TypeFlags {
  /** Objects of this type are GC containers (have a PyGC_Head). */
  readonly gc: boolean;
  /** Can be subclassed (only affects error messages for now). */
  readonly baseType?: boolean;
}

/** A type object. Built-in types are static (immortal from 3.12). */
export class PyType extends PyObject {
  readonly methods = new Map<string, BuiltinImpl>();
  /** Attribute names real CPython has that the simulator does not implement: using one is "not supported". */
  readonly knownAttributes = new Set<string>();
  type!: PyType;

  constructor(
    readonly name: string,
    readonly base: PyType | null,
    readonly flags: TypeFlags,
  ) {
    super();
  }

  isSubtypeOf(other: PyType): boolean {
    for (let t: PyType | null = this; t; t = t.base) if (t === other) return true;
    return false;
  }

  lookupMethod(name: string): BuiltinImpl | undefined {
    for (let t: PyType | null = this; t; t = t.base) {
      const m = t.methods.get(name);
      if (m) return m;
    }
    return undefined;
  }

  hasKnownAttribute(name: string): boolean {
    for (let t: PyType | null = this; t; t = t.base) if (t.knownAttributes.has(name)) return true;
    return false;
  }
}
