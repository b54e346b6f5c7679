// str.maketrans and str.translate (unicodeobject.c): a table from code points to a code point, a string
// or None, looked up with the table's own __getitem__ so that any mapping or sequence serves.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';
import { PyInt, PyNone, PyStr, toBig } from './scalars';
import { PyDict } from './containers';
import { dictSet } from './dictops';
import { getItem } from './protocols';
import { PyRaise } from './exceptions';

/** str.maketrans(x[, y[, z]]): a new dict. */
export function makeTrans(rt: Runtime, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, 'maketrans() takes no keyword arguments');
  if (args.length === 0) rt.raise(rt.types.TypeError, 'maketrans expected at least 1 argument, got 0');
  if (args.length > 3) rt.raise(rt.types.TypeError, `maketrans expected at most 3 arguments, got ${args.length}`);
  const [x, y, z] = args as [PyObject, PyObject?, PyObject?];
  const table = rt.dict();
  const put = (key: PyObject, value: PyObject) => {
    dictSet(rt, table, key, value);
    rt.heap.decref(key);
    rt.heap.decref(value);
  };
  try {
    if (y === undefined) {
      if (!(x instanceof PyDict)) rt.raise(rt.types.TypeError, 'if you give only one argument to maketrans it must be a dict');
      for (const { key, value } of [...(x as PyDict).entries.values()]) {
        if (key instanceof PyStr) {
          const chars = [...key.value];
          if (chars.length !== 1) rt.raise(rt.types.ValueError, 'string keys in translate table must be of length 1');
          put(rt.int(chars[0]!.codePointAt(0)!), rt.heap.incref(value));
        } else if (key instanceof PyInt) {
          put(rt.heap.incref(key), rt.heap.incref(value));
        } else {
          rt.raise(rt.types.TypeError, 'keys in translate table must be strings or integers');
        }
      }
      return table;
    }
    if (!(x instanceof PyStr)) rt.raise(rt.types.TypeError, 'first maketrans argument must be a string if there is a second argument');
    const from = [...(x as PyStr).value];
    const to = [...strArgument(rt, y, 2)];
    if (from.length !== to.length) rt.raise(rt.types.ValueError, 'the first two maketrans arguments must have equal length');
    from.forEach((c, i) => put(rt.int(c.codePointAt(0)!), rt.int(to[i]!.codePointAt(0)!)));
    if (z !== undefined) for (const c of strArgument(rt, z, 3)) put(rt.int(c.codePointAt(0)!), rt.none());
    return table;
  } catch (error) {
    rt.heap.decref(table);
    throw error;
  }
}

function strArgument(rt: Runtime, o: PyObject, position: number): string {
  if (!(o instanceof PyStr)) return rt.raise(rt.types.TypeError, `maketrans() argument ${position} must be str, not ${o.type.name}`);
  return o.value;
}

/** s.translate(table): characters the table has no entry for (LookupError) are kept. */
export function translate(rt: Runtime, s: string, table: PyObject): string {
  let out = '';
  for (const c of s) {
    const key = rt.int(c.codePointAt(0)!);
    let mapped: PyObject;
    try {
      mapped = getItem(rt, table, key);
    } catch (error) {
      if (error instanceof PyRaise && error.exc.type.isSubtypeOf(rt.types.LookupError)) {
        rt.heap.decref(error.exc);
        out += c;
        continue;
      }
      throw error;
    } finally {
      rt.heap.decref(key);
    }
    try {
      out += mappedText(rt, mapped);
    } finally {
      rt.heap.decref(mapped);
    }
  }
  return out;
}

function mappedText(rt: Runtime, mapped: PyObject): string {
  if (mapped instanceof PyNone) return '';
  if (mapped instanceof PyStr) return mapped.value;
  if (mapped instanceof PyInt) {
    const cp = toBig(mapped.value);
    if (cp < 0n || cp > 0x10ffffn) rt.raise(rt.types.ValueError, 'character mapping must be in range(0x110000)');
    return String.fromCodePoint(Number(cp));
  }
  return rt.raise(rt.types.TypeError, 'character mapping must return integer, None or str');
}
