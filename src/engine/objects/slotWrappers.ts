// The special methods of built-in types as callable slot wrappers (list.__getitem__, dict.__setitem__,
// str.__repr__, int.__add__, object.__setattr__, list.__init__, type.__call__…): what `super().__setitem__(k, v)`
// in a subclass, or `list.__len__(x)`, reaches. Each runs the built-in behaviour on the object even when
// its class overrides that method.
import type { Runtime } from '../vm/runtime';
import { PyType, type BuiltinImpl, type PyObject } from './object';
import { withoutOverride } from './dunders';
import { PyStr, normInt } from './scalars';
import { lookupInMro } from './classes';
import { hasInstanceState, type Instance } from './instance';
import { genericDelAttr, genericGetAttr, genericSetAttr } from './attributes';
import { instantiate } from './instantiate';
import { builtinInit, builtinRoot } from './subclass';
import { PyMappingProxy } from './containers';
import { builtinEquals, contains, getItem, getIter, length } from './protocols';
import { repr, str } from './repr';
import { pyHash } from './pyhash';
import { binaryOp } from './number';
import type { BinOpName, CmpOpName } from '../syntax/ast';
import { compareObject, isTrue } from './protocols';
import { dictGetStr } from './dictops';
import { unaryOp } from './number';
import { formatValue } from './format';
import { sizeofWithoutHeader } from '../memory/sizes';

type Slot = (rt: Runtime, self: PyObject, args: PyObject[]) => PyObject;

function arity(rt: Runtime, owner: PyType, name: string, args: PyObject[], n: number): void {
  if (args.length !== n) rt.raise(rt.types.TypeError, `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

const CONTAINER_SLOTS: Record<string, Slot> = {
  __getitem__: (rt, self, args) => getItem(rt, self, args[0]!),
  __setitem__: (rt, self, args) => {
    rt.setItem(self, args[0]!, args[1]!);
    return rt.none();
  },
  __delitem__: (rt, self, args) => {
    rt.delItem(self, args[0]!);
    return rt.none();
  },
  __len__: (rt, self) => rt.int(length(rt, self)),
  __contains__: (rt, self, args) => rt.bool(contains(rt, self, args[0]!)),
  __iter__: (rt, self) => getIter(rt, self),
};

const ARITY: Record<string, number> = { __getitem__: 1, __setitem__: 2, __delitem__: 1, __contains__: 1, __eq__: 1, __ne__: 1 };

const BINARY: Record<string, BinOpName> = {
  __add__: 'Add', __sub__: 'Sub', __mul__: 'Mult', __truediv__: 'Div', __floordiv__: 'FloorDiv', __mod__: 'Mod', __pow__: 'Pow',
  __or__: 'BitOr', __and__: 'BitAnd', __xor__: 'BitXor', __lshift__: 'LShift', __rshift__: 'RShift',
};
/** The reflected forms: other <op> self. */
const REFLECTED: Record<string, BinOpName> = Object.fromEntries(Object.entries(BINARY).map(([name, op]) => [`__r${name.slice(2)}`, op]));
const ORDER: Record<string, CmpOpName> = { __lt__: 'Lt', __le__: 'LtE', __gt__: 'Gt', __ge__: 'GtE' };
const UNARY: Record<string, 'USub' | 'UAdd' | 'Invert'> = { __neg__: 'USub', __pos__: 'UAdd', __invert__: 'Invert' };
const NUMBER_EXTRAS = ['__neg__', '__pos__', '__abs__', '__bool__', '__int__', '__float__', '__lt__', '__le__', '__gt__', '__ge__'];
const SEQUENCE_ORDER = ['__lt__', '__le__', '__gt__', '__ge__'];

/** The protocols each built-in type implements (its slots that have wrappers). */
function slotsOf(rt: Runtime, type: PyType): string[] {
  const t = rt.types;
  const common = ['__repr__', '__eq__', '__ne__'];
  switch (type) {
    case t.list: return [...common, ...SEQUENCE_ORDER, '__getitem__', '__setitem__', '__delitem__', '__len__', '__contains__', '__iter__', '__add__', '__mul__', '__rmul__'];
    case t.tuple: return [...common, ...SEQUENCE_ORDER, '__hash__', '__getitem__', '__len__', '__contains__', '__iter__', '__add__', '__mul__', '__rmul__'];
    case t.dict: return [...common, '__getitem__', '__setitem__', '__delitem__', '__len__', '__contains__', '__iter__', '__or__'];
    case t.set: return [...common, '__len__', '__contains__', '__iter__', '__or__', '__and__', '__sub__', '__xor__'];
    case t.frozenset: return [...common, '__hash__', '__len__', '__contains__', '__iter__', '__or__', '__and__', '__sub__', '__xor__'];
    case t.str: return [...common, ...SEQUENCE_ORDER, '__str__', '__hash__', '__getitem__', '__len__', '__contains__', '__iter__', '__add__', '__mul__', '__rmul__', '__mod__'];
    case t.int: {
      const ops = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__pow__', '__or__', '__and__', '__xor__', '__lshift__', '__rshift__'];
      return [...common, ...NUMBER_EXTRAS, '__invert__', '__index__', '__hash__', ...ops, ...ops.map((n) => `__r${n.slice(2)}`)];
    }
    case t.float: {
      const ops = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__pow__'];
      return [...common, ...NUMBER_EXTRAS, '__hash__', ...ops, ...ops.map((n) => `__r${n.slice(2)}`)];
    }
    case t.object: return ['__repr__', '__str__', '__eq__', '__ne__', '__hash__', '__sizeof__', '__format__'];
    default: return [];
  }
}

/** Whether the built-in `owner`'s comparison understands `other` (else NotImplemented, as CPython's richcompare slots answer). */
function comparable(rt: Runtime, owner: PyType, other: PyObject): boolean {
  if (owner === rt.types.float) return other.type.isSubtypeOf(rt.types.float) || other.type.isSubtypeOf(rt.types.int);
  if (owner === rt.types.set || owner === rt.types.frozenset) return other.type.isSubtypeOf(rt.types.set) || other.type.isSubtypeOf(rt.types.frozenset);
  return other.type.isSubtypeOf(owner);
}

/** Whether `o` can be a repeat count (an int, or a class with __index__). */
/** abs(x), int(x), float(x) through the builtins module (the built-in behaviour of these slots). */
function callBuiltin(rt: Runtime, name: string, arg: PyObject): PyObject {
  return rt.call(dictGetStr(rt.builtins, name)!, [arg]);
}

function isRepeatCount(rt: Runtime, o: PyObject): boolean {
  return o.type.isSubtypeOf(rt.types.int) || (o.type.isHeapType && lookupInMro(o.type, '__index__') !== undefined);
}

function slotImpl(rt: Runtime, owner: PyType, name: string): Slot {
  const container = CONTAINER_SLOTS[name];
  if (container) return container;
  const sequence = owner === rt.types.list || owner === rt.types.tuple || owner === rt.types.str;
  // sq_concat and sq_repeat: + raises for a wrong operand itself; * wants an index as its count.
  if (sequence && name === '__add__') return (rt2, self, args) => binaryOp(rt2, 'Add', self, args[0]!, false);
  if (sequence && (name === '__mul__' || name === '__rmul__')) {
    return (rt2, self, args) => {
      // wrap_indexargfunc: the count goes through PyNumber_AsSsize_t.
      if (!isRepeatCount(rt2, args[0]!)) rt2.raise(rt2.types.TypeError, `'${args[0]!.type.name}' object cannot be interpreted as an integer`);
      return binaryOp(rt2, 'Mult', self, args[0]!, false);
    };
  }
  const reflected = REFLECTED[name];
  if (reflected) {
    return (rt2, self, args) => {
      if (!comparable(rt2, owner, args[0]!) && !(owner === rt2.types.int && args[0]!.type.isSubtypeOf(rt2.types.int))) return rt2.heap.incref(rt2.NotImplemented);
      return binaryOp(rt2, reflected, args[0]!, self, false);
    };
  }
  const order = ORDER[name];
  if (order) {
    return (rt2, self, args) => (comparable(rt2, owner, args[0]!) ? compareObject(rt2, order, self, args[0]!) : rt2.heap.incref(rt2.NotImplemented));
  }
  const unary = UNARY[name];
  if (unary) return (rt2, self) => unaryOp(rt2, unary, self);
  switch (name) {
    case '__abs__': return (rt2, self) => callBuiltin(rt2, 'abs', self);
    case '__bool__': return (rt2, self) => rt2.bool(isTrue(rt2, self));
    case '__int__': case '__index__': return (rt2, self) => callBuiltin(rt2, 'int', self);
    case '__float__': return (rt2, self) => callBuiltin(rt2, 'float', self);
    case '__sizeof__': return (rt2, self) => rt2.int(sizeofWithoutHeader(self, rt2.profile));
    case '__format__': return (rt2, self, args) => {
      const spec = args[0];
      if (!(spec instanceof PyStr)) return rt2.raise(rt2.types.TypeError, `argument to __format__ must be str, not ${spec?.type.name}`);
      return rt2.str(formatValue(rt2, self, spec.value));
    };
    default: break;
  }
  const op = BINARY[name];
  if (op) {
    return (rt2, self, args) => {
      if (!comparable(rt2, owner, args[0]!) && !(owner === rt2.types.int && args[0]!.type.isSubtypeOf(rt2.types.int))) return rt2.heap.incref(rt2.NotImplemented);
      return binaryOp(rt2, op, self, args[0]!, false);
    };
  }
  switch (name) {
    case '__repr__': return (rt2, self) => rt2.str(repr(rt2, self));
    case '__str__': return (rt2, self) => rt2.str(str(rt2, self));
    case '__hash__': return (rt2, self) => rt2.int(normInt(pyHash(rt2, self)));
    case '__eq__':
    case '__ne__':
      return (rt2, self, args) => {
        const other = args[0]!;
        if (owner === rt2.types.object) {
          if (self !== other) return rt2.heap.incref(rt2.NotImplemented);
          return rt2.bool(name === '__eq__');
        }
        if (!comparable(rt2, owner, other)) return rt2.heap.incref(rt2.NotImplemented);
        const same = builtinEquals(rt2, self, other);
        return rt2.bool(name === '__eq__' ? same : !same);
      };
    default: throw new Error(`no slot wrapper for ${name}`);
  }
}

/** mappingproxy's read-only methods: the underlying dict's (keys, values, items, get, copy). */
function installMappingProxyMethods(rt: Runtime): void {
  for (const name of ['keys', 'values', 'items', 'get', 'copy']) {
    const impl = rt.types.dict.methods.get(name);
    if (!impl) continue;
    rt.types.mappingproxy.methods.set(name, (self, args, kwargs) => impl((self as PyMappingProxy).mapping, args, kwargs));
  }
}

/** Installs the slot wrappers of list, tuple, dict, set, frozenset, str, int, float and object. */
export function installSlotWrappers(rt: Runtime): void {
  const t = rt.types;
  installMappingProxyMethods(rt);
  for (const owner of [t.object, t.list, t.tuple, t.dict, t.set, t.frozenset, t.str, t.int, t.float]) {
    for (const name of slotsOf(rt, owner)) {
      if (owner.methods.has(name)) continue;
      const impl = slotImpl(rt, owner, name);
      const wrapper: BuiltinImpl = (self, args) => {
        if (ARITY[name] !== undefined || BINARY[name] || REFLECTED[name] || ORDER[name] || name === '__format__') arity(rt, owner, name, args, ARITY[name] ?? 1);
        else arity(rt, owner, name, args, 0);
        if (!self.type.isSubtypeOf(owner)) rt.raise(rt.types.TypeError, `descriptor '${name}' requires a '${owner.name}' object but received a '${self.type.name}'`);
        return withoutOverride(self, name, () => impl(rt, self, args));
      };
      owner.methods.set(name, wrapper);
    }
  }
}

/** object.__getattribute__/__setattr__/__delattr__/__init__ as methods of `object` (slot wrappers). */
export function installObjectSlots(rt: Runtime): void {
  const t = rt.types;
  const nameArg = (method: string, arg: PyObject | undefined): string => {
    if (!(arg instanceof PyStr)) return rt.raise(t.TypeError, `attribute name must be string, not '${arg?.type.name ?? 'NoneType'}'`);
    return arg.value;
  };
  const expect = (method: string, args: PyObject[], n: number) => {
    if (args.length !== n) rt.raise(t.TypeError, `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  };
  const instanceOrUnsupported = (self: PyObject, method: string): Instance => {
    if (!hasInstanceState(self)) return rt.unsupported(`object.${method} on '${self.type.name}' objects`);
    return self;
  };
  t.object.methods.set('__getattribute__', (self, args) => {
    expect('__getattribute__', args, 1);
    return genericGetAttr(rt, instanceOrUnsupported(self, '__getattribute__'), nameArg('__getattribute__', args[0]));
  });
  t.object.methods.set('__setattr__', (self, args) => {
    expect('__setattr__', args, 2);
    genericSetAttr(rt, instanceOrUnsupported(self, '__setattr__'), nameArg('__setattr__', args[0]), args[1]!);
    return rt.none();
  });
  t.object.methods.set('__delattr__', (self, args) => {
    expect('__delattr__', args, 1);
    genericDelAttr(rt, instanceOrUnsupported(self, '__delattr__'), nameArg('__delattr__', args[0]));
    return rt.none();
  });
  t.object.methods.set('__init__', (self, args, kwargs) => {
    const excess = args.length > 0 || (kwargs !== null && kwargs.size > 0);
    if (excess && self.type.isHeapType) {
      // object_init: extra arguments are an error when the class overrides __init__, or does not override __new__.
      if (lookupInMro(self.type, '__init__')) rt.raise(t.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
      if (!lookupInMro(self.type, '__new__') && builtinRoot(self.type) === t.object) rt.raise(t.TypeError, `${self.type.name}() takes no arguments`);
    }
    return rt.none();
  });
}

/** list/dict/set.__init__ refill the container; type.__init__ accepts a class statement's arguments; type.__call__. */
export function installInitSlots(rt: Runtime): void {
  const t = rt.types;
  for (const owner of [t.list, t.dict, t.set]) {
    owner.methods.set('__init__', (self, args, kwargs) => {
      builtinInit(rt, owner, self, args, kwargs);
      return rt.none();
    });
  }
  t.type.methods.set('__init__', () => rt.none());
  t.type.methods.set('__call__', (self, args, kwargs) => {
    if (!(self instanceof PyType)) return rt.raise(t.TypeError, `descriptor '__call__' requires a 'type' object but received a '${self.type.name}'`);
    return instantiate(rt, self, args, kwargs, false);
  });
}
