// Decides, per function, which names are fast locals and which are globals (CPython's symtable,
// without closures yet: a name bound in an enclosing function and used in a nested one is "not supported").
import type { Expr, Params, Stmt } from '../syntax/ast';
import { UnsupportedError } from '../syntax/errors';

export interface FunctionScope {
  readonly locals: string[];
  readonly globals: Set<string>;
}

/** Parameter slots in CPython's co_varnames order: positional, keyword-only, *args, **kwargs. */
export function paramNames(p: Params): string[] {
  const names = [...p.posonly, ...p.args, ...p.kwonly].map((a) => a.name);
  if (p.vararg) names.push(p.vararg);
  if (p.kwarg) names.push(p.kwarg);
  return names;
}

export function analyzeFunction(params: Params, body: Stmt[], enclosingLocals: Set<string>): FunctionScope {
  const locals: string[] = paramNames(params);
  const seen = new Set(locals);
  const globals = new Set<string>();
  const bind = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      locals.push(name);
    }
  };
  const bindTarget = (t: Expr): void => {
    if (t.kind === 'Name') bind(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(bindTarget);
    else if (t.kind === 'Starred') bindTarget(t.value);
  };
  const used = new Set<string>();
  const useExpr = (e: Expr | null): void => walkNames(e, (n) => used.add(n));
  const visit = (stmts: Stmt[]): void => {
    for (const s of stmts) {
      switch (s.kind) {
        case 'Global': s.names.forEach((n) => globals.add(n)); break;
        case 'Nonlocal': throw new UnsupportedError("'nonlocal' declarations", s.line);
        case 'Assign': s.targets.forEach(bindTarget); s.targets.forEach(useExpr); useExpr(s.value); break;
        case 'AugAssign': bindTarget(s.target); useExpr(s.target); useExpr(s.value); break;
        case 'Delete': s.targets.forEach(bindTarget); s.targets.forEach(useExpr); break;
        case 'For': bindTarget(s.target); useExpr(s.iter); visit(s.body); visit(s.orelse); break;
        case 'While': useExpr(s.test); visit(s.body); visit(s.orelse); break;
        case 'If': useExpr(s.test); visit(s.body); visit(s.orelse); break;
        case 'FunctionDef':
          bind(s.name);
          s.decorators.forEach(useExpr);
          [...s.params.posonly, ...s.params.args, ...s.params.kwonly].forEach((p) => useExpr(p.default));
          checkNoClosure(s, new Set([...seen, ...enclosingLocals]));
          break;
        case 'Import': s.names.forEach((n) => bind(n.asname ?? n.name.split('.')[0]!)); break;
        case 'Expr': useExpr(s.value); break;
        case 'Return': useExpr(s.value); break;
        case 'Try':
          visit(s.body);
          for (const h of s.handlers) {
            useExpr(h.type);
            if (h.name) bind(h.name);
            visit(h.body);
          }
          visit(s.orelse);
          visit(s.finalbody);
          break;
        case 'Raise': useExpr(s.exc); useExpr(s.cause); break;
        case 'Assert': useExpr(s.test); useExpr(s.msg); break;
        default: break;
      }
    }
  };
  visit(body);
  for (const g of globals) {
    const i = locals.indexOf(g);
    if (i >= paramNames(params).length) locals.splice(i, 1);
  }
  return { locals, globals };
}

/** A nested function that reads a local of its enclosing function needs a closure cell. */
function checkNoClosure(def: Extract<Stmt, { kind: 'FunctionDef' }>, outerLocals: Set<string>): void {
  const inner = analyzeFunction(def.params, def.body, new Set());
  const innerLocals = new Set(inner.locals);
  const check = (stmts: Stmt[]): void => {
    const visitExpr = (e: Expr | null, line: number) => walkNames(e, (n) => {
      if (outerLocals.has(n) && !innerLocals.has(n) && !inner.globals.has(n)) {
        throw new UnsupportedError(`closures (function '${def.name}' uses '${n}' of its enclosing function)`, line);
      }
    });
    for (const s of stmts) {
      for (const e of exprsOf(s)) visitExpr(e, s.line);
      if (s.kind === 'If' || s.kind === 'While' || s.kind === 'For') { check(s.body); check(s.orelse); }
      if (s.kind === 'Try') {
        check(s.body);
        s.handlers.forEach((h) => { visitExpr(h.type, h.line); check(h.body); });
        check(s.orelse);
        check(s.finalbody);
      }
    }
  };
  check(def.body);
}

function exprsOf(s: Stmt): (Expr | null)[] {
  switch (s.kind) {
    case 'Expr': return [s.value];
    case 'Assign': return [s.value, ...s.targets];
    case 'AugAssign': return [s.target, s.value];
    case 'Delete': return s.targets;
    case 'If': case 'While': return [s.test];
    case 'For': return [s.iter, s.target];
    case 'Return': return [s.value];
    case 'FunctionDef': return s.decorators;
    case 'Raise': return [s.exc, s.cause];
    case 'Assert': return [s.test, s.msg];
    default: return [];
  }
}

/** Calls `fn` for every Name in an expression tree. */
export function walkNames(e: Expr | null, fn: (name: string) => void): void {
  if (!e) return;
  switch (e.kind) {
    case 'Name': fn(e.id); break;
    case 'Constant': break;
    case 'JoinedStr': e.parts.forEach((p) => walkNames(p, fn)); break;
    case 'FormattedValue': walkNames(e.value, fn); walkNames(e.spec, fn); break;
    case 'List': case 'Tuple': case 'Set': e.elts.forEach((x) => walkNames(x, fn)); break;
    case 'Dict': e.keys.forEach((k) => walkNames(k, fn)); e.values.forEach((v) => walkNames(v, fn)); break;
    case 'BinOp': walkNames(e.left, fn); walkNames(e.right, fn); break;
    case 'UnaryOp': walkNames(e.operand, fn); break;
    case 'BoolOp': e.values.forEach((v) => walkNames(v, fn)); break;
    case 'Compare': walkNames(e.left, fn); e.comparators.forEach((c) => walkNames(c, fn)); break;
    case 'Call': walkNames(e.func, fn); e.args.forEach((a) => walkNames(a, fn)); e.keywords.forEach((k) => walkNames(k.value, fn)); break;
    case 'Attribute': walkNames(e.value, fn); break;
    case 'Subscript': walkNames(e.value, fn); walkNames(e.slice, fn); break;
    case 'Slice': walkNames(e.lower, fn); walkNames(e.upper, fn); walkNames(e.step, fn); break;
    case 'IfExp': walkNames(e.test, fn); walkNames(e.body, fn); walkNames(e.orelse, fn); break;
    case 'Starred': walkNames(e.value, fn); break;
  }
}
