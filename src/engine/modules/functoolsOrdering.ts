// functools.cmp_to_key (the C type functools.KeyWrapper: calling it wraps a value; comparing two wrappers
// calls the old-style cmp function and compares its result with 0) and functools.total_ordering (Python code:
// the missing rich comparisons of a class are derived from the one it defines, preferring < then <= > >=).
import type { Runtime } from '../vm/runtime';
import { PyType, type PyObject } from '../objects/object';
import { PyStr } from '../objects/scalars';
import { compareObject, isTrue } from '../objects/protocols';
import { lookupInMro } from '../objects/classes';
import { getAttribute, setAttribute } from '../objects/attributes';
import { NativeInstance, NativeObject, nativeClass, nativeType, newNativeInstance, parseArgs, type Kwargs, type NativeModuleBuilder } from './native';

type Op = 'Lt' | 'LtE' | 'Eq' | 'NotEq' | 'Gt' | 'GtE';

export function defineOrdering(rt: Runtime, m: NativeModuleBuilder): void {
  const keyType = keyWrapperType(rt);
  m.fn('cmp_to_key', (args, kwargs) => {
    const [cmp] = parseArgs(rt, 'cmp_to_key', args, kwargs, { params: ['mycmp'], required: 1 });
    return rt.heap.register(new NativeObject(keyType, ['cmp', 'obj'], [rt.heap.incref(cmp!, 'attr'), null]));
  });
  let derived: Map<string, NativeInstance> | null = null;
  m.fn('total_ordering', (args, kwargs) => {
    if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `total_ordering() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
    if (args.length !== 1) {
      rt.raise(rt.types.TypeError, args.length === 0
        ? "total_ordering() missing 1 required positional argument: 'cls'"
        : `total_ordering() takes 1 positional argument but ${args.length} were given`);
    }
    derived ??= derivedComparisons(rt);
    return totalOrdering(rt, args[0]!, derived);
  });
}

/** functools.KeyWrapper: K = cmp_to_key(f) holds f; K(x) holds f and x; K(x) < K(y) is f(x, y) < 0. */
function keyWrapperType(rt: Runtime): PyType {
  const type = nativeType(rt, 'functools.KeyWrapper');
  type.unhashable = true;
  // CPython's attribute names beyond object's: any other is an AttributeError.
  for (const name of ['__call__', '__module__', 'obj', ...(rt.profile.versionInfo[1] >= 13 ? ['__text_signature__'] : [])]) type.knownAttributes.add(name);
  type.nativeNew = () => rt.raise(rt.types.TypeError, "cannot create 'functools.KeyWrapper' instances");
  type.methods.set('__call__', (self, args, kwargs) => {
    const [obj] = parseArgs(rt, 'K', args, kwargs, { params: ['obj'], required: 1 });
    const cmp = (self as NativeObject).held[0]!;
    return rt.heap.register(new NativeObject(type, ['cmp', 'obj'], [rt.heap.incref(cmp, 'attr'), rt.heap.incref(obj!, 'attr')]));
  });
  type.getters.set('obj', (self) => {
    const obj = (self as NativeObject).held[1];
    if (!obj) return rt.raise(rt.types.AttributeError, 'obj');
    return rt.heap.incref(obj);
  });
  type.nativeRichCompare = (op, self, other) => {
    if (other.type !== type) return rt.raise(rt.types.TypeError, 'other argument must be K instance');
    const [cmp, x] = (self as NativeObject).held;
    const y = (other as NativeObject).held[1];
    if (!x || !y) return rt.raise(rt.types.AttributeError, 'object');
    const result = rt.call(cmp!, [x, y]);
    const zero = rt.int(0);
    try {
      return compareObject(rt, op, result, zero);
    } finally {
      rt.heap.decref(result);
      rt.heap.decref(zero);
    }
  };
  return type;
}

const OPS: Record<string, { op: Op; symbol: string }> = {
  __lt__: { op: 'Lt', symbol: '<' }, __le__: { op: 'LtE', symbol: '<=' }, __gt__: { op: 'Gt', symbol: '>' }, __ge__: { op: 'GtE', symbol: '>=' },
};

/** How a derived comparison combines r = type(a).<root>(a, b) with a == b or a != b. */
type Formula = 'not r and a != b' | 'r or a == b' | 'not r' | 'not r or a == b' | 'r and a != b';

/** For each root, the comparisons derived from it, in the order total_ordering sets them. */
const CONVERT: Record<string, [string, Formula][]> = {
  __lt__: [['__gt__', 'not r and a != b'], ['__le__', 'r or a == b'], ['__ge__', 'not r']],
  __le__: [['__ge__', 'not r or a == b'], ['__lt__', 'r and a != b'], ['__gt__', 'not r']],
  __gt__: [['__lt__', 'not r and a != b'], ['__ge__', 'r or a == b'], ['__le__', 'not r']],
  __ge__: [['__le__', 'not r or a == b'], ['__gt__', 'r and a != b'], ['__lt__', 'not r']],
};

/** The twelve module-level functions (_gt_from_lt…): function-like objects with a name, qualname and docstring. */
function derivedComparisons(rt: Runtime): Map<string, NativeInstance> {
  const fnClass = nativeClass(rt, {
    tpName: 'function', qualname: 'function', module: 'builtins', bindsLikeFunction: true,
    call: (self, args, kwargs) => callDerived(rt, self, args, kwargs),
  });
  const table = new Map<string, NativeInstance>();
  for (const [root, derivations] of Object.entries(CONVERT)) {
    for (const [name, formula] of derivations) {
      const qualname = `_${name.slice(2, 4)}_from_${root.slice(2, 4)}`;
      const fn = newNativeInstance(rt, fnClass, [], []);
      const a = OPS[root]!.symbol;
      const parts = formula.replace('not r', `not a ${a} b`).replace(/^r/, `a ${a} b`).split(/ (and|or) /);
      const condition = parts.length === 1 ? `(${parts[0]})` : `(${parts[0]}) ${parts[1]} (${parts[2]})`;
      const attrs: [string, string][] = [
        ['__module__', 'functools'], ['__name__', qualname], ['__qualname__', qualname],
        ['__doc__', `Return a ${OPS[name]!.symbol} b.  Computed by @total_ordering from ${condition}.`],
      ];
      for (const [attr, text] of attrs) {
        const value = rt.str(text);
        setAttribute(rt, fn, attr, value);
        rt.heap.decref(value);
      }
      derivedInfo.set(fn, { root, formula });
      table.set(qualname, fn);
    }
  }
  return table;
}

const derivedInfo = new WeakMap<NativeInstance, { root: string; formula: Formula }>();

function callDerived(rt: Runtime, fn: NativeInstance, args: PyObject[], kwargs: Kwargs): PyObject {
  const info = derivedInfo.get(fn)!;
  const name = (fn.values.get('__qualname__') as PyStr).value;
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `${name}() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
  if (args.length !== 2) {
    if (args.length < 2) {
      const missing = ['self', 'other'].slice(args.length);
      rt.raise(rt.types.TypeError, `${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${missing.map((n) => `'${n}'`).join(' and ')}`);
    }
    rt.raise(rt.types.TypeError, `${name}() takes 2 positional arguments but ${args.length} were given`);
  }
  const [a, b] = args as [PyObject, PyObject];
  const method = getAttribute(rt, a.type, info.root);
  let r: PyObject;
  try {
    r = rt.call(method, [a, b]);
  } finally {
    rt.heap.decref(method);
  }
  if (r === rt.NotImplemented) return r;
  const truth = isTrue(rt, r);
  const other = (op: Op) => compareObject(rt, op, a, b);
  const keep = (value: PyObject) => { if (value !== r) rt.heap.decref(r); return value; };
  switch (info.formula) {
    case 'not r': return keep(rt.bool(!truth));
    case 'not r and a != b': return keep(truth ? rt.bool(false) : other('NotEq'));
    case 'not r or a == b': return keep(!truth ? rt.bool(true) : other('Eq'));
    case 'r or a == b': return keep(truth ? r : other('Eq'));
    case 'r and a != b': return keep(truth ? other('NotEq') : r);
  }
}

/** total_ordering(cls): roots are the comparisons the class (or a base other than object) defines. */
function totalOrdering(rt: Runtime, cls: PyObject, derived: Map<string, NativeInstance>): PyObject {
  if (!(cls instanceof PyType) || !cls.isHeapType || cls.mro.some((t) => !t.isHeapType && t !== rt.types.object)) {
    return rt.unsupported('functools.total_ordering on something other than a class whose bases are classes');
  }
  const roots = Object.keys(OPS).filter((op) => lookupInMro(cls, op) !== undefined);
  if (roots.length === 0) rt.raise(rt.types.ValueError, 'must define at least one ordering operation: < > <= >=');
  const root = roots.reduce((best, op) => (op > best ? op : best));
  for (const [name] of CONVERT[root]!) {
    if (roots.includes(name)) continue;
    const fn = derived.get(`_${name.slice(2, 4)}_from_${root.slice(2, 4)}`)!;
    const key = rt.str(name);
    setAttribute(rt, fn, '__name__', key); // opfunc.__name__ = opname: the shared function is renamed
    rt.heap.decref(key);
    setAttribute(rt, cls, name, fn);
  }
  return rt.heap.incref(cls);
}
