// Compile-time code objects: instructions with CPython-style positions, constants, names, locals.
import type { Opcode } from './opcodes';

/** A constant as the compiler knows it; materialized into a Python object when the code runs. */
export type Const =
  | { readonly type: 'int'; readonly value: bigint }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'str'; readonly value: string }
  | { readonly type: 'bytes'; readonly value: string; readonly oneLiteral?: boolean }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'none' }
  | { readonly type: 'ellipsis' }
  | { readonly type: 'tuple'; readonly items: readonly Const[] }
  /** A set display of three or more constants: CPython keeps a frozenset constant and SET_UPDATEs from it. */
  | { readonly type: 'frozenset'; readonly items: readonly Const[] }
  | { readonly type: 'code'; readonly code: CodeObject };

export interface Position {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** Columns (within the line) of the ^^^ part of the traceback marker, when CPython anchors it. */
  readonly anchors?: readonly [start: number, end: number];
  /** 3.13+: `return f(x)` / `y = f(x)` where the call is the whole statement value: no markers. */
  readonly hideCarets?: boolean;
}

export interface Instruction {
  op: Opcode;
  arg: number;
  readonly pos: Position;
}

/** One protected range of the exception table (CPython 3.11+ "zero-cost" exceptions). */
export interface ExceptionTableEntry {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly target: number;
  /** Value-stack depth to unwind to before pushing the exception. */
  depth: number;
  /** Nesting level: the innermost matching entry wins. */
  readonly level: number;
  /** Entries of one protected region (split by gaps) share the region's handler depth. */
  readonly region: number;
}

export interface CodeObject {
  readonly kind: 'module' | 'function' | 'class';
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstLine: number;
  readonly instructions: Instruction[];
  readonly exceptionTable: ExceptionTableEntry[];
  readonly consts: Const[];
  readonly names: string[];
  /** Parameters first (positional-only, positional, keyword-only, *args, **kwargs), then other locals. */
  readonly varnames: string[];
  /** Every frame slot: co_varnames, then cells that are not parameters, then free variables. */
  readonly localsplusNames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  /** Calling the function creates a generator (CO_GENERATOR). */
  readonly isGenerator: boolean;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly hasVarargs: boolean;
  readonly hasVarkw: boolean;
}

const codeIds = new WeakMap<CodeObject, number>();
let nextCodeId = 1;

/** Code objects are never merged: two `<genexpr>` on one line are different constants. */
function codeId(code: CodeObject): number {
  let id = codeIds.get(code);
  if (id === undefined) codeIds.set(code, (id = nextCodeId++));
  return id;
}

/** A key that identifies equal constants, so one compilation unit shares them like CPython's. */
export function constKey(c: Const): string {
  switch (c.type) {
    case 'int': return `i${c.value}`;
    case 'float': return Object.is(c.value, -0) ? 'f-0' : `f${c.value}`;
    case 'str': return `s${c.value}`;
    case 'bytes': return `y${c.value}`;
    case 'bool': return `b${c.value}`;
    case 'none': return 'N';
    case 'ellipsis': return 'E';
    case 'tuple': return `t(${c.items.map(constKey).join(',')})`;
    case 'frozenset': return `z(${c.items.map(constKey).join(',')})`;
    case 'code': return `c${codeId(c.code)}`;
  }
}
