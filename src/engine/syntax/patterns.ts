// Converts tree-sitter-python's match statement and its patterns into our AST (ast.ts). The grammar
// leaves some patterns flat (`-1` is a '-' token next to an integer; union and keyword patterns hold
// their parts directly), so a pattern is built from a run of sibling nodes.
import type { Node } from 'web-tree-sitter';
import type { Expr, MatchCase, Pattern, PatternKind, Pos, Stmt } from './ast';
import { PySyntaxError, UnsupportedError } from './errors';

export interface PatternConverters {
  expr(node: Node): Expr;
  block(node: Node | null): Stmt[];
}

function span(first: Node, last: Node): Pos {
  return { line: first.startPosition.row + 1, col: first.startPosition.column, endLine: last.endPosition.row + 1, endCol: last.endPosition.column };
}

function p(nodes: Node[], kind: PatternKind): Pattern {
  return { ...span(nodes[0]!, nodes[nodes.length - 1]!), ...kind } as Pattern;
}

const isCode = (n: Node | null): n is Node => !!n && n.type !== 'comment';

export function matchStatement(node: Node, c: PatternConverters): Stmt {
  const subjects = node.childrenForFieldName('subject').filter(isCode);
  const hasComma = node.children.some((x) => x?.type === ',' && x.endIndex <= (node.childForFieldName('body')?.startIndex ?? Infinity));
  const subject: Expr = subjects.length === 1 && !hasComma
    ? c.expr(subjects[0]!)
    : { ...span(subjects[0]!, subjects[subjects.length - 1]!), kind: 'Tuple', elts: subjects.map((s) => c.expr(s)) };
  const body = node.childForFieldName('body')!;
  const cases: MatchCase[] = body.namedChildren.filter((x): x is Node => x?.type === 'case_clause').map((clause) => {
    const parts = clause.namedChildren.filter((x): x is Node => x?.type === 'case_pattern');
    const commas = clause.children.some((x) => x?.type === ',');
    const pattern = parts.length === 1 && !commas
      ? convertPattern(parts, c)
      : p(parts, { kind: 'MatchSequence', patterns: parts.map((x) => convertPattern([x], c)) });
    const guardNode = clause.childForFieldName('guard');
    const guard = guardNode ? c.expr(guardNode.namedChildren.filter(isCode)[0]!) : null;
    return { pattern, guard, body: c.block(clause.childForFieldName('consequence')) };
  });
  return { ...span(node, node), kind: 'Match', subject, cases };
}

/** One pattern from a run of sibling nodes (commas already removed). */
function convertPattern(nodes: Node[], c: PatternConverters): Pattern {
  if (nodes.length === 2 && nodes[0]!.type === '-') {
    const [minus, number] = nodes as [Node, Node];
    const operand = c.expr(number);
    return p(nodes, { kind: 'MatchValue', value: { ...span(minus, number), kind: 'UnaryOp', op: 'USub', operand } });
  }
  if (nodes.length !== 1) throw new PySyntaxError('SyntaxError', 'invalid syntax', nodes[0]!.startPosition.row + 1, nodes[0]!.startPosition.column, nodes[0]!.endPosition.column);
  const node = nodes[0]!;
  switch (node.type) {
    case 'case_pattern': return convertPattern(node.children.filter(isCode), c);
    case '_': return p(nodes, { kind: 'MatchAs', pattern: null, name: null });
    case 'union_pattern': {
      const groups: Node[][] = [[]];
      for (const child of node.children.filter(isCode)) {
        if (child.type === '|') groups.push([]);
        else groups[groups.length - 1]!.push(child);
      }
      const patterns = groups.flatMap((g) => {
        const alt = convertPattern(g, c);
        return alt.kind === 'MatchOr' ? alt.patterns : [alt];
      });
      return p(nodes, { kind: 'MatchOr', patterns });
    }
    case 'as_pattern': {
      const inner = node.namedChildren.find((x) => x?.type === 'case_pattern')!;
      const alias = node.namedChildren.filter(isCode).pop()!;
      return p(nodes, { kind: 'MatchAs', pattern: convertPattern([inner], c), name: alias.text });
    }
    case 'list_pattern':
    case 'tuple_pattern': {
      const items = node.namedChildren.filter((x): x is Node => x?.type === 'case_pattern');
      const commas = node.children.some((x) => x?.type === ',');
      // `(p)` groups a pattern; `(p,)` and `[p]` are sequences.
      if (node.type === 'tuple_pattern' && items.length === 1 && !commas) return convertPattern(items, c);
      return p(nodes, { kind: 'MatchSequence', patterns: items.map((x) => convertPattern([x], c)) });
    }
    case 'splat_pattern': {
      const name = node.namedChildren.filter(isCode)[0];
      return p(nodes, { kind: 'MatchStar', name: !name || name.type === '_' ? null : name.text });
    }
    case 'dict_pattern': return mappingPattern(node, c);
    case 'class_pattern': return classPattern(node, c);
    case 'dotted_name': {
      const names = node.namedChildren.filter(isCode);
      if (names.length === 1) return p(nodes, { kind: 'MatchAs', pattern: null, name: names[0]!.text });
      let value: Expr = c.expr(names[0]!);
      for (const attr of names.slice(1)) value = { ...span(names[0]!, attr), kind: 'Attribute', value, attr: attr.text };
      return p(nodes, { kind: 'MatchValue', value });
    }
    case 'none': return p(nodes, { kind: 'MatchSingleton', value: { type: 'none' } });
    case 'true': return p(nodes, { kind: 'MatchSingleton', value: { type: 'bool', value: true } });
    case 'false': return p(nodes, { kind: 'MatchSingleton', value: { type: 'bool', value: false } });
    case 'integer': case 'float': case 'string': case 'concatenated_string': {
      const value = c.expr(node);
      if (value.kind !== 'Constant') throw new PySyntaxError('SyntaxError', 'patterns may only match literals and attribute lookups', value.line, value.col, value.endCol);
      return p(nodes, { kind: 'MatchValue', value });
    }
    case 'complex_pattern': throw new UnsupportedError('complex numbers', node.startPosition.row + 1);
    default: throw new UnsupportedError(`${node.type.replace(/_/g, ' ')} in a case`, node.startPosition.row + 1);
  }
}

/** `{key: pattern, …, **rest}`: a key is a literal (maybe negative) or a dotted name. */
function mappingPattern(node: Node, c: PatternConverters): Pattern {
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  let keyNodes: Node[] = [];
  for (const child of node.children.filter(isCode)) {
    if (child.type === '{' || child.type === '}' || child.type === ',' || child.type === ':') continue;
    if (child.type === 'splat_pattern') {
      const name = child.namedChildren.filter(isCode)[0]!;
      if (name.type === '_') throw new PySyntaxError('SyntaxError', 'invalid syntax', name.startPosition.row + 1, name.startPosition.column, name.endPosition.column);
      rest = name.text;
    } else if (child.type === 'case_pattern') {
      const key = convertPattern(keyNodes, c);
      if (key.kind === 'MatchValue') keys.push(key.value);
      else if (key.kind === 'MatchSingleton') keys.push({ ...key, kind: 'Constant', value: key.value });
      else throw new UnsupportedError('this mapping pattern key', child.startPosition.row + 1);
      patterns.push(convertPattern([child], c));
      keyNodes = [];
    } else {
      keyNodes.push(child);
    }
  }
  return p([node], { kind: 'MatchMapping', keys, patterns, rest });
}

/** `Cls(p1, p2, attr=p3)`. */
function classPattern(node: Node, c: PatternConverters): Pattern {
  const children = node.namedChildren.filter(isCode);
  const clsPattern = convertPattern([children[0]!], c);
  const cls: Expr = clsPattern.kind === 'MatchValue' ? clsPattern.value : { ...clsPattern, kind: 'Name', id: (clsPattern as { name: string }).name };
  const patterns: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  for (const arg of children.slice(1)) {
    const inner = arg.namedChildren.filter(isCode)[0];
    if (inner?.type === 'keyword_pattern') {
      const parts = inner.children.filter(isCode);
      kwdAttrs.push(parts[0]!.text);
      kwdPatterns.push(convertPattern(parts.slice(2), c));
    } else {
      if (kwdAttrs.length > 0) throw new PySyntaxError('SyntaxError', 'positional patterns follow keyword patterns', arg.startPosition.row + 1, arg.startPosition.column, arg.endPosition.column);
      patterns.push(convertPattern([arg], c));
    }
  }
  return p([node], { kind: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns });
}
