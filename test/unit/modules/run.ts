// Runs a program through the whole engine for the module tests (test/unit/modules/*.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSource, type RunResult, type VersionId } from '../../../src/engine';
import { loadParserWasm } from '../../../src/node/wasm';

/** dist/ after `node esbuild.mjs` (loadParserWasm falls back to node_modules next to it). */
const wasm = loadParserWasm(join(__dirname, '../../../dist'));

export const VERSIONS: readonly VersionId[] = ['3.11', '3.12', '3.13', '3.14'];

/** A program and what real CPython printed for it, grouped by the versions that printed the same. */
export interface ModuleCase {
  readonly name: string;
  readonly source: string;
  readonly expected: readonly (readonly [readonly VersionId[], string])[];
}

export function runProgram(source: string, version: VersionId): Promise<RunResult> {
  return runSource(source, { filename: 'test.py', version, wasm, record: true });
}

/** One test per case and version: the simulator must print exactly what that CPython printed. */
export function describeModuleCases(title: string, cases: readonly ModuleCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      for (const version of VERSIONS) {
        it(`${c.name} (${version})`, async () => {
          const expected = c.expected.find(([versions]) => versions.includes(version))![1];
          const result = await runProgram(c.source, version);
          expect(result.stderr).toBe('');
          expect(result.stdout).toBe(expected);
          expect(result.exitCode).toBe(0);
        });
      }
    }
  });
}
