// The opcode table (src/engine/compiler/opcodes.ts) against what the compiler emits: every emitted
// opcode has a stack effect, and along every path of every code object of a corpus (the conformance
// cases and the demos) the stack never underflows, depths agree where paths join, and a return leaves
// only its value — the invariants CPython's own stack-depth pass (flowgraph.c) asserts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { OPCODES, OPCODE_NAMES, stackEffect, type Opcode } from '../../../src/engine/compiler/opcodes';
import type { CodeObject } from '../../../src/engine/compiler/code';
import { PySyntaxError } from '../../../src/engine/syntax/errors';
import { VERSION_IDS } from '../../../src/engine/profiles';
import { allCodes, compile } from '../helpers';

const ROOT = join(__dirname, '../../..');

function pyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pyFiles(join(dir, e.name)) : e.name.endsWith('.py') ? [join(dir, e.name)] : []);
}

const CORPUS = [...pyFiles(join(ROOT, 'test/conformance/cases')), ...pyFiles(join(ROOT, 'media/demos'))].sort();

/** Evaluates a slot count such as "oparg-1" or "(oparg & 0xff) + (oparg >> 8) + 1" (no eval). */
function evalCount(expr: string, oparg: number): number {
  const tokens = expr.match(/0x[0-9a-f]+|\d+|oparg|>>|[-+*&()]/gi) ?? [];
  let pos = 0;
  const atom = (): number => {
    const t = tokens[pos++];
    if (t === '(') {
      const v = shift();
      pos++; // ')'
      return v;
    }
    if (t === 'oparg') return oparg;
    if (t === '-') return -atom();
    return Number(t);
  };
  const product = (): number => {
    let v = atom();
    while (tokens[pos] === '*') { pos++; v *= atom(); }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[pos] === '+' || tokens[pos] === '-') v = tokens[pos++] === '+' ? v + product() : v - product();
    return v;
  };
  const shift = (): number => {
    let v = sum();
    for (;;) {
      if (tokens[pos] === '>>') { pos++; v >>= sum(); } else if (tokens[pos] === '&') { pos++; v &= sum(); } else return v;
    }
  };
  return shift();
}

/** Inputs an instruction pops, from the table's "(inputs -- outputs)" text. */
function inputs(op: Opcode, oparg: number): number {
  const inputsText = /^\((.*)--/.exec(OPCODES[op].stack)![1]!;
  return inputsText.split(',').map((s) => s.trim()).filter(Boolean).reduce((total, slot) => {
    const m = /^\w+(?:\[(.+)\])?$/.exec(slot)!;
    return total + (m[1] ? evalCount(m[1], oparg) : 1);
  }, 0);
}

const ENDS = new Set<Opcode>(['RETURN_VALUE', 'RETURN_CONST', 'RERAISE', 'RAISE_VARARGS']);

interface Handler { start: number; end: number; target: number; depth: number }

/**
 * Abstract interpretation of the stack depth; returns the problems found. Exception edges start the
 * handler at its entry's depth + 1 (the exception); `handlerProblems` collects instructions whose depth is
 * below the depth their handler unwinds to.
 */
function checkStack(code: CodeObject, handlerProblems: string[] = []): string[] {
  const problems: string[] = [];
  const instrs = code.instructions;
  const handlers = ((code as { exceptionTable?: Handler[] }).exceptionTable ?? []);
  const depth = new Array<number | undefined>(instrs.length);
  const work: [number, number][] = [[0, 0]];
  const reach = (from: number, to: number, d: number) => {
    if (to < 0 || to >= instrs.length) problems.push(`${code.qualname}@${from}: jumps to ${to}, outside the code`);
    else work.push([to, d]);
  };
  while (work.length > 0) {
    const [i, d] = work.pop()!;
    const seen = depth[i];
    if (seen !== undefined) {
      if (seen !== d) problems.push(`${code.qualname}@${i} ${instrs[i]!.op}: depth ${seen} on one path, ${d} on another`);
      continue;
    }
    depth[i] = d;
    const { op, arg } = instrs[i]!;
    if (d - inputs(op, arg) < 0) problems.push(`${code.qualname}@${i} ${op} ${arg}: pops ${inputs(op, arg)} from a stack of ${d}`);
    if (op === 'RETURN_VALUE' && d !== 1) problems.push(`${code.qualname}@${i} RETURN_VALUE with ${d - 1} values left on the stack`);
    if (op === 'RETURN_CONST' && d !== 0) problems.push(`${code.qualname}@${i} RETURN_CONST with ${d} values left on the stack`);
    for (const h of handlers) {
      if (i >= h.start && i < h.end) {
        if (d < h.depth) handlerProblems.push(`${code.qualname}@${i} ${op}: depth ${d} below its handler's ${h.depth}`);
        reach(i, h.target, h.depth + 1);
      }
    }
    const after = d + stackEffect(op, arg);
    if (op === 'FOR_ITER') {
      reach(i, i + 1, after);
      reach(i, arg, d - 1);
    } else if (op === 'POP_JUMP_IF_FALSE' || op === 'POP_JUMP_IF_TRUE') {
      reach(i, i + 1, after);
      reach(i, arg, after);
    } else if (op === 'JUMP_FORWARD' || op === 'JUMP_BACKWARD') {
      reach(i, arg, after);
    } else if (!ENDS.has(op)) {
      reach(i, i + 1, after);
    }
  }
  return problems;
}

describe('the opcode table', () => {
  it('every opcode has a parseable stack effect for small opargs', () => {
    for (const op of OPCODE_NAMES) {
      for (const arg of [1, 2, 3]) expect(Number.isInteger(stackEffect(op, arg)), `${op} ${arg}`).toBe(true);
    }
  });

  it('stack effects of representative instructions (CPython 3.13 stack_effect with jump=False)', () => {
    const cases = [
      ['LOAD_CONST', 0, 1], ['POP_TOP', 0, -1], ['BUILD_LIST', 3, -2], ['BUILD_MAP', 2, -3], ['CALL', 2, -3],
      ['CALL_KW', 2, -4], ['LOAD_GLOBAL', 5, 2], ['LOAD_GLOBAL', 4, 1], ['LOAD_ATTR', 3, 1], ['LOAD_ATTR', 2, 0],
      ['UNPACK_SEQUENCE', 3, 2], ['UNPACK_EX', 1 | (2 << 8), 3], ['LIST_EXTEND', 1, -1], ['COPY', 1, 1], ['SWAP', 3, 0],
      ['FOR_ITER', 7, 1], ['STORE_SUBSCR', 0, -3], ['BUILD_SLICE', 3, -2], ['BUILD_STRING', 4, -3],
    ] as const;
    expect(cases.map(([op, arg]) => stackEffect(op, arg))).toEqual(cases.map(([, , effect]) => effect));
  });
});

describe(`compiling ${CORPUS.length} programs (conformance cases and demos)`, () => {
  it('finds the corpus', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  async function compileCorpus(version: (typeof VERSION_IDS)[number]): Promise<{ compiled: number; codes: [string, CodeObject][] }> {
    const codes: [string, CodeObject][] = [];
    let compiled = 0;
    for (const file of CORPUS) {
      const source = readFileSync(file, 'utf8');
      if (source.includes(`# conformance: not-for ${version}:`)) continue;
      try {
        for (const code of allCodes((await compile(source, version)).code)) codes.push([relative(ROOT, file), code]);
        compiled++;
      } catch (error) {
        if (!(error instanceof PySyntaxError)) throw error; // a case about CPython's SyntaxError
      }
    }
    return { compiled, codes };
  }

  for (const version of VERSION_IDS) {
    it(`${version}: emits only table opcodes, and the stack depth is consistent on every path`, async () => {
      const { compiled, codes } = await compileCorpus(version);
      const problems: string[] = [];
      for (const [file, code] of codes) {
        for (const ins of code.instructions) {
          if (!Object.hasOwn(OPCODES, ins.op) || !Number.isInteger(stackEffect(ins.op, ins.arg))) problems.push(`${ins.op}: not in the table`);
        }
        problems.push(...checkStack(code).map((p) => `${file}: ${p}`));
      }
      expect(compiled).toBeGreaterThanOrEqual(40);
      expect(problems).toEqual([]);
    });
  }

  // KNOWN BUG (reported, not fixed): after `except E as e:` the protected range of the handler's cleanup
  // entry also covers POP_EXCEPT and the `e = None; del e` that follow it, where the stack is already below
  // the entry's depth. CPython pops that block (POP_BLOCK) before POP_EXCEPT, so those instructions belong
  // to the enclosing handler. Unobservable today (they cannot raise); flip to `it` once fixed.
  it('every instruction covered by a handler has at least that handler\'s depth', async () => {
    const { codes } = await compileCorpus('3.13');
    const handlerProblems: string[] = [];
    for (const [file, code] of codes) {
      const found: string[] = [];
      checkStack(code, found);
      handlerProblems.push(...found.map((p) => `${file}: ${p}`));
    }
    expect(handlerProblems).toEqual([]);
  });
});
