// The dis module: dis.dis() lists the simulator's own bytecode. The simulator compiles to CPython-like
// instructions (same names, stack effects and reference behaviour), but without CPython's inline caches and
// specializations its offsets and some instruction choices differ, so the listing says whose bytecode it is.
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import type { CodeObject, Const } from '../compiler/code';
import { OPCODES } from '../compiler/opcodes';
import { BINARY_OPS, COMPARE_OPS, INPLACE_OFFSET } from '../compiler/compiler';
import { PyCode, PyFunction } from '../objects/callables';
import { PyMethod } from '../objects/classes';
import { PyGenerator } from '../objects/generators';
import { PyInt } from '../objects/scalars';
import { repr } from '../objects/repr';
import { defineLazyModule, type Kwargs } from './native';
import { currentStdout, writeToFile } from './output';
import { DIS_NAMES, namesFor } from './stdlibAttributes';

const OPERATOR_TEXT: Record<string, string> = {
  Add: '+', Sub: '-', Mult: '*', Div: '/', FloorDiv: '//', Mod: '%', Pow: '**', LShift: '<<', RShift: '>>',
  BitOr: '|', BitXor: '^', BitAnd: '&', MatMult: '@', Lt: '<', LtE: '<=', Eq: '==', NotEq: '!=', Gt: '>', GtE: '>=',
};

/** How a constant is shown: the repr of its object when the code has been materialized, else from the Const. */
export type ConstRepr = (index: number) => string;

export function createDisModule(rt: Runtime): void {
  defineLazyModule(rt, 'dis', (m) => {
    m.fn('dis', (args, kwargs) => disCall(rt, args, kwargs));
    m.known(namesFor(DIS_NAMES, rt.profile.versionInfo[1]));
  });
}

function disCall(rt: Runtime, args: PyObject[], kwargs: Kwargs): PyObject {
  if (args.length > 1) rt.raise(rt.types.TypeError, `dis() takes from 0 to 1 positional arguments but ${args.length} were given`);
  let x = args[0];
  let file: PyObject | undefined;
  let depth: number | null = null;
  for (const [key, value] of kwargs ?? []) {
    if (key === 'x' && x === undefined) x = value;
    else if (key === 'x') rt.raise(rt.types.TypeError, "dis() got multiple values for argument 'x'");
    else if (key === 'file') file = value;
    else if (key === 'depth') depth = value === rt.None ? null : value instanceof PyInt ? Number(value.value) : rt.unsupported('dis.dis(depth=…) that is not an int');
    else if (['show_caches', 'adaptive', 'show_offsets', 'show_positions'].includes(key)) rt.unsupported(`dis.dis(${key}=…)`);
    else rt.raise(rt.types.TypeError, `dis() got an unexpected keyword argument '${key}'`);
  }
  if (x === undefined || x === rt.None) return rt.unsupported('dis.dis() without an argument (the last traceback)');
  const code = codeOf(rt, x);
  const out = file && file !== rt.None ? file : currentStdout(rt);
  writeToFile(rt, out, disassembleTree(rt, code, depth, rt.profile.id));
  return rt.none();
}

function codeOf(rt: Runtime, x: PyObject): PyCode {
  if (x instanceof PyMethod) return codeOf(rt, x.func);
  if (x instanceof PyFunction) return x.code;
  if (x instanceof PyCode) return x;
  if (x instanceof PyGenerator && x.frame) return codeOf(rt, x.frame.pycode);
  return rt.unsupported(`dis.dis() of '${x.type.name}' objects`);
}

/** The listing of `code` and, up to `depth` levels, of the code objects among its constants. */
function disassembleTree(rt: Runtime, code: PyCode, depth: number | null, version: string): string {
  const header = `Bytecode of the simulator (modelled on CPython ${version}; offsets and some instructions differ from real dis output)\n`;
  const parts = [header + disassemble(code.code, (i) => repr(rt, code.consts[i]!))];
  const nested = (c: PyCode, level: number) => {
    if (depth !== null && level > depth) return;
    for (const k of c.consts) {
      if (!(k instanceof PyCode)) continue;
      parts.push(`Disassembly of ${repr(rt, k)}:\n${disassemble(k.code, (i) => repr(rt, k.consts[i]!))}`);
      nested(k, level + 1);
    }
  };
  nested(code, 1);
  return parts.join('\n');
}

/** The listing of one code object: line number at each new line, ">>" at jump targets, offsets in code units. */
export function disassemble(code: CodeObject, constRepr: ConstRepr = (i) => describeConst(code.consts[i]!)): string {
  const targets = new Set(code.instructions.flatMap((ins) => (OPCODES[ins.op].operand === 'jump' ? [ins.arg] : [])));
  const lines: string[] = [];
  let lastLine = -1;
  code.instructions.forEach((ins, index) => {
    const newLine = ins.pos.line !== lastLine && ins.pos.line > 0;
    if (newLine && lastLine !== -1) lines.push('');
    const lineText = newLine ? String(ins.pos.line) : '';
    if (newLine) lastLine = ins.pos.line;
    const operand = OPCODES[ins.op].operand;
    const argText = operand === 'none' ? '' : String(ins.arg);
    const detail = argumentText(code, ins.op, ins.arg, constRepr);
    const marker = targets.has(index) ? '>>' : '  ';
    const row = `${lineText.padStart(4)} ${marker} ${String(index * 2).padStart(5)} ${ins.op.padEnd(24)} ${argText.padStart(4)}${detail ? ` (${detail})` : ''}`;
    lines.push(row.trimEnd());
  });
  return `${lines.join('\n')}\n`;
}

function argumentText(code: CodeObject, op: keyof typeof OPCODES, arg: number, constRepr: ConstRepr): string {
  switch (OPCODES[op].operand) {
    case 'const': return constRepr(arg);
    case 'local': return code.localsplusNames[arg] ?? '';
    case 'jump': return `to ${arg * 2}`;
    case 'binop': {
      const inplace = arg >= INPLACE_OFFSET;
      const name = BINARY_OPS[inplace ? arg - INPLACE_OFFSET : arg];
      return name ? `${OPERATOR_TEXT[name]}${inplace ? '=' : ''}` : '';
    }
    case 'compare': return OPERATOR_TEXT[COMPARE_OPS[arg] ?? ''] ?? '';
    case 'name':
      if (op === 'LOAD_GLOBAL') return `${arg & 1 ? 'NULL + ' : ''}${code.names[arg >> 1] ?? ''}`;
      if (op === 'LOAD_ATTR') return `${code.names[arg >> 1] ?? ''}${arg & 1 ? ' + NULL|self' : ''}`;
      return code.names[arg] ?? '';
    case 'flag':
      if (op === 'CONVERT_VALUE') return ['', 'str', 'repr', 'ascii'][arg] ?? '';
      if (op === 'IS_OP') return arg ? 'is not' : 'is';
      if (op === 'CONTAINS_OP') return arg ? 'not in' : 'in';
      return '';
    default: return '';
  }
}

/** A constant shown without a runtime (unit tests, code not yet run). */
function describeConst(c: Const): string {
  switch (c.type) {
    case 'int': return String(c.value);
    case 'float': return String(c.value);
    case 'str': return JSON.stringify(c.value).replace(/^"|"$/g, "'");
    case 'bool': return c.value ? 'True' : 'False';
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'tuple': return `(${c.items.map(describeConst).join(', ')}${c.items.length === 1 ? ',' : ''})`;
    case 'frozenset': return `frozenset({${c.items.map(describeConst).join(', ')}})`;
    case 'code': return `<code object ${c.code.name}, line ${c.code.firstLine}>`;
    case 'bytes': return `b${JSON.stringify(c.value).replace(/^"|"$/g, "'")}`;
  }
}
