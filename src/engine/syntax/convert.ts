// Converts tree-sitter-python's concrete syntax tree into our AST (ast.ts).
// Anything the grammar accepts but the simulator does not run yet becomes an UnsupportedError
// with the construct's line; anything the grammar rejects becomes CPython's SyntaxError.
import type { Node } from 'web-tree-sitter';
import type { BinOpName, CmpOpName, Comprehension, ConstValue, ExceptHandler, Expr, ExprKind, InvalidEscape, Keyword, Module, Param, Params, Pos, Stmt, StmtKind } from './ast';
import { PySyntaxError, UnsupportedError } from './errors';
import { decodeBytesBody, decodeStringBody } from './strings';
import { matchStatement } from './patterns';

const BINOPS: Record<string, BinOpName> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '@': 'MatMult',
};

const CMPOPS: Record<string, CmpOpName> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
  'is': 'Is', 'is not': 'IsNot', 'in': 'In', 'not in': 'NotIn',
};

/** Statement kinds CPython names in "expected an indented block after … statement". */
const BLOCK_OWNERS: Record<string, string> = {
  if_statement: "'if' statement", elif_clause: "'elif' statement", else_clause: "'else' statement",
  while_statement: "'while' statement", for_statement: "'for' statement",
  function_definition: 'function definition', class_definition: 'class definition',
  try_statement: "'try' statement", with_statement: "'with' statement",
  match_statement: "'match' statement", case_clause: "'case' statement",
};

function pos(node: Node): Pos {
  return {
    line: node.startPosition.row + 1,
    col: node.startPosition.column,
    endLine: node.endPosition.row + 1,
    endCol: node.endPosition.column,
  };
}

function unsupported(node: Node, what: string): never {
  throw new UnsupportedError(what, node.startPosition.row + 1);
}

// The invalid escapes met while converting one module (conversion is synchronous, one module at a time).
let invalidEscapes: InvalidEscape[] = [];

export function convertModule(root: Node, source: string): Module {
  reportSyntaxErrors(root, source);
  invalidEscapes = [];
  const body = statements(root.namedChildren);
  return { body, invalidEscapes };
}

/** A string literal's body with its escapes decoded, noting its first invalid escape. */
function decodeLiteral(body: string, raw: boolean, line: number): string {
  return decodeStringBody(body, raw, line, (sequence, octal) => invalidEscapes.push({ line, sequence, octal }));
}

function reportSyntaxErrors(root: Node, source: string): void {
  if (!root.hasError) {
    const lines = source.split('\n');
    checkEmptyBlocks(root, lines);
    checkIndentation(root, lines);
    return;
  }
  let found: Node | null = null;
  const visit = (node: Node): void => {
    if (found) return;
    if (node.isError || node.isMissing) {
      found = node;
      return;
    }
    if (node.hasError) for (const child of node.children) visit(child);
  };
  visit(root);
  const bad = found as Node | null;
  if (!bad) throw new PySyntaxError('SyntaxError', 'invalid syntax', 1, 0, 1);
  const line = bad.startPosition.row + 1;
  if (bad.isMissing) {
    const expected = bad.type;
    if (expected === ':' || expected === ')' || expected === ']' || expected === '}') {
      const at = bad.startPosition.column;
      throw new PySyntaxError('SyntaxError', expected === ':' ? "expected ':'" : 'invalid syntax', line, at, at + 1);
    }
  }
  const lineText = source.split('\n')[bad.startPosition.row] ?? '';
  const col = Math.min(bad.startPosition.column, Math.max(lineText.length - 1, 0));
  throw new PySyntaxError('SyntaxError', 'invalid syntax', line, col, col + 1);
}

/** The first token of a line, roughly as CPython's tokenizer sees it (for the ^^^ under it). */
const FIRST_TOKEN = /^(?:[rRbBuUfF]{0,2}("|')(?:\\.|(?!\1)[^\\])*\1|[0-9][\w.]*|\w+|\S)/;

function checkEmptyBlocks(node: Node, lines: string[]): void {
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'block' && child.namedChildCount === 0) {
      const owner = BLOCK_OWNERS[node.type] ?? 'statement';
      const message = `expected an indented block after ${owner} on line ${node.startPosition.row + 1}`;
      // CPython reports the next token after the header's ':' (blank and comment lines skipped).
      const colon = node.children.filter((c) => c?.type === ':' && c.endIndex <= child.startIndex).pop() ?? child;
      for (let row = colon.endPosition.row + 1; row < lines.length; row++) {
        const text = lines[row]!.replace(/\r$/, '');
        const stripped = text.trimStart();
        if (stripped === '' || stripped.startsWith('#')) continue;
        const col = text.length - stripped.length;
        const token = FIRST_TOKEN.exec(stripped)![0];
        throw new PySyntaxError('IndentationError', message, row + 1, col, col + token.length);
      }
      // Nothing follows: CPython points just after the ':' without a caret.
      throw new PySyntaxError('IndentationError', message, colon.endPosition.row + 1, colon.endPosition.column, -1);
    }
    checkEmptyBlocks(child, lines);
  }
}

/**
 * tree-sitter accepts inconsistent indentation; CPython's tokenizer does not. Replays its indent stack
 * over the lines that start a statement or a clause: deeper where no block opens is "unexpected indent",
 * a dedent to a level never used is "unindent does not match any outer indentation level".
 */
const HEADER_CLAUSES = new Set(['elif_clause', 'else_clause', 'except_clause', 'except_group_clause', 'finally_clause', 'case_clause']);

function checkIndentation(root: Node, lines: string[]): void {
  const starts: { row: number; col: number; opensBlock: boolean }[] = [];
  const visit = (node: Node): void => {
    const isBody = node.type === 'module' || node.type === 'block';
    let first = true;
    for (const child of node.namedChildren) {
      if (!child || child.type === 'comment') continue;
      if (isBody || HEADER_CLAUSES.has(child.type)) {
        const text = lines[child.startPosition.row] ?? '';
        const indent = text.length - text.trimStart().length;
        if (child.startPosition.column === indent) {
          starts.push({ row: child.startPosition.row, col: indent, opensBlock: isBody && node.type === 'block' && first });
        }
      }
      if (isBody) first = false;
      visit(child);
    }
  };
  visit(root);
  starts.sort((a, b) => a.row - b.row);
  const stack = [0];
  for (const s of starts) {
    const top = stack[stack.length - 1]!;
    if (s.col > top) {
      if (!s.opensBlock) throw new PySyntaxError('IndentationError', 'unexpected indent', s.row + 1, s.col - 1, -1);
      stack.push(s.col);
    } else if (s.col < top) {
      while (s.col < stack[stack.length - 1]!) stack.pop();
      if (s.col !== stack[stack.length - 1]) {
        const end = (lines[s.row] ?? '').trimEnd().length;
        throw new PySyntaxError('IndentationError', 'unindent does not match any outer indentation level', s.row + 1, end, end + 1);
      }
    }
  }
}

function statements(nodes: (Node | null)[]): Stmt[] {
  const out: Stmt[] = [];
  for (const node of nodes) {
    if (!node || node.type === 'comment') continue;
    out.push(...statement(node));
  }
  return out;
}

function block(node: Node | null): Stmt[] {
  return node ? statements(node.namedChildren) : [];
}

function stmt(node: Node, kind: StmtKind): Stmt {
  return { ...pos(node), ...kind } as Stmt;
}

function statement(node: Node): Stmt[] {
  switch (node.type) {
    case 'expression_statement':
      return node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment').map((c) => expressionStatement(node, c));
    case 'delete_statement': {
      const target = node.namedChildren[0]!;
      const targets = target.type === 'expression_list' ? target.namedChildren.map((c) => expr(c!)) : [expr(target)];
      return [stmt(node, { kind: 'Delete', targets })];
    }
    case 'if_statement': {
      let orelse: Stmt[] = [];
      const alternatives = node.childrenForFieldName('alternative').filter((c): c is Node => !!c);
      for (let i = alternatives.length - 1; i >= 0; i--) {
        const alt = alternatives[i]!;
        if (alt.type === 'else_clause') orelse = block(alt.childForFieldName('body'));
        else orelse = [stmt(alt, {
          kind: 'If', test: expr(alt.childForFieldName('condition')!), body: block(alt.childForFieldName('consequence')), orelse,
        })];
      }
      return [stmt(node, {
        kind: 'If', test: expr(node.childForFieldName('condition')!), body: block(node.childForFieldName('consequence')), orelse,
      })];
    }
    case 'while_statement':
      return [stmt(node, {
        kind: 'While', test: expr(node.childForFieldName('condition')!), body: block(node.childForFieldName('body')),
        orelse: elseBody(node),
      })];
    case 'for_statement':
      if (node.children.some((c) => c?.type === 'async')) unsupported(node, 'async for');
      return [stmt(node, {
        kind: 'For', target: target(node.childForFieldName('left')!), iter: expr(node.childForFieldName('right')!),
        body: block(node.childForFieldName('body')), orelse: elseBody(node),
      })];
    case 'function_definition':
      return [functionDef(node, [])];
    case 'decorated_definition': {
      const def = node.childForFieldName('definition')!;
      const decorators = node.namedChildren.filter((c) => c?.type === 'decorator').map((d) => expr(d!.namedChildren[0]!));
      return [def.type === 'class_definition' ? classDef(def, decorators) : functionDef(def, decorators)];
    }
    case 'class_definition': return [classDef(node, [])];
    case 'return_statement': {
      const value = node.namedChildren[0];
      return [stmt(node, { kind: 'Return', value: value ? exprOrTuple(value) : null })];
    }
    case 'pass_statement': return [stmt(node, { kind: 'Pass' })];
    case 'break_statement': return [stmt(node, { kind: 'Break' })];
    case 'continue_statement': return [stmt(node, { kind: 'Continue' })];
    case 'import_statement': {
      const names = node.childrenForFieldName('name').filter((c): c is Node => !!c).map((n) =>
        n.type === 'aliased_import'
          ? { name: n.childForFieldName('name')!.text, asname: n.childForFieldName('alias')!.text }
          : { name: n.text, asname: null });
      return [stmt(node, { kind: 'Import', names })];
    }
    case 'import_from_statement': {
      const moduleNode = node.childForFieldName('module_name')!;
      if (moduleNode.type === 'relative_import') unsupported(node, 'relative imports');
      if (node.namedChildren.some((c) => c?.type === 'wildcard_import')) unsupported(node, "'from … import *'");
      const names = node.childrenForFieldName('name').filter((c): c is Node => !!c).map((n) =>
        n.type === 'aliased_import'
          ? { name: n.childForFieldName('name')!.text, asname: n.childForFieldName('alias')!.text }
          : { name: n.text, asname: null });
      return [stmt(node, { kind: 'ImportFrom', module: moduleNode.text, names })];
    }
    case 'global_statement':
      return [stmt(node, { kind: 'Global', names: node.namedChildren.map((c) => c!.text) })];
    case 'nonlocal_statement':
      return [stmt(node, { kind: 'Nonlocal', names: node.namedChildren.map((c) => c!.text) })];
    case 'try_statement': return [tryStatement(node)];
    case 'with_statement': {
      if (node.children.some((c) => c?.type === 'async')) unsupported(node, 'async with');
      const clause = node.namedChildren.find((c) => c?.type === 'with_clause')!;
      const items = clause.namedChildren.filter((c): c is Node => c?.type === 'with_item').map((item) => {
        const value = item.childForFieldName('value')!;
        if (value.type === 'as_pattern') {
          return { context: expr(value.namedChildren[0]!), target: target(value.childForFieldName('alias')!.namedChildren[0]!) };
        }
        return { context: expr(value), target: null };
      });
      return [stmt(node, { kind: 'With', items, body: block(node.childForFieldName('body')) })];
    }
    case 'raise_statement': {
      const value = node.namedChildren.find((c) => c && c !== node.childForFieldName('cause') && c.type !== 'comment');
      const cause = node.childForFieldName('cause');
      return [stmt(node, { kind: 'Raise', exc: value ? exprOrTuple(value) : null, cause: cause ? expr(cause) : null })];
    }
    case 'match_statement': return [matchStatement(node, { expr, block })];
    case 'assert_statement': {
      const [test, msg] = node.namedChildren.filter(notComment);
      return [stmt(node, { kind: 'Assert', test: expr(test!), msg: msg ? expr(msg) : null })];
    }
    default:
      return unsupported(node, describeStatement(node.type));
  }
}

function describeStatement(type: string): string {
  const names: Record<string, string> = {
    class_definition: 'class definitions', try_statement: "'try' statements", with_statement: "'with' statements",
    raise_statement: "'raise' statements", assert_statement: "'assert' statements", match_statement: "'match' statements",
    import_from_statement: "'from … import' statements", future_import_statement: "'from __future__ import'",
    type_alias_statement: "'type' statements", exec_statement: "'exec' statements", print_statement: "'print' statements",
  };
  return names[type] ?? `${type.replace(/_/g, ' ')}`;
}

function tryStatement(node: Node): Stmt {
  const handlers: ExceptHandler[] = [];
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'except_group_clause') unsupported(child, "'except*' clauses");
    if (child.type === 'except_clause') {
      const value = child.childForFieldName('value') ?? child.namedChildren.find((c) => c && c.type !== 'block' && c.type !== 'comment') ?? null;
      let type: Expr | null = null;
      let name: string | null = null;
      if (value?.type === 'as_pattern') {
        type = expr(value.namedChildren[0]!);
        name = value.childForFieldName('alias')!.text;
      } else if (value) {
        type = exprOrTuple(value);
      }
      const body = block(child.namedChildren.find((c) => c?.type === 'block') ?? null);
      handlers.push({ ...pos(child), type, name, body });
    } else if (child.type === 'else_clause') {
      orelse = block(child.childForFieldName('body'));
    } else if (child.type === 'finally_clause') {
      finalbody = block(child.namedChildren.find((c) => c?.type === 'block') ?? null);
    }
  }
  return stmt(node, { kind: 'Try', body: block(node.childForFieldName('body')), handlers, orelse, finalbody });
}

function elseBody(node: Node): Stmt[] {
  const alt = node.childForFieldName('alternative');
  return alt ? block(alt.childForFieldName('body')) : [];
}

function expressionStatement(owner: Node, node: Node): Stmt {
  if (node.type === 'assignment') return assignment(owner, node);
  if (node.type === 'augmented_assignment') {
    const opText = node.childForFieldName('operator')!.text;
    const op = BINOPS[opText.slice(0, -1)];
    if (!op) unsupported(node, `operator ${opText}`);
    return stmt(owner, { kind: 'AugAssign', target: target(node.childForFieldName('left')!), op, value: exprOrTuple(node.childForFieldName('right')!) });
  }
  return stmt(owner, { kind: 'Expr', value: exprOrTuple(node) });
}

function assignment(owner: Node, node: Node): Stmt {
  const type = node.childForFieldName('type');
  if (type) return annotatedAssignment(owner, node, type);
  const targets: Expr[] = [];
  let current: Node = node;
  while (current.type === 'assignment') {
    targets.push(target(current.childForFieldName('left')!));
    const right = current.childForFieldName('right');
    if (!right) unsupported(node, 'annotations without a value');
    current = right;
  }
  return stmt(owner, { kind: 'Assign', targets, value: exprOrTuple(current) });
}

/** `x: T = v` (a simple target only when the name is bare, not parenthesized). */
function annotatedAssignment(owner: Node, node: Node, type: Node): Stmt {
  const left = node.childForFieldName('left')!;
  const right = node.childForFieldName('right');
  if (right?.type === 'assignment') unsupported(node, 'chained assignment after an annotation');
  const targetExpr = target(left);
  if (!['Name', 'Attribute', 'Subscript'].includes(targetExpr.kind)) {
    throw new PySyntaxError('SyntaxError', `only single target (not ${targetExpr.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, targetExpr.line, targetExpr.col, targetExpr.endCol);
  }
  return stmt(owner, {
    kind: 'AnnAssign',
    target: targetExpr,
    annotation: annotationOf(type),
    value: right ? exprOrTuple(right) : null,
    simple: left.type === 'identifier',
  });
}

/** The expression inside a `type` node (an annotation). */
function annotationOf(type: Node): Expr {
  return expr(type.namedChildren[0]!);
}

function target(node: Node): Expr {
  switch (node.type) {
    case 'pattern_list':
    case 'tuple_pattern':
      return { ...pos(node), kind: 'Tuple', elts: node.namedChildren.map((c) => target(c!)) };
    case 'list_pattern':
      return { ...pos(node), kind: 'List', elts: node.namedChildren.map((c) => target(c!)) };
    case 'list_splat_pattern':
      return { ...pos(node), kind: 'Starred', value: target(node.namedChildren[0]!) };
    default:
      return exprOrTuple(node);
  }
}

function functionDef(node: Node, decorators: Expr[]): Stmt {
  if (node.children.some((c) => c?.type === 'async')) unsupported(node, 'async functions');
  if (node.childForFieldName('type_parameters')) unsupported(node, 'type parameters');
  return stmt(node, {
    kind: 'FunctionDef',
    name: node.childForFieldName('name')!.text,
    params: parameters(node.childForFieldName('parameters')!),
    body: block(node.childForFieldName('body')),
    decorators,
    returns: node.childForFieldName('return_type') ? annotationOf(node.childForFieldName('return_type')!) : null,
  });
}

function classDef(node: Node, decorators: Expr[]): Stmt {
  if (node.childForFieldName('type_parameters')) unsupported(node, 'type parameters');
  const supers = node.childForFieldName('superclasses');
  let bases: Expr[] = [];
  let keywords: Keyword[] = [];
  if (supers) {
    const call = { args: [] as Expr[], keywords: [] as Keyword[] };
    for (const child of supers.namedChildren) {
      if (!child || child.type === 'comment') continue;
      if (child.type === 'keyword_argument') {
        call.keywords.push({ ...pos(child), arg: child.childForFieldName('name')!.text, value: expr(child.childForFieldName('value')!) });
      } else if (child.type === 'list_splat' || child.type === 'dictionary_splat') {
        unsupported(child, 'starred class bases');
      } else {
        call.args.push(expr(child));
      }
    }
    bases = call.args;
    keywords = call.keywords;
  }
  return stmt(node, { kind: 'ClassDef', name: node.childForFieldName('name')!.text, bases, keywords, body: block(node.childForFieldName('body')), decorators });
}

function parameters(node: Node): Params {
  const posonly: Param[] = [];
  let args: Param[] = [];
  const kwonly: Param[] = [];
  let vararg: string | null = null;
  let kwarg: string | null = null;
  let varargAnnotation: Expr | null = null;
  let kwargAnnotation: Expr | null = null;
  let afterStar = false;
  for (const child of node.namedChildren) {
    if (!child) continue;
    const add = (p: Param) => (afterStar ? kwonly : args).push(p);
    switch (child.type) {
      case 'identifier': add({ name: child.text, default: null }); break;
      case 'default_parameter':
        add({ name: child.childForFieldName('name')!.text, default: expr(child.childForFieldName('value')!) });
        break;
      case 'typed_parameter': {
        const annotation = annotationOf(child.childForFieldName('type')!);
        const inner = child.namedChildren[0]!;
        if (inner.type === 'list_splat_pattern') {
          vararg = inner.namedChildren[0]!.text;
          varargAnnotation = annotation;
          afterStar = true;
        } else if (inner.type === 'dictionary_splat_pattern') {
          kwarg = inner.namedChildren[0]!.text;
          kwargAnnotation = annotation;
        } else {
          add({ name: inner.text, default: null, annotation });
        }
        break;
      }
      case 'typed_default_parameter':
        add({
          name: child.childForFieldName('name')!.text,
          default: expr(child.childForFieldName('value')!),
          annotation: annotationOf(child.childForFieldName('type')!),
        });
        break;
      case 'positional_separator': posonly.push(...args); args = []; break;
      case 'keyword_separator': afterStar = true; break;
      case 'list_splat_pattern': vararg = child.namedChildren[0]!.text; afterStar = true; break;
      case 'dictionary_splat_pattern': kwarg = child.namedChildren[0]!.text; break;
      default: unsupported(child, `parameter ${child.type}`);
    }
  }
  return { posonly, args, vararg, kwonly, kwarg, varargAnnotation, kwargAnnotation };
}

function e(node: Node, kind: ExprKind): Expr {
  return { ...pos(node), ...kind } as Expr;
}

/** An expression where a bare comma list means a tuple (`return a, b`, `x = 1, 2`). */
function exprOrTuple(node: Node): Expr {
  if (node.type === 'expression_list') return e(node, { kind: 'Tuple', elts: node.namedChildren.map((c) => expr(c!)) });
  return expr(node);
}

function expr(node: Node): Expr {
  switch (node.type) {
    case 'identifier': return e(node, { kind: 'Name', id: node.text });
    case 'integer': return e(node, { kind: 'Constant', value: intLiteral(node) });
    case 'float': return e(node, { kind: 'Constant', value: floatLiteral(node) });
    case 'true': return e(node, { kind: 'Constant', value: { type: 'bool', value: true } });
    case 'false': return e(node, { kind: 'Constant', value: { type: 'bool', value: false } });
    case 'none': return e(node, { kind: 'Constant', value: { type: 'none' } });
    case 'ellipsis': return e(node, { kind: 'Constant', value: { type: 'ellipsis' } });
    case 'string': return stringLiteral([node], node);
    case 'concatenated_string': return stringLiteral(node.namedChildren.filter((c): c is Node => c?.type === 'string'), node);
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((c) => c?.type !== 'comment')!;
      return { ...expr(inner), ...(inner.type === 'tuple' ? {} : {}) };
    }
    case 'list': return e(node, { kind: 'List', elts: node.namedChildren.filter(notComment).map((c) => expr(c!)) });
    case 'tuple': return e(node, { kind: 'Tuple', elts: node.namedChildren.filter(notComment).map((c) => expr(c!)) });
    case 'set': return e(node, { kind: 'Set', elts: node.namedChildren.filter(notComment).map((c) => expr(c!)) });
    case 'dictionary': {
      const keys: (Expr | null)[] = [];
      const values: Expr[] = [];
      for (const child of node.namedChildren) {
        if (!child || child.type === 'comment') continue;
        if (child.type === 'pair') {
          keys.push(expr(child.childForFieldName('key')!));
          values.push(expr(child.childForFieldName('value')!));
        } else if (child.type === 'dictionary_splat') {
          keys.push(null);
          values.push(expr(child.namedChildren[0]!));
        } else unsupported(child, 'dict comprehensions');
      }
      return e(node, { kind: 'Dict', keys, values });
    }
    case 'list_splat': return e(node, { kind: 'Starred', value: expr(node.namedChildren[0]!) });
    case 'binary_operator': return binaryChain(node);
    case 'unary_operator': {
      const opText = node.childForFieldName('operator')!.text;
      const op = opText === '-' ? 'USub' : opText === '+' ? 'UAdd' : 'Invert';
      return e(node, { kind: 'UnaryOp', op, operand: expr(node.childForFieldName('argument')!) });
    }
    case 'not_operator': return e(node, { kind: 'UnaryOp', op: 'Not', operand: expr(node.childForFieldName('argument')!) });
    case 'boolean_operator': {
      const op = node.childForFieldName('operator')!.text === 'and' ? 'And' : 'Or';
      const left = expr(node.childForFieldName('left')!);
      const right = expr(node.childForFieldName('right')!);
      // Flatten `a and b and c` like CPython's parser does.
      const values = [left, right].flatMap((v) => (v.kind === 'BoolOp' && v.op === op && v !== right ? v.values : [v]));
      return e(node, { kind: 'BoolOp', op, values });
    }
    case 'comparison_operator': return comparison(node);
    case 'conditional_expression': {
      const [body, test, orelse] = node.namedChildren.filter(notComment).map((c) => expr(c!));
      return e(node, { kind: 'IfExp', test: test!, body: body!, orelse: orelse! });
    }
    case 'call': return call(node);
    case 'attribute':
      return e(node, { kind: 'Attribute', value: expr(node.childForFieldName('object')!), attr: node.childForFieldName('attribute')!.text });
    case 'subscript': {
      const subs = node.childrenForFieldName('subscript').filter((c): c is Node => !!c);
      const slice = subs.length === 1 ? subscriptPart(subs[0]!) : e(node, { kind: 'Tuple', elts: subs.map(subscriptPart) });
      return e(node, { kind: 'Subscript', value: expr(node.childForFieldName('value')!), slice });
    }
    case 'list_comprehension':
      return e(node, { kind: 'ListComp', elt: expr(node.childForFieldName('body')!), generators: comprehensionClauses(node) });
    case 'dictionary_comprehension': {
      const pair = node.childForFieldName('body')!;
      return e(node, {
        kind: 'DictComp', key: expr(pair.childForFieldName('key')!), value: expr(pair.childForFieldName('value')!),
        generators: comprehensionClauses(node),
      });
    }
    case 'set_comprehension':
      return e(node, { kind: 'SetComp', elt: expr(node.childForFieldName('body')!), generators: comprehensionClauses(node) });
    case 'generator_expression':
      return e(node, { kind: 'GeneratorExp', elt: expr(node.childForFieldName('body')!), generators: comprehensionClauses(node) });
    case 'lambda': {
      const paramsNode = node.childForFieldName('parameters');
      const params = paramsNode ? parameters(paramsNode) : { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null };
      return e(node, { kind: 'Lambda', params, body: expr(node.childForFieldName('body')!) });
    }
    case 'named_expression':
      return e(node, { kind: 'NamedExpr', target: expr(node.childForFieldName('name')!), value: expr(node.childForFieldName('value')!) });
    case 'await': return unsupported(node, "'await' expressions");
    case 'yield': {
      const value = node.namedChildren.find(notComment) ?? null;
      if (node.children.some((c) => c?.type === 'from')) return e(node, { kind: 'YieldFrom', value: exprOrTuple(value!) });
      return e(node, { kind: 'Yield', value: value ? exprOrTuple(value) : null });
    }
    default: return unsupported(node, `${node.type.replace(/_/g, ' ')} expressions`);
  }
}

/** Python's binary operator precedence, lowest first (Grammar/python.gram). */
const BINOP_PRECEDENCE: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '@': 6, '/': 6, '//': 6, '%': 6, '**': 7,
};

/**
 * A chain of binary operators, re-associated with Python's precedence: tree-sitter-python ranks `^`
 * and `&` differently from CPython, so the operands and operators are collected in source order
 * (parenthesized groups stay whole) and rebuilt by precedence climbing.
 */
function binaryChain(node: Node): Expr {
  const operands: Expr[] = [];
  // Where each operand's source starts and ends, parentheses included: CPython's BinOp spans them.
  const spans: Pos[] = [];
  const ops: string[] = [];
  const flatten = (n: Node): void => {
    if (n.type !== 'binary_operator') {
      operands.push(expr(n));
      spans.push(pos(n));
      return;
    }
    flatten(n.childForFieldName('left')!);
    ops.push(n.childForFieldName('operator')!.text);
    flatten(n.childForFieldName('right')!);
  };
  flatten(node);
  let index = 0;
  const parse = (minPrecedence: number): { node: Expr; span: Pos } => {
    let left = { node: operands[index]!, span: spans[index]! };
    while (index < ops.length && BINOP_PRECEDENCE[ops[index]!]! >= minPrecedence) {
      const op = ops[index]!;
      const precedence = BINOP_PRECEDENCE[op]!;
      index++;
      // ** is right-associative; the others associate to the left.
      const right = parse(op === '**' ? precedence : precedence + 1);
      const span = { line: left.span.line, col: left.span.col, endLine: right.span.endLine, endCol: right.span.endCol };
      left = { node: { ...span, kind: 'BinOp', op: BINOPS[op]!, left: left.node, right: right.node }, span };
    }
    return left;
  };
  return parse(0).node;
}

function notComment(node: Node | null): boolean {
  return !!node && node.type !== 'comment';
}

/** The `for … in …` and `if …` clauses of a comprehension, grouped per `for`. */
function comprehensionClauses(node: Node): Comprehension[] {
  const out: { target: Expr; iter: Expr; ifs: Expr[] }[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'for_in_clause') {
      if (child.children.some((c) => c?.type === 'async')) unsupported(child, 'async comprehensions');
      const rights = child.childrenForFieldName('right').filter((c): c is Node => !!c);
      const iter = rights.length === 1 ? expr(rights[0]!) : e(child, { kind: 'Tuple', elts: rights.map(expr) });
      out.push({ target: target(child.childForFieldName('left')!), iter, ifs: [] });
    } else if (child.type === 'if_clause') {
      out[out.length - 1]!.ifs.push(expr(child.namedChildren[0]!));
    }
  }
  return out;
}

function subscriptPart(node: Node): Expr {
  if (node.type !== 'slice') return expr(node);
  // slice children: [lower] ':' [upper] [':' [step]]
  const parts: (Expr | null)[] = [null, null, null];
  let index = 0;
  for (const child of node.children) {
    if (!child) continue;
    if (child.type === ':') index++;
    else if (child.type !== 'comment') parts[index] = expr(child);
  }
  return e(node, { kind: 'Slice', lower: parts[0]!, upper: parts[1]!, step: parts[2]! });
}

function comparison(node: Node): Expr {
  const operands: Expr[] = [];
  const ops: CmpOpName[] = [];
  let pending = '';
  for (const child of node.children) {
    if (!child) continue;
    if (child.isNamed && child.type !== 'comment') {
      if (pending) {
        ops.push(CMPOPS[pending]!);
        pending = '';
      }
      operands.push(expr(child));
    } else if (!child.isNamed) {
      pending = pending ? `${pending} ${child.type}` : child.type;
      if (pending === '<>') unsupported(node, "the '<>' operator");
    }
  }
  return e(node, { kind: 'Compare', left: operands[0]!, ops, comparators: operands.slice(1) });
}

function call(node: Node): Expr {
  return callChain(node, null);
}

/**
 * tree-sitter-python reads a starred call after the first argument (`f(*a(), *b())`) as a call of a starred
 * name, `(*b)()`; Python has no such call, so the star belongs to the whole call chain. Returns the splat
 * node at the root of such a chain, or null.
 */
function misplacedSplat(node: Node): Node | null {
  let fn: Node = node;
  while (fn.type === 'call') fn = fn.childForFieldName('function')!;
  return fn.id !== node.id && (fn.type === 'list_splat' || fn.type === 'dictionary_splat') ? fn : null;
}

/** The call `node`, with the chain's misplaced splat (if any) replaced by the expression it stars. */
function callChain(node: Node, splat: Node | null): Expr {
  const start = splat ? splat.namedChildren[0]! : node;
  const at = (kind: ExprKind): Expr => ({ ...pos(node), line: start.startPosition.row + 1, col: start.startPosition.column, ...kind }) as Expr;
  const fnNode = node.childForFieldName('function')!;
  // (tree-sitter hands out a new Node object per access: compare ids.)
  const func = fnNode.id === splat?.id ? expr(splat.namedChildren[0]!) : fnNode.type === 'call' && splat ? callChain(fnNode, splat) : expr(fnNode);
  const argsNode = node.childForFieldName('arguments')!;
  if (argsNode.type === 'generator_expression') {
    // f(x for x in y): the generator expression is the only argument.
    return at({ kind: 'Call', func, args: [expr(argsNode)], keywords: [] });
  }
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  for (const child of argsNode.namedChildren) {
    if (!child || child.type === 'comment') continue;
    const starred = child.type === 'call' ? misplacedSplat(child) : null;
    if (starred?.type === 'list_splat') {
      args.push(e(child, { kind: 'Starred', value: callChain(child, starred) }));
    } else if (starred?.type === 'dictionary_splat') {
      keywords.push({ ...pos(child), arg: null, value: callChain(child, starred) });
    } else if (child.type === 'keyword_argument') {
      keywords.push({ ...pos(child), arg: child.childForFieldName('name')!.text, value: expr(child.childForFieldName('value')!) });
    } else if (child.type === 'dictionary_splat') {
      keywords.push({ ...pos(child), arg: null, value: expr(child.namedChildren[0]!) });
    } else {
      args.push(expr(child));
    }
  }
  return at({ kind: 'Call', func, args, keywords });
}

function intLiteral(node: Node): ConstValue {
  const text = node.text.replace(/_/g, '').toLowerCase();
  if (text.endsWith('j')) unsupported(node, 'complex numbers');
  if (/^0[0-9]+$/.test(text) && /[1-9]/.test(text)) {
    throw new PySyntaxError('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', node.startPosition.row + 1, node.startPosition.column, node.endPosition.column);
  }
  return { type: 'int', value: BigInt(text) };
}

function floatLiteral(node: Node): ConstValue {
  const text = node.text.replace(/_/g, '');
  if (/[jJ]$/.test(text)) unsupported(node, 'complex numbers');
  return { type: 'float', value: Number(text) };
}

function stringLiteral(parts: Node[], whole: Node): Expr {
  const prefixes = parts.map((part) => part.children[0]!.text.replace(/['"]+$/, '').toLowerCase());
  if (prefixes.some((p) => p.includes('b'))) return bytesLiteral(parts, prefixes, whole);
  const pieces: Expr[] = [];
  let isFString = false;
  parts.forEach((part, i) => {
    const prefix = prefixes[i]!;
    if (prefix.includes('t')) unsupported(part, 'template strings');
    const raw = prefix.includes('r');
    if (prefix.includes('f')) {
      isFString = true;
      pieces.push(...fstringParts(part, raw));
    } else {
      pieces.push(e(part, { kind: 'Constant', value: { type: 'str', value: decodeLiteral(literalBody(part), raw, part.startPosition.row + 1) } }));
    }
  });
  if (!isFString) {
    const text = pieces.map((p) => (p.kind === 'Constant' && p.value.type === 'str' ? p.value.value : '')).join('');
    return e(whole, { kind: 'Constant', value: { type: 'str', value: text } });
  }
  return e(whole, { kind: 'JoinedStr', parts: mergeConstants(pieces) });
}

/**
 * The text between a literal's opening and closing quotes. Measured from the quotes themselves: the
 * grammar's string_end token swallows backslashes before the closing quote of a raw string (r'\\').
 */
function literalBody(part: Node): string {
  const opening = part.children[0]!.text;
  const quote = opening.slice(opening.search(/['"]/));
  return part.text.slice(opening.length, part.text.length - quote.length);
}

/** b'...' (implicitly concatenated with other bytes literals only). */
function bytesLiteral(parts: Node[], prefixes: string[], whole: Node): Expr {
  if (!prefixes.every((p) => p.includes('b'))) unsupported(whole, "the SyntaxError for mixing bytes and str literals ('cannot mix bytes and nonbytes literals')");
  let value = '';
  parts.forEach((part, i) => {
    const decoded = decodeBytesBody(literalBody(part), prefixes[i]!.includes('r'));
    if ('problem' in decoded) unsupported(part, decoded.problem);
    else value += decoded.value;
  });
  return e(whole, { kind: 'Constant', value: { type: 'bytes', value, oneLiteral: parts.length === 1 } });
}

function mergeConstants(parts: Expr[]): Expr[] {
  const out: Expr[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === 'Constant' && part.value.type === 'str' && last?.kind === 'Constant' && last.value.type === 'str') {
      out[out.length - 1] = { ...last, value: { type: 'str', value: last.value.value + part.value.value } };
    } else if (!(part.kind === 'Constant' && part.value.type === 'str' && part.value.value === '')) {
      out.push(part);
    }
  }
  return out;
}

function fstringParts(part: Node, raw: boolean): Expr[] {
  const out: Expr[] = [];
  for (const child of part.children.slice(1, -1)) {
    if (!child) continue;
    if (child.type === 'interpolation') out.push(...interpolation(child));
    else {
      const text = child.text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      out.push(e(child, { kind: 'Constant', value: { type: 'str', value: decodeLiteral(text, raw, child.startPosition.row + 1) } }));
    }
  }
  return out;
}

function interpolation(node: Node): Expr[] {
  const valueNode = node.childForFieldName('expression')!;
  const value = exprOrTuple(valueNode);
  const convNode = node.childForFieldName('type_conversion');
  let conversion = convNode ? (convNode.text.slice(1) as 'r' | 's' | 'a') : null;
  const specNode = node.childForFieldName('format_specifier');
  const spec = specNode ? formatSpec(specNode) : null;
  const out: Expr[] = [];
  if (node.children.some((c) => c?.type === '=')) {
    // f"{x=}": the expression's source text, then its repr unless a conversion or spec says otherwise.
    // The text keeps the whitespace around '=' (f"{x = }" → "x = 5"), up to the '!', ':' or '}'.
    const eqIndex = node.children.findIndex((c) => c?.type === '=');
    const after = node.children[eqIndex + 1];
    const end = after ? after.startIndex : node.children[eqIndex]!.endIndex;
    out.push(e(node, { kind: 'Constant', value: { type: 'str', value: node.text.slice(1, end - node.startIndex) } }));
    if (!conversion && !spec) conversion = 'r';
  }
  out.push(e(node, { kind: 'FormattedValue', value, conversion, spec }));
  return out;
}

function formatSpec(node: Node): Expr {
  const parts: Expr[] = [];
  let cursor = node.startIndex + 1; // skip ':'
  const text = node.text;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.startIndex > cursor) {
      parts.push(e(node, { kind: 'Constant', value: { type: 'str', value: text.slice(cursor - node.startIndex, child.startIndex - node.startIndex) } }));
    }
    if (child.type === 'format_expression') {
      parts.push(e(child, { kind: 'FormattedValue', value: exprOrTuple(child.childForFieldName('expression')!), conversion: null, spec: null }));
    }
    cursor = child.endIndex;
  }
  if (cursor < node.endIndex) {
    parts.push(e(node, { kind: 'Constant', value: { type: 'str', value: text.slice(cursor - node.startIndex) } }));
  }
  return e(node, { kind: 'JoinedStr', parts: mergeConstants(parts) });
}
