// Control-flow facts about compiled code: basic blocks, successors, and which fast locals are
// definitely bound (LOAD_FAST_CHECK → LOAD_FAST, as CPython's flowgraph pass decides).
import type { CodeObject, Instruction } from './code';
import { stackEffect, type Opcode } from './opcodes';

const JUMPS: ReadonlySet<Opcode> = new Set<Opcode>(['JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'FOR_ITER', 'SEND']);
const UNCONDITIONAL: ReadonlySet<Opcode> = new Set<Opcode>(['JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'RETURN_VALUE', 'RETURN_CONST', 'RERAISE', 'RAISE_VARARGS']);

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

/**
 * Sets each exception-table entry's depth: the value-stack depth where its range starts, found by
 * propagating stack effects along normal and exception edges (a handler starts one deeper: the exception).
 */
export function computeHandlerDepths(code: CodeObject): void {
  const instrs = code.instructions;
  const depth = new Array<number>(instrs.length).fill(-1);
  const work: number[] = [];
  const reach = (i: number, d: number) => {
    if (i < instrs.length && depth[i]! < 0) {
      depth[i] = d;
      work.push(i);
    }
  };
  reach(0, 0);
  for (let changed = true; changed;) {
    while (work.length > 0) {
      const i = work.pop()!;
      const ins = instrs[i]!;
      const d = depth[i]! + stackEffect(ins.op, ins.arg);
      if (ins.op === 'FOR_ITER') {
        reach(ins.arg, depth[i]! - 1);
        reach(i + 1, d);
        continue;
      }
      if (JUMPS.has(ins.op)) reach(ins.arg, d);
      if (!UNCONDITIONAL.has(ins.op)) reach(i + 1, d);
    }
    changed = false;
    // A region's depth is the stack depth where it first opened; its later ranges share it.
    const regionDepth = new Map<number, number>();
    for (const entry of [...code.exceptionTable].sort((a, b) => a.start - b.start)) {
      const start = depth[entry.start]!;
      if (!regionDepth.has(entry.region) && start >= 0) regionDepth.set(entry.region, start);
    }
    for (const entry of code.exceptionTable) {
      const d = regionDepth.get(entry.region);
      if (d === undefined) continue;
      entry.depth = d;
      if (depth[entry.target]! < 0) {
        reach(entry.target, d + 1);
        changed = true;
      }
    }
  }
}
