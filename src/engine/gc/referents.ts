// gc.get_referents(): what each object's tp_traverse visits, in CPython's order, per version (func_traverse in
// Objects/funcobject.c, gen_traverse in genobject.c, type_traverse / subtype_traverse in typeobject.c,
// method_traverse in classobject.c, module_traverse in moduleobject.c, meth_traverse in methodobject.c,
// frame_traverse and _PyFrame_Traverse in frameobject.c / frame.c, BaseException_traverse in exceptions.c),
// checked against 3.11.7, 3.12.1 and 3.13.0. Objects whose traverse the simulator cannot reproduce exactly
// (fields it does not keep) stop as "not supported" rather than answer wrongly.
//
// The visits hand out the objects themselves where the simulator has them; a few fields the simulator keeps
// as text (a generator's __name__, a builtin function's module name) are visited as new str objects.
import { sharesInlineValues } from './traverse';
import type { Runtime } from '../vm/runtime';
import { PyType, type PyObject } from '../objects/object';
import { PyBuiltin, PyCell, PyFunction, PyModule } from '../objects/callables';
import { PyMethod } from '../objects/classes';
import { PyGenerator } from '../objects/generators';
import { PyFrameObject, PyTraceback } from '../objects/frames';
import { PyException } from '../objects/exceptions';
import { PyWeakref } from '../objects/weakref';
import { hasInstanceState, type Instance } from '../objects/instance';
import { PyDict, PyDictView, PyList, PyMappingProxy, PySlice, PyTuple } from '../objects/containers';
import { PySet } from '../objects/sets';
import { PySeqIter } from '../objects/iterators';
import { PySuper } from '../objects/descriptors';
import { PyDeque } from '../modules/deque';
import { PyStr } from '../objects/scalars';
import type { Frame } from '../vm/frame';

/** A field CPython holds as a str object and the simulator as text (a generator's __name__). */
export class TextVisit {
  constructor(readonly text: string) {}
}

/** One visit: an object the traverse reaches (borrowed), or text CPython holds as a str object. */
export type Visit = PyObject | TextVisit;

/** C modules whose functions are bound to the module itself (m_self) with its name as m_module. */
const C_FUNCTION_MODULES = new Set(['builtins', 'sys', 'gc', 'math', 'time']);

/** Modules whose m_traverse visits module state before the dict (measured): itertools' types on 3.12+, time's struct_time. */
function moduleStateVisited(rt: Runtime, name: string): boolean {
  return name === 'time' || (name === 'itertools' && rt.profile.versionInfo[1] >= 12);
}

/**
 * Built-in exception types whose instances are a bare PyBaseExceptionObject (no extra fields of their own
 * to traverse: StopIteration's value, AttributeError's name/obj, OSError's errno… are not modelled here).
 */
const PLAIN_EXCEPTIONS = new Set([
  'BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'FloatingPointError',
  'LookupError', 'IndexError', 'KeyError', 'ValueError', 'TypeError', 'RuntimeError', 'NotImplementedError',
  'RecursionError', 'AssertionError', 'BufferError', 'EOFError', 'MemoryError', 'ReferenceError',
  'UnboundLocalError', 'Warning', 'UserWarning', 'DeprecationWarning', 'RuntimeWarning', 'GeneratorExit',
  'KeyboardInterrupt',
]);

export function referentsOf(rt: Runtime, o: PyObject): Visit[] {
  if (!o.type.flags.gc) return [];
  const out: Visit[] = [];
  const visit = (child: PyObject | null | undefined) => { if (child) out.push(child); };
  const minor = rt.profile.versionInfo[1];
  const unsupported = (what?: string): never =>
    rt.unsupported(`gc.get_referents() of ${what ?? `a '${o.type.name}' object (its tp_traverse is not modelled exactly yet)`}`);

  if (o instanceof PyType) {
    if (!o.isHeapType) return []; // static types are not GC objects
    return typeReferents(rt, o, unsupported);
  }
  if (o instanceof PyFunction) {
    if (o.annotate) unsupported('a function with __annotate__');
    // func_traverse: code, globals, builtins, module, defaults, kwdefaults, doc, name, dict, closure,
    // annotations, (3.12+) type params, qualname.
    visit(o.code);
    visit(o.globals);
    visit(rt.builtins);
    visit(o.module);
    visit(o.defaults);
    visit(o.kwdefaults);
    visit(o.doc);
    visit(o.name);
    visit(o.dict);
    visit(o.closure);
    visit(o.annotations);
    if (minor >= 12) visit(o.typeParams);
    visit(o.qualname);
    return out;
  }
  if (o instanceof PyGenerator) {
    if (o.type !== rt.types.generator) unsupported();
    // gen_traverse: (3.11: gi_code,) gi_name, gi_qualname, the frame while it can run, the saved exception.
    if (minor === 11) visit(o.frame ? o.frame.pycode : unsupported('a finished generator on 3.11 (its gi_code reference is not kept)'));
    out.push(new TextVisit(o.name), new TextVisit(o.qualname));
    if (o.frame) out.push(...frameContents(o.frame, o.frame.frameObject, unsupported));
    return out;
  }
  if (o instanceof PyFrameObject) {
    // frame_tp_traverse: f_back, f_trace, then the frame's own data once the object owns it.
    visit(o.back);
    if (!o.owned) return out;
    if (!o.frame.func) unsupported('a finished module-level frame');
    out.push(...frameContents(o.frame, null, unsupported));
    return out;
  }
  if (o instanceof PyTraceback) {
    visit(o.next);
    visit(o.frame);
    return out;
  }
  if (o instanceof PyMethod) {
    visit(o.func);
    visit(o.self);
    return out;
  }
  if (o instanceof PyCell) {
    visit(o.value);
    return out;
  }
  if (o instanceof PyModule) {
    if (moduleStateVisited(rt, o.name)) unsupported(`the module '${o.name}' (its C state is traversed too)`);
    visit(o.dict);
    return out;
  }
  if (o instanceof PyBuiltin) {
    // meth_traverse: m_self, then m_module (the defining module's name for module-level functions).
    if (o.self instanceof PyModule) {
      if (!C_FUNCTION_MODULES.has(o.self.name) || !o.self.builtin) unsupported(`a function of the module '${o.self.name}'`);
      visit(o.self);
      out.push(new TextVisit(o.self.name));
      return out;
    }
    visit(o.self);
    return out;
  }
  if (o instanceof PySuper) {
    // super_traverse: obj, type, obj_type (the instance's class, or obj itself when it is a class).
    const objType = o.obj instanceof PyType && o.obj.isSubtypeOf(o.thisType) ? o.obj : o.obj.type;
    out.push(o.obj, o.thisType, objType);
    return out;
  }
  if (o instanceof PyDeque && !hasInstanceState(o)) {
    // deque_traverse: 3.12+ deque is a heap type, whose instances visit it first; then the items, left to right.
    if (minor >= 12) visit(o.type);
    out.push(...o.items);
    return out;
  }
  if (o instanceof PyWeakref) {
    // gc_traverse of weakref objects: the callback (a subclass's slots, dict and class are not modelled here).
    if (o.ownsType || o.key || o.values.size > 0 || o.dict) unsupported('an instance of a weakref subclass');
    visit(o.callback);
    return out;
  }
  if (o instanceof PyException) return exceptionReferents(rt, o, unsupported);
  if (hasInstanceState(o)) return instanceReferents(rt, o, unsupported);
  if (o instanceof PyDict) return dictReferents(rt, o);
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PySet || o instanceof PySlice
    || o instanceof PyDictView || o instanceof PyMappingProxy || (o instanceof PySeqIter && o.type.name === 'list_iterator')) {
    o.traverse(visit);
    return out;
  }
  return unsupported();
}

/** dict_traverse: values only when every key is a str (a unicode-keys table), else value then key per entry. */
function dictReferents(rt: Runtime, d: PyDict): Visit[] {
  // 3.13+: a materialized instance dict whose values still live in the object visits nothing.
  if (sharesInlineValues(d as PyObject)) return [];
  const entries = [...d.entries.values()];
  if (entries.every((e) => e.key instanceof PyStr)) return entries.map((e) => e.value);
  return entries.flatMap((e) => [e.value, e.key]);
}

/** type_traverse (heap types): a heap metaclass first (subtype_traverse), then dict, mro, bases, tp_base. */
function typeReferents(rt: Runtime, cls: PyType, unsupported: (what?: string) => never): Visit[] {
  const out: Visit[] = [];
  if (cls.type.isHeapType) {
    if (cls.type.memberSlots.length > 0 || cls.type.type !== rt.types.type) unsupported('a class whose metaclass has __slots__ or a metaclass of its own');
    out.push(cls.type);
  }
  const bases = cls.basesTuple instanceof PyTuple ? cls.basesTuple.items : [];
  // tp_base is best_base(bases): the first base unless a later one has a larger instance layout.
  if (bases.slice(1).some((b) => b instanceof PyType && (b.memberSlots.length > 0 || builtinRoot(b) !== builtinRoot(bases[0] as PyType)))) {
    unsupported('a class with several bases of different layouts');
  }
  for (const child of [cls.dict, cls.mroTuple, cls.basesTuple, cls.base]) if (child) out.push(child);
  return out;
}

function builtinRoot(t: PyType): PyType {
  let r: PyType = t;
  while (r.isHeapType && r.base) r = r.base;
  return r;
}

/**
 * subtype_traverse for an instance of a class: each class's own __slots__ (sorted, as type_new stores them),
 * from the instance's class up; then the attributes (3.11/3.12: the materialized __dict__ instead of the
 * inline values; 3.13+: the inline values even when __dict__ exists); then the class; then the built-in
 * base's own traverse (a list's items, a dict's entries…).
 */
function instanceReferents(rt: Runtime, o: Instance, unsupported: (what?: string) => never): Visit[] {
  const out: Visit[] = [];
  if (o instanceof PyWeakref || 'held' in o) unsupported();
  if (!o.type.isHeapType) unsupported();
  out.push(...slotValues(o));
  if (o.values.size === 0 && sharesInlineValues(o.dict)) {
    out.push(...[...(o.dict as PyDict).entries.values()].map((e) => e.value));
  } else {
    out.push(...o.values.values());
    if (o.dict) out.push(o.dict);
  }
  out.push(o.type);
  const root = builtinRoot(o.type);
  if (root === rt.types.object) return out;
  // The built-in part only (the instance state and the class were visited above).
  const builtinTraverse = [PyList, PyTuple, PySet].find((cls) => o instanceof cls)?.prototype.traverse;
  if (builtinTraverse) {
    builtinTraverse.call(o, (child: PyObject) => out.push(child));
    return out;
  }
  if (o instanceof PyDict) {
    out.push(...dictReferents(rt, o));
    return out;
  }
  return unsupported(`an instance of a subclass of '${root.name}'`);
}

/** Each class's own slot members in sorted order, most derived class first. */
function slotValues(o: Instance): PyObject[] {
  const out: PyObject[] = [];
  for (let cls: PyType | null = o.type; cls && cls.isHeapType; cls = cls.base) {
    const inherited = new Set(cls.base?.memberSlots ?? []);
    const own = cls.memberSlots.filter((name) => !inherited.has(name)).sort();
    for (const name of own) {
      const v = o.slotValues.get(name);
      if (v) out.push(v);
    }
  }
  return out;
}

/** BaseException_traverse, after subtype_traverse's class for a subclass: dict, args, notes, traceback, cause, context. */
function exceptionReferents(rt: Runtime, e: PyException, unsupported: (what?: string) => never): Visit[] {
  const root = builtinRoot(e.type);
  if (!PLAIN_EXCEPTIONS.has(root.name)) unsupported(`a '${root.name}' exception (its own fields are traversed too)`);
  if (e.values.size > 0 || e.dict || e.slotValues.size > 0) unsupported('an exception with attributes of its own');
  const out: Visit[] = [];
  if (e.type.isHeapType) out.push(e.type);
  out.push(e.args);
  if (e.tracebackObject) out.push(e.tracebackObject);
  if (e.cause) out.push(e.cause);
  if (e.context) out.push(e.context);
  return out;
}

/**
 * _PyFrame_Traverse: the frame object, f_locals, the function, the code, then the fast locals (cells and
 * free variables included) and the value stack, skipping empty slots.
 */
function frameContents(f: Frame, frameObject: PyFrameObject | null, unsupported: (what?: string) => never): PyObject[] {
  if (f.locals) unsupported('a frame with a locals dict');
  const out: PyObject[] = [];
  if (frameObject) out.push(frameObject);
  if (f.func) out.push(f.func);
  out.push(f.pycode);
  for (const v of f.fast) if (v) out.push(v);
  for (const v of f.stack) if (v) out.push(v);
  return out;
}

/** A visit as a new reference (text becomes a new str). */
export function visitedObject(rt: Runtime, v: Visit): PyObject {
  return v instanceof TextVisit ? rt.str(v.text) : rt.heap.incref(v, 'item');
}
