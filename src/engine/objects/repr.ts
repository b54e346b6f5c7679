// repr() and str() of the built-in types, with CPython's exact spelling.
import { intToDecimal } from './intdigits';
import type { Runtime } from '../vm/runtime';
import { PyObject } from './object';
import { PyEllipsis, PyFloat, PyInt, PyNone, PyStr } from './scalars';
import { PyDict, PyDictView, PyList, PyMappingProxy, PyRange, PySlice, PyTuple } from './containers';
import { PyBuiltin, PyCell, PyCode, PyFunction, PyMethodDescr, PyModule, PyTextStream } from './callables';
import { PyException } from './exceptions';
import { PyType } from './object';
import { floatRepr } from './floatrepr';
import { PyGetSetDescriptor, PyInstance, PyMethod, instanceGetOwn, lookupInMro } from './classes';
import { PyMethodWrapper, PySuper } from './descriptors';
import { PyGenerator } from './generators';
import { PySet } from './sets';
import { findDunder } from './dunders';
import { dictSet } from './dictops';

import { PyFrameObject } from './frames';

/** f_lineno: where a running frame is, or where a finished one stopped. */
export function frameLine(obj: PyFrameObject): number {
  if (obj.owned) return obj.lastLine;
  const f = obj.frame;
  return f.code.instructions[Math.max(0, f.pc - 1)]?.pos.line ?? f.code.firstLine;
}
import { PyByteArray, PyBytes, bytesRepr } from './bytes';
import { unicodeErrorMessage } from './codecs';

export function hexAddress(address: number): string {
  return `0x${address.toString(16)}`;
}

// Py_UNICODE_ISPRINTABLE: control, format, surrogate, private-use, unassigned and separator characters
// (other than the space) are escaped by repr().
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapeCodePoint(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

export function strRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NOT_PRINTABLE.test(ch)) out += escapeCodePoint(code);
    else out += ch;
  }
  return out + quote;
}

export function intToString(rt: Runtime, obj: PyInt): string {
  if (obj.type.name === 'bool') return obj.value ? 'True' : 'False';
  return intToDecimal(rt, obj.value);
}

/** Calls a user-defined __repr__/__str__ and checks it returned a str. */
function userText(rt: Runtime, obj: PyObject, method: '__repr__' | '__str__'): string | null {
  if (!obj.type.isHeapType) return null;
  const fn = findDunder(obj, method);
  if (!(fn instanceof PyFunction || fn instanceof PyBuiltin)) return null;
  const result = rt.call(fn, [obj]);
  try {
    if (!(result instanceof PyStr)) rt.raise(rt.types.TypeError, `${method} returned non-string (type ${result.type.name})`);
    return (result as PyStr).value;
  } finally {
    rt.heap.decref(result);
  }
}

/**
 * Py_ReprEnter keeps the containers being repr'd in a list stored in the thread state's dict: the first call
 * in a process creates both (PyDict_New, then PyList_New), and they live until the end (measured: the first
 * str([1]) after gc.collect() counts two objects more than the next one).
 */
const reprRegistries = new WeakMap<Runtime, PyObject>();

function reprEnter(rt: Runtime): void {
  if (reprRegistries.has(rt)) return;
  const threadDict = rt.dict();
  const inProgress = rt.list([]);
  const key = rt.internedStr('Py_Repr');
  dictSet(rt, threadDict, key, inProgress);
  rt.heap.decref(key);
  rt.heap.decref(inProgress);
  reprRegistries.set(rt, threadDict);
}

/** repr(obj). `seen` breaks cycles the way CPython's Py_ReprEnter does ([...], {...}). */
export function repr(rt: Runtime, obj: PyObject, seen: Set<PyObject> = new Set(), runUserCode = true): string {
  const custom = runUserCode ? userText(rt, obj, '__repr__') : null;
  if (custom !== null) return custom;
  if (obj instanceof PyStr) return strRepr(obj.value);
  if (obj instanceof PyInt) {
    // The simulator's own displays (trace, panel) are not bound by sys.set_int_max_str_digits.
    return runUserCode ? intToString(rt, obj) : obj.type.name === 'bool' ? (obj.value ? 'True' : 'False') : String(obj.value);
  }
  if (obj instanceof PyFloat) return floatRepr(obj.value);
  if (obj instanceof PyBytes || obj instanceof PyByteArray) return bytesRepr(obj);
  const nativeRepr = obj.type.mro.find((t) => t.nativeRepr)?.nativeRepr;
  if (nativeRepr) {
    // Py_ReprEnter: a native container met again inside its own repr shows as "...".
    if (seen.has(obj)) return obj.type.nativeReprRecursion;
    seen.add(obj);
    try {
      return nativeRepr(obj, (child) => repr(rt, child, seen, runUserCode));
    } finally {
      seen.delete(obj);
    }
  }
  if (obj instanceof PyNone) return 'None';
  if (obj instanceof PyEllipsis) return obj.type.name === 'NotImplementedType' ? 'NotImplemented' : 'Ellipsis';
  if (obj instanceof PyList) {
    if (runUserCode && obj.items.length > 0) reprEnter(rt);
    if (seen.has(obj)) return '[...]';
    seen.add(obj);
    try {
      return `[${obj.items.map((x) => repr(rt, x, seen, runUserCode)).join(', ')}]`;
    } finally {
      seen.delete(obj);
    }
  }
  if (obj instanceof PyTuple && obj.type === rt.types.version_info) {
    const names = ['major', 'minor', 'micro', 'releaselevel', 'serial'];
    return `sys.version_info(${obj.items.map((x, i) => `${names[i]}=${repr(rt, x, seen, runUserCode)}`).join(', ')})`;
  }
  if (obj instanceof PyTuple && obj.type.tupleFields) {
    // namedtuple's __repr__: the class's __name__, then name=value for each field.
    const fields = obj.type.tupleFields;
    return `${obj.type.qualname}(${obj.items.map((x, i) => `${fields[i]}=${repr(rt, x, seen, runUserCode)}`).join(', ')})`;
  }
  if (obj instanceof PyTuple) {
    if (runUserCode && obj.items.length > 0) reprEnter(rt);
    if (seen.has(obj)) return '(...)';
    seen.add(obj);
    try {
      const inner = obj.items.map((x) => repr(rt, x, seen, runUserCode));
      return inner.length === 1 ? `(${inner[0]},)` : `(${inner.join(', ')})`;
    } finally {
      seen.delete(obj);
    }
  }
  if (obj instanceof PyDict) {
    if (runUserCode) reprEnter(rt);
    if (seen.has(obj)) return '{...}';
    seen.add(obj);
    try {
      const parts: string[] = [];
      for (const { key, value } of obj.entries.values()) parts.push(`${repr(rt, key, seen, runUserCode)}: ${repr(rt, value, seen, runUserCode)}`);
      return `{${parts.join(', ')}}`;
    } finally {
      seen.delete(obj);
    }
  }
  if (obj instanceof PySet) {
    // set_repr: "{1, 2}" for an exact set; the type's name around it otherwise (frozenset({1}), S({1})).
    const bare = obj.type === rt.types.set;
    if (runUserCode) reprEnter(rt);
    if (obj.used === 0) return `${obj.type.name}()`;
    if (seen.has(obj)) return `${obj.type.name}(...)`;
    seen.add(obj);
    // set_repr copies the members into a temporary list (PySequence_List) and repr's that.
    const members = runUserCode ? rt.list(obj.keys().map((k) => rt.heap.incref(k, 'item'))) : null;
    try {
      const inner = `{${obj.keys().map((k) => repr(rt, k, seen, runUserCode)).join(', ')}}`;
      return bare ? inner : `${obj.type.name}(${inner})`;
    } finally {
      seen.delete(obj);
      if (members) rt.heap.decref(members);
    }
  }
  if (obj instanceof PyMappingProxy) return repr(rt, obj.mapping, seen, runUserCode);
  if (obj instanceof PyDictView) {
    const entries = [...obj.dict.entries.values()];
    const parts = entries.map((e) => obj.kind === 'keys' ? repr(rt, e.key, seen, runUserCode)
      : obj.kind === 'values' ? repr(rt, e.value, seen, runUserCode)
        : `(${repr(rt, e.key, seen, runUserCode)}, ${repr(rt, e.value, seen, runUserCode)})`);
    return `${obj.type.name}([${parts.join(', ')}])`;
  }
  if (obj instanceof PyRange) return obj.step === 1 ? `range(${obj.start}, ${obj.stop})` : `range(${obj.start}, ${obj.stop}, ${obj.step})`;
  if (obj instanceof PySlice) return `slice(${repr(rt, obj.start, seen, runUserCode)}, ${repr(rt, obj.stop, seen, runUserCode)}, ${repr(rt, obj.step, seen, runUserCode)})`;
  if (obj instanceof PyFunction) return `<function ${obj.qualname.value} at ${hexAddress(obj.address)}>`;
  if (obj instanceof PyCell) {
    const v = obj.value;
    return v ? `<cell at ${hexAddress(obj.address)}: ${v.type.name} object at ${hexAddress(v.address)}>` : `<cell at ${hexAddress(obj.address)}: empty>`;
  }
  if (obj instanceof PyBuiltin) {
    if (obj.type === rt.types.method_wrapper && obj.self) return `<method-wrapper '${obj.name}' of ${objectTypeName(obj.self)} object at ${hexAddress(obj.self.address)}>`;
    if (!obj.self || obj.self instanceof PyModule) return `<built-in function ${obj.name}>`;
    return `<built-in method ${obj.name} of ${obj.self.type.name} object at ${hexAddress(obj.self.address)}>`;
  }
  if (obj instanceof PyGetSetDescriptor) {
    const kind = obj.type === rt.types.member_descriptor ? 'member' : 'attribute';
    return `<${kind} '${obj.name}' of '${obj.owner.name}' objects>`;
  }
  if (obj instanceof PyMethodDescr) {
    const kind = obj.type === rt.types.wrapper_descriptor ? 'slot wrapper' : 'method';
    return `<${kind} '${obj.name}' of '${obj.owner.name}' objects>`;
  }
  if (obj instanceof PyModule) return obj.builtin ? `<module '${obj.name}' (built-in)>` : `<module '${obj.name}'>`;
  if (obj instanceof PyTextStream) return `<_io.TextIOWrapper name='<${obj.stream}>' mode='w' encoding='utf-8'>`;
  if (obj instanceof PyType) return obj.module === 'builtins' ? `<class '${obj.name}'>` : `<class '${obj.module}.${obj.qualname}'>`;
  if (obj instanceof PyMethod) {
    const fn = obj.func;
    const name = fn instanceof PyFunction ? fn.qualname.value : ownStr(fn, '__qualname__') ?? ownStr(fn, '__name__') ?? '?';
    return `<bound method ${name} of ${repr(rt, obj.self, seen, runUserCode)}>`;
  }
  // Natively made stand-ins for Python functions (a @contextmanager helper, total_ordering's _gt_from_lt).
  if (obj instanceof PyInstance && obj.type.isHeapType && obj.type.name === 'function' && obj.type.module === 'builtins') {
    return `<function ${ownStr(obj, '__qualname__') ?? '?'} at ${hexAddress(obj.address)}>`;
  }
  if (obj instanceof PyMethodWrapper) return `<${obj.type.name}(${repr(rt, obj.func, seen, runUserCode)})>`;
  if (obj instanceof PyGenerator) return `<generator object ${obj.qualname} at ${hexAddress(obj.address)}>`;
  if (obj instanceof PyFrameObject) {
    return `<frame at ${hexAddress(obj.address)}, file '${obj.frame.code.filename}', line ${frameLine(obj)}, code ${obj.frame.code.name}>`;
  }
  if (obj instanceof PySuper) return `<super: <class '${obj.thisType.name}'>, <${obj.obj.type.name} object>>`;
  if (obj instanceof PyCode) return `<code object ${obj.code.name} at ${hexAddress(obj.address)}, file "${obj.code.filename}", line ${obj.code.firstLine}>`;
  if (obj instanceof PyException) {
    const args = obj.args.items;
    if (args.length === 1) return `${obj.type.name}(${repr(rt, args[0]!, seen, runUserCode)})`;
    return `${obj.type.name}(${args.map((a) => repr(rt, a, seen, runUserCode)).join(', ')})`;
  }
  const typeName = obj.type.isHeapType ? `${obj.type.module}.${obj.type.qualname}` : obj.type.name;
  return `<${typeName} object at ${hexAddress(obj.address)}>`;
}

/** How `<X object at …>` names an object's type: module-qualified for classes. */
function objectTypeName(obj: PyObject): string {
  return obj.type.isHeapType ? `${obj.type.module}.${obj.type.qualname}` : obj.type.name;
}

/** str(obj). */
export function str(rt: Runtime, obj: PyObject): string {
  const custom = userText(rt, obj, '__str__');
  if (custom !== null) return custom;
  if (obj instanceof PyStr) return obj.value;
  if (obj instanceof PyException) {
    const args = obj.args.items;
    if (args.length === 0) return '';
    if (args.length === 1) {
      // KeyError shows the repr of its key.
      if (obj.type.name === 'KeyError') return repr(rt, args[0]!);
      return str(rt, args[0]!);
    }
    const unicode = unicodeErrorText(rt, obj);
    if (unicode !== null) return unicode;
    return repr(rt, obj.args);
  }
  return repr(rt, obj);
}

/** UnicodeEncodeError/UnicodeDecodeError built from (encoding, object, start, end, reason). */
function unicodeErrorText(rt: Runtime, exc: PyException): string | null {
  const kind = exc.type.isSubtypeOf(rt.types.UnicodeEncodeError) ? 'encode' : exc.type.isSubtypeOf(rt.types.UnicodeDecodeError) ? 'decode' : null;
  if (!kind) return null;
  return unicodeErrorMessage(kind, exc.args.items,
    (o) => (o instanceof PyStr ? o.value : null),
    (o) => (o instanceof PyBytes || o instanceof PyByteArray ? o.data : null),
    (o) => (o instanceof PyInt ? Number(o.value) : null));
}

/** A repr short enough for the trace and the panel's tables. Never runs the program's own __repr__. */
export function shortRepr(rt: Runtime, obj: PyObject, max = 80): string {
  // Big bytes objects: only the prefix that survives the cut is built.
  const full = obj instanceof PyBytes || obj instanceof PyByteArray ? bytesRepr(obj, max) : repr(rt, obj, new Set(), false);
  return full.length > max ? `${full.slice(0, max - 1)}…` : full;
}

/** A str attribute stored on the instance itself (its inline values or __dict__), e.g. what update_wrapper set. */
function ownStr(obj: PyObject, name: string): string | null {
  if (!(obj instanceof PyInstance)) return null;
  const value = instanceGetOwn(obj, name);
  return value instanceof PyStr ? value.value : null;
}
