// The operator module (CPython's _operator in C): the operators as functions, and the callable
// objects itemgetter, attrgetter and methodcaller, which keep references to what they were built with.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/scalars';
import { PyDict, PyTuple } from '../objects/containers';
import type { BinOpName, CmpOpName } from '../syntax/ast';
import { binaryOp, unaryOp } from '../objects/number';
import { compare, contains, getItem, isTrue } from '../objects/protocols';
import { getAttribute } from '../objects/attributes';
import { dictGetStr, dictSet } from '../objects/dictops';
import {
  ModuleBuilder, asIndex, checkPositional, nativeClass, newNativeInstance, noKeywords, oneArg, registerLazyModule,
  type Kwargs,
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
const NOT_IMPLEMENTED = ['attrgetter.__call__', 'call', 'concat', 'countOf', 'delitem', 'iconcat', 'indexOf', 'length_hint', 'setitem', 'inv', 'invert', '__inv__', '__invert__', '__call__', '__concat__', '__iconcat__', '__delitem__', '__setitem__'];

export function createOperatorModule(rt: Runtime): void {
  registerLazyModule(rt, 'operator', () => buildOperator(rt));
}

function buildOperator(rt: Runtime): void {
  const m = new ModuleBuilder(rt, 'operator');
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
  for (const [name, op] of INPLACE) two(name, (a, b) => binaryOp(rt, op, a, b, true));
  for (const [name, op] of COMPARISONS) two(name, (a, b) => rt.bool(compare(rt, op, a, b)));
  two('is_', (a, b) => rt.bool(a === b));
  two('is_not', (a, b) => rt.bool(a !== b));
  two('contains', (a, b) => rt.bool(contains(rt, a, b)));
  two('getitem', (a, b) => getItem(rt, a, b));
  one('neg', (a) => unaryOp(rt, 'USub', a));
  one('pos', (a) => unaryOp(rt, 'UAdd', a));
  one('not_', (a) => rt.bool(!isTrue(rt, a)));
  one('truth', (a) => rt.bool(isTrue(rt, a)));
  one('index', (a) => rt.int(asIndex(rt, a)));
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
  m.finish();
}

function absOf(rt: Runtime, a: PyObject): PyObject {
  const abs = dictGetStr(rt.builtins, 'abs');
  if (abs) return rt.call(abs, [a]);
  return rt.unsupported('operator.abs');
}
