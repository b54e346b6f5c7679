// AST → code objects with a CPython-like bytecode (see opcodes.ts). The instruction sequences follow
// what CPython 3.12/3.13 emit for the same source, because the order of loads, stores and calls is
// what decides every reference count a program can observe.
import { isAlwaysTrueAssert, isLiteralMessage, literalCallee, literalType, type CompileWarning } from './warnings';
import type { BinOpName, CmpOpName, ConstValue, Expr, Module, Params, Pos, Stmt } from '../syntax/ast';
import { PySyntaxError, UnsupportedError } from '../syntax/errors';
import type { Profile } from '../profiles/types';
import type { CodeObject, Const, Instruction, Position } from './code';
import { constKey } from './code';
import type { Opcode } from './opcodes';
import { annotateFunction, functionAnnotations, hasSimpleAnnotation, topLevelAnnotations } from './annotations';
import { analyzeModule, inlinedNames, walkExpr, type ComprehensionNode, type ScopeInfo, type ScopeNode } from './symtable';
import { foldBinary, foldUnary } from './fold';
import { markBorrowedLoads } from './borrow';
import { computeHandlerDepths, resolveLocalChecks } from './flow';
import { compileMatch } from './patterns';

export const BINARY_OPS: readonly BinOpName[] = [
  'Add', 'BitAnd', 'FloorDiv', 'LShift', 'MatMult', 'Mult', 'Mod', 'BitOr', 'Pow', 'RShift', 'Sub', 'Div', 'BitXor',
];
/** BINARY_OP's oparg: index in BINARY_OPS, +13 for the in-place form (as in CPython's NB_* numbering). */
export const INPLACE_OFFSET = 13;
export const COMPARE_OPS: readonly CmpOpName[] = ['Lt', 'LtE', 'Eq', 'NotEq', 'Gt', 'GtE'];

const OPERATOR_TEXT: Record<BinOpName, string> = {
  Add: '+', Sub: '-', Mult: '*', Div: '/', FloorDiv: '//', Mod: '%', Pow: '**', LShift: '<<', RShift: '>>',
  BitOr: '|', BitXor: '^', BitAnd: '&', MatMult: '@',
};

interface Label {
  target: number;
  readonly patches: number[];
}

/** A protected region: while open, exceptions jump to `handler`. Pausing it leaves a gap. */
interface Region {
  readonly handler: Label;
  readonly level: number;
  readonly ranges: [number, number][];
  openAt: number | null;
}

/** What `return`/`break`/`continue` must undo on their way out (CPython's fblock stack). */
type FBlock =
  | { kind: 'loop'; isFor: boolean; breakTo: Label; continueTo: Label }
  | { kind: 'tryExcept'; region: Region }
  | { kind: 'finallyTry'; region: Region; body: Stmt[] }
  | { kind: 'finallyEnd'; region: Region }
  | { kind: 'handlerCleanup'; region: Region; name: string | null }
  | { kind: 'with'; region: Region }
  /** A return value waiting on the stack while a finally body runs on the way out (CPython's POP_VALUE). */
  | { kind: 'popValue' };

interface ScopeSlots {
  /** Index in localsplus of every fast local, cell and free variable. */
  slots: Map<string, number>;
  slotNames: string[];
  /** Names bound by the inlined comprehensions being compiled (PEP 709), innermost last. */
  inlined: Map<string, InlinedName>[];
  /** Their scopes, parallel to `inlined`: in a class body, the names they only read skip the class namespace. */
  inlinedScopes: ScopeInfo[];
}

/** A name an inlined comprehension binds: its slot in the enclosing frame, and whether it is a cell there. */
interface InlinedName {
  readonly slot: number;
  readonly cell: boolean;
}

type Scope =
  | ({ kind: 'module'; info: ScopeInfo } & ScopeSlots)
  | ({ kind: 'function' | 'class'; info: ScopeInfo; qualname: string } & ScopeSlots);

/** localsplus: fast locals (co_varnames), then cells that are not parameters, then free variables. */
function functionScope(info: ScopeInfo, qualname: string): Extract<Scope, { kind: 'function' | 'class' }> {
  const slotNames = info.kind === 'class' ? [] : [...info.varnames];
  for (const cell of info.cellvars) if (!slotNames.includes(cell)) slotNames.push(cell);
  slotNames.push(...info.freevars);
  const kind = info.kind === 'class' ? 'class' : 'function';
  return { kind, info, qualname, slots: new Map(slotNames.map((n, i) => [n, i])), slotNames, inlined: [], inlinedScopes: [] };
}

class CodeBuilder {
  readonly instructions: Instruction[] = [];
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly fblocks: FBlock[] = [];
  readonly regions: Region[] = [];
  private openRegions = 0;

  get pc(): number {
    return this.instructions.length;
  }

  beginRegion(handler: Label): Region {
    const region: Region = { handler, level: ++this.openRegions, ranges: [], openAt: this.pc };
    this.regions.push(region);
    return region;
  }

  endRegion(region: Region): void {
    this.pauseRegion(region);
    this.openRegions--;
  }

  pauseRegion(region: Region): void {
    if (region.openAt !== null && region.openAt < this.pc) region.ranges.push([region.openAt, this.pc]);
    region.openAt = null;
  }

  resumeRegion(region: Region): void {
    region.openAt = this.pc;
  }

  exceptionTable(): import('./code').ExceptionTableEntry[] {
    return this.regions.flatMap((r, region) => r.ranges.map(([start, end]) => ({ start, end, target: r.handler.target, depth: 0, level: r.level, region })));
  }

  emit(op: Opcode, arg: number, pos: Position): number {
    this.instructions.push({ op, arg, pos });
    return this.instructions.length - 1;
  }

  constant(c: Const): number {
    const key = constKey(c);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(c);
      this.constIndex.set(key, i);
    }
    return i;
  }

  name(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  label(): Label {
    return { target: -1, patches: [] };
  }

  jump(op: Opcode, label: Label, pos: Position): void {
    const at = this.emit(op, label.target, pos);
    if (label.target < 0) label.patches.push(at);
  }

  place(label: Label): void {
    label.target = this.instructions.length;
    for (const at of label.patches) this.instructions[at]!.arg = label.target;
  }
}

function positionOf(node: Pos): Position {
  return { line: node.line, col: node.col, endLine: node.endLine, endCol: node.endCol };
}

function toConst(v: ConstValue): Const {
  return v;
}

export interface CompiledModule {
  readonly code: CodeObject;
  /** The compiler's SyntaxWarnings, in the order it reports them (see warnings.ts's earlyWarnings for the rest). */
  readonly warnings: readonly CompileWarning[];
  /** Constants the parse arena references while the module runs (literals, AST-folded values). */
  readonly arenaKeys: ReadonlySet<string>;
  /** Of those, the ones it references twice (3.12+ single bytes literals). */
  readonly arenaTwice: ReadonlySet<string>;
}

export function compileModule(module: Module, filename: string, source: string, profile: Profile): CompiledModule {
  const compiler = new Compiler(filename, source.split('\n'), profile);
  const code = compiler.module(module);
  return { code, arenaKeys: compiler.arenaKeys, arenaTwice: compiler.arenaTwice, warnings: compiler.warnings };
}

class Compiler {
  readonly arenaKeys = new Set<string>();
  readonly warnings: CompileWarning[] = [];
  readonly arenaTwice = new Set<string>();
  private scopes = new Map<ScopeNode, ScopeInfo>();

  constructor(
    private readonly filename: string,
    private readonly lines: string[],
    private readonly profile: Profile,
  ) {}

  module(module: Module): CodeObject {
    const b = new CodeBuilder();
    const start: Position = { line: 0, col: 0, endLine: 1, endCol: 0 };
    this.scopes = analyzeModule(module, { inlineComprehensions: this.profile.compiler.inlineComprehensions, deferredAnnotations: this.profile.compiler.deferredAnnotations });
    const info = this.scopes.get(module)!;
    // Cells of inlined comprehensions at module level live in the module's own fast slots.
    const cells = [...info.cellvars];
    const scope: Scope = { kind: 'module', info, slots: new Map(cells.map((n, i) => [n, i])), slotNames: cells, inlined: [], inlinedScopes: [] };
    cells.forEach((_, i) => b.emit('MAKE_CELL', i, start));
    b.emit('RESUME', 0, start);
    this.moduleAnnotations = new Set(module.body.filter((s) => s.kind === 'AnnAssign' && s.simple));
    if (this.profile.compiler.deferredAnnotations) {
      const pairs = topLevelAnnotations(module.body);
      if (pairs.length > 0) {
        // 3.14: the module's __annotate__ exists before its first statement runs.
        const def = annotateFunction(module, pairs, module.body[0]!);
        this.annotateFunctionOf(b, scope, def);
        b.emit('STORE_NAME', b.name('__annotate__'), positionOf(module.body[0]!));
      }
    } else if (hasSimpleAnnotation(module.body)) {
      b.emit('SETUP_ANNOTATIONS', 0, positionOf(module.body[0]!));
    }
    this.block(b, scope, module.body);
    const last = module.body[module.body.length - 1];
    const end = last ? positionOf(last) : { line: 1, col: 0, endLine: 1, endCol: 0 };
    b.emit('RETURN_CONST', b.constant({ type: 'none' }), end);
    return this.finish(b, 'module', '<module>', '<module>', 1, scope.slotNames, { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null }, scope.slotNames, cells, []);
  }

  private finish(
    b: CodeBuilder, kind: CodeObject['kind'], name: string, qualname: string, firstLine: number, varnames: string[], params: Params,
    localsplusNames: string[], cellvars: string[], freevars: string[], isGenerator = false,
  ): CodeObject {
    const code: CodeObject = {
      kind, name, qualname, filename: this.filename, firstLine, localsplusNames, cellvars, freevars, isGenerator,
      instructions: b.instructions, exceptionTable: b.exceptionTable(), consts: b.consts, names: b.names, varnames,
      argcount: params.posonly.length + params.args.length,
      posonlyargcount: params.posonly.length,
      kwonlyargcount: params.kwonly.length,
      hasVarargs: params.vararg !== null,
      hasVarkw: params.kwarg !== null,
    };
    computeHandlerDepths(code);
    if (kind === 'function') resolveLocalChecks(code);
    if (this.profile.refcount.borrowedLocalLoads) markBorrowedLoads(code);
    return code;
  }

  private block(b: CodeBuilder, scope: Scope, body: Stmt[]): void {
    for (const s of body) this.statement(b, scope, s);
  }

  private currentStatement: Stmt | null = null;

  private statement(b: CodeBuilder, scope: Scope, s: Stmt): void {
    const pos = positionOf(s);
    const outer = this.currentStatement;
    this.currentStatement = s;
    try {
      this.statementBody(b, scope, s, pos);
    } finally {
      this.currentStatement = outer;
    }
  }

  private statementBody(b: CodeBuilder, scope: Scope, s: Stmt, pos: Position): void {
    switch (s.kind) {
      case 'Expr':
        this.expr(b, scope, s.value);
        b.emit('POP_TOP', 0, pos);
        return;
      case 'AnnAssign':
        this.annotatedAssignment(b, scope, s, pos);
        return;
      case 'Assign':
        this.expr(b, scope, s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) b.emit('COPY', 1, positionOf(s.value));
          this.store(b, scope, t);
        });
        return;
      case 'AugAssign':
        return this.augAssign(b, scope, s);
      case 'Delete':
        for (const t of s.targets) this.delete(b, scope, t);
        return;
      case 'If': {
        const orelse = b.label();
        const end = b.label();
        this.jumpIf(b, scope, s.test, false, orelse);
        this.block(b, scope, s.body);
        if (s.orelse.length > 0) {
          b.jump('JUMP_FORWARD', end, positionOf(s.body[s.body.length - 1] ?? s));
          b.place(orelse);
          this.block(b, scope, s.orelse);
        } else {
          b.place(orelse);
        }
        b.place(end);
        return;
      }
      case 'While': {
        const top = b.label();
        const orelse = b.label();
        const end = b.label();
        b.place(top);
        this.jumpIf(b, scope, s.test, false, orelse);
        b.fblocks.push({ kind: 'loop', continueTo: top, breakTo: end, isFor: false });
        this.block(b, scope, s.body);
        b.fblocks.pop();
        b.jump('JUMP_BACKWARD', top, positionOf(s.test));
        b.place(orelse);
        this.block(b, scope, s.orelse);
        b.place(end);
        return;
      }
      case 'For': {
        this.expr(b, scope, iteratedDisplay(s.iter));
        b.emit('GET_ITER', 0, positionOf(s.iter));
        const top = b.label();
        const exhausted = b.label();
        const end = b.label();
        b.place(top);
        b.jump('FOR_ITER', exhausted, positionOf(s.iter));
        this.store(b, scope, s.target);
        b.fblocks.push({ kind: 'loop', continueTo: top, breakTo: end, isFor: true });
        this.block(b, scope, s.body);
        b.fblocks.pop();
        b.jump('JUMP_BACKWARD', top, positionOf(s.iter));
        b.place(exhausted);
        this.block(b, scope, s.orelse);
        b.place(end);
        return;
      }
      case 'Break':
      case 'Continue': {
        const index = b.fblocks.map((f) => f.kind).lastIndexOf('loop');
        if (index < 0) {
          const message = s.kind === 'Break' ? "'break' outside loop" : "'continue' not properly in loop";
          throw new PySyntaxError('SyntaxError', message, s.line, s.col, s.endCol);
        }
        const loop = b.fblocks[index] as Extract<FBlock, { kind: 'loop' }>;
        const paused = this.unwindFBlocks(b, scope, index + 1, false, pos);
        if (s.kind === 'Break') {
          if (loop.isFor) b.emit('POP_TOP', 0, pos);
          b.jump('JUMP_FORWARD', loop.breakTo, pos);
        } else {
          b.jump('JUMP_BACKWARD', loop.continueTo, pos);
        }
        for (const r of paused) b.resumeRegion(r);
        return;
      }
      case 'Pass':
        b.emit('NOP', 0, pos);
        return;
      case 'FunctionDef':
        return this.functionDef(b, scope, s);
      case 'ClassDef':
        return this.classDef(b, scope, s);
      case 'Return':
        if (scope.kind === 'module') throw new PySyntaxError('SyntaxError', "'return' outside function", s.line, s.col, s.endCol);
        if (b.fblocks.some((f) => f.kind !== 'loop' || f.isFor)) {
          // Leaving loops and try blocks: the value waits on the stack while they are undone.
          if (s.value) this.expr(b, scope, s.value);
          else b.emit('LOAD_CONST', b.constant({ type: 'none' }), pos);
          const paused = this.unwindFBlocks(b, scope, 0, true, pos);
          b.emit('RETURN_VALUE', 0, pos);
          for (const r of paused) b.resumeRegion(r);
        } else if (!s.value) b.emit('RETURN_CONST', b.constant({ type: 'none' }), pos);
        else if (s.value.kind === 'Constant') {
          this.holdLiteral(toConst(s.value.value));
          b.emit('RETURN_CONST', b.constant(toConst(s.value.value)), pos);
        }
        else {
          this.expr(b, scope, s.value);
          b.emit('RETURN_VALUE', 0, pos);
        }
        return;
      case 'Try':
        return s.finalbody.length > 0 ? this.tryFinally(b, scope, s) : this.tryExcept(b, scope, s);
      case 'With':
        return this.withStatement(b, scope, s, 0);
      case 'Raise':
        if (s.exc) this.expr(b, scope, s.exc);
        if (s.cause) this.expr(b, scope, s.cause);
        b.emit('RAISE_VARARGS', s.exc ? (s.cause ? 2 : 1) : 0, pos);
        return;
      case 'Assert': {
        if (isAlwaysTrueAssert(s.test)) this.warnings.push({ line: s.line, message: 'assertion is always true, perhaps remove parentheses?' });
        const ok = b.label();
        this.jumpIf(b, scope, s.test, true, ok);
        b.emit('LOAD_ASSERTION_ERROR', 0, pos);
        if (s.msg) {
          this.expr(b, scope, s.msg);
          b.emit('CALL', 0, pos);
        }
        b.emit('RAISE_VARARGS', 1, pos);
        b.place(ok);
        return;
      }
      case 'Import':
        for (const { name, asname } of s.names) {
          if (name.includes('.')) throw new UnsupportedError('importing submodules', s.line);
          b.emit('IMPORT_NAME', b.name(name), pos);
          this.storeName(b, scope, asname ?? name, pos);
        }
        return;
      case 'ImportFrom':
        if (s.module.includes('.')) throw new UnsupportedError('importing submodules', s.line);
        b.emit('IMPORT_NAME', b.name(s.module), pos);
        for (const { name, asname } of s.names) {
          b.emit('IMPORT_FROM', b.name(name), pos);
          this.storeName(b, scope, asname ?? name, pos);
        }
        b.emit('POP_TOP', 0, pos);
        return;
      case 'Match':
        compileMatch(b, {
          expr: (e) => this.expr(b, scope, e),
          storeName: (name, at) => this.storeName(b, scope, name, at),
          jumpIfFalse: (test, label) => this.jumpIf(b, scope, test, false, label),
          block: (body) => this.block(b, scope, body),
          constOf: (e) => this.constOf(e),
          errorAtLastVisited: this.profile.compiler.patternErrorAtLastVisited,
        }, s.subject, s.cases);
        return;
      case 'Global':
      case 'Nonlocal':
        return; // declarations: the symbol table already placed the names
    }
  }

  /**
   * try/except (CPython 3.11+ layout): the body is protected by a region whose handler pushes the
   * exception, saves the previously handled one (PUSH_EXC_INFO) and tries each clause in order.
   */
  private tryExcept(b: CodeBuilder, scope: Scope, s: Extract<Stmt, { kind: 'Try' }>): void {
    const pos = positionOf(s);
    const handler = b.label();
    const end = b.label();
    const cleanup = b.label();
    const body = b.beginRegion(handler);
    b.emit('NOP', 0, pos);
    b.fblocks.push({ kind: 'tryExcept', region: body });
    this.block(b, scope, s.body);
    b.fblocks.pop();
    b.endRegion(body);
    this.block(b, scope, s.orelse);
    b.jump('JUMP_FORWARD', end, pos);

    b.place(handler);
    const matching = b.beginRegion(cleanup);
    b.emit('PUSH_EXC_INFO', 0, pos);
    for (const h of s.handlers) {
      const hpos = positionOf(h);
      const next = b.label();
      if (h.type) {
        this.expr(b, scope, h.type);
        b.emit('CHECK_EXC_MATCH', 0, hpos);
        b.jump('POP_JUMP_IF_FALSE', next, hpos);
      } else if (h !== s.handlers[s.handlers.length - 1]) {
        throw new PySyntaxError('SyntaxError', "default 'except:' must be last", h.line, h.col, h.col + 6);
      }
      if (h.name) {
        this.storeName(b, scope, h.name, hpos);
        const namedCleanup = b.label();
        const named = b.beginRegion(namedCleanup);
        b.fblocks.push({ kind: 'handlerCleanup', region: named, name: h.name });
        this.block(b, scope, h.body);
        b.fblocks.pop();
        b.endRegion(named);
        // Leaving the handler normally is outside the cleanup range, as in CPython.
        b.pauseRegion(matching);
        b.emit('POP_EXCEPT', 0, hpos);
        this.clearHandlerName(b, scope, h.name, hpos);
        b.jump('JUMP_FORWARD', end, hpos);
        b.resumeRegion(matching);
        // An exception inside the handler: `e` is still deleted, then the new exception goes on.
        b.place(namedCleanup);
        this.clearHandlerName(b, scope, h.name, hpos);
        b.emit('RERAISE', 0, hpos);
      } else {
        b.emit('POP_TOP', 0, hpos);
        const plain = b.beginRegion(cleanup);
        b.fblocks.push({ kind: 'handlerCleanup', region: plain, name: null });
        this.block(b, scope, h.body);
        b.fblocks.pop();
        b.endRegion(plain);
        b.pauseRegion(matching);
        b.emit('POP_EXCEPT', 0, hpos);
        b.jump('JUMP_FORWARD', end, hpos);
        b.resumeRegion(matching);
      }
      b.place(next);
    }
    b.emit('RERAISE', 0, pos);
    b.endRegion(matching);
    // Cleanup: restore the previously handled exception, then re-raise the new one.
    b.place(cleanup);
    b.emit('SWAP', 2, pos);
    b.emit('POP_EXCEPT', 0, pos);
    b.emit('RERAISE', 0, pos);
    b.place(end);
  }

  /**
   * with A as a, B as b: body — one nested block per item. BEFORE_WITH leaves the bound __exit__ on the
   * stack; the handler calls it with the exception and re-raises unless it returns true.
   */
  private withStatement(b: CodeBuilder, scope: Scope, s: Extract<Stmt, { kind: 'With' }>, index: number): void {
    const item = s.items[index]!;
    const pos = positionOf(item.context);
    this.expr(b, scope, item.context);
    // 3.13 locates BEFORE_WITH at the context expression; before, at the whole statement (no markers).
    b.emit('BEFORE_WITH', 0, this.profile.traceback.callAnchors ? pos : positionOf(s));
    if (item.target) this.store(b, scope, item.target);
    else b.emit('POP_TOP', 0, pos);
    const handler = b.label();
    const cleanup = b.label();
    const end = b.label();
    const region = b.beginRegion(handler);
    b.fblocks.push({ kind: 'with', region });
    if (index + 1 < s.items.length) this.withStatement(b, scope, s, index + 1);
    else this.block(b, scope, s.body);
    b.fblocks.pop();
    b.endRegion(region);
    this.callExitNormally(b, pos);
    b.jump('JUMP_FORWARD', end, pos);

    b.place(handler); // [exit, exc]
    const cleanupRegion = b.beginRegion(cleanup);
    b.emit('PUSH_EXC_INFO', 0, pos); // [exit, prev, exc]
    b.emit('WITH_EXCEPT_START', 0, pos); // [exit, prev, exc, result]
    const suppress = b.label();
    b.jump('POP_JUMP_IF_TRUE', suppress, pos);
    b.emit('RERAISE', 0, pos);
    b.endRegion(cleanupRegion);
    // __exit__ returned true: the exception is swallowed.
    b.place(suppress);
    b.emit('POP_TOP', 0, pos); // exc
    b.emit('POP_EXCEPT', 0, pos);
    b.emit('POP_TOP', 0, pos); // exit
    b.jump('JUMP_FORWARD', end, pos);
    b.place(cleanup); // [exit, prev, exc2]
    b.emit('SWAP', 2, pos);
    b.emit('POP_EXCEPT', 0, pos);
    b.emit('SWAP', 2, pos);
    b.emit('POP_TOP', 0, pos);
    b.emit('RERAISE', 0, pos);
    b.place(end);
  }

  /** exit(None, None, None) on the bound __exit__ at the top of the stack, result discarded. */
  private callExitNormally(b: CodeBuilder, pos: Position): void {
    const none = b.constant({ type: 'none' });
    b.emit('LOAD_CONST', none, pos);
    b.emit('LOAD_CONST', none, pos);
    b.emit('LOAD_CONST', none, pos);
    b.emit('CALL', 2, pos); // [exit, None, None, None]: the first None fills the self slot
    b.emit('POP_TOP', 0, pos);
  }

  /** try/finally (with optional except clauses inside): the final body runs on every way out. */
  private tryFinally(b: CodeBuilder, scope: Scope, s: Extract<Stmt, { kind: 'Try' }>): void {
    const pos = positionOf(s);
    const handler = b.label();
    const end = b.label();
    const cleanup = b.label();
    const body = b.beginRegion(handler);
    b.emit('NOP', 0, pos);
    b.fblocks.push({ kind: 'finallyTry', region: body, body: s.finalbody });
    if (s.handlers.length > 0) this.tryExcept(b, scope, { ...s, finalbody: [] });
    else this.block(b, scope, s.body);
    b.fblocks.pop();
    b.endRegion(body);
    this.block(b, scope, s.finalbody);
    b.jump('JUMP_FORWARD', end, pos);

    b.place(handler);
    const finallyRegion = b.beginRegion(cleanup);
    b.emit('PUSH_EXC_INFO', 0, pos);
    b.fblocks.push({ kind: 'finallyEnd', region: finallyRegion });
    this.block(b, scope, s.finalbody);
    b.fblocks.pop();
    b.emit('RERAISE', 0, pos);
    b.endRegion(finallyRegion);
    b.place(cleanup);
    b.emit('SWAP', 2, pos);
    b.emit('POP_EXCEPT', 0, pos);
    b.emit('RERAISE', 0, pos);
    b.place(end);
  }

  /** `name = None; del name` after an `except … as name:` clause (PEP 3110). */
  private clearHandlerName(b: CodeBuilder, scope: Scope, name: string, pos: Position): void {
    b.emit('LOAD_CONST', b.constant({ type: 'none' }), pos);
    this.storeName(b, scope, name, pos);
    this.delete(b, scope, { ...pos, kind: 'Name', id: name });
  }

  /**
   * Emits what leaving the fblocks above `downTo` requires (compiler_unwind_fblock), innermost first.
   * `preserveTos`: a return value sits on top of the stack. Returns the regions paused, to resume after.
   */
  private unwindFBlocks(b: CodeBuilder, scope: Scope, downTo: number, preserveTos: boolean, pos: Position): Region[] {
    const paused: Region[] = [];
    const saved = b.fblocks.splice(downTo);
    for (let i = saved.length - 1; i >= 0; i--) {
      const f = saved[i]!;
      switch (f.kind) {
        case 'loop':
          if (f.isFor) {
            if (preserveTos) b.emit('SWAP', 2, pos);
            b.emit('POP_TOP', 0, pos);
          }
          break;
        case 'tryExcept':
          b.pauseRegion(f.region);
          paused.push(f.region);
          break;
        case 'finallyTry':
          b.pauseRegion(f.region);
          paused.push(f.region);
          // The final body runs with the fblocks outside it still active; a return value waiting on the
          // stack is popped by any return/break/continue that leaves the final body.
          b.fblocks.push(...saved.slice(0, i));
          if (preserveTos) b.fblocks.push({ kind: 'popValue' });
          this.block(b, scope, f.body);
          if (preserveTos) b.fblocks.pop();
          b.fblocks.splice(b.fblocks.length - i, i);
          break;
        case 'popValue':
          if (preserveTos) b.emit('SWAP', 2, pos);
          b.emit('POP_TOP', 0, pos);
          break;
        case 'finallyEnd':
          if (preserveTos) b.emit('SWAP', 2, pos);
          b.emit('POP_TOP', 0, pos);
          b.pauseRegion(f.region);
          paused.push(f.region);
          if (preserveTos) b.emit('SWAP', 2, pos);
          b.emit('POP_EXCEPT', 0, pos);
          break;
        case 'with':
          // Leaving a with block normally: __exit__(None, None, None).
          b.pauseRegion(f.region);
          paused.push(f.region);
          if (preserveTos) b.emit('SWAP', 2, pos);
          this.callExitNormally(b, pos);
          break;
        case 'handlerCleanup':
          b.pauseRegion(f.region);
          paused.push(f.region);
          if (preserveTos) b.emit('SWAP', 2, pos);
          b.emit('POP_EXCEPT', 0, pos);
          if (f.name) this.clearHandlerName(b, scope, f.name, pos);
          break;
      }
    }
    b.fblocks.push(...saved);
    return paused;
  }

  private augAssign(b: CodeBuilder, scope: Scope, s: Extract<Stmt, { kind: 'AugAssign' }>): void {
    const pos = positionOf(s);
    const op = BINARY_OPS.indexOf(s.op) + INPLACE_OFFSET;
    const t = s.target;
    if (t.kind === 'Name') {
      this.loadName(b, scope, t.id, positionOf(t));
      this.expr(b, scope, s.value);
      b.emit('BINARY_OP', op, this.anchoredBinary(pos, t, `${OPERATOR_TEXT[s.op]}=`));
      this.storeName(b, scope, t.id, positionOf(t));
    } else if (t.kind === 'Subscript') {
      this.expr(b, scope, t.value);
      this.subscriptIndex(b, scope, t.slice);
      b.emit('COPY', 2, positionOf(t));
      b.emit('COPY', 2, positionOf(t));
      b.emit('BINARY_SUBSCR', 0, this.anchoredSubscript(t));
      this.expr(b, scope, s.value);
      b.emit('BINARY_OP', op, this.anchoredBinary(pos, t, `${OPERATOR_TEXT[s.op]}=`));
      b.emit('SWAP', 3, pos);
      b.emit('SWAP', 2, pos);
      b.emit('STORE_SUBSCR', 0, positionOf(t));
    } else if (t.kind === 'Attribute') {
      this.expr(b, scope, t.value);
      b.emit('COPY', 1, positionOf(t));
      b.emit('LOAD_ATTR', b.name(t.attr) << 1, positionOf(t));
      this.expr(b, scope, s.value);
      b.emit('BINARY_OP', op, this.anchoredBinary(pos, t, `${OPERATOR_TEXT[s.op]}=`));
      b.emit('SWAP', 2, pos);
      b.emit('STORE_ATTR', b.name(t.attr), positionOf(t));
    } else {
      throw new PySyntaxError('SyntaxError', `'${describeTarget(t)}' is an illegal expression for augmented assignment`, t.line, t.col, t.endCol);
    }
  }

  private functionDef(b: CodeBuilder, scope: Scope, s: Extract<Stmt, { kind: 'FunctionDef' }>): void {
    const pos = positionOf(s);
    for (const d of s.decorators) this.expr(b, scope, d);
    this.makeFunction(b, scope, s, s.name, s.params, pos, (fb, inner) => {
      // A docstring-less function keeps None as co_consts[0], like CPython before 3.14.
      if (!(s.body[0]?.kind === 'Expr' && s.body[0].value.kind === 'Constant' && s.body[0].value.value.type === 'str')) fb.constant({ type: 'none' });
      this.block(fb, inner, s.body);
      const last = s.body[s.body.length - 1];
      if (!last || last.kind !== 'Return') fb.emit('RETURN_CONST', fb.constant({ type: 'none' }), last ? positionOf(last) : pos);
    }, (ab) => this.functionAnnotationsOf(ab, scope, s, pos));
    // Decorators apply innermost first: `dec; func; CALL 0` calls dec(func) (func fills the self slot).
    for (let i = s.decorators.length - 1; i >= 0; i--) b.emit('CALL', 0, positionOf(s.decorators[i]!));
    this.storeName(b, scope, s.name, pos);
  }

  /** `class C(bases): body` → __build_class__(<function C>, 'C', *bases, **keywords), then decorators. */
  private classDef(b: CodeBuilder, scope: Scope, s: Extract<Stmt, { kind: 'ClassDef' }>): void {
    const pos = positionOf(s);
    for (const d of s.decorators) this.expr(b, scope, d);
    b.emit('LOAD_BUILD_CLASS', 0, pos);
    b.emit('PUSH_NULL', 0, pos);
    const none: Params = { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null };
    this.makeFunction(b, scope, s, s.name, none, pos, (fb, inner) => {
      fb.emit('LOAD_NAME', fb.name('__name__'), pos);
      fb.emit('STORE_NAME', fb.name('__module__'), pos);
      fb.emit('LOAD_CONST', fb.constant({ type: 'str', value: (inner as { qualname: string }).qualname }), pos);
      fb.emit('STORE_NAME', fb.name('__qualname__'), pos);
      if (this.profile.compiler.classStaticAttributes) {
        fb.emit('LOAD_CONST', fb.constant({ type: 'int', value: BigInt(s.line) }), pos);
        fb.emit('STORE_NAME', fb.name('__firstlineno__'), pos);
      }
      if (hasSimpleAnnotation(s.body)) {
        if (this.profile.compiler.deferredAnnotations) throw new UnsupportedError('variable annotations in a class body on 3.14 (deferred to __annotate__)', s.line);
        fb.emit('SETUP_ANNOTATIONS', 0, pos);
      }
      // A docstring becomes the class's __doc__ (compiler_body) instead of an expression statement.
      const first = s.body[0];
      const hasDoc = first?.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.type === 'str';
      if (hasDoc) {
        const docPos = positionOf(first);
        this.expr(fb, inner, first.value);
        fb.emit('STORE_NAME', fb.name('__doc__'), docPos);
      }
      this.block(fb, inner, hasDoc ? s.body.slice(1) : s.body);
      if (this.profile.compiler.classStaticAttributes) {
        // 3.13: the names methods assign as self.<name> = …, sorted.
        const names = [...staticAttributes(s.body)].sort();
        fb.emit('LOAD_CONST', fb.constant({ type: 'tuple', items: names.map((n) => ({ type: 'str', value: n })) }), pos);
        fb.emit('STORE_NAME', fb.name('__static_attributes__'), pos);
      }
      const classCell = inner.slots.get('__class__');
      const end = s.body.length > 0 ? positionOf(s.body[s.body.length - 1]!) : pos;
      if (classCell !== undefined && inner.info.cellvars.includes('__class__')) {
        fb.emit('LOAD_CLOSURE', classCell, end);
        fb.emit('COPY', 1, end);
        fb.emit('STORE_NAME', fb.name('__classcell__'), end);
        fb.emit('RETURN_VALUE', 0, end);
      } else {
        fb.emit('RETURN_CONST', fb.constant({ type: 'none' }), end);
      }
    });
    b.emit('LOAD_CONST', b.constant({ type: 'str', value: s.name }), pos);
    for (const base of s.bases) this.expr(b, scope, base);
    if (s.keywords.length > 0) {
      for (const k of s.keywords) this.expr(b, scope, k.value);
      b.emit('LOAD_CONST', b.constant({ type: 'tuple', items: s.keywords.map((k) => ({ type: 'str', value: k.arg! })) }), pos);
      b.emit('CALL_KW', 2 + s.bases.length + s.keywords.length, pos);
    } else {
      b.emit('CALL', 2 + s.bases.length, pos);
    }
    for (let i = s.decorators.length - 1; i >= 0; i--) b.emit('CALL', 0, positionOf(s.decorators[i]!));
    this.storeName(b, scope, s.name, pos);
  }

  private lambda(b: CodeBuilder, scope: Scope, e: Extract<Expr, { kind: 'Lambda' }>): void {
    const pos = positionOf(e);
    this.makeFunction(b, scope, e, '<lambda>', e.params, pos, (fb, inner) => {
      this.expr(fb, inner, e.body);
      fb.emit('RETURN_VALUE', 0, positionOf(e.body));
    });
  }

  /**
   * A comprehension as a nested function called with the iterator as `.0`: list/dict comprehensions on
   * 3.11 (`<listcomp>`), generator expressions always (`<genexpr>`, a generator function).
   */
  private comprehensionFunction(b: CodeBuilder, scope: Scope, e: ComprehensionNode): void {
    const pos = positionOf(e);
    const name = { ListComp: '<listcomp>', DictComp: '<dictcomp>', SetComp: '<setcomp>', GeneratorExp: '<genexpr>' }[e.kind];
    const params: Params = { posonly: [], args: [{ name: '.0', default: null }], vararg: null, kwonly: [], kwarg: null };
    this.makeFunction(b, scope, e, name, params, pos, (fb, inner) => {
      if (e.kind === 'GeneratorExp') {
        this.comprehensionLoops(fb, inner, e, 0, true);
        fb.emit('RETURN_CONST', fb.constant({ type: 'none' }), pos);
        return;
      }
      fb.emit(e.kind === 'ListComp' ? 'BUILD_LIST' : e.kind === 'SetComp' ? 'BUILD_SET' : 'BUILD_MAP', 0, pos);
      this.comprehensionLoops(fb, inner, e, 0, true);
      fb.emit('RETURN_VALUE', 0, pos);
    });
    this.expr(b, scope, iteratedDisplay(e.generators[0]!.iter));
    b.emit('GET_ITER', 0, positionOf(e.generators[0]!.iter));
    b.emit('CALL', 0, pos); // [function, iterator]: the iterator fills the self slot, so this is function(iterator)
  }

  /**
   * 3.12+ (PEP 709): the comprehension runs in the enclosing frame. Its variables get fast slots whose
   * previous values are saved on the stack (LOAD_FAST_AND_CLEAR) and restored afterwards, also on error.
   */
  private inlinedComprehension(b: CodeBuilder, scope: Scope, e: ComprehensionNode): void {
    const pos = positionOf(e);
    const info = this.scopes.get(e)!;
    const slots = new Map(inlinedNames(info).map((n) => [n, { slot: this.inlineSlot(scope, n), cell: info.kinds.get(n) === 'cell' }]));
    this.expr(b, scope, iteratedDisplay(e.generators[0]!.iter));
    b.emit('GET_ITER', 0, positionOf(e.generators[0]!.iter));
    // A captured variable gets a fresh cell for this run; the saved value (or cell) comes back afterwards.
    for (const { slot, cell } of slots.values()) {
      b.emit('LOAD_FAST_AND_CLEAR', slot, pos);
      if (cell) b.emit('MAKE_CELL', slot, pos);
    }
    if (slots.size > 0) b.emit('SWAP', slots.size + 1, pos);
    b.emit(e.kind === 'ListComp' ? 'BUILD_LIST' : e.kind === 'SetComp' ? 'BUILD_SET' : 'BUILD_MAP', 0, pos);
    b.emit('SWAP', 2, pos);
    const cleanup = b.label();
    const region = slots.size > 0 ? b.beginRegion(cleanup) : null;
    scope.inlined.push(slots);
    scope.inlinedScopes.push(info);
    try {
      this.comprehensionLoops(b, scope, e, 0, false);
    } finally {
      scope.inlined.pop();
      scope.inlinedScopes.pop();
    }
    if (region) b.endRegion(region);
    const restore = () => {
      if (slots.size === 0) return;
      b.emit('SWAP', slots.size + 1, pos);
      for (const { slot } of [...slots.values()].reverse()) b.emit('STORE_FAST', slot, pos);
    };
    restore();
    if (region) {
      const end = b.label();
      b.jump('JUMP_FORWARD', end, pos);
      // On an exception: drop the iterator and the partial result, restore the saved variables, re-raise.
      b.place(cleanup);
      b.emit('SWAP', 2, pos);
      b.emit('POP_TOP', 0, pos);
      b.emit('SWAP', 2, pos);
      b.emit('POP_TOP', 0, pos);
      restore();
      b.emit('RERAISE', 0, pos);
      b.place(end);
    }
  }

  /**
   * The slot an inlined comprehension variable uses: the enclosing function's own local, cell or free
   * variable of that name (saved and restored around the comprehension), or a slot of its own.
   */
  private inlineSlot(scope: Scope, name: string): number {
    let slot = scope.slots.get(name);
    if (slot === undefined) {
      slot = scope.slotNames.length;
      scope.slotNames.push(name);
      scope.slots.set(name, slot);
    }
    return slot;
  }

  /** The nested `for`/`if` loops of a comprehension and the append of each element. */
  private comprehensionLoops(b: CodeBuilder, scope: Scope, e: ComprehensionNode, index: number, iteratorInSlot: boolean): void {
    const g = e.generators[index]!;
    const gpos = positionOf(g.iter);
    if (index === 0 && iteratorInSlot) b.emit('LOAD_FAST', 0, gpos);
    else if (index > 0) {
      this.expr(b, scope, iteratedDisplay(g.iter));
      b.emit('GET_ITER', 0, gpos);
    }
    const top = b.label();
    const done = b.label();
    b.place(top);
    b.jump('FOR_ITER', done, gpos);
    this.store(b, scope, g.target);
    for (const cond of g.ifs) this.jumpIf(b, scope, cond, false, top);
    if (index + 1 < e.generators.length) {
      this.comprehensionLoops(b, scope, e, index + 1, iteratorInSlot);
    } else if (e.kind === 'ListComp') {
      this.expr(b, scope, e.elt);
      b.emit('LIST_APPEND', e.generators.length + 1, positionOf(e));
    } else if (e.kind === 'SetComp') {
      this.expr(b, scope, e.elt);
      b.emit('SET_ADD', e.generators.length + 1, positionOf(e));
    } else if (e.kind === 'GeneratorExp') {
      this.expr(b, scope, e.elt);
      b.emit('YIELD_VALUE', 0, positionOf(e.elt));
      b.emit('RESUME', 1, positionOf(e.elt));
      b.emit('POP_TOP', 0, positionOf(e.elt));
    } else {
      this.expr(b, scope, e.key);
      this.expr(b, scope, e.value);
      b.emit('MAP_ADD', e.generators.length + 1, positionOf(e));
    }
    b.jump('JUMP_BACKWARD', top, gpos);
    b.place(done);
  }

  /** A module's or class's top-level simple annotations (3.14 compiles the module's into its __annotate__). */
  private moduleAnnotations = new Set<Stmt>();

  /**
   * `target: annotation [= value]`: the value is stored first; a module or class body (3.11–3.13) then stores a
   * simple name's annotation in __annotations__, or evaluates a complex target's annotation and drops it.
   * Functions never evaluate annotations of their variables.
   */
  private annotatedAssignment(b: CodeBuilder, scope: Scope, s: Extract<Stmt, { kind: 'AnnAssign' }>, pos: Position): void {
    if (s.value) {
      this.expr(b, scope, s.value);
      this.store(b, scope, s.target);
    }
    if (scope.kind === 'function') return;
    const deferred = this.profile.compiler.deferredAnnotations;
    const t = s.target;
    if (deferred && t.kind === 'Name' && s.simple && !this.moduleAnnotations.has(s)) {
      // 3.14 gathers them into __annotate__: the simulator builds it for a module's top level only.
      const where = scope.kind === 'class' ? 'in a class body' : 'inside a compound statement (__conditional_annotations__)';
      throw new UnsupportedError(`variable annotations ${where} on 3.14`, s.line);
    }
    if (deferred && t.kind === 'Name' && s.simple) return;
    if (t.kind === 'Name' && s.simple) {
      this.expr(b, scope, s.annotation);
      b.emit('LOAD_NAME', b.name('__annotations__'), pos);
      b.emit('LOAD_CONST', b.constant({ type: 'str', value: t.id }), pos);
      b.emit('STORE_SUBSCR', 0, pos);
      return;
    }
    if (!s.value && t.kind === 'Attribute') this.discard(b, scope, t.value);
    if (!s.value && t.kind === 'Subscript') {
      this.discard(b, scope, t.value);
      const slice = t.slice;
      if (slice.kind === 'Slice') [slice.lower, slice.upper, slice.step].forEach((part) => part && this.discard(b, scope, part));
      else if (slice.kind === 'Tuple') slice.elts.forEach((e) => this.discard(b, scope, e));
      else this.discard(b, scope, slice);
    }
    // 3.14 never evaluates a complex target's annotation.
    if (!deferred) this.discard(b, scope, s.annotation);
  }

  private discard(b: CodeBuilder, scope: Scope, e: Expr): void {
    this.expr(b, scope, e);
    b.emit('POP_TOP', 0, positionOf(e));
  }

  /**
   * A def's annotations: 3.11–3.13 push a tuple of (name, value) pairs (MAKE_FUNCTION flag 0x04); 3.14 pushes
   * its __annotate__ function (flag 0x10). Returns the flag, or 0 without annotations.
   */
  private functionAnnotationsOf(b: CodeBuilder, scope: Scope, s: Extract<Stmt, { kind: 'FunctionDef' }>, pos: Position): number {
    const pairs = functionAnnotations(s.params, s.returns);
    if (pairs.length === 0) return 0;
    if (this.profile.compiler.deferredAnnotations) {
      if (scope.kind === 'class') {
        // Annotation scopes see the class namespace through __classdict__, which the simulator does not model.
        const classNames = scope.info.bound;
        for (const p of pairs) walkExpr(p.annotation, (name) => {
          if (classNames.has(name)) throw new UnsupportedError(`an annotation naming '${name}', a name of the class body, on 3.14`, s.line);
        });
      }
      this.annotateFunctionOf(b, scope, annotateFunction(s, pairs, s));
      return 16;
    }
    for (const p of pairs) {
      b.emit('LOAD_CONST', b.constant({ type: 'str', value: p.name }), pos);
      this.expr(b, scope, p.annotation);
    }
    b.emit('BUILD_TUPLE', pairs.length * 2, pos);
    return 4;
  }

  /** MAKE_FUNCTION for a synthesized 3.14 __annotate__(format, /). */
  private annotateFunctionOf(b: CodeBuilder, scope: Scope, def: Extract<Stmt, { kind: 'FunctionDef' }>): void {
    const pos = positionOf(def);
    this.makeFunction(b, scope, def, def.name, def.params, pos, (fb, inner) => {
      fb.constant({ type: 'none' });
      this.block(fb, inner, def.body);
    });
  }

  /** Defaults, kw-defaults, closure cells, then MAKE_FUNCTION over a freshly compiled code object. */
  private makeFunction(
    b: CodeBuilder, scope: Scope, node: ScopeNode, name: string, params: Params, pos: Position,
    body: (fb: CodeBuilder, inner: Scope) => void,
    annotations: ((b: CodeBuilder) => number) | null = null,
  ): void {
    let flags = 0;
    const defaults = [...params.posonly, ...params.args].filter((p) => p.default).map((p) => p.default!);
    if (defaults.length > 0) {
      this.tupleOf(b, scope, defaults, pos);
      flags |= 1;
    }
    const kwdefaults = params.kwonly.filter((p) => p.default);
    if (kwdefaults.length > 0) {
      for (const p of kwdefaults) {
        b.emit('LOAD_CONST', b.constant({ type: 'str', value: p.name }), pos);
        this.expr(b, scope, p.default!);
      }
      b.emit('BUILD_MAP', kwdefaults.length, pos);
      flags |= 2;
    }
    if (annotations) flags |= annotations(b);
    const info = this.scopes.get(node)!;
    // A comprehension's function adds no `.<locals>` (compiler_set_qualname: only def and lambda parents do).
    const comprehension = ['ListComp', 'DictComp', 'SetComp', 'GeneratorExp'].includes((scope.info.node as { kind?: string }).kind ?? '');
    const qualname = scope.kind === 'function' ? `${scope.qualname}${comprehension ? '' : '.<locals>'}.${name}` : scope.kind === 'class' ? `${scope.qualname}.${name}` : name;
    const inner = functionScope(info, qualname);
    if (info.freevars.length > 0) {
      for (const free of info.freevars) b.emit('LOAD_CLOSURE', this.closureSlot(scope, free), pos);
      b.emit('BUILD_TUPLE', info.freevars.length, pos);
      flags |= 8;
    }
    const fb = new CodeBuilder();
    const start = { line: pos.line, col: pos.col, endLine: pos.line, endCol: pos.col };
    if (info.freevars.length > 0) fb.emit('COPY_FREE_VARS', info.freevars.length, start);
    for (const cell of info.cellvars) fb.emit('MAKE_CELL', inner.slots.get(cell)!, start);
    if (info.isGenerator) {
      // The call returns a generator; its first resumption pushes a value that POP_TOP discards.
      fb.emit('RETURN_GENERATOR', 0, start);
      fb.emit('POP_TOP', 0, start);
    }
    fb.emit('RESUME', 0, start);
    body(fb, inner);
    const own = info.kind === 'class' ? [] : info.varnames;
    const varnames = [...own, ...inner.slotNames.filter((n) => !own.includes(n) && !info.cellvars.includes(n) && !info.freevars.includes(n))];
    const code = this.finish(fb, info.kind === 'class' ? 'class' : 'function', name, qualname, pos.line, varnames, params, inner.slotNames, info.cellvars, info.freevars, info.isGenerator);
    b.emit('LOAD_CONST', b.constant({ type: 'code', code }), pos);
    b.emit('MAKE_FUNCTION', flags, pos);
  }

  /** The cell a closure captures: an inlined comprehension's fresh cell, else the scope's cell or free slot. */
  private closureSlot(scope: Scope, name: string): number {
    for (let i = scope.inlined.length - 1; i >= 0; i--) {
      const inlined = scope.inlined[i]!.get(name);
      if (inlined) return inlined.slot;
    }
    return scope.slots.get(name) ?? -1;
  }

  // ---- names -------------------------------------------------------------------------------

  /** How a name is reached from this scope: by name (module), fast slot, cell/free slot, or global. */
  private access(scope: Scope, name: string): { via: 'name' | 'fast' | 'deref' | 'global'; slot: number } {
    for (let i = scope.inlined.length - 1; i >= 0; i--) {
      const inlined = scope.inlined[i]!.get(name);
      if (inlined) return { via: inlined.cell ? 'deref' : 'fast', slot: inlined.slot };
    }
    const kind = scope.info.kinds.get(name) ?? 'global-implicit';
    if (scope.kind === 'module') return { via: 'name', slot: -1 };
    if (scope.kind === 'class') {
      const comp = scope.inlinedScopes[scope.inlinedScopes.length - 1];
      if (comp) {
        // PEP 709 in a class body: the comprehension still cannot see the class namespace.
        const inner = comp.kinds.get(name);
        if (inner === 'free' && scope.slots.has(name)) return { via: 'deref', slot: scope.slots.get(name)! };
        return { via: 'global', slot: -1 };
      }
      if (kind === 'cell' || kind === 'free') return { via: 'deref', slot: scope.slots.get(name)! };
      return { via: kind === 'global-explicit' ? 'global' : 'name', slot: -1 };
    }
    // (A local declared only by `x: T` gets its slot when first used.)
    if (kind === 'local') return { via: 'fast', slot: scope.slots.get(name) ?? this.inlineSlot(scope, name) };
    if (kind === 'cell' || kind === 'free') return { via: 'deref', slot: scope.slots.get(name)! };
    return { via: 'global', slot: -1 };
  }

  private loadName(b: CodeBuilder, scope: Scope, name: string, pos: Position, pushNull = false): void {
    const a = this.access(scope, name);
    switch (a.via) {
      case 'name': b.emit('LOAD_NAME', b.name(name), pos); break;
      case 'fast': b.emit('LOAD_FAST_CHECK', a.slot, pos); break;
      case 'deref': b.emit('LOAD_DEREF', a.slot, pos); break;
      case 'global':
        b.emit('LOAD_GLOBAL', (b.name(name) << 1) | (pushNull ? 1 : 0), pos);
        return;
    }
    if (pushNull) b.emit('PUSH_NULL', 0, pos);
  }

  private storeName(b: CodeBuilder, scope: Scope, name: string, pos: Position): void {
    const a = this.access(scope, name);
    switch (a.via) {
      case 'name': b.emit('STORE_NAME', b.name(name), pos); break;
      case 'fast': b.emit('STORE_FAST', a.slot, pos); break;
      case 'deref': b.emit('STORE_DEREF', a.slot, pos); break;
      case 'global': b.emit('STORE_GLOBAL', b.name(name), pos); break;
    }
  }

  private deleteName(b: CodeBuilder, scope: Scope, name: string, pos: Position): void {
    const a = this.access(scope, name);
    switch (a.via) {
      case 'name': b.emit('DELETE_NAME', b.name(name), pos); break;
      case 'fast': b.emit('DELETE_FAST', a.slot, pos); break;
      case 'deref': b.emit('DELETE_DEREF', a.slot, pos); break;
      case 'global': b.emit('DELETE_GLOBAL', b.name(name), pos); break;
    }
  }

  private store(b: CodeBuilder, scope: Scope, t: Expr): void {
    const pos = positionOf(t);
    switch (t.kind) {
      case 'Name': return this.storeName(b, scope, t.id, pos);
      case 'Tuple':
      case 'List': {
        const star = t.elts.findIndex((e) => e.kind === 'Starred');
        if (star >= 0) {
          if (t.elts.filter((e) => e.kind === 'Starred').length > 1) {
            throw new PySyntaxError('SyntaxError', 'multiple starred expressions in assignment', t.line, t.col, t.endCol);
          }
          b.emit('UNPACK_EX', star | ((t.elts.length - star - 1) << 8), pos);
        } else {
          b.emit('UNPACK_SEQUENCE', t.elts.length, pos);
        }
        for (const e of t.elts) this.store(b, scope, e.kind === 'Starred' ? e.value : e);
        return;
      }
      case 'Subscript':
        this.expr(b, scope, t.value);
        this.subscriptIndex(b, scope, t.slice);
        b.emit('STORE_SUBSCR', 0, this.anchoredSubscript(t));
        return;
      case 'Attribute':
        this.expr(b, scope, t.value);
        b.emit('STORE_ATTR', b.name(t.attr), pos);
        return;
      default:
        throw new PySyntaxError('SyntaxError', `cannot assign to ${describeTarget(t)}`, t.line, t.col, t.endCol);
    }
  }

  private delete(b: CodeBuilder, scope: Scope, t: Expr): void {
    const pos = positionOf(t);
    switch (t.kind) {
      case 'Name':
        this.deleteName(b, scope, t.id, pos);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.delete(b, scope, e);
        return;
      case 'Subscript':
        this.expr(b, scope, t.value);
        this.subscriptIndex(b, scope, t.slice);
        b.emit('DELETE_SUBSCR', 0, this.anchoredSubscript(t));
        return;
      case 'Attribute':
        this.expr(b, scope, t.value);
        b.emit('DELETE_ATTR', b.name(t.attr), pos);
        return;
      default:
        throw new PySyntaxError('SyntaxError', `cannot delete ${describeTarget(t)}`, t.line, t.col, t.endCol);
    }
  }

  // ---- expressions -------------------------------------------------------------------------

  private expr(b: CodeBuilder, scope: Scope, e: Expr): void {
    const pos = positionOf(e);
    const folded = this.fold(e);
    if (folded) {
      if (this.profile.compiler.astConstantFolding) this.arenaKeys.add(constKey(folded));
      b.emit('LOAD_CONST', b.constant(folded), pos);
      return;
    }
    switch (e.kind) {
      case 'Name': return this.loadName(b, scope, e.id, pos);
      case 'Constant':
        this.holdLiteral(toConst(e.value));
        b.emit('LOAD_CONST', b.constant(toConst(e.value)), pos);
        return;
      case 'JoinedStr': return this.joinedStr(b, scope, e);
      case 'FormattedValue': return this.formattedValue(b, scope, e);
      case 'List': return this.listDisplay(b, scope, e.elts, pos);
      case 'Tuple': return this.tupleOf(b, scope, e.elts, pos);
      case 'Set': {
        const consts = e.elts.map((x) => this.constOf(x));
        if (e.elts.length > 2 && consts.every((c) => c !== null)) {
          // CPython: BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1 (the set is built by set_merge).
          b.emit('BUILD_SET', 0, pos);
          b.emit('LOAD_CONST', b.constant({ type: 'frozenset', items: consts as Const[] }), pos);
          b.emit('SET_UPDATE', 1, pos);
          return;
        }
        if (e.elts.some((x) => x.kind === 'Starred')) {
          this.buildWithStarred(b, scope, e.elts, pos, 'BUILD_SET', 'SET_UPDATE', 'SET_ADD');
          return;
        }
        for (const x of e.elts) this.expr(b, scope, x);
        b.emit('BUILD_SET', e.elts.length, pos);
        return;
      }
      case 'Dict': {
        // Runs of key: value pairs become dicts merged, with each **mapping, into the first one.
        let pending = 0;
        let built = false;
        const flush = () => {
          if (!built) {
            b.emit('BUILD_MAP', pending, pos);
            built = true;
          } else if (pending > 0) {
            b.emit('BUILD_MAP', pending, pos);
            b.emit('DICT_UPDATE', 1, pos);
          }
          pending = 0;
        };
        for (let i = 0; i < e.keys.length; i++) {
          const key = e.keys[i];
          if (key === null) {
            flush();
            this.expr(b, scope, e.values[i]!);
            b.emit('DICT_UPDATE', 1, pos);
          } else {
            this.expr(b, scope, key);
            this.expr(b, scope, e.values[i]!);
            pending++;
          }
        }
        if (!built || pending > 0) flush();
        return;
      }
      case 'BinOp':
        this.expr(b, scope, e.left);
        this.expr(b, scope, e.right);
        b.emit('BINARY_OP', BINARY_OPS.indexOf(e.op), this.anchoredBinary(pos, e.left, OPERATOR_TEXT[e.op]));
        return;
      case 'UnaryOp':
        this.expr(b, scope, e.operand);
        b.emit(e.op === 'USub' ? 'UNARY_NEGATIVE' : e.op === 'UAdd' ? 'UNARY_POSITIVE' : e.op === 'Invert' ? 'UNARY_INVERT' : 'UNARY_NOT', 0, pos);
        return;
      case 'BoolOp': {
        const end = b.label();
        e.values.forEach((v, i) => {
          this.expr(b, scope, v);
          if (i < e.values.length - 1) {
            b.emit('COPY', 1, pos);
            b.jump(e.op === 'And' ? 'POP_JUMP_IF_FALSE' : 'POP_JUMP_IF_TRUE', end, pos);
            b.emit('POP_TOP', 0, pos);
          }
        });
        b.place(end);
        return;
      }
      case 'Compare': return this.compare(b, scope, e);
      case 'Call': return this.call(b, scope, e);
      case 'Attribute':
        this.expr(b, scope, e.value);
        b.emit('LOAD_ATTR', b.name(e.attr) << 1, pos);
        return;
      case 'Subscript':
        this.expr(b, scope, e.value);
        this.subscriptIndex(b, scope, e.slice);
        b.emit('BINARY_SUBSCR', 0, this.anchoredSubscript(e));
        return;
      case 'Slice':
        throw new PySyntaxError('SyntaxError', 'invalid syntax', e.line, e.col, e.endCol);
      case 'IfExp': {
        const orelse = b.label();
        const end = b.label();
        this.jumpIf(b, scope, e.test, false, orelse);
        this.expr(b, scope, e.body);
        b.jump('JUMP_FORWARD', end, pos);
        b.place(orelse);
        this.expr(b, scope, e.orelse);
        b.place(end);
        return;
      }
      case 'Starred':
        throw new PySyntaxError('SyntaxError', "can't use starred expression here", e.line, e.col, e.endCol);
      case 'Lambda':
        return this.lambda(b, scope, e);
      case 'NamedExpr':
        this.expr(b, scope, e.value);
        b.emit('COPY', 1, pos);
        this.store(b, scope, e.target);
        return;
      case 'ListComp':
      case 'DictComp':
      case 'SetComp':
        return this.profile.compiler.inlineComprehensions ? this.inlinedComprehension(b, scope, e) : this.comprehensionFunction(b, scope, e);
      case 'GeneratorExp':
        return this.comprehensionFunction(b, scope, e);
      case 'Yield':
        if (e.value) this.expr(b, scope, e.value);
        else b.emit('LOAD_CONST', b.constant({ type: 'none' }), pos);
        b.emit('YIELD_VALUE', 0, pos);
        b.emit('RESUME', 1, pos);
        return;
      case 'YieldFrom': {
        // Delegation: SEND passes values in and results out until the sub-iterator returns.
        this.expr(b, scope, e.value);
        b.emit('GET_YIELD_FROM_ITER', 0, pos);
        b.emit('LOAD_CONST', b.constant({ type: 'none' }), pos);
        const top = b.label();
        const done = b.label();
        b.place(top);
        b.jump('SEND', done, pos);
        b.emit('YIELD_VALUE', 0, pos);
        b.emit('RESUME', 2, pos);
        b.jump('JUMP_BACKWARD_NO_INTERRUPT', top, pos);
        b.place(done);
        b.emit('END_SEND', 0, pos);
        return;
      }
    }
  }

  /** [a, *b, c] / {a, *b}: an empty container, then each item added or each starred iterable merged in. */
  private buildWithStarred(
    b: CodeBuilder, scope: Scope, elts: readonly Expr[], pos: Position,
    build: 'BUILD_LIST' | 'BUILD_SET', merge: 'LIST_EXTEND' | 'SET_UPDATE', add: 'LIST_APPEND' | 'SET_ADD',
  ): void {
    b.emit(build, 0, pos);
    for (const x of elts) {
      this.expr(b, scope, x.kind === 'Starred' ? x.value : x);
      b.emit(x.kind === 'Starred' ? merge : add, 1, positionOf(x));
    }
  }

  /** Constant folding as CPython's AST optimizer does it (only what changes observable identity). */
  private fold(e: Expr): Const | null {
    // () is a constant too, so ('pop', ()) is one constant tuple (measured: building it allocates nothing).
    if (e.kind === 'Tuple') {
      const items = e.elts.map((x) => this.constOf(x));
      return items.every((x) => x !== null) ? { type: 'tuple', items: items as Const[] } : null;
    }
    if (e.kind === 'UnaryOp' && e.op !== 'Not') {
      const operand = this.constOf(e.operand);
      return operand ? foldUnary(e.op, operand, this.profile.compiler.astConstantFolding) : null;
    }
    if (e.kind === 'BinOp') {
      const left = this.constOf(e.left);
      const right = left && this.constOf(e.right);
      return left && right ? foldBinary(e.op, left, right) : null;
    }
    return null;
  }

  /**
   * A literal stays referenced by the parse arena while the module runs. From 3.12 a bytes literal
   * written as one token is referenced twice: the parser's concatenation step returns the token's own
   * object (PyBytes_Concat onto b'') and adds it to the arena again.
   */
  private holdLiteral(c: Const): void {
    const key = constKey(c);
    this.arenaKeys.add(key);
    if (c.type === 'bytes' && c.oneLiteral && this.profile.compiler.bytesLiteralHeldTwice) this.arenaTwice.add(key);
  }

  private constOf(e: Expr): Const | null {
    if (e.kind === 'Constant') {
      this.holdLiteral(toConst(e.value));
      return toConst(e.value);
    }
    const folded = this.fold(e);
    if (folded && this.profile.compiler.astConstantFolding && e.kind !== 'Tuple') this.arenaKeys.add(constKey(folded));
    return folded;
  }

  private subscriptIndex(b: CodeBuilder, scope: Scope, s: Expr): void {
    if (s.kind !== 'Slice') {
      this.expr(b, scope, s);
      return;
    }
    const pos = positionOf(s);
    for (const part of [s.lower, s.upper]) {
      if (part) this.expr(b, scope, part);
      else b.emit('LOAD_CONST', b.constant({ type: 'none' }), pos);
    }
    if (s.step) this.expr(b, scope, s.step);
    b.emit('BUILD_SLICE', s.step ? 3 : 2, pos);
  }

  private listDisplay(b: CodeBuilder, scope: Scope, elts: Expr[], pos: Position): void {
    const consts = elts.map((x) => this.constOf(x));
    if (elts.length >= 3 && consts.every((c) => c !== null)) {
      // CPython: BUILD_LIST 0; LOAD_CONST (tuple); LIST_EXTEND 1 — capacity rounds up to even.
      b.emit('BUILD_LIST', 0, pos);
      b.emit('LOAD_CONST', b.constant({ type: 'tuple', items: consts as Const[] }), pos);
      b.emit('LIST_EXTEND', 1, pos);
      return;
    }
    if (elts.some((x) => x.kind === 'Starred')) {
      this.buildWithStarred(b, scope, elts, pos, 'BUILD_LIST', 'LIST_EXTEND', 'LIST_APPEND');
      return;
    }
    for (const x of elts) this.expr(b, scope, x);
    b.emit('BUILD_LIST', elts.length, pos);
  }

  private tupleOf(b: CodeBuilder, scope: Scope, elts: Expr[], pos: Position): void {
    const consts = elts.map((x) => this.constOf(x));
    if (elts.length > 0 && consts.every((c) => c !== null)) {
      b.emit('LOAD_CONST', b.constant({ type: 'tuple', items: consts as Const[] }), pos);
      return;
    }
    if (elts.some((x) => x.kind === 'Starred')) {
      this.listDisplay(b, scope, elts, pos);
      b.emit('LIST_TO_TUPLE', 0, pos);
      return;
    }
    for (const x of elts) this.expr(b, scope, x);
    b.emit('BUILD_TUPLE', elts.length, pos);
  }

  private joinedStr(b: CodeBuilder, scope: Scope, e: Extract<Expr, { kind: 'JoinedStr' }>): void {
    const pos = positionOf(e);
    if (e.parts.length === 0) {
      b.emit('LOAD_CONST', b.constant({ type: 'str', value: '' }), pos);
      return;
    }
    for (const part of e.parts) this.expr(b, scope, part);
    if (e.parts.length > 1) b.emit('BUILD_STRING', e.parts.length, pos);
  }

  private formattedValue(b: CodeBuilder, scope: Scope, e: Extract<Expr, { kind: 'FormattedValue' }>): void {
    const pos = positionOf(e);
    this.expr(b, scope, e.value);
    if (e.conversion) b.emit('CONVERT_VALUE', { s: 1, r: 2, a: 3 }[e.conversion], pos);
    if (e.spec) {
      this.expr(b, scope, e.spec);
      b.emit('FORMAT_WITH_SPEC', 0, pos);
    } else {
      b.emit('FORMAT_SIMPLE', 0, pos);
    }
  }

  private compare(b: CodeBuilder, scope: Scope, e: Extract<Expr, { kind: 'Compare' }>): void {
    const pos = positionOf(e);
    this.checkIsLiteral(e);
    this.expr(b, scope, e.left);
    // fold_compare: the right operand of a final `in` / `not in` that is a list display is built as a tuple.
    const lastOp = e.ops[e.ops.length - 1];
    const comparators = lastOp === 'In' || lastOp === 'NotIn'
      ? [...e.comparators.slice(0, -1), iteratedDisplay(e.comparators[e.comparators.length - 1]!)] : e.comparators;
    if (e.ops.length === 1) {
      this.expr(b, scope, comparators[0]!);
      this.emitCompare(b, e.ops[0]!, pos);
      return;
    }
    const cleanup = b.label();
    const end = b.label();
    for (let i = 0; i < e.ops.length; i++) {
      this.expr(b, scope, comparators[i]!);
      if (i < e.ops.length - 1) {
        b.emit('SWAP', 2, pos);
        b.emit('COPY', 2, pos);
        this.emitCompare(b, e.ops[i]!, pos);
        b.emit('COPY', 1, pos);
        b.jump('POP_JUMP_IF_FALSE', cleanup, pos);
        b.emit('POP_TOP', 0, pos);
      } else {
        this.emitCompare(b, e.ops[i]!, pos);
      }
    }
    b.jump('JUMP_FORWARD', end, pos);
    b.place(cleanup);
    b.emit('SWAP', 2, pos);
    b.emit('POP_TOP', 0, pos);
    b.place(end);
  }

  /** check_compare: the first `is`/`is not` with a literal operand warns (once per comparison chain). */
  private checkIsLiteral(e: Extract<Expr, { kind: 'Compare' }>): void {
    let left = e.left;
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!;
      const right = e.comparators[i]!;
      if (op === 'Is' || op === 'IsNot') {
        const literal = this.literalOperand(left) ?? this.literalOperand(right);
        if (literal) {
          this.warnings.push({ line: e.line, message: isLiteralMessage(op, literal, this.profile) });
          return;
        }
      }
      left = right;
    }
  }

  /** The type name of an operand that is a literal once the AST optimizer folded it (`()` included). */
  private literalOperand(e: Expr): string | null {
    if (e.kind === 'Tuple' && e.elts.length === 0) return 'tuple';
    // 3.14 folds `-1` and `2 * 3` after this check (in the CFG), so they are not literals to it.
    if ((e.kind === 'UnaryOp' || e.kind === 'BinOp') && !this.profile.compiler.astConstantFolding) return null;
    return literalType(this.constOf(e));
  }

  private emitCompare(b: CodeBuilder, op: CmpOpName, pos: Position): void {
    if (op === 'Is' || op === 'IsNot') b.emit('IS_OP', op === 'IsNot' ? 1 : 0, pos);
    else if (op === 'In' || op === 'NotIn') b.emit('CONTAINS_OP', op === 'NotIn' ? 1 : 0, pos);
    else b.emit('COMPARE_OP', COMPARE_OPS.indexOf(op), pos);
  }

  /** Conditional jump on an expression's truth (CPython compiles `not x` and comparisons the same way). */
  private jumpIf(b: CodeBuilder, scope: Scope, test: Expr, whenTrue: boolean, label: Label): void {
    if (test.kind === 'UnaryOp' && test.op === 'Not') {
      this.jumpIf(b, scope, test.operand, !whenTrue, label);
      return;
    }
    this.expr(b, scope, test);
    b.jump(whenTrue ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', label, positionOf(test));
  }

  private call(b: CodeBuilder, scope: Scope, e: Extract<Expr, { kind: 'Call' }>): void {
    const pos = this.anchoredCall(e);
    const literal = literalCallee(e.func);
    if (literal) this.warnings.push({ line: e.func.line, message: `'${literal}' object is not callable; perhaps you missed a comma?` });
    if (e.func.kind === 'Attribute') {
      this.expr(b, scope, e.func.value);
      b.emit('LOAD_ATTR', (b.name(e.func.attr) << 1) | 1, positionOf(e.func));
    } else if (e.func.kind === 'Name') {
      this.loadName(b, scope, e.func.id, positionOf(e.func), true);
    } else {
      this.expr(b, scope, e.func);
      b.emit('PUSH_NULL', 0, positionOf(e.func));
    }
    const starred = e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null);
    if (starred) {
      this.tupleOf(b, scope, e.args, pos);
      if (e.keywords.length > 0) {
        // Keyword arguments are gathered into one dict in order; ** mappings merge into it.
        b.emit('BUILD_MAP', 0, pos);
        for (const k of e.keywords) {
          if (k.arg === null) {
            this.expr(b, scope, k.value);
            b.emit('DICT_MERGE', 1, pos);
          } else {
            b.emit('LOAD_CONST', b.constant({ type: 'str', value: k.arg }), positionOf(k));
            this.expr(b, scope, k.value);
            b.emit('BUILD_MAP', 1, positionOf(k));
            b.emit('DICT_MERGE', 1, positionOf(k));
          }
        }
      } else {
        b.emit('PUSH_NULL', 0, pos);
      }
      b.emit('CALL_FUNCTION_EX', 0, pos);
      return;
    }
    for (const a of e.args) this.expr(b, scope, a);
    if (e.keywords.length > 0) {
      const names = e.keywords.map((k) => k.arg!);
      const dup = names.find((n, i) => names.indexOf(n) !== i);
      if (dup) {
        const k = e.keywords[names.lastIndexOf(dup)]!;
        throw new PySyntaxError('SyntaxError', `keyword argument repeated: ${dup}`, k.line, k.col, k.endCol);
      }
      for (const k of e.keywords) this.expr(b, scope, k.value);
      b.emit('LOAD_CONST', b.constant({ type: 'tuple', items: names.map((n) => ({ type: 'str', value: n })) }), pos);
      b.emit('CALL_KW', e.args.length + e.keywords.length, pos);
    } else {
      b.emit('CALL', e.args.length, pos);
    }
  }

  // ---- traceback anchors (CPython's ~~~^^^ markers) ----------------------------------------

  private lineText(line: number): string {
    return this.lines[line - 1] ?? '';
  }

  /** `a / b` → ^ under the operator: skip spaces and closing parens after the left operand. */
  private anchoredBinary(pos: Position, left: Pos, opText: string): Position {
    if (left.endLine !== pos.line || pos.endLine !== pos.line) return pos;
    const text = this.lineText(pos.line);
    let i = left.endCol;
    while (i < text.length && (text[i] === ' ' || text[i] === ')' || text[i] === '\t')) i++;
    return { ...pos, anchors: [i, i + opText.length] };
  }

  /** `x[k]` → ^ from the bracket to the end. */
  private anchoredSubscript(e: Extract<Expr, { kind: 'Subscript' }>): Position {
    const pos = positionOf(e);
    if (e.value.endLine !== e.line || e.endLine !== e.line) return pos;
    const text = this.lineText(e.line);
    let i = e.value.endCol;
    while (i < text.length && text[i] !== '[') i++;
    return { ...pos, anchors: [i, e.endCol] };
  }

  /** 3.13+: `f(x)` → ~ under the callee, ^ from the parenthesis. */
  private anchoredCall(e: Extract<Expr, { kind: 'Call' }>): Position {
    const pos = positionOf(e);
    if (!this.profile.traceback.callAnchors || e.func.endLine !== e.line || e.endLine !== e.line) return pos;
    const s = this.currentStatement;
    const wholeValue = e.func.kind === 'Name' && s !== null && (
      (s.kind === 'Return' && s.value === e)
      || (s.kind === 'Assign' && s.value === e && s.targets.length === 1 && s.targets[0]!.kind === 'Name'));
    if (wholeValue) return { ...pos, hideCarets: true };
    const text = this.lineText(e.line);
    let i = e.func.endCol;
    while (i < text.length && text[i] !== '(') i++;
    return { ...pos, anchors: [i, e.endCol] };
  }
}

/** self.<name> = … targets in the methods of a class body (not nested functions), for __static_attributes__. */
function staticAttributes(body: Stmt[]): Set<string> {
  const names = new Set<string>();
  const scan = (stmts: Stmt[], self: string) => {
    for (const s of stmts) {
      if (s.kind === 'Assign') {
        const visit = (t: Expr): void => {
          if (t.kind === 'Attribute' && t.value.kind === 'Name' && t.value.id === self) names.add(t.attr);
          else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(visit);
        };
        s.targets.forEach(visit);
      }
      if (s.kind === 'If' || s.kind === 'While' || s.kind === 'For') { scan(s.body, self); scan(s.orelse, self); }
      if (s.kind === 'With') scan(s.body, self);
      if (s.kind === 'Match') s.cases.forEach((m) => scan(m.body, self));
      if (s.kind === 'Try') { scan(s.body, self); s.handlers.forEach((h) => scan(h.body, self)); scan(s.orelse, self); scan(s.finalbody, self); }
    }
  };
  for (const s of body) {
    if (s.kind !== 'FunctionDef') continue;
    const first = [...s.params.posonly, ...s.params.args][0];
    if (first) scan(s.body, first.name);
  }
  return names;
}

function describeTarget(t: Expr): string {
  switch (t.kind) {
    case 'Call': return 'function call';
    case 'Constant': return 'literal';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'BoolOp': return 'expression';
    case 'JoinedStr': return 'f-string expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'IfExp': return 'conditional expression';
    default: return 'expression';
  }
}

/**
 * The optimizer's fold_iter: a list display that is only iterated (a for loop's or a comprehension's
 * iterable, the right operand of `in`) is built as a tuple, a constant one when its items are constants.
 */
function iteratedDisplay(e: Expr): Expr {
  if (e.kind !== 'List' || e.elts.some((item) => item.kind === 'Starred')) return e;
  return { ...e, kind: 'Tuple' };
}
