// collections.namedtuple: a tuple subclass with named fields. CPython builds it in Python
// (Lib/collections/__init__.py) with a generated __new__, field properties, _make/_replace/_asdict and
// a __repr__; the simulator builds the same class natively with the same names, checks and messages.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyStr } from '../objects/scalars';
import { PyTuple } from '../objects/containers';
import { PyMethodWrapper } from '../objects/descriptors';
import { dictSet } from '../objects/dictops';
import { collect, isTrue } from '../objects/protocols';
import { nativeMethod, nativeSubclass, builtinNew } from '../objects/subclass';
import { bindPythonStyle, parseArgs, type Kwargs, type NativeModuleBuilder } from './native';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
  'raise', 'return', 'try', 'while', 'with', 'yield']);
const isIdentifier = (s: string) => /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s);

export function installNamedTuple(rt: Runtime, m: NativeModuleBuilder): void {
  m.fn('namedtuple', (args, kwargs) => namedtuple(rt, args, kwargs));
}

function namedtuple(rt: Runtime, args: PyObject[], kwargs: Kwargs): PyObject {
  const [typenameArg, fieldsArg, renameArg, defaultsArg, moduleArg] = parseArgs(rt, 'namedtuple', args, kwargs, {
    params: ['typename', 'field_names', 'rename', 'defaults', 'module'], required: 2, maxPositional: 2,
  });
  const typename = strOf(rt, typenameArg!);
  let fields: string[];
  if (fieldsArg instanceof PyStr) fields = fieldsArg.value.replace(/,/g, ' ').split(/\s+/).filter((f) => f.length > 0);
  else fields = collect(rt, fieldsArg!).map((f) => { const s = strOf(rt, f); rt.heap.decref(f); return s; });
  const rename = renameArg ? isTrue(rt, renameArg) : false;
  if (rename) {
    const seen = new Set<string>();
    fields = fields.map((name, i) => {
      const bad = !isIdentifier(name) || KEYWORDS.has(name) || name.startsWith('_') || seen.has(name);
      seen.add(name);
      return bad ? `_${i}` : name;
    });
  }
  for (const name of [typename, ...fields]) {
    if (!isIdentifier(name)) rt.raise(rt.types.ValueError, `Type names and field names must be valid identifiers: ${quote(name)}`);
    if (KEYWORDS.has(name)) rt.raise(rt.types.ValueError, `Type names and field names cannot be a keyword: ${quote(name)}`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith('_') && !rename) rt.raise(rt.types.ValueError, `Field names cannot start with an underscore: ${quote(name)}`);
    if (seen.has(name)) rt.raise(rt.types.ValueError, `Encountered duplicate field name: ${quote(name)}`);
    seen.add(name);
  }
  const defaults = defaultsArg && defaultsArg !== rt.None ? collect(rt, defaultsArg) : [];
  if (defaults.length > fields.length) {
    defaults.forEach((d) => rt.heap.decref(d));
    rt.raise(rt.types.TypeError, 'Got more default values than field names');
  }
  return buildClass(rt, typename, fields, defaults, moduleArg && moduleArg !== rt.None ? strOf(rt, moduleArg) : '__main__');
}

/** The class itself; takes over the references in `defaults`. */
function buildClass(rt: Runtime, typename: string, fields: string[], defaults: PyObject[], module: string): PyType {
  const heap = rt.heap;
  const fieldTuple = () => rt.tuple(fields.map((f) => rt.internedStr(f)));
  const defaultsDict = rt.dict();
  defaults.forEach((value, i) => {
    const key = rt.internedStr(fields[fields.length - defaults.length + i]!);
    dictSet(rt, defaultsDict, key, value);
    heap.decref(key);
  });
  const required = fields.length - defaults.length;
  let cls: PyType;
  /** An instance of `klass` holding `items` (new references it takes over). */
  const make = (klass: PyType, items: PyObject[]) => {
    const values = rt.tuple(items);
    try {
      return builtinNew(rt, rt.types.tuple, klass, [values], null);
    } finally {
      heap.decref(values);
    }
  };
  const staticmethod = (fn: PyObject) => heap.register(new PyMethodWrapper(rt.types.staticmethod, fn));
  const classmethod = (fn: PyObject) => heap.register(new PyMethodWrapper(rt.types.classmethod, fn));
  const attributes: Record<string, PyObject> = {
    __doc__: rt.str(`${typename}(${fields.join(', ')})`),
    __slots__: rt.tuple([]),
    _fields: fieldTuple(),
    _field_defaults: defaultsDict,
    __match_args__: fieldTuple(),
    // __new__(_cls, x, y): Python-style argument binding, defaults for the trailing fields.
    __new__: staticmethod(rt.builtin('__new__', (_s, args, kwargs) => {
      const bound = bindPythonStyle(rt, `${typename}.__new__`, args, kwargs, ['_cls', ...fields], 1 + required);
      const items = fields.map((f, i) => heap.incref(bound[i + 1] ?? defaults[i - required]!, 'item'));
      return make(bound[0] as PyType, items);
    })),
    _make: classmethod(nativeMethod(rt, '_make', (klassObj, args) => {
      const klass = klassObj as PyType;
      const iterable = args[0]!;
      const items = collect(rt, iterable);
      if (items.length !== fields.length) {
        items.forEach((x) => heap.decref(x));
        rt.raise(rt.types.TypeError, `Expected ${fields.length} arguments, got ${items.length}`);
      }
      return make(klass, items);
    })),
    _replace: nativeMethod(rt, '_replace', (selfObj, _args, kwargs) => {
      const self = selfObj as PyTuple;
      const extra = [...(kwargs?.keys() ?? [])].filter((k) => !fields.includes(k));
      if (extra.length > 0) rt.raise(rt.profile.builtins.namedtupleReplaceTypeError ? rt.types.TypeError : rt.types.ValueError, `Got unexpected field names: [${extra.map(quote).join(', ')}]`);
      return make(self.type, fields.map((f, i) => heap.incref(kwargs?.get(f) ?? self.items[i]!, 'item')));
    }),
    _asdict: nativeMethod(rt, '_asdict', (selfObj) => {
      const self = selfObj as PyTuple;
      const d = rt.dict();
      fields.forEach((f, i) => {
        const key = rt.internedStr(f);
        dictSet(rt, d, key, self.items[i]!);
        heap.decref(key);
      });
      return d;
    }),
    __getnewargs__: nativeMethod(rt, '__getnewargs__', (self) => rt.tuple((self as PyTuple).items.map((x) => heap.incref(x, 'item')))),
  };
  // Each field is a read-only data descriptor returning its item (CPython: _collections._tuplegetter).
  fields.forEach((f, i) => { attributes[f] = tupleGetter(rt, i); });
  cls = nativeSubclass(rt, module, typename, rt.types.tuple, attributes);
  cls.tupleFields = fields;
  return cls;
}

/** A _collections._tuplegetter for item `index`: reads it, refuses to set or delete it. */
function tupleGetter(rt: Runtime, index: number): PyObject {
  const getterClass = nativeSubclass(rt, '_collections', '_tuplegetter', rt.types.object, {
    __get__: rt.builtin('__get__', (_s, args) => {
      const [self, obj] = args as [PyObject, PyObject];
      if (obj === rt.None) return rt.heap.incref(self);
      if (!(obj instanceof PyTuple)) return rt.raise(rt.types.TypeError, `descriptor for index '${index}' for tuple subclasses doesn't apply to '${obj.type.name}' object`);
      return rt.heap.incref(obj.items[index]!);
    }),
    __set__: rt.builtin('__set__', () => rt.raise(rt.types.AttributeError, "can't set attribute")),
    __delete__: rt.builtin('__delete__', () => rt.raise(rt.types.AttributeError, "can't delete attribute")),
  }, { tpName: true, noDict: true, noWeakref: true });
  try {
    return rt.call(getterClass, []);
  } finally {
    rt.heap.decref(getterClass);
  }
}

function strOf(rt: Runtime, o: PyObject): string {
  if (!(o instanceof PyStr)) rt.raise(rt.types.TypeError, `'${o.type.name}' object is not iterable`);
  return (o as PyStr).value;
}

function quote(s: string): string {
  return `'${s}'`;
}
