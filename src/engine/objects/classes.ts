// Classes (heap types), their instances and bound methods: creation, the C3 MRO, and attribute
// lookup with descriptors — CPython's type_new, object_generic_getattr/setattr, method binding.
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from './object';
import { PyInstance, type Instance } from './instance';
import { PyMethodWrapper } from './descriptors';
import { builtinRoot, isFinalBuiltin, isVarSized, subclassableBuiltins } from './subclass';

export { PyInstance };
import { PyDict, PyTuple } from './containers';
import { PyCell, PyFunction } from './callables';
import { PyStr } from './scalars';
import { SharedKeys, setSharedKeys, sharedKeysOf } from './sharedKeys';
import { detachValues } from '../gc/traverse';
import { dictGetStr, dictSet, dictDelete } from './dictops';
import { collect } from './protocols';

/** A bound method: a new object on every attribute access, holding the function and the instance. */
export class PyMethod extends PyObject {
  constructor(readonly type: PyType, readonly func: PyObject, readonly self: PyObject) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.func);
    visit(this.self);
  }
  override referenceLabels(): string[] {
    return ['__func__', '__self__'];
  }
}

/** The `__dict__` and `__weakref__` getset descriptors a class gets; each holds its class. */
export class PyGetSetDescriptor extends PyObject {
  constructor(readonly type: PyType, readonly name: string, readonly owner: PyType) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.owner);
  }
  override referenceLabels(): string[] {
    return ['__objclass__'];
  }
}

/** C3 linearization (Objects/typeobject.c mro_implementation). */
export function c3(rt: Runtime, type: PyType, bases: PyType[]): PyType[] {
  const sequences = [...bases.map((b) => [...b.mro]), [...bases]];
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = sequences.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    const head = nonEmpty.map((s) => s[0]!).find((candidate) => !nonEmpty.some((s) => s.indexOf(candidate) > 0));
    if (!head) {
      const names = nonEmpty.map((s) => s[0]!.name);
      // 3.11 and 3.12 break this message after "resolution".
      const gap = rt.profile.messages.keywordSuggestions ? ' ' : '\n';
      return rt.raise(rt.types.TypeError, `Cannot create a consistent method resolution${gap}order (MRO) for bases ${[...new Set(names)].join(', ')}`);
    }
    result.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** The class-body functions type_new turns into classmethods (PEP 487, PEP 560) or a staticmethod. */
const IMPLICIT_CLASSMETHODS = new Set(['__init_subclass__', '__class_getitem__']);

function putInterned(rt: Runtime, dict: PyDict, name: string, value: PyObject): void {
  const key = rt.internedStr(name);
  dictSet(rt, dict, key, value);
  rt.heap.decref(key);
}

/** The bases' layouts must agree: one built-in root at most (besides object), and one that can be subclassed. */
function checkBases(rt: Runtime, bases: PyType[]): PyType {
  const t = rt.types;
  let root = t.object;
  for (const b of bases) {
    if (!b.isHeapType && isFinalBuiltin(rt, b)) rt.raise(t.TypeError, `type '${b.name}' is not an acceptable base type`);
    const r = builtinRoot(b);
    const allowed = r === t.object || r === t.type || r.isSubtypeOf(t.BaseException) || subclassableBuiltins(rt).includes(r);
    if (!allowed) rt.unsupported(`subclassing the built-in type '${r.name}'`);
    if (r.isSubtypeOf(root)) root = r;
    else if (!root.isSubtypeOf(r) && !(r.isSubtypeOf(t.BaseException) && root.isSubtypeOf(t.BaseException))) rt.raise(t.TypeError, 'multiple bases have instance lay-out conflict');
  }
  // best_base: the bases' "solid" layouts (the nearest class that added __slots__ members) must form one chain.
  let winner: PyType | null = null;
  for (const b of bases) {
    const candidate = solidBase(rt, b);
    if (!winner || winner.isSubtypeOf(candidate)) winner ??= candidate;
    else if (candidate.isSubtypeOf(winner)) winner = candidate;
    else rt.raise(t.TypeError, 'multiple bases have instance lay-out conflict');
  }
  return root;
}

/** solid_base: the nearest class in the tp_base chain whose instances have more fields than its base's. */
function solidBase(rt: Runtime, cls: PyType): PyType {
  if (!cls.isHeapType) return cls.isSubtypeOf(rt.types.BaseException) ? rt.types.BaseException : cls;
  const inherited = cls.base ? cls.base.memberSlots.length : 0;
  if (cls.memberSlots.length > inherited) return cls;
  return cls.base ? solidBase(rt, cls.base) : rt.types.object;
}

/** The names in __slots__ (a string or an iterable of strings), checked as type_new does. */
function slotNames(rt: Runtime, decl: PyObject, ns: PyDict, root: PyType, basesHaveDict: boolean): string[] {
  const items = decl instanceof PyStr ? [decl] : collect(rt, decl);
  try {
    const names = items.map((n) => {
      if (!(n instanceof PyStr)) return rt.raise(rt.types.TypeError, `__slots__ items must be strings, not '${n.type.name}'`);
      return n.value;
    });
    const members = names.filter((n) => n !== '__dict__' && n !== '__weakref__');
    if (members.length > 0 && isVarSized(rt, root)) rt.raise(rt.types.TypeError, `nonempty __slots__ not supported for subtype of '${root.name}'`);
    if (names.includes('__dict__') && basesHaveDict) rt.raise(rt.types.TypeError, '__dict__ slot disallowed: we already got one');
    if (names.filter((n) => n === '__dict__').length > 1) rt.raise(rt.types.TypeError, '__dict__ slot disallowed: we already got one');
    if (names.includes('__weakref__') && (isVarSized(rt, root) || names.filter((n) => n === '__weakref__').length > 1)) rt.unsupported('this __weakref__ slot');
    for (const m of members) if (dictGetStr(ns, m)) rt.raise(rt.types.ValueError, `'${m}' in __slots__ conflicts with class variable`);
    return names;
  } finally {
    if (!(decl instanceof PyStr)) items.forEach((n) => rt.heap.decref(n));
  }
}

/**
 * type.__new__(metaclass, name, bases, namespace): a new class. The namespace is copied into the class's
 * own dict; `kwargs` are the class statement's keywords, passed on to __init_subclass__.
 */
export function createClass(rt: Runtime, name: string, qualname: string, bases: PyType[], ns: PyDict, metaclass: PyType = rt.types.type, kwargs: Map<string, PyObject> | null = null, basesArg: PyTuple | null = null): PyType {
  const t = rt.types;
  for (const b of bases) {
    if (!(b instanceof PyType)) rt.raise(rt.types.TypeError, `bases must be types`);
  }
  const effectiveBases = bases.length > 0 ? bases : [t.object];
  const root = checkBases(rt, effectiveBases);
  const base = effectiveBases[0]!;
  // (A built-in type's flags are its own: Exception's dict is BaseException's.)
  const basesHaveDict = effectiveBases.some((b) => b.mro.some((m) => m.hasDict));
  const basesHaveWeakref = effectiveBases.some((b) => b.mro.some((m) => m.hasWeakref));
  const slotsDecl = dictGetStr(ns, '__slots__');
  const declared = slotsDecl ? slotNames(rt, slotsDecl, ns, root, basesHaveDict) : null;
  const cls = new PyType(name, base, { gc: true });
  rt.heap.incref(base, 'attr'); // tp_base
  cls.type = metaclass;
  if (metaclass.isHeapType) rt.heap.incref(metaclass, 'attr');
  cls.qualname = qualname;
  cls.module = '__main__';
  const module = dictGetStr(ns, '__module__');
  if (module instanceof PyStr) cls.module = module.value;
  cls.mro = c3(rt, cls, effectiveBases);
  // type_new's order of allocations, which is the order a collection lists them: the bases tuple (the class
  // statement's, or a new `(object,)`), the copy of the namespace, the type, the implicit classmethods, the
  // MRO tuple (PyType_Ready), then the descriptors PyType_Ready adds.
  // (3.14 builds a tuple of untracked items untracked, as argsTuple does: `(object,)` is not a GC object then.)
  cls.basesTuple = basesArg && bases.length > 0 ? rt.heap.incref(basesArg, 'attr') : rt.argsTuple(effectiveBases.map((b) => rt.heap.incref(b, 'item')));
  const dict = rt.dict();
  const implicitMethods: [PyObject, PyObject, PyType][] = [];
  for (const { key, value } of ns.entries.values()) {
    // type_new keeps __qualname__ in the type itself, not in its dict.
    if (key instanceof PyStr && (key.value === '__classcell__' || key.value === '__qualname__')) continue;
    const implicit = key instanceof PyStr && value instanceof PyFunction
      ? (IMPLICIT_CLASSMETHODS.has(key.value) ? t.classmethod : key.value === '__new__' ? t.staticmethod : null) : null;
    if (implicit) implicitMethods.push([key, value, implicit]);
    dictSet(rt, dict, key, value);
  }
  rt.heap.register(cls);
  for (const [key, value, implicit] of implicitMethods) {
    const wrapped = rt.heap.register(new PyMethodWrapper(implicit, rt.heap.incref(value, 'attr')));
    dictSet(rt, dict, key, wrapped);
    rt.heap.decref(wrapped);
  }
  if (!module) {
    const name = rt.str(cls.module);
    putInterned(rt, dict, '__module__', name);
    rt.heap.decref(name);
  }
  cls.mroTuple = rt.tuple(cls.mro.map((m) => rt.heap.incref(m, 'item')));
  // __slots__: a member descriptor per slot; an instance __dict__ or __weakref__ only where asked for.
  // The bases' slot layouts lie on one chain (checkBases): the longest includes the others.
  const inheritedMembers = effectiveBases.map((b) => b.memberSlots).reduce((a, b) => (b.length > a.length ? b : a), []);
  const ownMembers = declared ? declared.filter((s) => s !== '__dict__' && s !== '__weakref__') : [];
  for (const slot of ownMembers) {
    const d = rt.heap.register(new PyGetSetDescriptor(t.member_descriptor, slot, rt.heap.incref(cls, 'attr')));
    putInterned(rt, dict, slot, d);
    rt.heap.decref(d);
  }
  cls.memberSlots = [...inheritedMembers, ...ownMembers];
  cls.hasDict = basesHaveDict || !declared || declared.includes('__dict__');
  cls.hasWeakref = basesHaveWeakref || ((!declared || declared.includes('__weakref__')) && !isVarSized(rt, root));
  cls.slots = cls.hasDict ? null : [...cls.memberSlots];
  // Classes that introduce instance dicts or weak references get the descriptors (each refers to the class).
  const introduced = [cls.hasDict && !basesHaveDict && '__dict__', cls.hasWeakref && !basesHaveWeakref && '__weakref__'];
  for (const descr of introduced) {
    if (!descr || dictGetStr(dict, descr)) continue;
    const d = rt.heap.register(new PyGetSetDescriptor(t.getset_descriptor, descr, rt.heap.incref(cls, 'attr')));
    putInterned(rt, dict, descr, d);
    rt.heap.decref(d);
  }
  // A class that defines __eq__ but not __hash__ is unhashable (type_new sets __hash__ = None).
  if (dictGetStr(dict, '__eq__') && !dictGetStr(dict, '__hash__')) putInterned(rt, dict, '__hash__', rt.None);
  if (!dictGetStr(dict, '__doc__')) putInterned(rt, dict, '__doc__', rt.None);
  cls.dict = dict;
  const staticAttributes = dictGetStr(dict, '__static_attributes__');
  setSharedKeys(cls, SharedKeys.forClass(staticAttributes instanceof PyTuple ? staticAttributes : null));
  rt.recorder.touch(cls);
  for (const b of effectiveBases) b.subclasses.push(cls);
  const cell = dictGetStr(ns, '__classcell__');
  if (cell instanceof PyCell && !cell.value) {
    cell.value = rt.heap.incref(cls, 'item');
    rt.recorder.touch(cell);
  }
  try {
    setNames(rt, cls);
    initSubclass(rt, cls, kwargs);
  } catch (error) {
    rt.heap.decref(cls);
    throw error;
  }
  return cls;
}

/** type_new_set_names: each attribute whose class defines __set_name__ learns its owner and name. */
function setNames(rt: Runtime, cls: PyType): void {
  for (const { key, value } of [...(cls.dict as PyDict).entries.values()]) {
    const hook = value.type.isHeapType ? lookupInMro(value.type, '__set_name__') : undefined;
    if (!hook) continue;
    rt.heap.decref(rt.call(hook, [value, cls, key]));
  }
}

/** type_new's last step: super(cls, cls).__init_subclass__(**kwargs) (object's takes no keywords). */
function initSubclass(rt: Runtime, cls: PyType, kwargs: Map<string, PyObject> | null): void {
  for (const owner of cls.mro.slice(1)) {
    const hook = owner.dict ? dictGetStr(owner.dict as PyDict, '__init_subclass__') : undefined;
    if (!hook) continue;
    const fn = hook instanceof PyMethodWrapper ? hook.func : hook;
    rt.heap.decref(rt.call(fn, hook instanceof PyMethodWrapper && hook.type === rt.types.staticmethod ? [] : [cls], kwargs));
    return;
  }
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${cls.name}.__init_subclass__() takes no keyword arguments`);
}

/** _PyType_Lookup: the first class in the MRO whose dict has `name` (borrowed). */
export function lookupInMro(type: PyType, name: string): PyObject | undefined {
  for (const t of type.mro) {
    if (t.dict) {
      const v = dictGetStr(t.dict as PyDict, name);
      if (v) return v;
    }
  }
  return undefined;
}

/** Data descriptors win over instance attributes (property; the getset descriptors). */
/** Binds what the class found to the instance: functions become bound methods. New reference. */
export function bindDescriptor(rt: Runtime, descr: PyObject, instance: PyObject): PyObject {
  if (descr instanceof PyFunction || descr.type.bindsLikeFunction) {
    rt.heap.incref(descr, 'attr');
    rt.heap.incref(instance, 'attr');
    return rt.heap.register(new PyMethod(rt.types.method, descr, instance));
  }
  return rt.heap.incref(descr);
}

/** Whether an instance keeps its attributes as inline values until its __dict__ is asked for. */
export function keepsInlineValues(rt: Runtime, obj: Instance): boolean {
  if (obj instanceof PyInstance) return true;
  return rt.profile.sizes.builtinSubclassInlineValues && !isVarSized(rt, obj.type.mro.find((m) => !m.isHeapType)!);
}

/**
 * Gives an instance of a built-in type's subclass its __dict__ (the instance keeps the reference). On
 * 3.11 an int/tuple subclass's dict, or one asked for before any attribute is set, is a plain dict.
 */
export function attachSubclassDict(rt: Runtime, obj: Instance, forAttribute: boolean): void {
  const root = obj.type.mro.find((m) => !m.isHeapType)!;
  const plain = !rt.profile.sizes.varSizedManagedDict && (isVarSized(rt, root) || !forAttribute);
  const d = rt.dict();
  d.freshSharedKeys = !plain;
  if (d.freshSharedKeys) rt.heap.resized(d);
  obj.dict = d;
  rt.recorder.touch(obj);
}

/**
 * make_dict_from_instance_attributes: a dict the instance keeps, holding its inline values (in order); with
 * `splitKeys`, one that shares the class's keys (what obj.__dict__ materializes).
 */
export function moveValuesToDict(rt: Runtime, obj: Instance, splitKeys: PyType | null = null): PyDict {
  const d = rt.dict();
  d.splitKeys = splitKeys;
  for (const [k, v] of obj.values) {
    const key = rt.internedStr(k);
    dictSet(rt, d, key, v);
    rt.heap.decref(key);
    rt.heap.decref(v, 'attr');
  }
  obj.values.clear();
  obj.dict = d;
  rt.recorder.touch(obj);
  return d;
}

/** The instance's own attribute (borrowed), from its inline values or its materialized dict. */
export function instanceGetOwn(obj: Instance, name: string): PyObject | undefined {
  return obj.dict ? dictGetStr(obj.dict as PyDict, name) : obj.values.get(name);
}

export function instanceSetAttr(rt: Runtime, obj: Instance, name: string, value: PyObject): void {
  // Instances of built-in types' subclasses keep no inline values: the first attribute makes their dict.
  if (!obj.dict && !keepsInlineValues(rt, obj)) attachSubclassDict(rt, obj, true);
  // A name the class's shared keys have no room for: the instance's attributes move to a dict of its own
  // (a natively defined object's dict is a plain __dict__ slot, not modelled here).
  if (!obj.dict && obj instanceof PyInstance && !('held' in obj) && !obj.values.has(name) && !sharedKeysOf(obj.type).admit(name)) moveValuesToDict(rt, obj);
  if (obj.dict) {
    // A dict made from the inline values stops sharing the class's keys when a name does not fit them.
    const d = obj.dict as PyDict;
    if (d.splitKeys && obj instanceof PyInstance && !sharedKeysOf(obj.type).admit(name)) {
      d.splitKeys = null;
      detachValues(d);
    }
    const key = rt.internedStr(name);
    dictSet(rt, obj.dict as PyDict, key, value);
    rt.heap.decref(key);
    return;
  }
  const old = obj.values.get(name);
  obj.values.set(name, rt.heap.incref(value, 'attr'));
  rt.recorder.touch(obj);
  if (old) rt.heap.decref(old, 'attr');
}

export function instanceDelAttr(rt: Runtime, obj: Instance, name: string): boolean {
  if (obj.dict) {
    const key = rt.str(name);
    const ok = dictDelete(rt, obj.dict as PyDict, key);
    rt.heap.decref(key);
    return ok;
  }
  const old = obj.values.get(name);
  if (!old) return false;
  obj.values.delete(name);
  rt.recorder.touch(obj);
  rt.heap.decref(old, 'attr');
  return true;
}

export { dictDelete, PyTuple };
