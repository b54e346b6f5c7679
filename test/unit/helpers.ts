// Shared helpers for the unit tests: the parser's wasm, parsing, compiling, a bare runtime, and
// running a program through the whole engine.
import { join } from 'node:path';
import { loadParserWasm } from '../../src/node/wasm';
import { parseModule } from '../../src/engine/syntax/parser';
import { compileModule, type CompiledModule } from '../../src/engine/compiler/compiler';
import type { CodeObject, Instruction } from '../../src/engine/compiler/code';
import type { Expr, Module, Stmt } from '../../src/engine/syntax/ast';
import { PROFILES, type VersionId } from '../../src/engine/profiles';
import { Recorder } from '../../src/engine/trace/recorder';
import { Runtime } from '../../src/engine/vm/runtime';
import { runSource, type RunResult } from '../../src/engine';

/** dist/ when `node esbuild.mjs` ran; loadParserWasm falls back to node_modules next to it. */
export const wasm = loadParserWasm(join(__dirname, '../../dist'));

export function parse(source: string): Promise<Module> {
  return parseModule(source, wasm);
}

/** The value of the first statement, which must be an expression statement. */
export async function parseExpr(source: string): Promise<Expr> {
  const [s] = (await parse(source)).body;
  if (!s || s.kind !== 'Expr') throw new Error(`not an expression statement: ${source}`);
  return s.value;
}

export async function parseStmt(source: string): Promise<Stmt> {
  const [s] = (await parse(source)).body;
  if (!s) throw new Error(`no statement in ${source}`);
  return s;
}

export async function compile(source: string, version: VersionId = '3.13'): Promise<CompiledModule> {
  return compileModule(await parse(source), 'test.py', source, PROFILES[version]);
}

/** The code object of the function `name` defined at module level (or nested anywhere below). */
export function findCode(code: CodeObject, name: string): CodeObject {
  for (const c of code.consts) {
    if (c.type !== 'code') continue;
    if (c.code.name === name) return c.code;
    try {
      return findCode(c.code, name);
    } catch {
      // keep looking
    }
  }
  throw new Error(`no code object named ${name} in ${code.qualname}`);
}

/** All code objects of a compilation unit, module first. */
export function allCodes(code: CodeObject): CodeObject[] {
  return [code, ...code.consts.flatMap((c) => (c.type === 'code' ? allCodes(c.code) : []))];
}

/** "OP arg" lines without RESUME, the way the tests spell expected sequences. */
export function ops(code: CodeObject, withArgs = true): string[] {
  return code.instructions.filter((i) => i.op !== 'RESUME').map((i) => (withArgs ? `${i.op} ${i.arg}` : i.op));
}

/** The instructions of one source line. */
export function lineOps(code: CodeObject, line: number): Instruction[] {
  return code.instructions.filter((i) => i.pos.line === line && i.op !== 'RESUME');
}

/** A fresh interpreter state without running any program (trace recording optional). */
export function runtime(version: VersionId = '3.13', record = false): Runtime {
  return new Runtime(PROFILES[version], new Recorder(record));
}

export function run(source: string, version: VersionId = '3.13'): Promise<RunResult> {
  return runSource(source, { filename: 'test.py', version, wasm, record: true });
}

/** Turns bigint values into strings so `toEqual` on AST fragments stays readable. */
export function plain<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)));
}

/** Drops position fields from an AST fragment. */
export function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'bigint') return `${value}n`;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'line' || k === 'col' || k === 'endLine' || k === 'endCol') continue;
      out[k] = shape(v);
    }
    return out;
  }
  return value;
}
