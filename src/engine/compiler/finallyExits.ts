// PEP 765 (3.14): `return`, `break` or `continue` that leaves a `finally` block draws a SyntaxWarning at
// compile time (CPython's AST pre-pass, before the symbol table). This finds every such statement of a
// module in source order; break/continue inside a loop nested in the finally block, and anything inside a
// nested def/class, do not leave it.
import type { Module, Stmt } from '../syntax/ast';

export interface FinallyExit {
  readonly kind: 'return' | 'break' | 'continue';
  readonly line: number;
}

/** Where the walk is, relative to the innermost finally block around it. */
interface Context {
  readonly inFinally: boolean;
  /** Inside a loop that started inside that finally block. */
  readonly inLoop: boolean;
}

const OUTSIDE: Context = { inFinally: false, inLoop: false };

export function finallyExits(module: Module): FinallyExit[] {
  const found: FinallyExit[] = [];
  walk(module.body, OUTSIDE, found);
  return found;
}

function walk(body: readonly Stmt[], ctx: Context, found: FinallyExit[]): void {
  for (const s of body) visit(s, ctx, found);
}

function visit(s: Stmt, ctx: Context, found: FinallyExit[]): void {
  switch (s.kind) {
    case 'Return':
      if (ctx.inFinally) found.push({ kind: 'return', line: s.line });
      return;
    case 'Break':
    case 'Continue':
      if (ctx.inFinally && !ctx.inLoop) found.push({ kind: s.kind === 'Break' ? 'break' : 'continue', line: s.line });
      return;
    case 'If':
      walk(s.body, ctx, found);
      walk(s.orelse, ctx, found);
      return;
    case 'While':
    case 'For':
      walk(s.body, { ...ctx, inLoop: true }, found);
      walk(s.orelse, ctx, found);
      return;
    case 'With':
      walk(s.body, ctx, found);
      return;
    case 'Match':
      for (const m of s.cases) walk(m.body, ctx, found);
      return;
    case 'Try':
      walk(s.body, ctx, found);
      for (const h of s.handlers) walk(h.body, ctx, found);
      walk(s.orelse, ctx, found);
      walk(s.finalbody, { inFinally: true, inLoop: false }, found);
      return;
    case 'FunctionDef':
    case 'ClassDef':
      // A new function or class body: its returns and loops are its own.
      walk(s.body, OUTSIDE, found);
      return;
    default:
      return;
  }
}
