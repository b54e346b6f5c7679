// Classes (heap types), their instances and bound methods: creation, the C3 MRO, and attribute
// lookup with descriptors — CPython's type_new, object_generic_getattr/setattr, method binding.
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from './object';
import { PyInstance } from './instance';

export { PyInstance };
import { PyDict, PyTuple } from './containers';
import { PyFunction } from './callables';
import { PyStr } from './scalars';
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

/** type(name, bases, namespace): a new class. The namespace is copied into the class's own dict. */
export function createClass(rt: Runtime, name: string, qualname: string, bases: PyType[], ns: PyDict): PyType {
  const t = rt.types;
  for (const b of bases) {
    if (!(b instanceof PyType)) rt.raise(rt.types.TypeError, `bases must be types`);
  }
  const effectiveBases = bases.length > 0 ? bases : [t.object];
  for (const b of effectiveBases) {
    // Instances of built-in types carry their own storage (a str's characters, a list's items…).
    const builtinRoot = b.mro.find((m) => !m.isHeapType)!;
    if (builtinRoot !== t.object && !builtinRoot.isSubtypeOf(t.BaseException)) rt.unsupported(`subclassing the built-in type '${builtinRoot.name}'`);
  }
  const base = effectiveBases[0]!;
  const cls = new PyType(name, base, { gc: true });
  cls.type = t.type;
  cls.qualname = qualname;
  cls.module = '__main__';
  const module = dictGetStr(ns, '__module__');
  if (module instanceof PyStr) cls.module = module.value;
  cls.mro = c3(rt, cls, effectiveBases);
  rt.heap.register(cls);
  const dict = rt.dict();
  for (const { key, value } of ns.entries.values()) {
    // type_new keeps __qualname__ in the type itself, not in its dict.
    if (key instanceof PyStr && (key.value === '__classcell__' || key.value === '__qualname__')) continue;
    dictSet(rt, dict, key, value);
  }
  // __slots__: a member descriptor per slot, and no instance __dict__ unless '__dict__' is a slot.
  const slotsDecl = dictGetStr(ns, '__slots__');
  const basesHaveDict = effectiveBases.some((b) => b.isHeapType && b.slots === null);
  if (slotsDecl) {
    const names = slotsDecl instanceof PyStr ? [slotsDecl] : collect(rt, slotsDecl);
    const own = names.map((n) => {
      if (!(n instanceof PyStr)) rt.raise(rt.types.TypeError, `__slots__ items must be strings, not '${n.type.name}'`);
      return (n as PyStr).value;
    });
    if (!(slotsDecl instanceof PyStr)) names.forEach((n) => rt.heap.decref(n));
    for (const slot of own.filter((s) => s !== '__dict__' && s !== '__weakref__')) {
      const d = rt.heap.register(new PyGetSetDescriptor(t.member_descriptor, slot, rt.heap.incref(cls, 'attr')));
      const key = rt.internedStr(slot);
      dictSet(rt, dict, key, d);
      rt.heap.decref(key);
      rt.heap.decref(d);
    }
    const inherited = effectiveBases.flatMap((b) => b.slots ?? []);
    cls.slots = own.includes('__dict__') || basesHaveDict ? null : [...inherited, ...own.filter((s) => s !== '__weakref__')];
  }
  // Classes that introduce instance dicts get the __dict__ and __weakref__ descriptors (each refers to the class).
  if (!slotsDecl && !effectiveBases.some((b) => b.isHeapType)) {
    for (const descr of ['__dict__', '__weakref__']) {
      if (dictGetStr(dict, descr)) continue;
      const d = rt.heap.register(new PyGetSetDescriptor(t.getset_descriptor, descr, rt.heap.incref(cls, 'attr')));
      const key = rt.internedStr(descr);
      dictSet(rt, dict, key, d);
      rt.heap.decref(key);
      rt.heap.decref(d);
    }
  }
  // A class that defines __eq__ but not __hash__ is unhashable (type_new sets __hash__ = None).
  if (dictGetStr(dict, '__eq__') && !dictGetStr(dict, '__hash__')) {
    const key = rt.internedStr('__hash__');
    dictSet(rt, dict, key, rt.None);
    rt.heap.decref(key);
  }
  if (!dictGetStr(dict, '__doc__')) {
    const key = rt.internedStr('__doc__');
    dictSet(rt, dict, key, rt.None);
    rt.heap.decref(key);
  }
  cls.dict = dict;
  cls.basesTuple = rt.tuple(effectiveBases.map((b) => rt.heap.incref(b, 'item')));
  cls.mroTuple = rt.tuple(cls.mro.map((m) => rt.heap.incref(m, 'item')));
  rt.recorder.touch(cls);
  return cls;
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

/** The instance's own attribute (borrowed), from its inline values or its materialized dict. */
export function instanceGetOwn(obj: PyInstance, name: string): PyObject | undefined {
  return obj.dict ? dictGetStr(obj.dict as PyDict, name) : obj.values.get(name);
}

export function instanceSetAttr(rt: Runtime, obj: PyInstance, name: string, value: PyObject): void {
  if (obj.dict) {
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

export function instanceDelAttr(rt: Runtime, obj: PyInstance, name: string): boolean {
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
