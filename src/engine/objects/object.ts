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
  /** The object's memory was released. */
  freed = false;
  /** __del__ already ran (PEP 442: at most once per object). */
  finalized = false;

  abstract readonly type: PyType;

  /** tp_traverse: every strong reference this object holds, in CPython's visit order. */
  traverse(_visit: (child: PyObject) => void): void {}

  /**
   * What the cyclic collector visits; the same as traverse() unless an object owns references through
   * helper objects that are not GC containers (functools' lru_cache links), which CPython's tp_traverse
   * visits directly.
   */
  gcTraverse(visit: (child: PyObject) => void): void {
    this.traverse(visit);
  }

  /** The labels of the references traverse() visits, for the panel ("[0]", "'key'", "x"). */
  referenceLabels(): string[] {
    return [];
  }
}

/**
 * A call of a natively implemented callable that may run a Python function (functools' lru_cache wrapper):
 * either its result, or the function to run and what to do with its result (or when it raises). The VM runs
 * the function in its own frame stack, so deep recursion through the wrapper needs no JavaScript stack.
 */
export type InlineCallPlan =
  | { readonly result: PyObject }
  | {
    readonly func: PyObject;
    /** Borrowed; kept alive by the plan until finish or abort. */
    readonly args: PyObject[];
    readonly kwargs: Map<string, PyObject> | null;
    /** Takes the function's result (a new reference); returns the call's result (a new reference). */
    finish(result: PyObject): PyObject;
    /** The function raised: release what the plan holds. */
    abort(): void;
  };

/**
 * The sequence slots of a type implemented natively (collections.deque's PySequenceMethods, tp_iter,
 * __reversed__ and __sizeof__), which the protocols (len, bool, subscripts, in, iter, reversed, + and *)
 * call. Arguments are borrowed; results are new references. Indexes reach item/assItem already adjusted
 * for a negative index once (PySequence_GetItem), not range-checked.
 */
export interface NativeSequenceSlots {
  length(self: PyObject): number;
  item(self: PyObject, index: number): PyObject;
  /** value null deletes the item. */
  assItem(self: PyObject, index: number, value: PyObject | null): void;
  contains(self: PyObject, value: PyObject): boolean;
  iter(self: PyObject): PyObject;
  reversed(self: PyObject): PyObject;
  concat(self: PyObject, other: PyObject): PyObject;
  repeat(self: PyObject, count: number): PyObject;
  inplaceConcat(self: PyObject, other: PyObject): PyObject;
  inplaceRepeat(self: PyObject, count: number): PyObject;
  /** o.__sizeof__(): the object's bytes without the GC header. */
  sizeof(self: PyObject): number;
}

export type BuiltinImpl = (self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject;

export interface TypeFlags {
  /** Objects of this type are GC containers (have a PyGC_Head). */
  readonly gc: boolean;
  /** Can be subclassed (only affects error messages for now). */
  readonly baseType?: boolean;
}

/** A type object. Built-in types are static (immortal from 3.12); classes are heap types. */
export class PyType extends PyObject {
  readonly methods = new Map<string, BuiltinImpl>();
  /** Attribute names real CPython has that the simulator does not implement: using one is "not supported". */
  readonly knownAttributes = new Set<string>();
  type!: PyType;
  /** The method resolution order, this type first (C3 for classes). */
  mro: PyType[];
  /** Heap types: the class namespace (a dict), and the tuples __bases__ and __mro__ (owned references). */
  dict: PyObject | null = null;
  basesTuple: PyObject | null = null;
  mroTuple: PyObject | null = null;
  qualname: string;
  module = 'builtins';
  /** Names in __slots__ of this class and its bases; null when instances have a __dict__. */
  slots: string[] | null = null;
  /** Every __slots__ member of this class and its bases (storage in the instance, not its __dict__). */
  memberSlots: string[] = [];
  /** Instances have a __dict__ / a weak reference list (classes without __slots__ have both). */
  hasDict = false;
  hasWeakref = false;
  /** A class implemented natively with a fixed layout (types.SimpleNamespace): its instances' __sizeof__. */
  instanceSize: number | null = null;
  /** A class standing for a C type: its name is the tp_name messages print ('types.SimpleNamespace'). */
  nativeName = false;
  /** Bytes a natively implemented class adds to its base's object (see subclass.ts nativeSubclass). */
  extraBytes = 0;
  /** Classes created with this one among their bases, in creation order (not owned: __subclasses__ skips freed ones). */
  readonly subclasses: PyType[] = [];
  /** Read-only data attributes of a type implemented natively (StringIO.closed): self → new reference. */
  readonly getters = new Map<string, (self: PyObject) => PyObject>();
  /** Calling a type implemented natively (io.StringIO(...)): borrowed arguments → new reference. */
  nativeNew: ((args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject) | null = null;
  /** tp_repr of a type implemented natively: (self, repr of a child) → text. */
  nativeRepr: ((self: PyObject, reprOf: (child: PyObject) => string) => string) | null = null;
  /** Calling an instance may run a Python function inline (InlineCallPlan); self, borrowed args, kwargs. */
  inlineCall: ((self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => InlineCallPlan) | null = null;
  /** sys.getsizeof() of its instances is not modelled (natively implemented types): "not supported". */
  sizeUnmodelled = false;
  /** tp_hash = PyObject_HashNotImplemented for a type implemented natively (functools.KeyWrapper). */
  unhashable = false;
  /** Sequence protocol slots of a type implemented natively (collections.deque). */
  nativeSequence: NativeSequenceSlots | null = null;
  /**
   * copy.copy / copy.deepcopy of a type implemented natively (deque's __copy__ and its __reduce_ex__ route):
   * deep gets a function to remember the new copy in the memo and one to deep-copy an item (new references).
   */
  nativeCopy: {
    shallow(self: PyObject): PyObject;
    deep(self: PyObject, memoize: (copy: PyObject) => void, copyItem: (item: PyObject) => PyObject): PyObject;
  } | null = null;
  /** What nativeRepr shows for an object met again inside its own repr (Py_ReprEnter): deque says "[...]". */
  nativeReprRecursion = '...';
  /** tp_richcompare of a type implemented natively: (op, self, other) → a new reference (NotImplemented defers to the other side). */
  nativeRichCompare: ((op: 'Lt' | 'LtE' | 'Eq' | 'NotEq' | 'Gt' | 'GtE', self: PyObject, other: PyObject) => PyObject) | null = null;
  /** A tuple subtype made by collections.namedtuple (functools' CacheInfo): its field names, for attributes and repr. */
  tupleFields: readonly string[] | null = null;
  /** Instances bind to the instance they are looked up on, as functions do (a descriptor whose __get__ makes a method). */
  bindsLikeFunction = false;
  /** Instances created so far (a class's shared instance keys shrink with each). */
  instancesCreated = 0;

  constructor(
    readonly name: string,
    readonly base: PyType | null,
    readonly flags: TypeFlags,
  ) {
    super();
    this.qualname = name;
    this.mro = [];
    for (let t: PyType | null = this; t; t = t.base) this.mro.push(t);
  }

  get isHeapType(): boolean {
    return this.dict !== null;
  }

  isSubtypeOf(other: PyType): boolean {
    return this.mro.includes(other);
  }

  lookupMethod(name: string): BuiltinImpl | undefined {
    for (const t of this.mro) {
      const m = t.methods.get(name);
      if (m) return m;
    }
    return undefined;
  }

  hasKnownAttribute(name: string): boolean {
    return this.mro.some((t) => t.knownAttributes.has(name));
  }

  override traverse(visit: (child: PyObject) => void): void {
    if (this.dict) visit(this.dict);
    if (this.basesTuple) visit(this.basesTuple);
    if (this.mroTuple) visit(this.mroTuple);
    // A class owns its tp_base, and (when the metaclass is a class too) its type.
    if (this.dict && this.base) visit(this.base);
    if (this.dict && this.type.dict) visit(this.type);
  }

  override referenceLabels(): string[] {
    const labels: string[] = [];
    if (this.dict) labels.push('__dict__');
    if (this.basesTuple) labels.push('__bases__');
    if (this.mroTuple) labels.push('__mro__');
    if (this.dict && this.base) labels.push('__base__');
    if (this.dict && this.type.dict) labels.push('__class__');
    return labels;
  }
}
