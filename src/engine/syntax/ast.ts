// Our typed Python AST, close to CPython's `ast` module. Positions are 1-based lines and 0-based
// UTF-8-agnostic columns (code points), as tree-sitter reports them after conversion.

export interface Pos {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export type Expr = Pos & ExprKind;
export type ExprKind =
  | { kind: 'Name'; id: string }
  | { kind: 'Constant'; value: ConstValue }
  | { kind: 'JoinedStr'; parts: Expr[] }
  | { kind: 'FormattedValue'; value: Expr; conversion: 'r' | 's' | 'a' | null; spec: Expr | null }
  | { kind: 'List'; elts: Expr[] }
  | { kind: 'Tuple'; elts: Expr[] }
  | { kind: 'Set'; elts: Expr[] }
  | { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
  | { kind: 'BinOp'; op: BinOpName; left: Expr; right: Expr }
  | { kind: 'UnaryOp'; op: 'USub' | 'UAdd' | 'Invert' | 'Not'; operand: Expr }
  | { kind: 'BoolOp'; op: 'And' | 'Or'; values: Expr[] }
  | { kind: 'Compare'; left: Expr; ops: CmpOpName[]; comparators: Expr[] }
  | { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
  | { kind: 'Attribute'; value: Expr; attr: string }
  | { kind: 'Subscript'; value: Expr; slice: Expr }
  | { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
  | { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
  | { kind: 'Starred'; value: Expr }
  | { kind: 'Lambda'; params: Params; body: Expr }
  | { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
  | { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
  | { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
  | { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
  | { kind: 'Yield'; value: Expr | null }
  | { kind: 'YieldFrom'; value: Expr }
  | { kind: 'NamedExpr'; target: Expr; value: Expr };

export interface Comprehension {
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: Expr[];
}

export interface Keyword extends Pos {
  readonly arg: string | null; // null for **kwargs
  readonly value: Expr;
}

export type ConstValue =
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'str'; value: string }
  /** bytes, as a Latin-1 string (one character per byte); `oneLiteral` when written as a single b'...' token. */
  | { type: 'bytes'; value: string; oneLiteral?: boolean }
  | { type: 'bool'; value: boolean }
  | { type: 'none' }
  | { type: 'ellipsis' };

export type BinOpName =
  | 'Add' | 'Sub' | 'Mult' | 'Div' | 'FloorDiv' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'MatMult';

export type CmpOpName = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export type Stmt = Pos & StmtKind;
export type StmtKind =
  | { kind: 'Expr'; value: Expr }
  | { kind: 'Assign'; targets: Expr[]; value: Expr }
  | { kind: 'AugAssign'; target: Expr; op: BinOpName; value: Expr }
  | { kind: 'Delete'; targets: Expr[] }
  | { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
  | { kind: 'FunctionDef'; name: string; params: Params; body: Stmt[]; decorators: Expr[]; returns?: Expr | null }
  /** `target: annotation [= value]`; `simple` when the target is a bare name (not parenthesized). */
  | { kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: boolean }
  | { kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorators: Expr[] }
  | { kind: 'Return'; value: Expr | null }
  | { kind: 'Pass' }
  | { kind: 'Break' }
  | { kind: 'Continue' }
  | { kind: 'Import'; names: { name: string; asname: string | null }[] }
  | { kind: 'ImportFrom'; module: string; names: { name: string; asname: string | null }[] }
  | { kind: 'Global'; names: string[] }
  | { kind: 'Nonlocal'; names: string[] }
  | { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
  | { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
  | { kind: 'Assert'; test: Expr; msg: Expr | null }
  | { kind: 'With'; items: WithItem[]; body: Stmt[] }
  | { kind: 'Match'; subject: Expr; cases: MatchCase[] };

/** One `case pattern if guard:` clause of a match statement. */
export interface MatchCase {
  readonly pattern: Pattern;
  readonly guard: Expr | null;
  readonly body: Stmt[];
}

/** Patterns of structural pattern matching, as CPython's ast module names them. */
export type Pattern = Pos & PatternKind;
export type PatternKind =
  | { kind: 'MatchValue'; value: Expr }
  | { kind: 'MatchSingleton'; value: ConstValue }
  | { kind: 'MatchSequence'; patterns: Pattern[] }
  | { kind: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
  | { kind: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwdAttrs: string[]; kwdPatterns: Pattern[] }
  | { kind: 'MatchStar'; name: string | null }
  /** `name` alone is a capture, `_` (no pattern, no name) the wildcard, `p as name` an AS pattern. */
  | { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
  | { kind: 'MatchOr'; patterns: Pattern[] };

export interface WithItem {
  readonly context: Expr;
  readonly target: Expr | null;
}

export interface ExceptHandler extends Pos {
  /** The exception type(s) matched; null for a bare `except:`. */
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: Stmt[];
}

export interface Param {
  readonly name: string;
  readonly default: Expr | null;
  readonly annotation?: Expr | null;
}

export interface Params {
  readonly posonly: Param[];
  readonly args: Param[];
  readonly vararg: string | null;
  readonly kwonly: Param[];
  readonly kwarg: string | null;
  readonly varargAnnotation?: Expr | null;
  readonly kwargAnnotation?: Expr | null;
}

export interface Module {
  readonly body: Stmt[];
  /** The first undefined escape of each string literal, in source order (3.12+ warns about them). */
  readonly invalidEscapes: readonly InvalidEscape[];
}

export interface InvalidEscape {
  readonly line: number;
  /** As written, e.g. "\\d" or "\\777". */
  readonly sequence: string;
  /** An octal escape above 0o377 (its own message). */
  readonly octal: boolean;
}
