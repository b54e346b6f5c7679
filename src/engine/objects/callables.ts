// Functions, built-in functions and methods, modules, cells.
import type { CodeObject } from '../compiler/code';
import { PyObject, type BuiltinImpl, type PyType } from './object';
import type { PyDict, PyTuple } from './containers';
import type { PyStr } from './scalars';

export class PyFunction extends PyObject {
  constructor(
    readonly type: PyType,
    readonly code: PyCode,
    readonly globals: PyDict,
    public name: PyStr,
    public qualname: PyStr,
    public defaults: PyTuple | null,
    public kwdefaults: PyDict | null,
    /** A tuple of cells for the code's free variables. */
    public closure: PyTuple | null = null,
  ) {
    super();
  }
  /** Attributes set on the function (its __dict__), e.g. a decorator's call counter, or __wrapped__. */
  readonly attrs = new Map<string, PyObject>();
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.code);
    visit(this.globals);
    visit(this.name);
    visit(this.qualname);
    if (this.defaults) visit(this.defaults);
    if (this.kwdefaults) visit(this.kwdefaults);
    if (this.closure) visit(this.closure);
    for (const v of this.attrs.values()) visit(v);
  }
  override referenceLabels(): string[] {
    const labels = ['__code__', '__globals__', '__name__', '__qualname__'];
    if (this.defaults) labels.push('__defaults__');
    if (this.kwdefaults) labels.push('__kwdefaults__');
    if (this.closure) labels.push('__closure__');
    for (const k of this.attrs.keys()) labels.push(`.${k}`);
    return labels;
  }
}

/** A cell: how a closure shares a variable with the function that defines it. */
export class PyCell extends PyObject {
  constructor(readonly type: PyType, public value: PyObject | null) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    if (this.value) visit(this.value);
  }
  override referenceLabels(): string[] {
    return this.value ? ['cell_contents'] : [];
  }
}

/** A code object: holds its constants (which is why literals have one more reference) and names. */
export class PyCode extends PyObject {
  constructor(readonly type: PyType, readonly code: CodeObject, public consts: PyObject[], public names: PyStr[]) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (const c of this.consts) visit(c);
    for (const n of this.names) visit(n);
  }
  override referenceLabels(): string[] {
    return [...this.consts.map((_, i) => `co_consts[${i}]`), ...this.names.map((_, i) => `co_names[${i}]`)];
  }
}

/** builtin_function_or_method: a C function, possibly bound to `self` (a module or an object). */
export class PyBuiltin extends PyObject {
  constructor(
    readonly type: PyType,
    readonly name: string,
    readonly impl: BuiltinImpl,
    public self: PyObject | null,
  ) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    if (this.self) visit(this.self);
  }
  override referenceLabels(): string[] {
    return this.self ? ['__self__'] : [];
  }
}

/** A method of a built-in type (list.append): loaded with LOAD_ATTR's method form, never bound. */
export class PyMethodDescr extends PyObject {
  constructor(readonly type: PyType, readonly owner: PyType, readonly name: string, readonly impl: BuiltinImpl) {
    super();
  }
}

/** sys.stdout / sys.stderr: text streams that append to the run's output. */
export class PyTextStream extends PyObject {
  constructor(readonly type: PyType, readonly stream: 'stdout' | 'stderr') {
    super();
  }
}

export class PyModule extends PyObject {
  /** A built-in module (the simulator's); false for one made by calling types.ModuleType. */
  builtin = true;
  constructor(readonly type: PyType, readonly name: string, readonly dict: PyDict) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.dict);
  }
  override referenceLabels(): string[] {
    return ['__dict__'];
  }
}
