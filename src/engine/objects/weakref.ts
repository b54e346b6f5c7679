// Weak reference objects (Objects/weakrefobject.c): weakref.ref, the proxies, and the subclasses the
// weakref module builds on them (KeyedRef). A weak reference does not own its referent; it owns only
// its callback, which is all its tp_traverse visits.
import type { Runtime } from '../vm/runtime';
import { PyObject, type PyType } from './object';
import { PyInstance } from './instance';

export type WeakrefKind = 'ref' | 'proxy';

export class PyWeakref extends PyInstance {
  /** The object referred to; null once it died (wr_object == Py_None). */
  referent: PyObject | null;
  /** wr_callback (owned); null when there is none or after it ran. */
  callback: PyObject | null;
  /** The referent's hash, cached the first time hash() asks (wr_hash). */
  hash: bigint | null = null;
  /** KeyedRef.key (owned), for the weak dictionaries. */
  key: PyObject | null = null;
  /** Instances of subclasses (heap types) own a reference to their class; the module's own types are static. */
  ownsType = false;
  /** Its class (or a base) lists '__weakref__' in __slots__: the instance has a weakref list of its own. */
  weaklistSlot = false;

  constructor(type: PyType, readonly kind: WeakrefKind, referent: PyObject, callback: PyObject | null, readonly basic: boolean) {
    super(type);
    this.referent = referent;
    this.callback = callback;
  }

  override traverse(visit: (child: PyObject) => void): void {
    if (this.callback) visit(this.callback);
    if (this.key) visit(this.key);
    for (const v of this.values.values()) visit(v);
    if (this.dict) visit(this.dict);
    if (this.ownsType) visit(this.type);
  }

  override referenceLabels(): string[] {
    const labels: string[] = [];
    if (this.callback) labels.push('__callback__');
    if (this.key) labels.push('key');
    labels.push(...[...this.values.keys()].map((k) => `.${k}`));
    if (this.dict) labels.push('__dict__');
    if (this.ownsType) labels.push('__class__');
    return labels;
  }
}

/** A proxy's referent, for the operations a proxy forwards; ReferenceError once it died (proxy_checkref). */
export function proxyReferent(rt: Runtime, proxy: PyWeakref): PyObject {
  if (!proxy.referent) rt.raise(rt.types.ReferenceError, 'weakly-referenced object no longer exists');
  return proxy.referent!;
}

/** A weakref.proxy object (attribute access and isinstance go through to the referent). */
export function isProxy(obj: PyObject): obj is PyWeakref {
  return obj instanceof PyWeakref && obj.kind === 'proxy';
}
