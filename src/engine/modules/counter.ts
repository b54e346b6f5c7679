// collections.Counter: a dict subclass counting hashable items (written in Python in CPython's
// Lib/collections/__init__.py; here natively, with the same methods, operators, results and messages).
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyInt } from '../objects/scalars';
import { PyDict } from '../objects/containers';
import { dictGet, dictSet } from '../objects/dictops';
import { binaryOp } from '../objects/number';
import { compare, getIter, iterNext } from '../objects/protocols';
import { nativeMethod, nativeSubclass } from '../objects/subclass';
import { dictUpdate } from '../objects/dictmerge';
import { findDunder } from '../objects/dunders';
import { asIndex, type Kwargs, type NativeModuleBuilder } from './native';

export function installCounter(rt: Runtime, m: NativeModuleBuilder): void {
  const heap = rt.heap;
  let cls: PyType;
  const entries = (d: PyObject) => [...(d as PyDict).entries.values()];
  const zero = () => rt.int(0);
  /** self.get(key, 0): a new reference. */
  const countOf = (d: PyObject, key: PyObject): PyObject => {
    const v = dictGet(rt, d as PyDict, key);
    return v ? heap.incref(v) : zero();
  };
  const store = (d: PyObject, key: PyObject, value: PyObject) => {
    try {
      dictSet(rt, d as PyDict, key, value);
    } finally {
      heap.decref(value);
    }
  };
  const isMapping = (o: PyObject) => o instanceof PyDict || !!findDunder(o, 'keys');
  const newCounter = () => rt.call(cls, []);

  /** Counter.update / subtract: a mapping adds (subtracts) its counts, another iterable counts its items. */
  function addFrom(self: PyObject, source: PyObject | undefined, kwargs: Kwargs, op: 'Add' | 'Sub'): void {
    if (source && source !== rt.None) {
      if (isMapping(source)) {
        if (op === 'Add' && (self as PyDict).entries.size === 0 && source instanceof PyDict) {
          dictUpdate(rt, self as PyDict, source); // fast path: dict.update into an empty Counter
        } else {
          const other = rt.dict();
          try {
            dictUpdate(rt, other, source);
            for (const { key, value } of entries(other)) {
              const current = countOf(self, key);
              try {
                store(self, key, binaryOp(rt, op, current, value, false));
              } finally {
                heap.decref(current);
              }
            }
          } finally {
            heap.decref(other);
          }
        }
      } else {
        const it = getIter(rt, source);
        try {
          for (let item = iterNext(rt, it); item !== null; item = iterNext(rt, it)) {
            const current = countOf(self, item);
            const one = rt.int(1);
            try {
              store(self, item, binaryOp(rt, op, current, one, false));
            } finally {
              heap.decref(current);
              heap.decref(one);
              heap.decref(item);
            }
          }
        } finally {
          heap.decref(it);
        }
      }
    }
    if (kwargs && kwargs.size > 0) {
      const extra = rt.dict();
      for (const [name, value] of kwargs) {
        const key = rt.str(name);
        dictSet(rt, extra, key, value);
        heap.decref(key);
      }
      try {
        addFrom(self, extra, null, op);
      } finally {
        heap.decref(extra);
      }
    }
  }

  /** Items sorted by count, largest first, ties in insertion order (sorted(..., reverse=True) is stable). */
  function mostCommon(self: PyObject): { key: PyObject; value: PyObject }[] {
    const items = entries(self);
    const order = items.map((_, i) => i);
    order.sort((a, b) => {
      const x = items[a]!.value;
      const y = items[b]!.value;
      if (compare(rt, 'Lt', y, x)) return -1;
      if (compare(rt, 'Lt', x, y)) return 1;
      return a - b;
    });
    return order.map((i) => items[i]!);
  }

  /** The binary operators: a new Counter keeping only positive results. */
  function combine(self: PyObject, other: PyObject, pick: (a: PyObject, b: PyObject) => PyObject): PyObject {
    if (!other.type.isSubtypeOf(cls)) return heap.incref(rt.NotImplemented);
    const result = newCounter();
    const keep = (key: PyObject, value: PyObject) => {
      const positive = compare(rt, 'Gt', value, zeroConst);
      if (positive) dictSet(rt, result as PyDict, key, value);
      heap.decref(value);
    };
    for (const { key } of entries(self)) {
      const a = countOf(self, key);
      const b = countOf(other, key);
      try {
        keep(key, pick(a, b));
      } finally {
        heap.decref(a);
        heap.decref(b);
      }
    }
    for (const { key, value } of entries(other)) {
      if (dictGet(rt, self as PyDict, key)) continue;
      const z = zero();
      try {
        keep(key, pick(z, value));
      } finally {
        heap.decref(z);
      }
    }
    return result;
  }
  const zeroConst = rt.int(0);
  const larger = (a: PyObject, b: PyObject) => heap.incref(compare(rt, 'Lt', a, b) ? b : a);
  const smaller = (a: PyObject, b: PyObject) => heap.incref(compare(rt, 'Lt', a, b) ? a : b);

  function sameCounts(a: PyObject, b: PyObject): boolean {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      for (const { key } of entries(x)) {
        const p = countOf(x, key);
        const q = countOf(y, key);
        try {
          if (!compare(rt, 'Eq', p, q)) return false;
        } finally {
          heap.decref(p);
          heap.decref(q);
        }
      }
    }
    return true;
  }

  /** +c and -c: the positive counts, or the negated negative ones. */
  function unary(self: PyObject, negate: boolean): PyObject {
    const result = newCounter();
    for (const { key, value } of entries(self)) {
      const v = negate ? binaryOp(rt, 'Sub', zeroConst, value, false) : heap.incref(value);
      if (compare(rt, 'Gt', v, zeroConst)) dictSet(rt, result as PyDict, key, v);
      heap.decref(v);
    }
    return result;
  }

  cls = nativeSubclass(rt, 'collections', 'Counter', rt.types.dict, {
    __init__: nativeMethod(rt, '__init__', (self, args, kwargs) => {
      if (args.length > 1) rt.raise(rt.types.TypeError, `expected at most 1 argument, got ${args.length}`);
      addFrom(self, args[0], kwargs, 'Add');
      return rt.none();
    }),
    __missing__: nativeMethod(rt, '__missing__', () => zero()),
    update: nativeMethod(rt, 'update', (self, args, kwargs) => {
      if (args.length > 1) rt.raise(rt.types.TypeError, `expected at most 1 argument, got ${args.length}`);
      addFrom(self, args[0], kwargs, 'Add');
      return rt.none();
    }),
    subtract: nativeMethod(rt, 'subtract', (self, args, kwargs) => {
      if (args.length > 1) rt.raise(rt.types.TypeError, `expected at most 1 argument, got ${args.length}`);
      addFrom(self, args[0], kwargs, 'Sub');
      return rt.none();
    }),
    most_common: nativeMethod(rt, 'most_common', (self, args) => {
      let items = mostCommon(self);
      if (args[0] !== undefined && args[0] !== rt.None) items = items.slice(0, Math.max(0, Number(asIndex(rt, args[0]))));
      return rt.list(items.map(({ key, value }) => rt.tuple([heap.incref(key, 'item'), heap.incref(value, 'item')])));
    }),
    elements: nativeMethod(rt, 'elements', (self) => {
      const out: PyObject[] = [];
      for (const { key, value } of entries(self)) {
        const n = value instanceof PyInt ? Number(value.value) : Number(asIndex(rt, value));
        for (let i = 0; i < n; i++) out.push(heap.incref(key));
      }
      const list = rt.list(out);
      try {
        return getIter(rt, list);
      } finally {
        heap.decref(list);
      }
    }),
    total: nativeMethod(rt, 'total', (self) => {
      let sum: PyObject = zero();
      for (const { value } of entries(self)) {
        const next = binaryOp(rt, 'Add', sum, value, false);
        heap.decref(sum);
        sum = next;
      }
      return sum;
    }),
    copy: nativeMethod(rt, 'copy', (self) => rt.call(self.type, [self])),
    __add__: nativeMethod(rt, '__add__', (self, args) => combine(self, args[0]!, (a, b) => binaryOp(rt, 'Add', a, b, false))),
    __sub__: nativeMethod(rt, '__sub__', (self, args) => combine(self, args[0]!, (a, b) => binaryOp(rt, 'Sub', a, b, false))),
    __or__: nativeMethod(rt, '__or__', (self, args) => combine(self, args[0]!, larger)),
    __and__: nativeMethod(rt, '__and__', (self, args) => combine(self, args[0]!, smaller)),
    // 3.10+: missing elements count as zero, so Counter(a=1) == Counter(a=1, b=0).
    __eq__: nativeMethod(rt, '__eq__', (self, args) => {
      const other = args[0]!;
      if (!other.type.isSubtypeOf(cls)) return heap.incref(rt.NotImplemented);
      return rt.bool(sameCounts(self, other));
    }),
    __ne__: nativeMethod(rt, '__ne__', (self, args) => {
      const other = args[0]!;
      if (!other.type.isSubtypeOf(cls)) return heap.incref(rt.NotImplemented);
      return rt.bool(!sameCounts(self, other));
    }),
    __pos__: nativeMethod(rt, '__pos__', (self) => unary(self, false)),
    __neg__: nativeMethod(rt, '__neg__', (self) => unary(self, true)),
  }, {});
  // Counter.__repr__: the counts in most_common order.
  cls.nativeRepr = (self, reprOf) => {
    const items = mostCommon(self);
    if (items.length === 0) return `${self.type.qualname}()`;
    return `${self.type.qualname}({${items.map(({ key, value }) => `${reprOf(key)}: ${reprOf(value)}`).join(', ')}})`;
  };
  m.set('Counter', cls);
}
