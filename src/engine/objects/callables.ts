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
  /** func_doc: the docstring (co_consts[0] when the code has one) or None; a strong reference. */
  doc: PyObject | null = null;
  /** func_module: globals['__name__'] when the function was made; null after `del f.__module__`. */
  module: PyObject | null = null;
  /** func_dict: created when an attribute is first set or __dict__ is read (a decorator's counter, __wrapped__). */
  dict: PyDict | null = null;
  /**
   * func_annotations: 3.11–3.13 keep the compiled (name, value, …) tuple until __annotations__ is first read,
   * then a dict (an empty one for a function without annotations).
   */
  annotations: PyDict | PyTuple | null = null;
  /** func_typeparams (3.12+): null reads as the empty tuple. */
  typeParams: PyObject | null = null;
  /** func_annotate (3.14): null reads as None. */
  annotate: PyObject | null = null;
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.code);
    visit(this.globals);
    if (this.module) visit(this.module);
    if (this.defaults) visit(this.defaults);
    if (this.kwdefaults) visit(this.kwdefaults);
    if (this.doc) visit(this.doc);
    visit(this.name);
    if (this.dict) visit(this.dict);
    if (this.closure) visit(this.closure);
    if (this.annotations) visit(this.annotations);
    if (this.annotate) visit(this.annotate);
    visit(this.qualname);
    if (this.typeParams) visit(this.typeParams);
  }
  override referenceLabels(): string[] {
    const labels = ['__code__', '__globals__'];
    if (this.module) labels.push('__module__');
    if (this.defaults) labels.push('__defaults__');
    if (this.kwdefaults) labels.push('__kwdefaults__');
    if (this.doc) labels.push('__doc__');
    labels.push('__name__');
    if (this.dict) labels.push('__dict__');
    if (this.closure) labels.push('__closure__');
    if (this.annotations) labels.push('__annotations__');
    if (this.annotate) labels.push('__annotate__');
    labels.push('__qualname__');
    if (this.typeParams) labels.push('__type_params__');
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
