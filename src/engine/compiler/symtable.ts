// CPython's symbol table, for the scopes the simulator compiles: the module and functions (including
// lambdas). Every name of a function is classified as a fast local, a cell (a local captured by a
// nested function), a free variable (captured from an enclosing function) or a global.
import type { Expr, Module, Params, Pattern, Stmt } from '../syntax/ast';
import { PySyntaxError } from '../syntax/errors';
import { annotateFunction, functionAnnotations, topLevelAnnotations } from './annotations';

export type NameKind = 'local' | 'cell' | 'free' | 'global-explicit' | 'global-implicit';

export type ComprehensionNode = Extract<Expr, { kind: 'ListComp' | 'DictComp' | 'SetComp' | 'GeneratorExp' }>;

/** The scope-defining nodes: the module, a def, a lambda, or a comprehension (a function before 3.12). */
export type ScopeNode =
  | Module
  | Extract<Stmt, { kind: 'FunctionDef' }>
  | Extract<Stmt, { kind: 'ClassDef' }>
  | Extract<Expr, { kind: 'Lambda' }>
  | ComprehensionNode;

export interface SymtableOptions {
  /** PEP 709 (3.12+): comprehensions run inside the enclosing code object instead of their own function. */
  readonly inlineComprehensions: boolean;
  /** PEP 649 (3.14): annotations are not evaluated in place but by a synthesized __annotate__ function. */
  readonly deferredAnnotations: boolean;
}

export interface ScopeInfo {
  /** A class body binds names in its namespace dict, like a module, and is invisible to nested functions. */
  readonly kind: 'module' | 'function' | 'class';
  readonly node: ScopeNode;
  readonly parent: ScopeInfo | null;
  /** Fast locals in co_varnames order: parameters first, then other bound names by first binding. */
  readonly varnames: string[];
  /** Names that live in cells, sorted (CPython sorts co_cellvars). */
  cellvars: string[];
  /** Names captured from enclosing functions, sorted (co_freevars). */
  freevars: string[];
  readonly kinds: Map<string, NameKind>;
  readonly bound: Set<string>;
  readonly used: Set<string>;
  readonly globals: Set<string>;
  readonly nonlocals: Set<string>;
  readonly children: ScopeInfo[];
  /** The function contains `yield`: calling it makes a generator. */
  isGenerator: boolean;
  /** For a comprehension: the scope it appears in (`:=` inside it binds there, PEP 572). */
  owner: ScopeInfo | null;
  /** PEP 709: this comprehension runs in its parent's frame (its names get slots there). */
  inlined: boolean;
  /**
   * Names bound by inlined comprehensions below this scope that nested functions capture: they are
   * cells of this code object (made fresh for each run of the comprehension).
   */
  readonly inlinedCells: Set<string>;
}

/** Parameter slots in CPython's co_varnames order: positional, keyword-only, *args, **kwargs. */
export function paramNames(p: Params): string[] {
  const names = [...p.posonly, ...p.args, ...p.kwonly].map((a) => a.name);
  if (p.vararg) names.push(p.vararg);
  if (p.kwarg) names.push(p.kwarg);
  return names;
}

/** Builds and resolves the scope tree of a module. Look scopes up by their node. */
export function analyzeModule(module: Module, options: SymtableOptions): Map<ScopeNode, ScopeInfo> {
  const scopes = new Map<ScopeNode, ScopeInfo>();
  const root = newScope('module', module, null, []);
  const moduleAnnotations = topLevelAnnotations(module.body);
  if (options.deferredAnnotations && moduleAnnotations.length > 0) {
    root.bound.add('__annotate__');
    collectAnnotate(root, annotateFunction(module, moduleAnnotations, module.body[0]!), scopes, options);
  }
  collect(root, module.body, scopes, options);
  scopes.set(module, root);
  resolve(root);
  return scopes;
}

/** A synthesized __annotate__ (3.14): a nested function of `scope` taking `format`. */
function collectAnnotate(scope: ScopeInfo, def: Extract<Stmt, { kind: 'FunctionDef' }>, scopes: Map<ScopeNode, ScopeInfo>, options: SymtableOptions): void {
  const child = newScope('function', def, scope, paramNames(def.params));
  scopes.set(def, child);
  collect(child, def.body, scopes, options);
}

function newScope(kind: ScopeInfo['kind'], node: ScopeNode, parent: ScopeInfo | null, params: string[]): ScopeInfo {
  const scope: ScopeInfo = {
    kind, node, parent, varnames: [...params], cellvars: [], freevars: [], kinds: new Map(),
    bound: new Set(params), used: new Set(), globals: new Set(), nonlocals: new Set(), children: [], isGenerator: false, owner: null,
    inlined: false, inlinedCells: new Set(),
  };
  parent?.children.push(scope);
  return scope;
}

function collect(scope: ScopeInfo, body: Stmt[], scopes: Map<ScopeNode, ScopeInfo>, options: SymtableOptions): void {
  const bind = (name: string, line: number) => {
    if (scope.globals.has(name) || scope.nonlocals.has(name)) return;
    void line;
    if (!scope.bound.has(name)) {
      scope.bound.add(name);
      if (scope.kind === 'function') scope.varnames.push(name);
    }
  };
  const bindTarget = (t: Expr): void => {
    if (t.kind === 'Name') bind(t.id, t.line);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(bindTarget);
    else if (t.kind === 'Starred') bindTarget(t.value);
    else useExpr(t);
  };
  const useExpr = (e: Expr | null): void => walkExpr(e, (n) => scope.used.add(n), (node) => {
    if (node.kind === 'NamedExpr') {
      if (node.target.kind !== 'Name') throw new PySyntaxError('SyntaxError', `cannot use assignment expressions with ${node.target.kind.toLowerCase()}`, node.line, node.col, node.endCol);
      // PEP 572: in a comprehension, the name belongs to the scope around the comprehension.
      let target = scope;
      while (target.owner) target = target.owner;
      if (target === scope) bindTarget(node.target);
      else {
        scope.used.add(node.target.id);
        if (!target.bound.has(node.target.id)) {
          target.bound.add(node.target.id);
          if (target.kind === 'function') target.varnames.push(node.target.id);
        }
      }
      return;
    }
    if (node.kind === 'Yield' || node.kind === 'YieldFrom') {
      if (scope.kind !== 'function') throw new PySyntaxError('SyntaxError', "'yield' outside function", node.line, node.col, node.endCol);
      scope.isGenerator = true;
      return;
    }
    if (node.kind === 'Lambda') {
      const child = newScope('function', node, scope, paramNames(node.params));
      scopes.set(node, child);
      [...node.params.posonly, ...node.params.args, ...node.params.kwonly].forEach((p) => useExpr(p.default));
      collect(child, [{ ...node.body, kind: 'Return', value: node.body }], scopes, options);
      return;
    }
    // The first iterable is evaluated in the enclosing scope; the rest runs in the comprehension's.
    useExpr(node.generators[0]!.iter);
    const inline = options.inlineComprehensions && node.kind !== 'GeneratorExp'; // generator expressions never inline
    const child = newScope('function', node, scope, inline ? [] : ['.0']);
    child.owner = scope;
    child.inlined = inline;
    if (node.kind === 'GeneratorExp') child.isGenerator = true;
    scopes.set(node, child);
    const body: Stmt[] = [];
    node.generators.forEach((g, i) => {
      body.push({ ...g.target, kind: 'Assign', targets: [g.target], value: { ...g.target, kind: 'Constant', value: { type: 'none' } } });
      if (i > 0) body.push({ ...g.iter, kind: 'Expr', value: g.iter });
      for (const cond of g.ifs) body.push({ ...cond, kind: 'Expr', value: cond });
    });
    const elts = node.kind === 'DictComp' ? [node.key, node.value] : [node.elt];
    for (const elt of elts) body.push({ ...elt, kind: 'Expr', value: elt });
    collect(child, body, scopes, options);
    if (inline) {
      // PEP 709: names it binds are its own fast locals; everything else it reads belongs to the enclosing scope.
      for (const name of child.used) if (!child.bound.has(name)) scope.used.add(name);
    }
  });
  const declare = (names: string[], kind: 'global' | 'nonlocal', line: number) => {
    for (const name of names) {
      if (scope.bound.has(name) || scope.used.has(name)) {
        const what = scope.bound.has(name) ? 'assigned to' : 'used';
        throw new PySyntaxError('SyntaxError', `name '${name}' is ${what} before ${kind} declaration`, line, 0, 1);
      }
      if (kind === 'nonlocal' && scope.kind === 'module') {
        throw new PySyntaxError('SyntaxError', 'nonlocal declaration not allowed at module level', line, 0, 1);
      }
      (kind === 'global' ? scope.globals : scope.nonlocals).add(name);
    }
  };
  for (const s of body) {
    switch (s.kind) {
      case 'Global': declare(s.names, 'global', s.line); break;
      case 'Nonlocal': declare(s.names, 'nonlocal', s.line); break;
      case 'Assign': useExpr(s.value); s.targets.forEach(bindTarget); break;
      case 'AnnAssign':
        useExpr(s.value);
        if (s.target.kind === 'Name') {
          if (s.value || scope.kind !== 'function') bind(s.target.id, s.line);
          // A bare `x: T` makes x local, but like CPython's compiler the code gets a slot for it only if it is used.
          else if (!scope.globals.has(s.target.id) && !scope.nonlocals.has(s.target.id)) scope.bound.add(s.target.id);
        } else {
          useExpr(s.target);
        }
        // symtable_visit_annotation (3.11–3.13) visits the annotation in every scope, even where it is never evaluated.
        if (!options.deferredAnnotations) useExpr(s.annotation);
        break;
      case 'AugAssign':
        useExpr(s.value);
        if (s.target.kind === 'Name') scope.used.add(s.target.id);
        bindTarget(s.target);
        break;
      case 'Delete': s.targets.forEach(bindTarget); break;
      case 'For': useExpr(s.iter); bindTarget(s.target); collect(scope, s.body, scopes, options); collect(scope, s.orelse, scopes, options); break;
      case 'While': useExpr(s.test); collect(scope, s.body, scopes, options); collect(scope, s.orelse, scopes, options); break;
      case 'If': useExpr(s.test); collect(scope, s.body, scopes, options); collect(scope, s.orelse, scopes, options); break;
      case 'Try':
        collect(scope, s.body, scopes, options);
        for (const h of s.handlers) {
          useExpr(h.type);
          if (h.name) bind(h.name, h.line);
          collect(scope, h.body, scopes, options);
        }
        collect(scope, s.orelse, scopes, options);
        collect(scope, s.finalbody, scopes, options);
        break;
      case 'FunctionDef': {
        s.decorators.forEach(useExpr);
        [...s.params.posonly, ...s.params.args, ...s.params.kwonly].forEach((p) => useExpr(p.default));
        const annotations = functionAnnotations(s.params, s.returns);
        if (!options.deferredAnnotations) annotations.forEach((a) => useExpr(a.annotation));
        else if (annotations.length > 0) collectAnnotate(scope, annotateFunction(s, annotations, s), scopes, options);
        bind(s.name, s.line);
        const child = newScope('function', s, scope, paramNames(s.params));
        scopes.set(s, child);
        collect(child, s.body, scopes, options);
        break;
      }
      case 'ClassDef': {
        s.decorators.forEach(useExpr);
        s.bases.forEach(useExpr);
        s.keywords.forEach((k) => useExpr(k.value));
        bind(s.name, s.line);
        const child = newScope('class', s, scope, []);
        scopes.set(s, child);
        collect(child, s.body, scopes, options);
        break;
      }
      case 'Import': s.names.forEach((n) => bind(n.asname ?? n.name.split('.')[0]!, s.line)); break;
      case 'ImportFrom': s.names.forEach((n) => bind(n.asname ?? n.name, s.line)); break;
      case 'Expr': useExpr(s.value); break;
      case 'Return': useExpr(s.value); break;
      case 'Raise': useExpr(s.exc); useExpr(s.cause); break;
      case 'Assert': useExpr(s.test); useExpr(s.msg); break;
      case 'With':
        for (const item of s.items) {
          useExpr(item.context);
          if (item.target) bindTarget(item.target);
        }
        collect(scope, s.body, scopes, options);
        break;
      case 'Match':
        useExpr(s.subject);
        for (const m of s.cases) {
          visitPattern(m.pattern, (name) => bind(name, s.line), useExpr);
          useExpr(m.guard);
          collect(scope, m.body, scopes, options);
        }
        break;
      case 'Pass': case 'Break': case 'Continue': break;
    }
  }
}

/** Classifies every name, top-down, then marks captured names as cells in their defining scope. */
function resolve(scope: ScopeInfo): void {
  const free = new Set<string>();
  const enclosingBinds = (name: string): ScopeInfo | null => {
    for (let s = scope.parent; s; s = s.parent) {
      if (s.kind !== 'function') continue;
      if (s.globals.has(name)) return null;
      if (s.bound.has(name) || s.nonlocals.has(name)) return s;
    }
    return null;
  };
  for (const name of new Set([...scope.bound, ...scope.used, ...scope.globals, ...scope.nonlocals])) {
    if (scope.globals.has(name)) scope.kinds.set(name, 'global-explicit');
    else if (scope.nonlocals.has(name)) {
      if (!enclosingBinds(name)) {
        const line = 1;
        throw new PySyntaxError('SyntaxError', `no binding for nonlocal '${name}' found`, line, 0, 1);
      }
      scope.kinds.set(name, 'free');
      free.add(name);
    } else if (scope.bound.has(name)) {
      scope.kinds.set(name, scope.kind === 'module' ? 'global-implicit' : 'local');
    } else if (scope.kind === 'function' && name === '__class__' && scope.parent?.kind === 'class') {
      scope.kinds.set(name, 'free');
      free.add(name);
    } else if (scope.kind !== 'module' && enclosingBinds(name)) {
      scope.kinds.set(name, 'free');
      free.add(name);
    } else {
      scope.kinds.set(name, 'global-implicit');
    }
  }
  // Zero-argument super() and __class__ inside methods refer to the class through an implicit cell.
  if (scope.kind === 'function' && scope.parent?.kind === 'class' && scope.used.has('super') && !scope.kinds.has('__class__')) {
    scope.kinds.set('__class__', 'free');
    free.add('__class__');
  }
  for (const child of scope.children) {
    resolve(child);
    // An inlined comprehension's free names are this scope's own names, except those its nested
    // functions capture (symtable.c's inline_comprehension); its captured bindings become cells here.
    const captured = child.inlined ? child.freevars.filter((name) => freeInNestedFunction(child, name)) : child.freevars;
    if (child.inlined) {
      for (const [name, kind] of child.kinds) if (kind === 'cell') scope.inlinedCells.add(name);
      for (const name of child.inlinedCells) scope.inlinedCells.add(name);
    }
    for (const name of captured) {
      const kind = scope.kinds.get(name);
      if (scope.kind === 'class' && name === '__class__') scope.kinds.set(name, 'cell');
      else if (scope.kind === 'function' && (kind === 'local' || kind === 'cell')) scope.kinds.set(name, 'cell');
      else if (scope.kind !== 'module' && kind !== 'global-explicit' && kind !== 'local') {
        scope.kinds.set(name, 'free');
        free.add(name);
      }
    }
  }
  for (const name of scope.inlinedCells) if (scope.kinds.get(name) === 'local') scope.kinds.set(name, 'cell');
  const cells = new Set([...scope.kinds].filter(([, k]) => k === 'cell').map(([n]) => n));
  // An inlined cell that is free here stays in its free slot (MAKE_CELL there for each run).
  for (const name of scope.inlinedCells) if (scope.kinds.get(name) !== 'free') cells.add(name);
  scope.cellvars = [...cells].sort();
  scope.freevars = [...free].sort();
  if (scope.kind === 'function') {
    // Cells and frees are not fast locals unless they are parameters.
    const params = new Set(paramNamesOf(scope));
    for (let i = scope.varnames.length - 1; i >= 0; i--) {
      const name = scope.varnames[i]!;
      const kind = scope.kinds.get(name);
      if ((kind === 'free' || kind === 'global-explicit' || (kind === 'cell' && !params.has(name)))) scope.varnames.splice(i, 1);
    }
  }
}

/** Does a function nested in this comprehension (through inlined comprehensions) capture `name`? */
function freeInNestedFunction(comp: ScopeInfo, name: string): boolean {
  return comp.children.some((c) => (c.inlined ? freeInNestedFunction(c, name) : c.freevars.includes(name)));
}

/** The names an inlined comprehension saves and clears when it starts: its own, then its inlined children's. */
export function inlinedNames(comp: ScopeInfo): string[] {
  const names = [...comp.bound].filter((n) => comp.kinds.get(n) === 'local' || comp.kinds.get(n) === 'cell');
  for (const child of comp.children) {
    if (!child.inlined) continue;
    for (const n of inlinedNames(child)) if (!names.includes(n)) names.push(n);
  }
  return names;
}

function paramNamesOf(scope: ScopeInfo): string[] {
  const node = scope.node as { params?: Params };
  return node.params ? paramNames(node.params) : [];
}

/** Calls `name` for every Name an expression reads, and `nested` for each lambda or comprehension (not descending). */
export function walkExpr(
  e: Expr | null, name: (id: string) => void,
  nested: (n: Extract<Expr, { kind: 'Lambda' | 'Yield' | 'YieldFrom' | 'NamedExpr' }> | ComprehensionNode) => void = () => {},
): void {
  if (!e) return;
  const w = (x: Expr | null) => walkExpr(x, name, nested);
  switch (e.kind) {
    case 'Name': name(e.id); break;
    case 'Constant': break;
    case 'JoinedStr': e.parts.forEach(w); break;
    case 'FormattedValue': w(e.value); w(e.spec); break;
    case 'List': case 'Tuple': case 'Set': e.elts.forEach(w); break;
    case 'Dict': e.keys.forEach(w); e.values.forEach(w); break;
    case 'BinOp': w(e.left); w(e.right); break;
    case 'UnaryOp': w(e.operand); break;
    case 'BoolOp': e.values.forEach(w); break;
    case 'Compare': w(e.left); e.comparators.forEach(w); break;
    case 'Call': w(e.func); e.args.forEach(w); e.keywords.forEach((k) => w(k.value)); break;
    case 'Attribute': w(e.value); break;
    case 'Subscript': w(e.value); w(e.slice); break;
    case 'Slice': w(e.lower); w(e.upper); w(e.step); break;
    case 'IfExp': w(e.test); w(e.body); w(e.orelse); break;
    case 'Starred': w(e.value); break;
    case 'Lambda': case 'ListComp': case 'DictComp': case 'SetComp': case 'GeneratorExp': nested(e); break;
    case 'Yield': w(e.value); nested(e); break;
    case 'YieldFrom': w(e.value); nested(e); break;
    case 'NamedExpr': w(e.value); nested(e); break;
  }
}


/** The names a pattern binds (in source order) and the expressions it evaluates (values, classes, keys). */
export function visitPattern(pattern: Pattern, bind: (name: string) => void, use: (e: Expr) => void): void {
  const visit = (x: Pattern): void => visitPattern(x, bind, use);
  switch (pattern.kind) {
    case 'MatchValue': use(pattern.value); break;
    case 'MatchSingleton': break;
    case 'MatchSequence': pattern.patterns.forEach(visit); break;
    case 'MatchMapping':
      pattern.keys.forEach(use);
      pattern.patterns.forEach(visit);
      if (pattern.rest) bind(pattern.rest);
      break;
    case 'MatchClass':
      use(pattern.cls);
      pattern.patterns.forEach(visit);
      pattern.kwdPatterns.forEach(visit);
      break;
    case 'MatchStar': if (pattern.name) bind(pattern.name); break;
    case 'MatchAs':
      if (pattern.pattern) visit(pattern.pattern);
      if (pattern.name) bind(pattern.name);
      break;
    case 'MatchOr': pattern.patterns.forEach(visit); break;
  }
}
