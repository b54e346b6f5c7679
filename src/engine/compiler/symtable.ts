// CPython's symbol table, for the scopes the simulator compiles: the module and functions (including
// lambdas). Every name of a function is classified as a fast local, a cell (a local captured by a
// nested function), a free variable (captured from an enclosing function) or a global.
import type { Expr, Module, Params, Stmt } from '../syntax/ast';
import { PySyntaxError, UnsupportedError } from '../syntax/errors';

export type NameKind = 'local' | 'cell' | 'free' | 'global-explicit' | 'global-implicit';

/** The scope-defining nodes: the module, a def, or a lambda. */
export type ScopeNode = Module | Extract<Stmt, { kind: 'FunctionDef' }> | Extract<Expr, { kind: 'Lambda' }>;

export interface ScopeInfo {
  readonly kind: 'module' | 'function';
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
}

/** Parameter slots in CPython's co_varnames order: positional, keyword-only, *args, **kwargs. */
export function paramNames(p: Params): string[] {
  const names = [...p.posonly, ...p.args, ...p.kwonly].map((a) => a.name);
  if (p.vararg) names.push(p.vararg);
  if (p.kwarg) names.push(p.kwarg);
  return names;
}

/** Builds and resolves the scope tree of a module. Look scopes up by their node. */
export function analyzeModule(module: Module): Map<ScopeNode, ScopeInfo> {
  const scopes = new Map<ScopeNode, ScopeInfo>();
  const root = newScope('module', module, null, []);
  collect(root, module.body, scopes);
  scopes.set(module, root);
  resolve(root);
  return scopes;
}

function newScope(kind: 'module' | 'function', node: ScopeNode, parent: ScopeInfo | null, params: string[]): ScopeInfo {
  const scope: ScopeInfo = {
    kind, node, parent, varnames: [...params], cellvars: [], freevars: [], kinds: new Map(),
    bound: new Set(params), used: new Set(), globals: new Set(), nonlocals: new Set(), children: [],
  };
  parent?.children.push(scope);
  return scope;
}

function collect(scope: ScopeInfo, body: Stmt[], scopes: Map<ScopeNode, ScopeInfo>): void {
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
  const useExpr = (e: Expr | null): void => walkExpr(e, (n) => scope.used.add(n), (lambda) => {
    const child = newScope('function', lambda, scope, paramNames(lambda.params));
    scopes.set(lambda, child);
    [...lambda.params.posonly, ...lambda.params.args, ...lambda.params.kwonly].forEach((p) => useExpr(p.default));
    collectLambdaBody(child, lambda.body, scopes);
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
      case 'AugAssign':
        useExpr(s.value);
        if (s.target.kind === 'Name') scope.used.add(s.target.id);
        bindTarget(s.target);
        break;
      case 'Delete': s.targets.forEach(bindTarget); break;
      case 'For': useExpr(s.iter); bindTarget(s.target); collect(scope, s.body, scopes); collect(scope, s.orelse, scopes); break;
      case 'While': useExpr(s.test); collect(scope, s.body, scopes); collect(scope, s.orelse, scopes); break;
      case 'If': useExpr(s.test); collect(scope, s.body, scopes); collect(scope, s.orelse, scopes); break;
      case 'Try':
        collect(scope, s.body, scopes);
        for (const h of s.handlers) {
          useExpr(h.type);
          if (h.name) bind(h.name, h.line);
          collect(scope, h.body, scopes);
        }
        collect(scope, s.orelse, scopes);
        collect(scope, s.finalbody, scopes);
        break;
      case 'FunctionDef': {
        s.decorators.forEach(useExpr);
        [...s.params.posonly, ...s.params.args, ...s.params.kwonly].forEach((p) => useExpr(p.default));
        bind(s.name, s.line);
        const child = newScope('function', s, scope, paramNames(s.params));
        scopes.set(s, child);
        collect(child, s.body, scopes);
        break;
      }
      case 'Import': s.names.forEach((n) => bind(n.asname ?? n.name.split('.')[0]!, s.line)); break;
      case 'Expr': useExpr(s.value); break;
      case 'Return': useExpr(s.value); break;
      case 'Raise': useExpr(s.exc); useExpr(s.cause); break;
      case 'Assert': useExpr(s.test); useExpr(s.msg); break;
      case 'Pass': case 'Break': case 'Continue': break;
    }
  }
}

function collectLambdaBody(scope: ScopeInfo, body: Expr, scopes: Map<ScopeNode, ScopeInfo>): void {
  collect(scope, [{ ...body, kind: 'Return', value: body }], scopes);
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
    } else if (scope.kind === 'function' && enclosingBinds(name)) {
      scope.kinds.set(name, 'free');
      free.add(name);
    } else {
      scope.kinds.set(name, 'global-implicit');
    }
  }
  for (const child of scope.children) {
    resolve(child);
    // Names a child captures: a cell here if bound here, else passed through as free.
    for (const name of child.freevars) {
      const kind = scope.kinds.get(name);
      if (scope.kind === 'function' && (kind === 'local' || kind === 'cell')) scope.kinds.set(name, 'cell');
      else if (scope.kind === 'function' && kind !== 'global-explicit') {
        scope.kinds.set(name, 'free');
        free.add(name);
      }
    }
  }
  scope.cellvars = [...scope.kinds].filter(([, k]) => k === 'cell').map(([n]) => n).sort();
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

function paramNamesOf(scope: ScopeInfo): string[] {
  const node = scope.node as { params?: Params };
  return node.params ? paramNames(node.params) : [];
}

/** Calls `name` for every Name an expression reads, and `lambda` for each lambda (not descending into it). */
export function walkExpr(e: Expr | null, name: (id: string) => void, lambda: (l: Extract<Expr, { kind: 'Lambda' }>) => void = () => {}): void {
  if (!e) return;
  const w = (x: Expr | null) => walkExpr(x, name, lambda);
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
    case 'Lambda': lambda(e); break;
  }
}

void UnsupportedError;
