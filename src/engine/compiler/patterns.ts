// The match statement (PEP 634), compiled the way CPython's compiler does (compiler_match and the
// compiler_pattern_* family in Python/compile.c): the subject stays on the stack while each case's
// pattern tests a copy; captured values are parked under the items a pattern still needs and stored
// only once the whole pattern matched; on failure, "fail_pop" blocks pop what the pattern left.
import type { Expr, MatchCase, Pattern, Pos, Stmt } from '../syntax/ast';
import { PySyntaxError } from '../syntax/errors';
import type { Const, Position } from './code';
import type { Opcode } from './opcodes';

export interface PatternLabel {
  target: number;
  readonly patches: number[];
}

/** What the pattern compiler needs from the code builder. */
export interface PatternBuilder {
  emit(op: Opcode, arg: number, pos: Position): number;
  jump(op: Opcode, label: PatternLabel, pos: Position): void;
  label(): PatternLabel;
  place(label: PatternLabel): void;
  constant(c: Const): number;
}

/** What it needs from the statement compiler, bound to the current scope. */
export interface MatchHost {
  expr(e: Expr): void;
  storeName(name: string, pos: Position): void;
  /** Jump to `label` when `test` is false. */
  jumpIfFalse(test: Expr, label: PatternLabel): void;
  block(body: Stmt[]): void;
  /** The expression as a constant (literals, folded `-1`), or null. */
  constOf(e: Expr): Const | null;
  /** 3.11 reports pattern errors at the last pattern compiled (its "current location"). */
  readonly errorAtLastVisited: boolean;
}

interface Context {
  /** Names captured so far, in the order their values sit on the stack (first stored first). */
  stores: string[];
  allowIrrefutable: boolean;
  /** failPop[n]: pop n items, then fall into the next case. */
  failPop: (PatternLabel | undefined)[];
  /** Items above the captures that the pattern still needs. */
  onTop: number;
}

const COMPARE_EQ = 2;
const COMPARE_GTE = 5;
const BINARY_SUB = 10;

function positionOf(node: Pos): Position {
  return { line: node.line, col: node.col, endLine: node.endLine, endCol: node.endCol };
}

function isWildcard(p: Pattern): boolean {
  return p.kind === 'MatchAs' && !p.pattern && !p.name;
}

function isStarWildcard(p: Pattern): boolean {
  return p.kind === 'MatchStar' && !p.name;
}


export function compileMatch(b: PatternBuilder, host: MatchHost, subject: Expr, cases: readonly MatchCase[]): void {
  new MatchCompiler(b, host).match(subject, cases);
}

class MatchCompiler {
  /** The pattern compiled most recently (3.11's error location). */
  private lastVisited: Pos | null = null;

  constructor(private readonly b: PatternBuilder, private readonly host: MatchHost) {}

  private syntaxError(node: Pos, message: string): PySyntaxError {
    const at = this.host.errorAtLastVisited && this.lastVisited ? this.lastVisited : node;
    return new PySyntaxError('SyntaxError', message, at.line, at.col, at.endLine === at.line ? at.endCol : at.col + 1);
  }

  match(subject: Expr, cases: readonly MatchCase[]): void {
    const b = this.b;
    this.host.expr(subject);
    const end = b.label();
    const last = cases[cases.length - 1]!;
    // A trailing `case _:` needs no copy of the subject, nor a test.
    const hasDefault = isWildcard(last.pattern) && cases.length > 1 ? 1 : 0;
    for (let i = 0; i < cases.length - hasDefault; i++) {
      const m = cases[i]!;
      const pos = positionOf(m.pattern);
      const lastTested = i === cases.length - hasDefault - 1;
      if (!lastTested) b.emit('COPY', 1, pos);
      const pc: Context = { stores: [], allowIrrefutable: m.guard !== null || i === cases.length - 1, failPop: [], onTop: 0 };
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.host.storeName(name, pos);
      if (m.guard) this.host.jumpIfFalse(m.guard, this.failPopLabel(pc, 0));
      if (!lastTested) b.emit('POP_TOP', 0, pos);
      this.host.block(m.body);
      b.jump('JUMP_FORWARD', end, pos);
      this.emitFailPops(pc, pos);
    }
    if (hasDefault) {
      const pos = positionOf(last.pattern);
      b.emit('NOP', 0, pos);
      if (last.guard) this.host.jumpIfFalse(last.guard, end);
      this.host.block(last.body);
    }
    b.place(end);
  }

  // ---- fail_pop blocks -------------------------------------------------------------------------

  private failPopLabel(pc: Context, n: number): PatternLabel {
    while (pc.failPop.length <= n) pc.failPop.push(undefined);
    return (pc.failPop[n] ??= this.b.label());
  }

  /** Jump (conditionally) to the block that pops everything this pattern has on the stack. */
  private jumpToFailPop(pc: Context, op: Opcode, pos: Position): void {
    this.b.jump(op, this.failPopLabel(pc, pc.onTop + pc.stores.length), pos);
  }

  /** failPop[n] … failPop[1]: one POP_TOP each, falling through to failPop[0]. */
  private emitFailPops(pc: Context, pos: Position): void {
    if (pc.failPop.length === 0) return;
    for (let n = pc.failPop.length - 1; n > 0; n--) {
      const label = pc.failPop[n];
      if (label) this.b.place(label);
      this.b.emit('POP_TOP', 0, pos);
    }
    const first = pc.failPop[0];
    if (first) this.b.place(first);
    pc.failPop = [];
  }

  // ---- stores ------------------------------------------------------------------------------

  /** SWAP count, count-1, …, 2: moves the top down under count-1 items. */
  private rotate(count: number, pos: Position): void {
    while (count > 1) this.b.emit('SWAP', count--, pos);
  }

  /** Captures the value on top under `name` (a wildcard pops it). */
  private storeName(name: string | null, pc: Context, node: Pos): void {
    const pos = positionOf(node);
    if (name === null) {
      this.b.emit('POP_TOP', 0, pos);
      return;
    }
    if (pc.stores.includes(name)) throw this.syntaxError(node, `multiple assignments to name '${name}' in pattern`);
    this.rotate(pc.onTop + pc.stores.length + 1, pos);
    pc.stores.push(name);
  }

  // ---- patterns ----------------------------------------------------------------------------

  private pattern(p: Pattern, pc: Context): void {
    this.lastVisited = p;
    switch (p.kind) {
      case 'MatchValue': return this.value(p, pc);
      case 'MatchSingleton': return this.singleton(p, pc);
      case 'MatchSequence': return this.sequence(p, pc);
      case 'MatchMapping': return this.mapping(p, pc);
      case 'MatchClass': return this.classPattern(p, pc);
      case 'MatchStar': return this.storeName(p.name, pc, p);
      case 'MatchAs': return this.as(p, pc);
      case 'MatchOr': return this.or(p, pc);
    }
  }

  /** A sub-pattern may always be irrefutable (only whole cases and OR alternatives are checked). */
  private subpattern(p: Pattern, pc: Context): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private value(p: Extract<Pattern, { kind: 'MatchValue' }>, pc: Context): void {
    const pos = positionOf(p);
    this.host.expr(p.value);
    this.b.emit('COMPARE_OP', COMPARE_EQ, pos);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE', pos);
  }

  private singleton(p: Extract<Pattern, { kind: 'MatchSingleton' }>, pc: Context): void {
    const pos = positionOf(p);
    this.b.emit('LOAD_CONST', this.b.constant(p.value), pos);
    this.b.emit('IS_OP', 0, pos);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE', pos);
  }

  private as(p: Extract<Pattern, { kind: 'MatchAs' }>, pc: Context): void {
    const pos = positionOf(p);
    if (!p.pattern) {
      if (!pc.allowIrrefutable) {
        throw this.syntaxError(p, p.name ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable');
      }
      this.storeName(p.name, pc, p);
      return;
    }
    // Keep a copy to capture once the inner pattern matched.
    pc.onTop++;
    this.b.emit('COPY', 1, pos);
    this.pattern(p.pattern, pc);
    pc.onTop--;
    this.storeName(p.name, pc, p);
  }

  private sequence(p: Extract<Pattern, { kind: 'MatchSequence' }>, pc: Context): void {
    const b = this.b;
    const pos = positionOf(p);
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    patterns.forEach((x, i) => {
      if (x.kind === 'MatchStar') {
        if (star >= 0) throw this.syntaxError(p, 'multiple starred names in sequence pattern');
        starWildcard = isStarWildcard(x);
        onlyWildcard &&= starWildcard;
        star = i;
      } else {
        onlyWildcard &&= isWildcard(x);
      }
    });
    // The subject stays on top during the type and length checks.
    pc.onTop++;
    b.emit('MATCH_SEQUENCE', 0, pos);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE', pos);
    if (star < 0) {
      b.emit('GET_LEN', 0, pos);
      b.emit('LOAD_CONST', b.constant({ type: 'int', value: BigInt(size) }), pos);
      b.emit('COMPARE_OP', COMPARE_EQ, pos);
      this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE', pos);
    } else if (size > 1) {
      b.emit('GET_LEN', 0, pos);
      b.emit('LOAD_CONST', b.constant({ type: 'int', value: BigInt(size - 1) }), pos);
      b.emit('COMPARE_OP', COMPARE_GTE, pos);
      this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE', pos);
    }
    pc.onTop--;
    if (onlyWildcard) b.emit('POP_TOP', 0, pos);
    else if (starWildcard) this.sequenceBySubscript(patterns, star, pc, pos);
    else this.sequenceByUnpacking(patterns, star, pc, pos);
  }

  /** UNPACK_SEQUENCE (or UNPACK_EX with a star), then each item against its sub-pattern. */
  private sequenceByUnpacking(patterns: readonly Pattern[], star: number, pc: Context, pos: Position): void {
    const size = patterns.length;
    if (star < 0) this.b.emit('UNPACK_SEQUENCE', size, pos);
    else this.b.emit('UNPACK_EX', star | ((size - star - 1) << 8), pos);
    pc.onTop += size;
    for (const x of patterns) {
      pc.onTop--;
      this.subpattern(x, pc);
    }
  }

  /** `[a, *_, b]`: index the subject for the items that matter instead of unpacking it. */
  private sequenceBySubscript(patterns: readonly Pattern[], star: number, pc: Context, pos: Position): void {
    const b = this.b;
    const size = patterns.length;
    pc.onTop++;
    patterns.forEach((x, i) => {
      if (isWildcard(x) || i === star) return;
      b.emit('COPY', 1, pos);
      if (i < star) {
        b.emit('LOAD_CONST', b.constant({ type: 'int', value: BigInt(i) }), pos);
      } else {
        // The subject may not support negative indexes: len(subject) - k.
        b.emit('GET_LEN', 0, pos);
        b.emit('LOAD_CONST', b.constant({ type: 'int', value: BigInt(size - i) }), pos);
        b.emit('BINARY_OP', BINARY_SUB, pos);
      }
      b.emit('BINARY_SUBSCR', 0, pos);
      this.subpattern(x, pc);
    });
    pc.onTop--;
    b.emit('POP_TOP', 0, pos);
  }

  private mapping(p: Extract<Pattern, { kind: 'MatchMapping' }>, pc: Context): void {
    const b = this.b;
    const pos = positionOf(p);
    let size = p.keys.length;
    pc.onTop++;
    b.emit('MATCH_MAPPING', 0, pos);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE', pos);
    if (size === 0 && !p.rest) {
      pc.onTop--;
      b.emit('POP_TOP', 0, pos);
      return;
    }
    if (size > 0) {
      b.emit('GET_LEN', 0, pos);
      b.emit('LOAD_CONST', b.constant({ type: 'int', value: BigInt(size) }), pos);
      b.emit('COMPARE_OP', COMPARE_GTE, pos);
      this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE', pos);
    }
    const seen = new Set<string>();
    const consts: (Const | null)[] = [];
    for (const key of p.keys) {
      const c = this.host.constOf(key);
      if (c) {
        // Set semantics: 1, 1.0 and True are the same key.
        const id = c.type === 'int' || c.type === 'float' || c.type === 'bool' ? `n${Number(c.type === 'bool' ? +c.value : c.value)}` : constText(c);
        if (seen.has(id)) throw this.syntaxError(p, `mapping pattern checks duplicate key (${constText(c)})`);
        seen.add(id);
      } else if (key.kind !== 'Attribute') {
        throw this.syntaxError(p, 'mapping pattern keys may only match literals and attribute lookups');
      }
      consts.push(c);
    }
    if (consts.every((c) => c !== null)) {
      // CPython's optimizer folds a tuple of constant keys into one constant.
      b.emit('LOAD_CONST', b.constant({ type: 'tuple', items: consts as Const[] }), pos);
    } else {
      for (const key of p.keys) this.host.expr(key);
      b.emit('BUILD_TUPLE', size, pos);
    }
    b.emit('MATCH_KEYS', 0, pos);
    // Now [subject, keys, values-or-None].
    pc.onTop += 2;
    b.emit('COPY', 1, pos);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_NONE', pos);
    b.emit('UNPACK_SEQUENCE', size, pos);
    pc.onTop += size - 1;
    for (const x of p.patterns) {
      pc.onTop--;
      this.subpattern(x, pc);
    }
    pc.onTop -= 2;
    if (p.rest) {
      // rest = dict(subject); del rest[key] for each key.
      b.emit('BUILD_MAP', 0, pos);
      b.emit('SWAP', 3, pos);
      b.emit('DICT_UPDATE', 2, pos);
      b.emit('UNPACK_SEQUENCE', size, pos);
      while (size) {
        b.emit('COPY', 1 + size--, pos);
        b.emit('SWAP', 2, pos);
        b.emit('DELETE_SUBSCR', 0, pos);
      }
      this.storeName(p.rest, pc, p);
    } else {
      b.emit('POP_TOP', 0, pos); // the keys
      b.emit('POP_TOP', 0, pos); // the subject
    }
  }

  private classPattern(p: Extract<Pattern, { kind: 'MatchClass' }>, pc: Context): void {
    const b = this.b;
    const pos = positionOf(p);
    const nargs = p.patterns.length;
    const nattrs = p.kwdAttrs.length;
    p.kwdAttrs.forEach((name, i) => {
      if (p.kwdAttrs.indexOf(name) !== i) {
        this.lastVisited = p.kwdPatterns[i]!;
        throw this.syntaxError(p.kwdPatterns[i]!, `attribute name repeated in class pattern: ${name}`);
      }
    });
    this.host.expr(p.cls);
    b.emit('LOAD_CONST', b.constant({ type: 'tuple', items: p.kwdAttrs.map((value) => ({ type: 'str', value })) }), pos);
    b.emit('MATCH_CLASS', nargs, pos);
    b.emit('COPY', 1, pos);
    pc.onTop++;
    this.jumpToFailPop(pc, 'POP_JUMP_IF_NONE', pos);
    b.emit('UNPACK_SEQUENCE', nargs + nattrs, pos);
    pc.onTop += nargs + nattrs - 1;
    [...p.patterns, ...p.kwdPatterns].forEach((x) => {
      pc.onTop--;
      if (isWildcard(x)) b.emit('POP_TOP', 0, pos);
      else this.subpattern(x, pc);
    });
  }

  /** Each alternative tests its own copy; their captures are put in one order before leaving. */
  private or(p: Extract<Pattern, { kind: 'MatchOr' }>, pc: Context): void {
    const b = this.b;
    const pos = positionOf(p);
    const end = b.label();
    const outer = { ...pc };
    let control: string[] | null = null;
    p.patterns.forEach((alt, i) => {
      const apos = positionOf(alt);
      pc.stores = [];
      pc.allowIrrefutable = i === p.patterns.length - 1 && outer.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      b.emit('COPY', 1, apos);
      this.pattern(alt, pc);
      if (!control) control = pc.stores;
      else if (pc.stores.length !== control.length) throw this.syntaxError(p, 'alternative patterns bind different names');
      else {
        for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
          const istores = pc.stores.indexOf(control[icontrol]!);
          if (istores < 0) throw this.syntaxError(p, 'alternative patterns bind different names');
          if (istores !== icontrol) {
            // Move the first istores+1 captures up to where the control order has them.
            const rotations = istores + 1;
            const rotated = pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            for (let k = 0; k < rotations; k++) this.rotate(icontrol + 1, apos);
          }
        }
      }
      b.jump('JUMP_FORWARD', end, apos);
      this.emitFailPops(pc, apos);
    });
    Object.assign(pc, outer);
    // No alternative matched: pop the remaining copy of the subject and fail.
    b.emit('POP_TOP', 0, pos);
    this.jumpToFailPop(pc, 'JUMP_FORWARD', pos);
    b.place(end);
    const names = control as string[] | null ?? [];
    const rotations = names.length + 1 + pc.onTop + pc.stores.length;
    for (const name of names) {
      this.rotate(rotations, pos);
      if (pc.stores.includes(name)) throw this.syntaxError(p, `multiple assignments to name '${name}' in pattern`);
      pc.stores = [...pc.stores, name];
    }
    b.emit('POP_TOP', 0, pos); // the copy of the subject
  }
}

/** A constant key as repr() shows it, for the duplicate-key message. */
function constText(c: Const): string {
  switch (c.type) {
    case 'int': return c.value.toString();
    case 'float': return Number.isInteger(c.value) ? `${c.value}.0` : `${c.value}`;
    case 'str': return `'${c.value}'`;
    case 'bool': return c.value ? 'True' : 'False';
    case 'none': return 'None';
    default: return c.type;
  }
}
