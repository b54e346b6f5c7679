// The operator module (CPython's _operator in C): the operators as functions, and the callable
// objects itemgetter, attrgetter and methodcaller, which keep references to what they were built with.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import { PyInt, PyStr } from '../objects/scalars';
import { PyDict, PyList, PyRange, PyTuple } from '../objects/containers';
import type { BinOpName, CmpOpName } from '../syntax/ast';
import { binaryOp, unaryOp } from '../objects/number';
import { collect, compare, contains, getItem, getIter, isTrue, iterNext, length } from '../objects/protocols';
import { callDunder, findDunder } from '../objects/dunders';
import { PyRaise } from '../objects/exceptions';
import { PyRangeIter, PySeqIter } from '../objects/iterators';
import { listExtendSteal } from '../objects/listops';
import { getAttribute } from '../objects/attributes';
import { dictGetStr, dictSet } from '../objects/dictops';
import {
  defineLazyModule, asIndex, checkPositional, nativeClass, newNativeInstance, noKeywords, oneArg,
  type Kwargs, type NativeModuleBuilder,
} from './native';

const BINARY: [string, BinOpName][] = [
  ['add', 'Add'], ['sub', 'Sub'], ['mul', 'Mult'], ['truediv', 'Div'], ['floordiv', 'FloorDiv'], ['mod', 'Mod'],
  ['pow', 'Pow'], ['lshift', 'LShift'], ['rshift', 'RShift'], ['and_', 'BitAnd'], ['or_', 'BitOr'], ['xor', 'BitXor'],
  ['matmul', 'MatMult'],
];
const INPLACE: [string, BinOpName][] = [
  ['iadd', 'Add'], ['isub', 'Sub'], ['imul', 'Mult'], ['itruediv', 'Div'], ['ifloordiv', 'FloorDiv'], ['imod', 'Mod'],
  ['ipow', 'Pow'], ['ilshift', 'LShift'], ['irshift', 'RShift'], ['iand', 'BitAnd'], ['ior', 'BitOr'], ['ixor', 'BitXor'],
  ['imatmul', 'MatMult'],
];
const COMPARISONS: [string, CmpOpName][] = [['eq', 'Eq'], ['ne', 'NotEq'], ['lt', 'Lt'], ['le', 'LtE'], ['gt', 'Gt'], ['ge', 'GtE']];

/** Names of CPython's operator module the simulator does not implement. */
const NOT_IMPLEMENTED = ['delitem', 'setitem', '__delitem__', '__setitem__'];

export function createOperatorModule(rt: Runtime): void {
  defineLazyModule(rt, 'operator', (m) => buildOperator(rt, m));
}

function buildOperator(rt: Runtime, m: NativeModuleBuilder): void {
  const both = (name: string, impl: (args: PyObject[], kwargs: Kwargs) => PyObject) => {
    m.fn(name, impl);
    const dunder = `__${name.replace(/_$/, '')}__`;
    m.fn(dunder, impl);
  };
  const two = (name: string, body: (a: PyObject, b: PyObject) => PyObject) => both(name, (args, kwargs) => {
    noKeywords(rt, `_operator.${name}`, kwargs);
    checkPositional(rt, name, args.length, 2, 2);
    return body(args[0]!, args[1]!);
  });
  const one = (name: string, body: (a: PyObject) => PyObject) => both(name, (args, kwargs) => body(oneArg(rt, `_operator.${name}`, args, kwargs)));

  for (const [name, op] of BINARY) two(name, (a, b) => binaryOp(rt, op, a, b, false));
  for (const [name, op] of INPLACE) two(name, (a, b) => inplaceOp(rt, op, a, b));
  for (const [name, op] of COMPARISONS) two(name, (a, b) => rt.bool(compare(rt, op, a, b)));
  two('is_', (a, b) => rt.bool(a === b));
  two('is_not', (a, b) => rt.bool(a !== b));
  two('contains', (a, b) => rt.bool(contains(rt, a, b)));
  if (rt.profile.versionInfo[1] >= 14) {
    m.fn('is_none', (args, kwargs) => rt.bool(oneArg(rt, '_operator.is_none', args, kwargs) === rt.None));
    m.fn('is_not_none', (args, kwargs) => rt.bool(oneArg(rt, '_operator.is_not_none', args, kwargs) !== rt.None));
  }
  two('getitem', (a, b) => getItem(rt, a, b));
  one('neg', (a) => unaryOp(rt, 'USub', a));
  one('pos', (a) => unaryOp(rt, 'UAdd', a));
  const invert = (a: PyObject) => unaryOp(rt, 'Invert', a);
  one('inv', invert);
  one('invert', invert);
  one('not_', (a) => rt.bool(!isTrue(rt, a)));
  one('truth', (a) => rt.bool(isTrue(rt, a)));
  one('index', (a) => rt.int(asIndex(rt, a)));
  two('concat', (a, b) => {
    if (!isSequence(a)) rt.raise(rt.types.TypeError, `'${a.type.name}' object can't be concatenated`);
    return binaryOp(rt, 'Add', a, b, false);
  });
  two('iconcat', (a, b) => {
    if (!isSequence(a)) rt.raise(rt.types.TypeError, `'${a.type.name}' object can't be concatenated`);
    return inplaceOp(rt, 'Add', a, b);
  });
  const scan = (seq: PyObject, target: PyObject, stopAtFirst: boolean): number => {
    let it: PyObject;
    try {
      it = getIter(rt, seq);
    } catch (error) {
      if (!(error instanceof PyRaise) || !error.exc.type.isSubtypeOf(rt.types.TypeError)) throw error;
      rt.heap.decref(error.exc);
      return rt.raise(rt.types.TypeError, `argument of type '${seq.type.name}' is not iterable`);
    }
    let count = 0;
    try {
      for (let i = 0, item = iterNext(rt, it); item !== null; i++, item = iterNext(rt, it)) {
        const same = item === target || compare(rt, 'Eq', item, target);
        rt.heap.decref(item);
        if (same) {
          if (stopAtFirst) return i;
          count++;
        }
      }
    } finally {
      rt.heap.decref(it);
    }
    if (stopAtFirst) rt.raise(rt.types.ValueError, 'sequence.index(x): x not in sequence');
    return count;
  };
  two('countOf', (a, b) => rt.int(scan(a, b, false)));
  two('indexOf', (a, b) => rt.int(scan(a, b, true)));
  m.fn('length_hint', (args, kwargs) => {
    noKeywords(rt, '_operator.length_hint', kwargs);
    checkPositional(rt, 'length_hint', args.length, 1, 2);
    const dflt = args[1] ? asIndex(rt, args[1]) : 0;
    const hint = lengthHint(rt, args[0]!);
    return rt.int(hint ?? dflt);
  });
  m.fn('call', (args, kwargs) => {
    checkPositional(rt, 'call', args.length, 1, Infinity);
    return rt.call(args[0]!, args.slice(1), kwargs);
  });
  m.fn('__call__', (args, kwargs) => {
    checkPositional(rt, '__call__', args.length, 1, Infinity);
    return rt.call(args[0]!, args.slice(1), kwargs);
  });
  m.fn('abs', (args, kwargs) => absOf(rt, oneArg(rt, '_operator.abs', args, kwargs)));
  m.fn('__abs__', (args, kwargs) => absOf(rt, oneArg(rt, '_operator.abs', args, kwargs)));

  // itemgetter(*items): item is the single item, or a tuple of them (ig->item), nitems how many.
  const itemgetter = nativeClass(rt, {
    tpName: 'operator.itemgetter', qualname: 'itemgetter', module: 'operator',
    call: (self, args, kwargs) => {
      if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'itemgetter() takes no keyword arguments');
      checkPositional(rt, 'itemgetter', args.length, 1, 1);
      const item = self.held[0]!;
      const obj = args[0]!;
      if (self.held.length === 1) return getItem(rt, obj, item);
      const items = (item as PyTuple).items;
      const out: PyObject[] = [];
      try {
        for (const key of items) out.push(getItem(rt, obj, key));
      } catch (error) {
        out.forEach((x) => rt.heap.decref(x));
        throw error;
      }
      return rt.tuple(out);
    },
  });
  m.fn('itemgetter', (args, kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'itemgetter() takes no keyword arguments');
    if (args.length === 0) rt.raise(rt.types.TypeError, 'itemgetter expected 1 argument, got 0');
    if (args.length === 1) return newNativeInstance(rt, itemgetter, ['item'], [rt.heap.incref(args[0]!, 'attr')]);
    // Several items: a tuple of them, plus an empty slot that marks nitems > 1 (it holds no reference).
    return newNativeInstance(rt, itemgetter, ['item'], [rt.tuple(args.map((a) => rt.heap.incref(a, 'item'))), null]);
  });

  // attrgetter(*names): each dotted name becomes a tuple of its parts (ag->attr).
  const attrgetter = nativeClass(rt, {
    tpName: 'operator.attrgetter', qualname: 'attrgetter', module: 'operator',
    call: (self, args, kwargs) => {
      if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'attrgetter() takes no keyword arguments');
      checkPositional(rt, 'attrgetter', args.length, 1, 1);
      const names = (self.held[0] as PyTuple).items as PyTuple[];
      const lookup = (parts: PyTuple): PyObject => {
        let obj = rt.heap.incref(args[0]!);
        for (const part of parts.items) {
          try {
            const next = getAttribute(rt, obj, (part as PyStr).value);
            rt.heap.decref(obj);
            obj = next;
          } catch (error) {
            rt.heap.decref(obj);
            throw error;
          }
        }
        return obj;
      };
      if (names.length === 1) return lookup(names[0]!);
      const out: PyObject[] = [];
      try {
        for (const parts of names) out.push(lookup(parts));
      } catch (error) {
        out.forEach((x) => rt.heap.decref(x));
        throw error;
      }
      return rt.tuple(out);
    },
  });
  m.fn('attrgetter', (args, kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'attrgetter() takes no keyword arguments');
    if (args.length === 0) rt.raise(rt.types.TypeError, 'attrgetter expected 1 argument, got 0');
    for (const a of args) if (!(a instanceof PyStr)) rt.raise(rt.types.TypeError, 'attribute name must be a string');
    const names = args.map((a) => rt.tuple((a as PyStr).value.split('.').map((part) => rt.internedStr(part))));
    return newNativeInstance(rt, attrgetter, ['attr'], [rt.tuple(names)]);
  });

  // methodcaller(name, /, *args, **kwargs): holds name, args and kwds.
  const methodcaller = nativeClass(rt, {
    tpName: 'operator.methodcaller', qualname: 'methodcaller', module: 'operator',
    call: (self, args, kwargs) => {
      if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'methodcaller() takes no keyword arguments');
      checkPositional(rt, 'methodcaller', args.length, 1, 1);
      const [name, margs, mkw] = self.held as [PyStr, PyTuple, PyObject];
      const method = getAttribute(rt, args[0]!, name.value);
      try {
        const kw = new Map<string, PyObject>();
        for (const { key, value } of (mkw as PyDict).entries.values()) kw.set((key as PyStr).value, value);
        return rt.call(method, margs.items, kw.size > 0 ? kw : null);
      } finally {
        rt.heap.decref(method);
      }
    },
  });
  m.fn('methodcaller', (args, kwargs) => {
    if (args.length === 0) rt.raise(rt.types.TypeError, 'methodcaller needs at least one argument, the method name');
    const name = args[0]!;
    if (!(name instanceof PyStr)) return rt.raise(rt.types.TypeError, 'method name must be a string');
    const kwds = rt.dict();
    for (const [key, value] of kwargs ?? []) {
      const k = rt.str(key);
      dictSet(rt, kwds, k, value);
      rt.heap.decref(k);
    }
    const interned = rt.internedStr(name.value);
    return newNativeInstance(rt, methodcaller, ['name', 'args', 'kwds'], [
      interned, rt.tuple(args.slice(1).map((a) => rt.heap.incref(a, 'item'))), kwds,
    ]);
  });
  m.known(NOT_IMPLEMENTED);
}

/** PyObject_LengthHint: len() when defined, else what an iterator knows of its remaining items; null when unknown. */
function lengthHint(rt: Runtime, o: PyObject): number | null {
  if (o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PyRange
    || (o.type.isHeapType && findDunder(o, '__len__'))) return length(rt, o);
  if (o instanceof PySeqIter) {
    if (!o.seq) return 0;
    const n = o.seq instanceof PyStr ? o.seq.length : (o.seq as PyList | PyTuple).items.length;
    return Math.max(0, n - o.index);
  }
  if (o instanceof PyRangeIter) return Math.max(0, o.remaining);
  if (o.type.isHeapType && findDunder(o, '__length_hint__')) {
    const r = callDunder(rt, o, '__length_hint__', [])!;
    try {
      if (r === rt.NotImplemented) return null;
      if (!(r instanceof PyInt)) rt.raise(rt.types.TypeError, `__length_hint__ must be an integer, not ${r.type.name}`);
      const v = Number((r as PyInt).value);
      if (v < 0) rt.raise(rt.types.ValueError, '__length_hint__() should return >= 0');
      return v;
    } finally {
      rt.heap.decref(r);
    }
  }
  const hint = o.type.lookupMethod('__length_hint__');
  if (hint) {
    const r = hint(o, [], null);
    try {
      return r instanceof PyInt ? Number(r.value) : null;
    } finally {
      rt.heap.decref(r);
    }
  }
  return null;
}

/** PySequence_Check: str, list, tuple, range, or a class with __getitem__. */
function isSequence(o: PyObject): boolean {
  return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || (o.type.isHeapType && !!findDunder(o, '__getitem__'));
}

/** a op= b: lists extend and repeat in place (list_inplace_concat / list_inplace_repeat), as the VM does. */
function inplaceOp(rt: Runtime, op: BinOpName, a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyList && op === 'Add') {
    listExtendSteal(rt, a, collect(rt, b), false);
    return rt.heap.incref(a);
  }
  if (a instanceof PyList && op === 'Mult' && !(a.type.isHeapType)) {
    const n = b instanceof PyInt ? Number(b.value) : null;
    if (n === null) return binaryOp(rt, op, a, b, true);
    if (n < 1) {
      const old = a.items.splice(0);
      a.allocated = 0;
      rt.heap.resized(a);
      rt.recorder.touch(a);
      old.forEach((x) => rt.heap.decref(x, 'item'));
    } else if (n > 1) {
      const copy = [...a.items];
      const extra: PyObject[] = [];
      for (let i = 1; i < n; i++) for (const x of copy) extra.push(rt.heap.incref(x, 'item'));
      listExtendSteal(rt, a, extra, false);
    }
    return rt.heap.incref(a);
  }
  return binaryOp(rt, op, a, b, true);
}

function absOf(rt: Runtime, a: PyObject): PyObject {
  const abs = dictGetStr(rt.builtins, 'abs');
  if (abs) return rt.call(abs, [a]);
  return rt.unsupported('operator.abs');
}
