// The API native modules use to make classes deriving from built-in types (collections builds Counter,
// OrderedDict, defaultdict and namedtuple classes this way), and the sizes such instances report.
import { describe, expect, it } from 'vitest';
import { runtime } from '../helpers';
import type { Runtime } from '../../../src/engine/vm/runtime';
import type { PyObject } from '../../../src/engine/objects/object';
import { PyBuiltin } from '../../../src/engine/objects/callables';
import { PyDict, PyTuple } from '../../../src/engine/objects/containers';
import { PyInt, PyStr } from '../../../src/engine/objects/scalars';
import { installMethods } from '../../../src/engine/objects/methods';
import { getAttribute } from '../../../src/engine/objects/attributes';
import { installInitSlots, installObjectSlots, installSlotWrappers } from '../../../src/engine/objects/slotWrappers';
import { nativeSubclass } from '../../../src/engine/objects/subclass';
import { instantiate } from '../../../src/engine/objects/instantiate';
import { getItem } from '../../../src/engine/objects/protocols';
import { repr } from '../../../src/engine/objects/repr';
import { hasInstanceState } from '../../../src/engine/objects/instance';
import { getsizeof } from '../../../src/engine/memory/sizes';

/** A runtime whose rt.call runs builtins (enough for natively defined classes). */
function nativeRuntime(version: '3.11' | '3.13' = '3.13'): Runtime {
  const rt = runtime(version);
  installMethods(rt);
  installObjectSlots(rt);
  installInitSlots(rt);
  installSlotWrappers(rt);
  rt.call = (callable, args, kwargs) => {
    if (!(callable instanceof PyBuiltin)) throw new Error(`only builtins here, not ${callable.type.name}`);
    return callable.impl(callable.self ?? rt.None, args, kwargs ?? null);
  };
  return rt;
}

describe('nativeSubclass', () => {
  it('makes a dict subclass whose __missing__ answers absent keys', () => {
    const rt = nativeRuntime();
    const missing = rt.builtin('__missing__', (_self, args) => rt.int((args[1] as PyStr).value.length));
    const cls = nativeSubclass(rt, 'collections', 'Lengths', rt.types.dict, { __missing__: missing });
    const classRefs = cls.refcnt;
    const d = instantiate(rt, cls, [], null);
    expect(d).toBeInstanceOf(PyDict);
    expect(hasInstanceState(d)).toBe(true);
    const key = rt.str('abcd');
    const value = getItem(rt, d, key) as PyInt;
    expect(value.value).toBe(4);
    expect(repr(rt, cls)).toBe("<class 'collections.Lengths'>");
    expect(cls.refcnt).toBe(classRefs + 1); // an instance holds its class
    rt.heap.decref(d);
    expect(cls.refcnt).toBe(classRefs);
    [key, value].forEach((o: PyObject) => rt.heap.decref(o));
  });

  it('makes a tuple subclass filled by tuple.__new__, with a C type name in messages when asked', () => {
    const rt = nativeRuntime();
    const cls = nativeSubclass(rt, 'collections', 'Point', rt.types.tuple, {}, { tpName: true });
    const items = rt.list([rt.int(1), rt.int(2)]);
    const p = instantiate(rt, cls, [items], null);
    expect(p).toBeInstanceOf(PyTuple);
    expect((p as PyTuple).items.map((x) => (x as PyInt).value)).toEqual([1, 2]);
    expect(p.type.name).toBe('collections.Point');
    const name = getAttribute(rt, cls, '__name__') as PyStr;
    expect(name.value).toBe('Point');
    [name, p, items].forEach((o: PyObject) => rt.heap.decref(o));
  });
});

describe('nativeSubclass layouts', () => {
  it('a C type without __dict__ or weak references, with a field of its own (defaultdict-like)', () => {
    const rt = nativeRuntime('3.13');
    const cls = nativeSubclass(rt, 'collections', 'defaultdict', rt.types.dict, {}, { tpName: true, noDict: true, noWeakref: true, extraBytes: 8 });
    const d = instantiate(rt, cls, [], null);
    // sys.getsizeof(collections.defaultdict()) on 64-bit 3.13: an empty dict (64) and the default_factory pointer.
    expect(getsizeof(d, rt.profile)).toBe(72);
    expect(() => getAttribute(rt, d, '__dict__')).toThrow();
    expect(cls.hasDict || cls.hasWeakref).toBe(false);
  });
});

describe('sizes of subclass instances (measured on 64-bit CPython)', () => {
  it('a list subclass: the list plus the dict/weakref pointers (3.11: one in the object, 3.12+: the pre-header)', () => {
    for (const [version, expected] of [['3.11', 112], ['3.13', 104]] as const) {
      const rt = nativeRuntime(version);
      const cls = nativeSubclass(rt, '__main__', 'L', rt.types.list, {});
      const src = rt.list([rt.int(1), rt.int(2), rt.int(3)]);
      const l = instantiate(rt, cls, [src], null);
      expect(getsizeof(l, rt.profile)).toBe(expected);
    }
  });
});
