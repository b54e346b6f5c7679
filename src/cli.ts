#!/usr/bin/env node
// pymemlab: run a Python file in the simulator and print exactly what that CPython would print.
//   pymemlab run FILE [--python 3.11|3.12|3.13|3.14] [--max-steps N] [--trace OUT.json] [--stdin INPUT.txt]
//                     [--gc generational|incremental]   (3.14: incremental = the GC of 3.14.0–3.14.4)
//   pymemlab demo [--python VERSION]      runs the bundled demos in media/demos/
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runSource, isVersionId, gcVariantsOf, DEFAULT_VERSION, VERSION_IDS, type GcVariant, type VersionId } from './engine';
import { PROFILES } from './engine/profiles';
import { loadParserWasm } from './node/wasm';

const USAGE = `usage: pymemlab run FILE [--python ${VERSION_IDS.join('|')}] [--max-steps N] [--trace OUT.json] [--stdin INPUT.txt]
                    [--gc generational|incremental]
       pymemlab demo [--python VERSION]`;

class UsageError extends Error {}

interface Options {
  version: VersionId;
  maxSteps?: number;
  trace?: string;
  /** A file whose text input() reads (the simulated stdin is empty without one). */
  stdin?: string;
  /** --gc: another collector of the version (3.14: incremental, as in 3.14.0–3.14.4). */
  gcVariant?: GcVariant;
  positional: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { version: DEFAULT_VERSION, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--python') {
      const v = value();
      if (!isVersionId(v)) throw new UsageError(`unknown CPython version '${v}' (choose from ${VERSION_IDS.join(', ')})`);
      options.version = v;
    } else if (arg === '--max-steps') {
      const n = Number(value());
      if (!Number.isInteger(n) || n <= 0) throw new UsageError('--max-steps needs a positive integer');
      options.maxSteps = n;
    } else if (arg === '--trace') {
      options.trace = value();
    } else if (arg === '--stdin') {
      options.stdin = value();
    } else if (arg === '--gc') {
      const v = value();
      if (v !== 'generational' && v !== 'incremental') throw new UsageError(`unknown collector '${v}' (choose generational or incremental)`);
      options.gcVariant = v;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      options.positional.push(arg);
    }
  }
  if (options.gcVariant && !gcVariantsOf(PROFILES[options.version]).includes(options.gcVariant)) {
    throw new UsageError(`CPython ${options.version} has no ${options.gcVariant} collector (3.14.0–3.14.4 had the incremental one: --python 3.14 --gc incremental)`);
  }
  return options;
}

async function runFile(file: string, options: Options): Promise<number> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`pymemlab: can't open file '${file}': No such file or directory\n`);
    return 2;
  }
  let stdin = '';
  if (options.stdin !== undefined) {
    try {
      stdin = readFileSync(options.stdin, 'utf8');
    } catch {
      process.stderr.write(`pymemlab: can't open file '${options.stdin}': No such file or directory\n`);
      return 2;
    }
  }
  const result = await runSource(source, {
    filename: file, version: options.version, wasm: loadParserWasm(), maxInstructions: options.maxSteps, record: !!options.trace, stdin,
    gcVariant: options.gcVariant,
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (options.trace) writeFileSync(options.trace, JSON.stringify(result.trace));
  return result.exitCode;
}

function demoFolder(): string {
  for (const candidate of [join(__dirname, '..', 'media', 'demos'), resolve('media', 'demos')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('cannot find media/demos');
}

async function runDemos(options: Options): Promise<number> {
  const folder = demoFolder();
  const files = readdirSync(folder).filter((f) => f.endsWith('.py')).sort();
  let worst = 0;
  for (const file of files) {
    const source = readFileSync(join(folder, file), 'utf8');
    const result = await runSource(source, { filename: file, version: options.version, wasm: loadParserWasm(), record: false, gcVariant: options.gcVariant });
    process.stdout.write(`\n=== ${file} (CPython ${options.version}, simulated) ===\n`);
    process.stdout.write(result.stdout);
    if (result.stderr) process.stdout.write(result.stderr);
    if (result.exitCode !== 0) worst = Math.max(worst, result.exitCode);
  }
  process.stdout.write(`\n${files.length} demos run.\n`);
  return worst === 1 ? 0 : worst;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const options = parseArgs(rest);
    if (command === 'run') {
      if (options.positional.length !== 1) throw new UsageError('run needs exactly one FILE');
      return await runFile(options.positional[0]!, options);
    }
    if (command === 'demo') return await runDemos(options);
    if (command === '--help' || command === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`pymemlab: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`pymemlab: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 70;
});
