// collections.defaultdict (Modules/_collectionsmodule.c): a dict subclass written in C whose __missing__
// calls default_factory, stores the result and returns it. default_factory is a member slot, so the
// collector sees it and `dd.default_factory` reads and writes it.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyDict } from '../objects/containers';
import { dictSet } from '../objects/dictops';
import { nativeMethod, nativeSubclass } from '../objects/subclass';
import { hasInstanceState } from '../objects/instance';
import { dictInitFrom } from './constructors';
import { isCallable, type NativeModuleBuilder } from './native';

export function installDefaultDict(rt: Runtime, m: NativeModuleBuilder): void {
  let cls: PyType;
  const factoryOf = (self: PyObject): PyObject | undefined => (hasInstanceState(self) ? self.slotValues.get('default_factory') : undefined);
  const setFactory = (self: PyObject, value: PyObject) => {
    if (!hasInstanceState(self)) return;
    const old = self.slotValues.get('default_factory');
    self.slotValues.set('default_factory', rt.heap.incref(value, 'attr'));
    rt.recorder.touch(self);
    if (old) rt.heap.decref(old, 'attr');
  };
  cls = nativeSubclass(rt, 'collections', 'defaultdict', rt.types.dict, {
    __slots__: rt.tuple([rt.str('default_factory')]),
    // defdict_init: the first positional argument is the factory (callable or None); the rest go to dict().
    __init__: rt.builtin('__init__', (_s, args, kwargs) => {
      const [self, factory, ...rest] = args as [PyObject, PyObject?, ...PyObject[]];
      const value = factory ?? rt.None;
      if (value !== rt.None && !isCallable(value)) rt.raise(rt.types.TypeError, 'first argument must be callable or None');
      setFactory(self, value);
      dictInitFrom(rt, self as PyDict, rest, kwargs);
      return rt.none();
    }),
    // defdict_missing: KeyError(key) without a factory; else d[key] = factory().
    __missing__: rt.builtin('__missing__', (_s, args) => {
      const [self, key] = args as [PyObject, PyObject];
      const factory = factoryOf(self);
      if (!factory || factory === rt.None) rt.raiseWith(rt.types.KeyError, key);
      const value = rt.call(factory!, []);
      try {
        dictSet(rt, self as PyDict, key, value);
      } catch (error) {
        rt.heap.decref(value);
        throw error;
      }
      return value;
    }),
    copy: nativeMethod(rt, 'copy', (self) => copyOf(self)),
    __copy__: nativeMethod(rt, '__copy__', (self) => copyOf(self)),
  }, { tpName: true, noWeakref: true });
  // defdict_repr: "defaultdict(<factory repr>, {dict repr})", the class's own name for a subclass.
  cls.nativeRepr = (self, reprOf) => {
    const factory = factoryOf(self);
    const entries = [...(self as PyDict).entries.values()].map(({ key, value }) => `${reprOf(key)}: ${reprOf(value)}`);
    return `${self.type.qualname}(${factory ? reprOf(factory) : 'None'}, {${entries.join(', ')}})`;
  };
  /** defdict_copy: type(self)(self.default_factory, self). */
  function copyOf(self: PyObject): PyObject {
    return rt.call(self.type, [factoryOf(self) ?? rt.None, self]);
  }
  m.set('defaultdict', cls);
}
