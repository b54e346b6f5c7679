// Loads tree-sitter-python (WebAssembly) once and parses source text into our AST.
// The host passes the .wasm bytes in, so this module needs no file system (it also runs in a web worker).
import { Parser, Language } from 'web-tree-sitter';
import type { Module } from './ast';
import { convertModule } from './convert';

export interface ParserWasm {
  /** Bytes of web-tree-sitter.wasm (the runtime). */
  readonly runtime: Uint8Array;
  /** Bytes of tree-sitter-python.wasm (the grammar). */
  readonly python: Uint8Array;
}

let ready: Promise<Parser> | undefined;

export function initParser(wasm: ParserWasm): Promise<Parser> {
  ready ??= (async () => {
    await Parser.init({ wasmBinary: wasm.runtime });
    const language = await Language.load(wasm.python);
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return ready;
}

/** Parses a whole file. Throws PySyntaxError or UnsupportedError. */
export async function parseModule(source: string, wasm: ParserWasm): Promise<Module> {
  const parser = await initParser(wasm);
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  try {
    return convertModule(tree.rootNode, source);
  } finally {
    tree.delete();
  }
}
