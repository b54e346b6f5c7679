// The types module: names for the interpreter's own types (MethodType, FunctionType, ModuleType…) and
// SimpleNamespace. In CPython most are `type(some_object)` in Lib/types.py; SimpleNamespace is a C type.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyDict } from '../objects/containers';
import { PyStr } from '../objects/scalars';
import { dictDelete, dictSet } from '../objects/dictops';
import { repr } from '../objects/repr';
import { createClass, instanceSetAttr } from '../objects/classes';
import { hasInstanceState } from '../objects/instance';
import { materializeDict } from '../objects/attributes';
import { equals } from '../objects/protocols';
import { dictInitFrom } from './constructors';
import { defineLazyModule, since, type NativeModuleBuilder } from './native';

/** Names of CPython's types module the simulator does not implement. */
const NOT_IMPLEMENTED = [
  'AsyncGeneratorType', 'ClassMethodDescriptorType', 'CoroutineType', 'DynamicClassAttribute', 'FrameType', 'GenericAlias',
  'TracebackType', 'UnionType', 'coroutine', 'new_class', 'prepare_class', 'resolve_bases',
];

export function createTypesModule(rt: Runtime): void {
  defineLazyModule(rt, 'types', (m) => buildTypes(rt, m));
}

function buildTypes(rt: Runtime, m: NativeModuleBuilder): void {
  const t = rt.types;
  const aliases: Record<string, PyType> = {
    MethodType: t.method, FunctionType: t.function, LambdaType: t.function, BuiltinFunctionType: t.builtin_function_or_method,
    BuiltinMethodType: t.builtin_function_or_method, GeneratorType: t.generator, ModuleType: t.module, MappingProxyType: t.mappingproxy,
    CellType: t.cell, CodeType: t.code, EllipsisType: t.ellipsis, NoneType: t.NoneType, NotImplementedType: t.NotImplementedType,
    GetSetDescriptorType: t.getset_descriptor, MemberDescriptorType: t.member_descriptor, MethodDescriptorType: t.method_descriptor,
    MethodWrapperType: t.method_wrapper, WrapperDescriptorType: t.wrapper_descriptor,
  };
  for (const [name, type] of Object.entries(aliases)) m.set(name, rt.heap.incref(type));
  m.set('SimpleNamespace', simpleNamespaceClass(rt));
  m.known([...NOT_IMPLEMENTED, ...since(rt, 12, ['get_original_bases']), ...since(rt, 13, ['CapsuleType'])]);
}

/** Objects whose repr is being computed (Py_ReprEnter): a namespace inside itself shows as namespace(...). */
const inRepr = new Set<PyObject>();

/**
 * types.SimpleNamespace: a class whose instances take their attributes from the keyword arguments
 * (3.13+ also from one mapping or iterable of pairs), compare by their __dict__, and show them in the repr.
 */
function simpleNamespaceClass(rt: Runtime): PyType {
  const ns = rt.dict();
  const put = (name: string, value: PyObject) => {
    const key = rt.internedStr(name);
    dictSet(rt, ns, key, value);
    rt.heap.decref(key);
    rt.heap.decref(value);
  };
  let cls: PyType;
  put('__module__', rt.str('types'));
  put('__init__', rt.builtin('__init__', (_s, args, kwargs) => {
    const [self, ...positional] = args;
    if (!self || !hasInstanceState(self)) return rt.raise(rt.types.TypeError, "descriptor '__init__' requires a 'types.SimpleNamespace' object");
    if (positional.length > 0) {
      if (rt.profile.versionInfo[1] < 13) rt.raise(rt.types.TypeError, 'no positional arguments expected');
      if (positional.length > 1) rt.raise(rt.types.TypeError, `SimpleNamespace expected at most 1 positional argument, got ${positional.length}`);
      const initial = rt.dict();
      try {
        dictInitFrom(rt, initial, positional, null);
        for (const { key, value } of initial.entries.values()) {
          if (!(key instanceof PyStr)) rt.raise(rt.types.TypeError, `keywords must be strings, not '${key.type.name}'`);
          instanceSetAttr(rt, self, (key as PyStr).value, value);
        }
      } finally {
        rt.heap.decref(initial);
      }
    }
    for (const [name, value] of kwargs ?? []) instanceSetAttr(rt, self, name, value);
    return rt.none();
  }));
  put('__repr__', rt.builtin('__repr__', (_s, args) => {
    const self = args[0]!;
    const name = self.type === cls ? 'namespace' : self.type.name;
    if (inRepr.has(self) || !hasInstanceState(self)) return rt.str(`${name}(...)`);
    inRepr.add(self);
    try {
      const dict = materializeDict(rt, self) as PyDict;
      const parts: string[] = [];
      try {
        for (const { key, value } of dict.entries.values()) parts.push(`${key instanceof PyStr ? key.value : repr(rt, key)}=${repr(rt, value)}`);
      } finally {
        rt.heap.decref(dict);
      }
      return rt.str(`${name}(${parts.join(', ')})`);
    } finally {
      inRepr.delete(self);
    }
  }));
  put('__eq__', rt.builtin('__eq__', (_s, args) => {
    const [self, other] = args as [PyObject, PyObject];
    if (!hasInstanceState(self) || !hasInstanceState(other) || !other.type.isSubtypeOf(cls)) return rt.heap.incref(rt.NotImplemented);
    const a = materializeDict(rt, self);
    const b = materializeDict(rt, other);
    try {
      return rt.bool(equals(rt, a, b));
    } finally {
      rt.heap.decref(a);
      rt.heap.decref(b);
    }
  }));
  try {
    cls = createClass(rt, 'types.SimpleNamespace', 'SimpleNamespace', [], ns);
    cls.nativeName = true;
    // A C type with a dict pointer of its own: 24 bytes, however many attributes; no weak references.
    cls.instanceSize = 24;
    cls.hasWeakref = false;
    const weakref = rt.internedStr('__weakref__');
    dictDelete(rt, cls.dict as PyDict, weakref);
    rt.heap.decref(weakref);
    return cls;
  } finally {
    rt.heap.decref(ns);
  }
}
