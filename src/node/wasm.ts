// Loads the parser's WebAssembly from the folder the bundle runs from (dist/), or from node_modules
// when running from source (tests).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParserWasm } from '../engine';

const CANDIDATES: [runtime: string, python: string][] = [
  ['web-tree-sitter.wasm', 'tree-sitter-python.wasm'],
  ['../node_modules/web-tree-sitter/web-tree-sitter.wasm', '../node_modules/tree-sitter-python/tree-sitter-python.wasm'],
  ['../../node_modules/web-tree-sitter/web-tree-sitter.wasm', '../../node_modules/tree-sitter-python/tree-sitter-python.wasm'],
];

let cached: ParserWasm | undefined;

export function loadParserWasm(baseDir: string = __dirname): ParserWasm {
  if (cached) return cached;
  for (const [runtime, python] of CANDIDATES) {
    const r = join(baseDir, runtime);
    const p = join(baseDir, python);
    if (existsSync(r) && existsSync(p)) {
      cached = { runtime: readFileSync(r), python: readFileSync(p) };
      return cached;
    }
  }
  throw new Error(`cannot find the parser's .wasm files next to ${baseDir}`);
}
