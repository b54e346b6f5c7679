// 3.14: which LOAD_FAST instructions push borrowed references (LOAD_FAST_BORROW, gh-130704).
// Model of CPython's optimize_load_fast (Python/flowgraph.c), per docs/research/load-fast-borrow-3.14.md:
// each basic block is interpreted abstractly; a load is borrowed unless its value is stored into a
// local, its local is rebound/deleted while the value is on the stack, or the value outlives the block.
import type { CodeObject, Instruction } from './code';
import { stackEffect, type Opcode } from './opcodes';
import { blockStarts, successors } from './flow';

const STORED = 1;
const KILLED = 2;
const UNCONSUMED = 4;
const NOT_BORROWABLE = 8;

interface Ref {
  readonly producer: number; // instruction index, or -1 for a value already on the stack
  readonly local: number; // -1 when the value is not a local's
}

/** Stores into locals: the popped value's producer is "stored". */
const STORES: ReadonlySet<Opcode> = new Set<Opcode>(['STORE_FAST']);
/** Ops that leave their operand(s) in place and push new values on top (per CPython 3.14.2). */
const KEEPS_OPERAND: ReadonlySet<Opcode> = new Set<Opcode>(['FORMAT_SIMPLE', 'GET_LEN', 'MATCH_KEYS', 'MATCH_MAPPING', 'MATCH_SEQUENCE']);
/** Ops that pop only what they consume; the container under it stays. */
const CONSUMES_TOP_ONLY: ReadonlySet<Opcode> = new Set<Opcode>(['LIST_APPEND', 'LIST_EXTEND', 'DICT_UPDATE', 'DICT_MERGE', 'SET_ADD', 'SET_UPDATE', 'MAP_ADD']);

function pops(ins: Instruction): number {
  const { op, arg } = ins;
  switch (op) {
    case 'CALL': return arg + 2;
    case 'CALL_KW': return arg + 3;
    case 'CALL_FUNCTION_EX': return 4;
    case 'BUILD_LIST': case 'BUILD_TUPLE': case 'BUILD_STRING': case 'BUILD_SLICE': case 'BUILD_SET': return arg;
    case 'BUILD_MAP': return arg * 2;
    case 'MAKE_FUNCTION': return 1 + (arg & 1) + ((arg >> 1) & 1) + ((arg >> 3) & 1);
    case 'STORE_DEREF': return 1;
    case 'UNPACK_SEQUENCE': case 'UNPACK_EX': case 'GET_ITER': case 'POP_TOP': case 'RETURN_VALUE':
    case 'POP_JUMP_IF_FALSE': case 'POP_JUMP_IF_TRUE': case 'UNARY_NEGATIVE': case 'UNARY_POSITIVE':
    case 'UNARY_INVERT': case 'UNARY_NOT': case 'CONVERT_VALUE': case 'LIST_TO_TUPLE': case 'STORE_NAME':
    case 'STORE_GLOBAL': case 'POP_JUMP_IF_NONE': case 'POP_JUMP_IF_NOT_NONE':
      return 1;
    case 'MATCH_CLASS': return 3;
    case 'BINARY_OP': case 'COMPARE_OP': case 'IS_OP': case 'CONTAINS_OP': case 'BINARY_SUBSCR':
    case 'DELETE_SUBSCR': case 'STORE_ATTR': case 'FORMAT_WITH_SPEC':
      return 2;
    case 'STORE_SUBSCR': return 3;
    case 'PUSH_EXC_INFO': case 'POP_EXCEPT': case 'RERAISE': case 'CHECK_EXC_MATCH': return 1;
    case 'RAISE_VARARGS': return arg;
    case 'DELETE_ATTR': return 1;
    case 'YIELD_VALUE': case 'GET_YIELD_FROM_ITER': case 'SEND': return 1;
    case 'END_SEND': return 2;
    case 'BEFORE_WITH': return 1;
    default: return 0;
  }
}

export function markBorrowedLoads(code: CodeObject): void {
  const instrs = code.instructions;
  const flags = new Array<number>(instrs.length).fill(0);
  markSuperinstructionPairs(instrs, flags);
  const starts = blockStarts(instrs);
  const depthAt = startDepths(instrs, starts);
  const endOf = (start: number) => (starts.find((s) => s > start) ?? instrs.length) - 1;

  for (const start of starts) {
    const depth = depthAt.get(start);
    if (depth === undefined) continue; // unreachable: never optimized
    const stack: Ref[] = Array.from({ length: depth }, () => ({ producer: -1, local: -1 }));
    const kill = (local: number) => {
      for (const r of stack) if (r.local === local && r.producer >= 0) flags[r.producer]! |= KILLED;
    };
    const pushNew = (i: number, n: number) => {
      for (let k = 0; k < n; k++) stack.push({ producer: i, local: -1 });
    };
    for (let i = start; i <= endOf(start); i++) {
      const ins = instrs[i]!;
      switch (ins.op) {
        case 'LOAD_FAST':
          stack.push({ producer: i, local: ins.arg });
          break;
        case 'STORE_FAST': {
          const r = stack.pop();
          kill(ins.arg);
          if (r && r.producer >= 0) flags[r.producer]! |= STORED;
          break;
        }
        case 'DELETE_FAST':
          kill(ins.arg);
          break;
        case 'COPY': {
          const r = stack[stack.length - ins.arg];
          stack.push(r ?? { producer: -1, local: -1 });
          break;
        }
        case 'SWAP': {
          const top = stack.length - 1;
          const other = stack.length - ins.arg;
          [stack[top], stack[other]] = [stack[other]!, stack[top]!];
          break;
        }
        case 'LOAD_ATTR': {
          const owner = stack.pop();
          stack.push({ producer: i, local: -1 });
          if (ins.arg & 1) stack.push(owner ?? { producer: -1, local: -1 });
          break;
        }
        case 'FOR_ITER':
          stack.push({ producer: i, local: -1 });
          break;
        default: {
          if (KEEPS_OPERAND.has(ins.op)) {
            pushNew(i, stackEffect(ins.op, ins.arg) + 0);
            break;
          }
          if (CONSUMES_TOP_ONLY.has(ins.op)) {
            stack.pop();
            break;
          }
          const n = pops(ins);
          for (let k = 0; k < n; k++) stack.pop();
          pushNew(i, n + stackEffect(ins.op, ins.arg));
          if (STORES.has(ins.op)) break;
        }
      }
    }
    for (const r of stack) if (r.producer >= 0) flags[r.producer]! |= UNCONSUMED;
  }

  // Pairs of loads (LOAD_FAST_LOAD_FAST) are borrowed together or not at all.
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i]!;
    if (ins.op !== 'LOAD_FAST' || depthAt.size === 0) continue;
    const partner = pairPartner(instrs, i);
    const blocked = flags[i]! !== 0 || (partner !== null && flags[partner]! !== 0);
    if (!blocked && reachable(depthAt, starts, i)) ins.op = 'LOAD_FAST_BORROW';
  }
  for (let i = 0; i < instrs.length; i++) {
    const partner = pairPartner(instrs, i);
    if (partner !== null && instrs[i]!.op !== instrs[partner]!.op) {
      instrs[i]!.op = 'LOAD_FAST';
      instrs[partner]!.op = 'LOAD_FAST';
    }
  }
}

function reachable(depthAt: Map<number, number>, starts: number[], i: number): boolean {
  let start = 0;
  for (const s of starts) if (s <= i) start = s;
  return depthAt.has(start);
}

/** The other half of a LOAD_FAST_LOAD_FAST superinstruction (same line, both indexes < 16). */
function pairPartner(instrs: Instruction[], i: number): number | null {
  const isPair = (a: number) => {
    const x = instrs[a];
    const y = instrs[a + 1];
    return !!x && !!y && (x.op === 'LOAD_FAST' || x.op === 'LOAD_FAST_BORROW') && (y.op === 'LOAD_FAST' || y.op === 'LOAD_FAST_BORROW')
      && x.arg < 16 && y.arg < 16 && x.pos.line === y.pos.line;
  };
  // Pairs are formed greedily left to right.
  let a = i;
  while (a > 0 && isPair(a - 1)) a--;
  const offset = i - a;
  if (offset % 2 === 0) return isPair(i) ? i + 1 : null;
  return i - 1;
}

/** STORE_FAST a; LOAD_FAST b on one line (indexes < 16) fuse; that load is never borrowed. */
function markSuperinstructionPairs(instrs: Instruction[], flags: number[]): void {
  for (let i = 1; i < instrs.length; i++) {
    const prev = instrs[i - 1]!;
    const ins = instrs[i]!;
    if (prev.op === 'STORE_FAST' && ins.op === 'LOAD_FAST' && prev.arg < 16 && ins.arg < 16 && prev.pos.line === ins.pos.line) {
      flags[i]! |= NOT_BORROWABLE;
    }
  }
}

/** Stack depth at the start of each reachable block (the normal stack-depth computation). */
function startDepths(instrs: Instruction[], starts: number[]): Map<number, number> {
  const depthAt = new Map<number, number>([[0, 0]]);
  const work = [0];
  const endOf = (start: number) => (starts.find((s) => s > start) ?? instrs.length) - 1;
  while (work.length > 0) {
    const start = work.pop()!;
    let depth = depthAt.get(start)!;
    const end = endOf(start);
    for (let i = start; i <= end; i++) {
      const ins = instrs[i]!;
      if (i === end) {
        for (const succ of successors(instrs, end)) {
          let d = depth + stackEffect(ins.op, ins.arg);
          if (ins.op === 'FOR_ITER' && succ === ins.arg) d = depth - 1;
          if ((ins.op === 'POP_JUMP_IF_FALSE' || ins.op === 'POP_JUMP_IF_TRUE')) d = depth - 1;
          if (!depthAt.has(succ)) {
            depthAt.set(succ, d);
            work.push(succ);
          }
        }
      }
      depth += stackEffect(ins.op, ins.arg);
    }
  }
  return depthAt;
}
