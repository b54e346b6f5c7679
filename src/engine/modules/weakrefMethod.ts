// weakref.WeakMethod (Lib/weakref.py): a ref subclass for bound methods. It refers weakly to the method's
// object and, through _func_ref, to its function, and rebuilds the bound method when called. Its slots
// (_func_ref, _meth_type, _alive) are kept as the instance's attribute values, so they are visited and
// freed with it. The callback both weakrefs share calls the user's callback once, with the WeakMethod; like
// the nested _cb function of Lib/weakref.py it holds its closure (cells for `callback` and `self_wr`, the
// WeakMethod's weakref to itself), so a WeakMethod in cyclic garbage adds as many objects as CPython's.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyMethod } from '../objects/classes';
import { PyWeakref } from '../objects/weakref';
import { PyCell } from '../objects/callables';
import { compareObject } from '../objects/protocols';
import { repr } from '../objects/repr';
import { refHash, weakrefClass } from './weakref';
import { bindPythonStyle } from './native';

/** Builds the WeakMethod class (a new reference, for the module). */
export function defineWeakMethod(rt: Runtime, refType: PyType, newRef: (cls: PyType, obj: PyObject, callback: PyObject | null) => PyWeakref): PyType {
  const slot = (wm: PyWeakref, name: string) => wm.values.get(name);
  const setSlot = (wm: PyWeakref, name: string, value: PyObject) => {
    const old = wm.values.get(name);
    wm.values.set(name, value);
    rt.recorder.touch(wm);
    if (old) rt.heap.decref(old, 'attr');
  };
  const alive = (wm: PyWeakref) => slot(wm, '_alive') === rt.True;
  const isWeakMethod = (o: PyObject): o is PyWeakref => o instanceof PyWeakref && o.type.isSubtypeOf(cls);
  const equal = (a: PyWeakref, b: PyWeakref): boolean => {
    if (!alive(a) || !alive(b)) return a === b;
    // ref.__eq__ on the objects, then on the functions' refs.
    if (!a.referent || !b.referent) return false;
    const sameObject = compareObject(rt, 'Eq', a.referent, b.referent);
    const sameFunc = compareObject(rt, 'Eq', slot(a, '_func_ref')!, slot(b, '_func_ref')!);
    const result = sameObject === rt.True && sameFunc === rt.True;
    rt.heap.decref(sameObject);
    rt.heap.decref(sameFunc);
    return result;
  };
  const cls: PyType = weakrefClass(rt, 'WeakMethod', {
    __new__: (args, kwargs) => {
      // def __new__(cls, meth, callback=None)
      const [type, meth, callback] = bindPythonStyle(rt, 'WeakMethod.__new__', args, kwargs, ['cls', 'meth', 'callback'], 2) as [PyType, PyObject, PyObject | undefined];
      if (!(meth instanceof PyMethod)) {
        rt.raise(rt.types.TypeError, `argument should be a bound method, not ${repr(rt, meth.type)}`);
      }
      const method = meth as PyMethod;
      // _cb(arg): the WeakMethod through a weakref to itself (self_wr), so the callback does not keep it
      // alive. Its closure: the cells of `callback` and `self_wr` (free variables in name order).
      const callbackCell = rt.heap.register(new PyCell(rt.types.cell, rt.heap.incref(callback ?? rt.None, 'item')));
      const selfRefCell = rt.heap.register(new PyCell(rt.types.cell, null));
      const closure = rt.tuple([callbackCell, selfRefCell]);
      const cb = rt.builtin('_cb', () => {
        const wm = (selfRefCell.value as PyWeakref | null)?.referent;
        if (wm instanceof PyWeakref && alive(wm)) {
          setSlot(wm, '_alive', rt.bool(false));
          if (callback && callback !== rt.None) rt.heap.decref(rt.call(callback, [wm]));
        }
        return rt.none();
      }, closure);
      rt.heap.decref(closure);
      try {
        const wm = newRef(type, method.self, cb);
        setSlot(wm, '_func_ref', newRef(refType, method.func, cb));
        setSlot(wm, '_meth_type', rt.heap.incref(method.type, 'attr'));
        setSlot(wm, '_alive', rt.bool(true));
        selfRefCell.value = newRef(refType, wm, null);
        rt.recorder.touch(selfRefCell);
        return wm;
      } finally {
        rt.heap.decref(cb);
      }
    },
    // ref.__init__ (WeakMethod has none of its own) takes no keyword arguments.
    __init__: (_args, kwargs) => (kwargs && kwargs.size > 0 ? rt.raise(rt.types.TypeError, 'ref() takes no keyword arguments') : rt.none()),
    __call__: (args) => {
      const wm = args[0] as PyWeakref;
      const obj = wm.referent;
      const func = (slot(wm, '_func_ref') as PyWeakref | undefined)?.referent;
      if (!obj || !func) return rt.none();
      rt.heap.incref(func, 'attr');
      rt.heap.incref(obj, 'attr');
      return rt.heap.register(new PyMethod(rt.types.method, func, obj));
    },
    __eq__: ([a, b]) => (isWeakMethod(b!) ? rt.bool(equal(a as PyWeakref, b)) : rt.heap.incref(rt.NotImplemented)),
    __hash__: ([wm]) => rt.int(refHash(rt, wm as PyWeakref)),
    __ne__: ([a, b]) => (isWeakMethod(b!) ? rt.bool(!equal(a as PyWeakref, b)) : rt.heap.incref(rt.NotImplemented)),
  }, refType, ['_func_ref', '_meth_type', '_alive', '__weakref__']);
  return cls;
}
