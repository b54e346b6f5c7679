// Builds every bundle the extension ships: the extension host, the engine worker, the CLI and the webview.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const nodeBundles = {
  ...common,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  entryPoints: {
    extension: 'src/extension/extension.ts',
    worker: 'src/worker/main.ts',
    cli: 'src/cli.ts',
  },
  outdir: 'dist',
  external: ['vscode'],
  // web-tree-sitter's Emscripten loader asks for import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
};

const webviewBundle = {
  ...common,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  entryPoints: { panel: 'webview-ui/main.ts' },
  outdir: 'dist/webview',
  loader: { '.css': 'css' },
};

/** The parser's WebAssembly files are loaded at run time from dist/. */
function copyParserWasm() {
  mkdirSync('dist', { recursive: true });
  cpSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm');
  cpSync('node_modules/tree-sitter-python/tree-sitter-python.wasm', 'dist/tree-sitter-python.wasm');
}

copyParserWasm();
if (watch) {
  const contexts = await Promise.all([esbuild.context(nodeBundles), esbuild.context(webviewBundle)]);
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] build started');
} else {
  await Promise.all([esbuild.build(nodeBundles), esbuild.build(webviewBundle)]);
}
