// The weak reference lists of every weakly referenced object, kept beside the heap (CPython keeps the
// list head in the object, at tp_weaklistoffset). Order follows weakrefobject.c: the basic ref (no
// callback, exact ref type) first, then the basic proxy, then every other weakref, newest first; that
// is the order getweakrefs() lists them and the order their callbacks run when the referent dies.
import type { PyObject } from '../objects/object';
import type { PyWeakref } from '../objects/weakref';

export class WeakrefLists {
  private readonly lists = new Map<PyObject, PyWeakref[]>();
  /** Calls callback(wr) as handle_callback does (errors reported as unraisable); set by the runtime. */
  callCallback: (callback: PyObject, wr: PyWeakref) => void = () => {};
  /** Allocates the (ref, callback, …) tuple PyObject_ClearWeakRefs keeps while callbacks run. */
  holdPairs: (items: PyObject[]) => PyObject = () => { throw new Error('weakref pairs tuple not set'); };
  /** Released references (the heap's decref). */
  release: (obj: PyObject) => void = () => {};
  /** 3.13+ always builds the pairs tuple; 3.11/3.12 only for two or more weakrefs with a possible callback. */
  alwaysTuple = false;

  of(obj: PyObject): readonly PyWeakref[] {
    return this.lists.get(obj) ?? [];
  }

  /** The basic ref to reuse for ref(obj) without a callback, or the basic proxy for proxy(obj). */
  basic(obj: PyObject, kind: 'ref' | 'proxy'): PyWeakref | undefined {
    return this.of(obj).find((w) => w.basic && w.kind === kind);
  }

  /** insert_weakref: basic ref at the head, basic proxy after it, the others after both. */
  insert(obj: PyObject, wr: PyWeakref): void {
    let list = this.lists.get(obj);
    if (!list) this.lists.set(obj, (list = []));
    const basics = list.filter((w) => w.basic).length;
    if (wr.basic && wr.kind === 'ref') list.unshift(wr);
    else if (wr.basic) list.splice(list[0]?.basic && list[0].kind === 'ref' ? 1 : 0, 0, wr);
    else list.splice(basics, 0, wr);
  }

  /** clear_weakref's unlinking: the weakref no longer refers to anything (its callback stays). */
  unlink(wr: PyWeakref): void {
    const obj = wr.referent;
    if (!obj) return;
    wr.referent = null;
    const list = this.lists.get(obj);
    if (!list) return;
    const i = list.indexOf(wr);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.lists.delete(obj);
  }

  /** clear_weakref: unlink and drop the callback (a weakref's own dealloc, and the callback-less basics). */
  clear(wr: PyWeakref): void {
    this.unlink(wr);
    const cb = wr.callback;
    wr.callback = null;
    if (cb) this.release(cb);
  }

  /**
   * PyObject_ClearWeakRefs, called from the dying object's dealloc: the basic ref and proxy are cleared,
   * then every other weakref is cleared and its callback called, in list order, with the weakref as
   * argument. The weakrefs and callbacks are held in a tuple meanwhile (3.13+ always; before, only when
   * there are two or more, a single one being called directly).
   */
  clearOnDealloc(obj: PyObject): void {
    const list = this.lists.get(obj);
    if (!list) return;
    while (list.length > 0 && list[0]!.basic) this.clear(list[0]!);
    if (list.length === 0) {
      this.lists.delete(obj);
      return;
    }
    const pending = [...list];
    this.lists.delete(obj);
    if (pending.length === 1 && !this.alwaysTuple) {
      const wr = pending[0]!;
      const cb = wr.callback;
      wr.callback = null;
      wr.referent = null;
      if (cb) {
        if (wr.refcnt > 0) this.callCallback(cb, wr);
        this.release(cb);
      }
      return;
    }
    const items: PyObject[] = [];
    const calls: [PyWeakref, PyObject][] = [];
    for (const wr of pending) {
      const cb = wr.callback;
      wr.callback = null;
      wr.referent = null;
      if (wr.refcnt > 0) {
        items.push(wr);
        if (cb) {
          items.push(cb);
          calls.push([wr, cb]);
        }
      } else if (cb) {
        this.release(cb);
      }
    }
    const pairs = this.holdPairs(items);
    for (const [wr, cb] of calls) this.callCallback(cb, wr);
    this.release(pairs);
  }
}
