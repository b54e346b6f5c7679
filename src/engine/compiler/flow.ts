// Control-flow facts about compiled code: basic blocks, successors, and which fast locals are
// definitely bound (LOAD_FAST_CHECK → LOAD_FAST, as CPython's flowgraph pass decides).
import type { CodeObject, Instruction } from './code';
import type { Opcode } from './opcodes';

const JUMPS: ReadonlySet<Opcode> = new Set<Opcode>(['JUMP_FORWARD', 'JUMP_BACKWARD', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'FOR_ITER']);
const UNCONDITIONAL: ReadonlySet<Opcode> = new Set<Opcode>(['JUMP_FORWARD', 'JUMP_BACKWARD', 'RETURN_VALUE', 'RETURN_CONST']);

export function isJump(op: Opcode): boolean {
  return JUMPS.has(op);
}

/** Indexes of the instructions that start a basic block. */
export function blockStarts(instrs: readonly Instruction[]): number[] {
  const starts = new Set<number>([0]);
  instrs.forEach((ins, i) => {
    if (JUMPS.has(ins.op)) {
      starts.add(ins.arg);
      starts.add(i + 1);
    } else if (UNCONDITIONAL.has(ins.op)) {
      starts.add(i + 1);
    }
  });
  return [...starts].filter((i) => i < instrs.length).sort((a, b) => a - b);
}

export function successors(instrs: readonly Instruction[], last: number): number[] {
  const ins = instrs[last]!;
  const out: number[] = [];
  if (JUMPS.has(ins.op)) out.push(ins.arg);
  if (!UNCONDITIONAL.has(ins.op)) out.push(last + 1);
  return out.filter((i) => i < instrs.length);
}

/** Replaces LOAD_FAST_CHECK by LOAD_FAST where every path to it has bound the local. */
export function resolveLocalChecks(code: CodeObject): void {
  const instrs = code.instructions;
  const n = code.varnames.length;
  const params = code.argcount + code.kwonlyargcount + (code.hasVarargs ? 1 : 0) + (code.hasVarkw ? 1 : 0);
  const starts = blockStarts(instrs);
  const all = new Array<boolean>(n).fill(true);
  // bound-at-entry per block start; null = not yet reached
  const entry = new Map<number, boolean[] | null>(starts.map((s) => [s, null]));
  entry.set(0, Array.from({ length: n }, (_, i) => i < params));
  const work = [0];
  const blockEnd = (start: number) => {
    const next = starts.find((s) => s > start);
    return (next ?? instrs.length) - 1;
  };
  const transfer = (start: number, state: boolean[], rewrite: boolean): boolean[] => {
    const cur = [...state];
    for (let i = start; i <= blockEnd(start); i++) {
      const ins = instrs[i]!;
      if (ins.op === 'STORE_FAST') cur[ins.arg] = true;
      else if (ins.op === 'DELETE_FAST') cur[ins.arg] = false;
      else if (rewrite && ins.op === 'LOAD_FAST_CHECK' && cur[ins.arg]) ins.op = 'LOAD_FAST';
    }
    return cur;
  };
  while (work.length > 0) {
    const start = work.pop()!;
    const out = transfer(start, entry.get(start) ?? all, false);
    for (const succ of successors(instrs, blockEnd(start))) {
      const prev = entry.get(succ);
      const merged = prev ? prev.map((v, i) => v && out[i]!) : out;
      if (!prev || merged.some((v, i) => v !== prev[i])) {
        entry.set(succ, merged);
        work.push(succ);
      }
    }
  }
  for (const start of starts) {
    const state = entry.get(start);
    if (state) transfer(start, state, true);
  }
}
