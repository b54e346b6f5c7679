// PEP 765 (3.14): `return`, `break` or `continue` that leaves a `finally` block draws a SyntaxWarning at
// compile time. This finds such a statement; break/continue inside a loop nested in the finally block, and
// anything inside a nested def/class, do not leave it.
import type { Stmt } from '../syntax/ast';

export function firstFinallyExit(finalbody: readonly Stmt[], inNestedLoop = false): Stmt | null {
  for (const s of finalbody) {
    const found = exitIn(s, inNestedLoop);
    if (found) return found;
  }
  return null;
}

function exitIn(s: Stmt, inNestedLoop: boolean): Stmt | null {
  switch (s.kind) {
    case 'Return':
      return s;
    case 'Break':
    case 'Continue':
      return inNestedLoop ? null : s;
    case 'If':
      return firstFinallyExit(s.body, inNestedLoop) ?? firstFinallyExit(s.orelse, inNestedLoop);
    case 'While':
    case 'For':
      return firstFinallyExit(s.body, true) ?? firstFinallyExit(s.orelse, inNestedLoop);
    case 'With':
      return firstFinallyExit(s.body, inNestedLoop);
    case 'Match':
      return s.cases.map((m) => firstFinallyExit(m.body, inNestedLoop)).find((x) => x) ?? null;
    case 'Try':
      return firstFinallyExit(s.body, inNestedLoop) ?? s.handlers.map((h) => firstFinallyExit(h.body, inNestedLoop)).find((x) => x) ?? firstFinallyExit(s.orelse, inNestedLoop) ?? firstFinallyExit(s.finalbody, inNestedLoop);
    default:
      return null;
  }
}
