// The SyntaxWarnings CPython's parser and compiler report while compiling a program. They are printed to
// stderr as warnings.showwarning formats them, before the program runs: "file:line: SyntaxWarning: message"
// and the source line, stripped.
import type { Const } from './code';
import type { Expr, InvalidEscape } from '../syntax/ast';
import type { Module } from '../syntax/ast';
import type { Profile } from '../profiles/types';
import { finallyExits } from './finallyExits';

export interface CompileWarning {
  readonly line: number;
  readonly message: string;
}

export function formatWarning(filename: string, lines: readonly string[], w: CompileWarning): string {
  const text = lines[w.line - 1]?.trim();
  return `${filename}:${w.line}: SyntaxWarning: ${w.message}\n${text ? `  ${text}\n` : ''}`;
}

/**
 * The warnings reported before code generation, in CPython's order: the parser's invalid escapes, then
 * 3.14's PEP 765 check of the AST (return/break/continue leaving a finally block). They are printed even
 * when compiling then fails with a SyntaxError.
 */
export function earlyWarnings(module: Module, profile: Profile): CompileWarning[] {
  const exits = profile.compiler.finallyExitWarning ? finallyExits(module) : [];
  return [
    ...escapeWarnings(module.invalidEscapes, profile),
    ...exits.map((exit) => ({ line: exit.line, message: `'${exit.kind}' in a 'finally' block` })),
  ];
}

/** The warning for the first undefined escape of each literal, worded per version (3.11: none). */
function escapeWarnings(escapes: readonly InvalidEscape[], profile: Profile): CompileWarning[] {
  const style = profile.compiler.invalidEscapeWarning;
  if (style === 'none') return [];
  return escapes.map((e) => {
    const kind = e.octal ? 'invalid octal escape sequence' : 'invalid escape sequence';
    const message = style === 'short'
      ? `${kind} '${e.sequence}'`
      : `"${e.sequence}" is an ${kind}. Such sequences will not work in the future. Did you mean "\\${e.sequence}"? A raw string is also an option.`;
    return { line: e.line, message };
  });
}

const NAMED_SINGLETONS = new Set(['none', 'bool', 'ellipsis']);

/** The type a literal operand of `is` has (check_is_arg): null for names, calls, None, True/False and `...`. */
export function literalType(c: Const | null): string | null {
  if (!c || NAMED_SINGLETONS.has(c.type)) return null;
  return c.type === 'code' ? null : c.type;
}

/** check_compare: `x is 1` / `x is not "a"` warns that the identity test is probably meant as equality. */
export function isLiteralMessage(op: 'Is' | 'IsNot', typeName: string, profile: Profile): string {
  const literal = profile.compiler.isLiteralWarningNamesType ? `'${typeName}' literal` : 'a literal';
  return op === 'Is' ? `"is" with ${literal}. Did you mean "=="?` : `"is not" with ${literal}. Did you mean "!="?`;
}

/** `assert (test, "message")`: a non-empty tuple is always true. */
export function isAlwaysTrueAssert(test: Expr): boolean {
  return test.kind === 'Tuple' && test.elts.length > 0;
}

/** check_caller: the type of a display or literal being called, as in `[1, 2] (3, 4)`; null otherwise. */
export function literalCallee(func: Expr): string | null {
  switch (func.kind) {
    case 'Constant': return CONSTANT_TYPES[func.value.type] ?? null;
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'JoinedStr': return 'str';
    default: return null;
  }
}

const CONSTANT_TYPES: Record<string, string> = {
  int: 'int', float: 'float', str: 'str', bool: 'bool', none: 'NoneType', ellipsis: 'ellipsis', tuple: 'tuple', bytes: 'bytes', complex: 'complex',
};
