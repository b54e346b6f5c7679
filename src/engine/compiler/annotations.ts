// Annotations as the compiler sees them. 3.11–3.13 evaluate them eagerly: a def collects (name, value)
// pairs into a tuple the function keeps, and a module or class body stores simple `x: T` annotations in
// its __annotations__ dict. 3.14 (PEP 649/749) defers them into an `__annotate__(format, /)` function,
// synthesized here as an AST the symbol table and the compiler treat like any nested def.
import type { Expr, Params, Pos, Stmt } from '../syntax/ast';

type FunctionDef = Extract<Stmt, { kind: 'FunctionDef' }>;
type AnnAssign = Extract<Stmt, { kind: 'AnnAssign' }>;

export interface AnnotationPair {
  readonly name: string;
  readonly annotation: Expr;
}

/**
 * compiler_visit_annotations' order: the positional-or-keyword parameters, then the positional-only ones
 * (measured: `def f(a: int, /, b: str)` gives {'b': …, 'a': …}), *args, keyword-only, **kwargs, return.
 */
export function functionAnnotations(params: Params, returns: Expr | null | undefined): AnnotationPair[] {
  const pairs: AnnotationPair[] = [];
  const add = (name: string, annotation: Expr | null | undefined) => { if (annotation) pairs.push({ name, annotation }); };
  for (const p of params.args) add(p.name, p.annotation);
  for (const p of params.posonly) add(p.name, p.annotation);
  if (params.vararg) add(params.vararg, params.varargAnnotation);
  for (const p of params.kwonly) add(p.name, p.annotation);
  if (params.kwarg) add(params.kwarg, params.kwargAnnotation);
  add('return', returns);
  return pairs;
}

/** find_ann: whether a module or class body has a simple `name: T` annotation (outside nested defs and classes). */
export function hasSimpleAnnotation(body: readonly Stmt[]): boolean {
  return body.some((s) => {
    switch (s.kind) {
      case 'AnnAssign': return s.simple;
      case 'For': case 'While': case 'If': return hasSimpleAnnotation(s.body) || hasSimpleAnnotation(s.orelse);
      case 'With': return hasSimpleAnnotation(s.body);
      case 'Try': return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody].some(hasSimpleAnnotation);
      case 'Match': return s.cases.some((c) => hasSimpleAnnotation(c.body));
      default: return false;
    }
  });
}

/** The simple annotations of a module body's top level, for 3.14's module __annotate__. */
export function topLevelAnnotations(body: readonly Stmt[]): AnnotationPair[] {
  return body.filter((s): s is Pos & AnnAssign => s.kind === 'AnnAssign' && s.simple)
    .map((s) => ({ name: (s.target as Extract<Expr, { kind: 'Name' }>).id, annotation: s.annotation }));
}

const annotateDefs = new WeakMap<object, FunctionDef>();

/**
 * 3.14's `__annotate__(format, /)` for the annotations of `owner` (a def, or a module body), made once per
 * owner so the symbol table and the compiler see the same node:
 *     if format > 2: raise NotImplementedError
 *     return {name: annotation, …}
 */
export function annotateFunction(owner: object, pairs: readonly AnnotationPair[], at: Pos): FunctionDef {
  let def = annotateDefs.get(owner);
  if (def) return def;
  const node = <T extends object>(kind: T): Pos & T => ({ ...at, ...kind });
  const format = node({ kind: 'Name' as const, id: 'format' });
  const check = node({
    kind: 'If' as const,
    test: node({ kind: 'Compare' as const, left: format, ops: ['Gt' as const], comparators: [node({ kind: 'Constant' as const, value: { type: 'int' as const, value: 2n } })] }),
    body: [node({ kind: 'Raise' as const, exc: node({ kind: 'Name' as const, id: 'NotImplementedError' }), cause: null })],
    orelse: [],
  });
  const dict = node({
    kind: 'Dict' as const,
    keys: pairs.map((p) => node({ kind: 'Constant' as const, value: { type: 'str' as const, value: p.name } })),
    values: pairs.map((p) => p.annotation),
  });
  def = node({
    kind: 'FunctionDef' as const,
    name: '__annotate__',
    params: { posonly: [{ name: 'format', default: null }], args: [], vararg: null, kwonly: [], kwarg: null },
    body: [check, node({ kind: 'Return' as const, value: dict })],
    decorators: [],
    returns: null,
  }) as FunctionDef;
  annotateDefs.set(owner, def);
  return def;
}
