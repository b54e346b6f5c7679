// weakref.finalize (Lib/weakref.py): a callable that calls func(*args, **kwargs) once, when its object
// dies, when called, or at interpreter exit. The class-level registry owns every live finalizer (so
// each has the registry's reference plus its weakref's callback reference); the weakref to the object
// has the finalizer itself as callback. At exit the live finalizers with atexit=True run newest first.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyDict, type PyTuple } from '../objects/containers';
import { PyStr } from '../objects/scalars';
import { PyProperty } from '../objects/descriptors';
import { PyRaise } from '../objects/exceptions';
import { PyWeakref } from '../objects/weakref';
import { dictSet } from '../objects/dictops';
import { hexAddress } from '../objects/repr';
import { isTrue } from '../objects/protocols';
import { NativeInstance, nativeClass, newNativeInstance, type Kwargs, type NativeModuleBuilder } from './native';

/** finalize._Info: what one live finalizer will call. */
interface FinalizerInfo {
  weakref: PyWeakref;
  func: PyObject;
  args: PyTuple;
  kwargs: PyDict | null;
  atexit: boolean;
  index: number;
}

export function defineFinalize(
  rt: Runtime, m: NativeModuleBuilder, refType: PyType,
  newWeakref: (cls: PyType, obj: PyObject, callback: PyObject) => PyWeakref,
): void {
  const registry = new Map<NativeInstance, FinalizerInfo>();
  let nextIndex = 0;
  let registeredAtExit = false;
  let shutdown = false;

  const infoOf = (self: PyObject) => registry.get(self as NativeInstance);
  /** Takes the finalizer out of the registry, releasing what the registry and its info held. */
  const unregister = (self: NativeInstance): FinalizerInfo | undefined => {
    const info = registry.get(self);
    if (!info) return undefined;
    registry.delete(self);
    return info;
  };
  const release = (self: NativeInstance, info: FinalizerInfo) => {
    rt.heap.decref(info.weakref);
    rt.heap.decref(self, 'item');
  };
  const releaseInfo = (info: FinalizerInfo) => {
    rt.heap.decref(info.func);
    rt.heap.decref(info.args);
    if (info.kwargs) rt.heap.decref(info.kwargs);
  };

  /** finalize.__call__: the first call runs func and returns its result; later calls return None. */
  const call = (self: NativeInstance): PyObject => {
    const info = unregister(self);
    if (!info || shutdown) {
      if (info) {
        releaseInfo(info);
        release(self, info);
      }
      return rt.none();
    }
    const kw = info.kwargs ? new Map([...info.kwargs.entries.values()].map((e) => [(e.key as PyStr).value, e.value] as const)) : null;
    try {
      return rt.call(info.func, info.args.items, kw);
    } finally {
      releaseInfo(info);
      release(self, info);
    }
  };

  const cls = nativeClass(rt, {
    tpName: 'finalize', qualname: 'finalize', module: 'weakref',
    call: (self) => call(self),
  });
  const put = (name: string, value: PyObject) => {
    const key = rt.internedStr(name);
    dictSet(rt, cls.dict as PyDict, key, value);
    rt.heap.decref(key);
    rt.heap.decref(value);
  };
  const getter = (name: string, get: (self: PyObject) => PyObject, set: ((self: PyObject, v: PyObject) => void) | null = null) => {
    const fget = rt.builtin(name, (_s, args) => get(args[0]!));
    const fset = set ? rt.builtin(name, (_s, args) => { set(args[0]!, args[1]!); return rt.none(); }) : null;
    put(name, rt.heap.register(new PyProperty(rt.types.property, fget, fset, null)));
  };
  getter('alive', (self) => rt.bool(registry.has(self as NativeInstance)));
  getter('atexit', (self) => rt.bool(infoOf(self)?.atexit ?? false), (self, v) => {
    const info = infoOf(self);
    if (info) info.atexit = isTrue(rt, v);
  });
  const callbackTuple = (obj: PyObject, info: FinalizerInfo) => rt.tuple([
    rt.heap.incref(obj, 'item'), rt.heap.incref(info.func, 'item'), rt.heap.incref(info.args, 'item'),
    info.kwargs ? rt.heap.incref(info.kwargs, 'item') : rt.dict(),
  ]);
  cls.methods.set('peek', (self) => {
    const info = infoOf(self);
    const obj = info?.weakref.referent;
    return info && obj ? callbackTuple(obj, info) : rt.none();
  });
  cls.methods.set('detach', (self) => {
    const info = infoOf(self);
    const obj = info?.weakref.referent;
    if (!info || !obj) return rt.none();
    unregister(self as NativeInstance);
    const result = callbackTuple(obj, info);
    releaseInfo(info);
    release(self as NativeInstance, info);
    return result;
  });
  put('__repr__', rt.builtin('__repr__', (_s, args) => {
    const self = args[0];
    // repr(f) passes f; f.__repr__() finds this built-in unbound and passes nothing.
    if (args.length !== 1 || !(self instanceof NativeInstance && self.type.isSubtypeOf(cls))) {
      return rt.unsupported('calling finalize.__repr__() directly (only repr() of a finalize is modelled)');
    }
    const obj = infoOf(self)?.weakref.referent;
    const at = hexAddress(self.address);
    return rt.str(obj ? `<finalize object at ${at}; for '${obj.type.name}' at ${hexAddress(obj.address)}>` : `<finalize object at ${at}; dead>`);
  }));

  // finalize(obj, func, /, *args, **kwargs): calling the class builds the finalizer.
  put('__new__', rt.builtin('__new__', (_s, all, kwargs) => create(all.slice(1), kwargs)));
  m.set('finalize', rt.heap.incref(cls));

  function create(args: PyObject[], kwargs: Kwargs): PyObject {
    if (args.length < 2) {
      const missing = args.length === 0 ? "2 required positional arguments: 'obj' and 'func'" : "1 required positional argument: 'func'";
      rt.raise(rt.types.TypeError, `finalize.__init__() missing ${missing}`);
    }
    const [obj, func] = args as [PyObject, PyObject];
    const self = newNativeInstance(rt, cls, [], []);
    try {
      const wr = newWeakref(refType, obj, self);
      if (!registeredAtExit) {
        registeredAtExit = true;
        rt.exitHooks.push(() => runAtExit());
      }
      const kw = kwargs && kwargs.size > 0 ? rt.dict() : null;
      for (const [name, value] of kwargs ?? []) {
        const key = rt.str(name);
        dictSet(rt, kw!, key, value);
        rt.heap.decref(key);
      }
      registry.set(self, {
        weakref: wr, func: rt.heap.incref(func), args: rt.tuple(args.slice(2).map((a) => rt.heap.incref(a, 'item'))),
        kwargs: kw, atexit: true, index: nextIndex++,
      });
      rt.heap.incref(self, 'item');
    } catch (error) {
      rt.heap.decref(self);
      throw error;
    }
    return self;
  }

  /** finalize._exitfunc: the live finalizers marked atexit, newest first; then no finalizer runs again. */
  function runAtExit(): void {
    const pending = [...registry.entries()].sort((a, b) => a[1].index - b[1].index).map(([f]) => f);
    while (pending.length > 0) {
      const f = pending.pop()!;
      const info = registry.get(f);
      if (!info || !info.atexit) continue;
      try {
        rt.heap.decref(call(f));
      } catch (error) {
        if (error instanceof PyRaise) rt.unsupported('an exception raised by a weakref.finalize callback at exit (sys.excepthook output)');
        throw error;
      }
    }
    shutdown = true;
  }
}
