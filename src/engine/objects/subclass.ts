// Classes that subclass a built-in type (class L(list), class S(str)…): their instances are the built-in
// objects themselves with the class as their type and the instance state of every class instance, so all
// built-in operations apply and the class's own special methods are found first (dunders.ts).
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from './object';
import { PyDict, PyList, PyTuple } from './containers';
import { PyFloat, PyInt, PyStr } from './scalars';
import { PySet, setAdd, setClear } from './sets';
import { withInstanceState } from './instance';
import { collect } from './protocols';
import { listExtendSteal } from './listops';
import { callBuiltinType, dictInitFrom } from '../modules/constructors';
import { dictDelete, dictSet } from './dictops';
import { createClass } from './classes';
import { PyBuiltin } from './callables';

/**
 * The JavaScript classes of such instances, made on first use: the module graph reaches this file
 * before the built-in object classes are defined.
 */
function makeInstanceClasses() {
  return {
    list: class PyListInstance extends withInstanceState(PyList) {},
    tuple: class PyTupleInstance extends withInstanceState(PyTuple) {},
    dict: class PyDictInstance extends withInstanceState(PyDict) {},
    set: class PySetInstance extends withInstanceState(PySet) {},
    str: class PyStrInstance extends withInstanceState(PyStr) {},
    int: class PyIntInstance extends withInstanceState(PyInt) {},
    float: class PyFloatInstance extends withInstanceState(PyFloat) {},
  };
}
let instanceClasses: ReturnType<typeof makeInstanceClasses> | null = null;
function classesOfInstances(): ReturnType<typeof makeInstanceClasses> {
  return (instanceClasses ??= makeInstanceClasses());
}

/** The built-in types a class may derive from here (besides object, exceptions and type). */
export function subclassableBuiltins(rt: Runtime): PyType[] {
  const t = rt.types;
  return [t.list, t.tuple, t.dict, t.set, t.frozenset, t.str, t.int, t.float];
}

/** The built-in type whose layout a class's instances have (object for plain classes). */
export function builtinRoot(cls: PyType): PyType {
  return cls.mro.find((m) => !m.isHeapType)!;
}

/** Whether instances of `root` are variable-sized (tp_itemsize != 0), which changes where the dict goes. */
export function isVarSized(rt: Runtime, root: PyType): boolean {
  return root === rt.types.tuple || root === rt.types.int;
}

/** The built-in types that reject subclasses ("type 'bool' is not an acceptable base type"). */
export function isFinalBuiltin(rt: Runtime, t: PyType): boolean {
  const final = [rt.types.bool, rt.types.range, rt.types.slice, rt.types.NoneType, rt.types.function, rt.types.builtin_function_or_method,
    rt.types.generator, rt.types.method, rt.types.code, rt.types.cell, rt.types.ellipsis, rt.types.NotImplementedType];
  return final.includes(t);
}

function builtinSet(rt: Runtime): PyObject {
  return rt.heap.register(new PySet(rt.types.set));
}

/** Registers a new instance of `cls` and gives it its reference to the class. */
function adopt<T extends PyObject>(rt: Runtime, cls: PyType, obj: T): T {
  rt.heap.register(obj, true);
  rt.heap.incref(cls, 'attr');
  cls.instancesCreated++;
  return obj;
}

/**
 * `root.__new__(cls, *args)` for a class deriving from the built-in `root`: the mutable containers
 * start empty (their __init__ fills them); the immutable ones get their value now, computed as
 * `root(*args)` would. A new reference.
 */
export function builtinNew(rt: Runtime, root: PyType, cls: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const t = rt.types;
  if (cls === root && (root === t.list || root === t.dict || root === t.set)) {
    // The containers' tp_new makes an empty one; tp_init fills it.
    return root === t.list ? rt.list([]) : root === t.dict ? rt.dict() : builtinSet(rt);
  }
  if (cls === root) {
    const made = callBuiltinType(rt, root, args, kwargs);
    return made ?? rt.unsupported(`calling the type '${root.name}'`);
  }
  const C = classesOfInstances();
  switch (root) {
    case t.list: return adopt(rt, cls, new C.list(cls, [], 0));
    case t.dict: return adopt(rt, cls, new C.dict(cls));
    case t.set: return adopt(rt, cls, new C.set(cls));
    default: break;
  }
  const value = callBuiltinType(rt, root, args, kwargs)!;
  try {
    if (value instanceof PyStr) return adopt(rt, cls, new C.str(cls, value.value));
    if (value instanceof PyInt) return adopt(rt, cls, new C.int(cls, value.value));
    if (value instanceof PyFloat) return adopt(rt, cls, new C.float(cls, value.value));
    if (value instanceof PyTuple) return adopt(rt, cls, new C.tuple(cls, value.items.map((x) => rt.heap.incref(x, 'item'))));
    if (value instanceof PySet) {
      const set = adopt(rt, cls, new C.set(cls));
      for (const key of value.keys()) setAdd(rt, set, key);
      return set;
    }
  } finally {
    rt.heap.decref(value);
  }
  return rt.unsupported(`subclassing the built-in type '${root.name}'`);
}

/**
 * `root.__init__(self, *args)`: list, dict and set (re)fill themselves from the arguments, the way their
 * tp_init does; the immutable types got their value in __new__ (object.__init__ ignores the arguments).
 */
export function builtinInit(rt: Runtime, root: PyType, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): void {
  const t = rt.types;
  const noKeywords = () => {
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${root.name}() takes no keyword arguments`);
  };
  if (root === t.list && self instanceof PyList) {
    noKeywords();
    if (args.length > 1) rt.raise(rt.types.TypeError, `list expected at most 1 argument, got ${args.length}`);
    const old = self.items;
    self.items = [];
    self.allocated = 0;
    rt.recorder.touch(self);
    for (let i = old.length - 1; i >= 0; i--) rt.heap.decref(old[i]!, 'item');
    if (args[0]) listExtendSteal(rt, self, collect(rt, args[0]), true);
    rt.heap.resized(self);
  } else if (root === t.dict && self instanceof PyDict) {
    if (args.length > 1) rt.raise(rt.types.TypeError, `dict expected at most 1 argument, got ${args.length}`);
    dictInitFrom(rt, self, args, kwargs);
  } else if (root === t.set && self instanceof PySet) {
    noKeywords();
    if (args.length > 1) rt.raise(rt.types.TypeError, `set expected at most 1 argument, got ${args.length}`);
    setClear(rt, self);
    if (args[0]) {
      for (const item of collect(rt, args[0])) {
        setAdd(rt, self, item);
        rt.heap.decref(item);
      }
    }
  }
}

/** A class body's namespace for a class made natively: __module__, then `attributes` (new references, taken over). */
export function classNamespace(rt: Runtime, module: string, attributes: Record<string, PyObject>): PyDict {
  const ns = rt.dict();
  for (const [key, value] of [['__module__', rt.str(module)] as const, ...Object.entries(attributes)]) {
    const k = rt.internedStr(key);
    dictSet(rt, ns, k, value);
    rt.heap.decref(k);
    rt.heap.decref(value);
  }
  return ns;
}

/** How a natively implemented subclass is laid out (what its C type declares). */
export interface NativeSubclassOptions {
  /** Messages name the class by its tp_name, 'module.name' (a C type's), not just 'name'. */
  readonly tpName?: boolean;
  /** Instances have no __dict__ / no weak reference list (a C type that declares neither). */
  readonly noDict?: boolean;
  readonly noWeakref?: boolean;
  /** Bytes the C type adds to its base's object (defaultdict's default_factory pointer: 8). */
  readonly extraBytes?: number;
}

/**
 * For native modules (collections…): a class named `name` in `module` deriving from the built-in `base`
 * (list, dict, tuple, str, int, float, set, frozenset), with the given attributes (new references, taken
 * over; builtins from rt.builtin receive `self` as their first argument, like a class's functions, and
 * special methods among them — __missing__, __repr__, __init__… — are found as a Python class's are).
 * Calling the class (rt.call, or instantiate) makes instances that are `base` objects of that class, with
 * base.__new__/__init__ run as for `class name(base)` unless the attributes define them. The returned
 * reference is the caller's (keep it in the module state).
 */
export function nativeSubclass(rt: Runtime, module: string, name: string, base: PyType, attributes: Record<string, PyObject>, options: NativeSubclassOptions = {}): PyType {
  const ns = classNamespace(rt, module, attributes);
  try {
    const cls = createClass(rt, options.tpName ? `${module}.${name}` : name, name, [base], ns);
    cls.nativeName = !!options.tpName;
    cls.extraBytes = options.extraBytes ?? 0;
    if (options.noDict) withoutDescriptor(rt, cls, '__dict__', () => { cls.hasDict = false; cls.slots = [...cls.memberSlots]; });
    if (options.noWeakref) withoutDescriptor(rt, cls, '__weakref__', () => { cls.hasWeakref = false; });
    return cls;
  } finally {
    rt.heap.decref(ns);
  }
}

/** Takes the getset descriptor `name` out of a class made natively, for a layout that lacks it. */
function withoutDescriptor(rt: Runtime, cls: PyType, name: string, change: () => void): void {
  change();
  const key = rt.internedStr(name);
  dictDelete(rt, cls.dict as PyDict, key);
  rt.heap.decref(key);
}

const methodTypes = new WeakMap<Runtime, PyType>();

/**
 * A method for a natively made class that binds like a Python function: looked up on an instance it
 * becomes a bound method, and `impl` gets the instance as args[0] (CPython's namedtuple._asdict is a
 * Python function, so `p._asdict` is a bound method too).
 */
export function nativeMethod(rt: Runtime, name: string, impl: (self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject): PyObject {
  let type = methodTypes.get(rt);
  if (!type) {
    type = new PyType('builtin_function_or_method', rt.types.object, { gc: true });
    type.type = rt.types.type;
    type.bindsLikeFunction = true;
    rt.heap.registerStatic(type);
    methodTypes.set(rt, type);
  }
  return rt.heap.register(new PyBuiltin(type, name, (_s, args, kwargs) => {
    if (args.length === 0) rt.raise(rt.types.TypeError, `${name}() missing 1 required positional argument: 'self'`);
    return impl(args[0]!, args.slice(1), kwargs);
  }, null));
}
