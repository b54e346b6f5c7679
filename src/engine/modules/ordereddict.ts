// collections.OrderedDict (Objects/odictobject.c): a dict subclass whose order can be changed
// (move_to_end, popitem(last=False)) and whose equality with another OrderedDict is order-sensitive.
// Its separate linked list is not modelled, so sys.getsizeof of one is "not supported".
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyDict } from '../objects/containers';
import { dictDelete } from '../objects/dictops';
import { equals, hashKey, isTrue } from '../objects/protocols';
import { nativeMethod, nativeSubclass } from '../objects/subclass';
import { parseArgs, type NativeModuleBuilder } from './native';

export function installOrderedDict(rt: Runtime, m: NativeModuleBuilder): void {
  const heap = rt.heap;
  let cls: PyType;
  const lastFlag = (name: string, args: PyObject[], kwargs: Map<string, PyObject> | null, params: string[]) => {
    const bound = parseArgs(rt, name, args, kwargs, { params, required: params.length - 1 });
    const flag = bound[params.length - 1];
    return { bound, last: flag === undefined ? true : isTrue(rt, flag) };
  };
  cls = nativeSubclass(rt, 'collections', 'OrderedDict', rt.types.dict, {
    move_to_end: nativeMethod(rt, 'move_to_end', (self, args, kwargs) => {
      const { bound, last } = lastFlag('move_to_end', args, kwargs, ['key', 'last']);
      const d = self as PyDict;
      const key = bound[0]!;
      const slot = hashKey(rt, key);
      const entry = d.entries.get(slot);
      if (!entry) rt.raiseWith(rt.types.KeyError, key);
      d.entries.delete(slot);
      if (last) d.entries.set(slot, entry!);
      else {
        const rest = [...d.entries];
        d.entries.clear();
        d.entries.set(slot, entry!);
        for (const [k, v] of rest) d.entries.set(k, v);
      }
      rt.recorder.touch(d);
      return rt.none();
    }),
    popitem: nativeMethod(rt, 'popitem', (self, args, kwargs) => {
      const { last } = lastFlag('popitem', args, kwargs, ['last']);
      const d = self as PyDict;
      const all = [...d.entries.values()];
      if (all.length === 0) rt.raise(rt.types.KeyError, 'dictionary is empty');
      const { key, value } = last ? all[all.length - 1]! : all[0]!;
      const pair = rt.tuple([heap.incref(key, 'item'), heap.incref(value, 'item')]);
      dictDelete(rt, d, key);
      return pair;
    }),
    // odict_richcompare: two OrderedDicts are equal only with the same order; with a dict, as dicts.
    __eq__: nativeMethod(rt, '__eq__', (self, args) => {
      const other = args[0]!;
      if (!(other instanceof PyDict)) return heap.incref(rt.NotImplemented);
      return rt.bool(sameItems(self as PyDict, other, other.type.isSubtypeOf(cls)));
    }),
    __ne__: nativeMethod(rt, '__ne__', (self, args) => {
      const other = args[0]!;
      if (!(other instanceof PyDict)) return heap.incref(rt.NotImplemented);
      return rt.bool(!sameItems(self as PyDict, other, other.type.isSubtypeOf(cls)));
    }),
    copy: nativeMethod(rt, 'copy', (self) => rt.call(self.type, [self])),
  }, { tpName: true });
  cls.sizeUnmodelled = true;
  // odict_repr: 3.12+ shows the mapping as a dict, 3.11 as a list of pairs.
  cls.nativeRepr = (self, reprOf) => {
    const items = [...(self as PyDict).entries.values()];
    const name = self.type.qualname;
    if (items.length === 0) return `${name}()`;
    if (rt.profile.builtins.orderedDictReprAsDict) return `${name}({${items.map(({ key, value }) => `${reprOf(key)}: ${reprOf(value)}`).join(', ')}})`;
    return `${name}([${items.map(({ key, value }) => `(${reprOf(key)}, ${reprOf(value)})`).join(', ')}])`;
  };
  function sameItems(a: PyDict, b: PyDict, ordered: boolean): boolean {
    if (a.entries.size !== b.entries.size) return false;
    const xs = [...a.entries.values()];
    const ys = [...b.entries.values()];
    if (ordered) return xs.every((x, i) => equals(rt, x.key, ys[i]!.key) && equals(rt, x.value, ys[i]!.value));
    return xs.every((x) => {
      const y = b.entries.get(hashKey(rt, x.key));
      return !!y && equals(rt, x.value, y.value);
    });
  }
  m.set('OrderedDict', cls);
}

