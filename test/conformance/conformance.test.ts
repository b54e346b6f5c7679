// Every conformance case against every CPython profile: the simulator must print exactly what real
// CPython printed when the golden was recorded (stdout, stderr, exit status).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runSource, VERSION_IDS, type GcVariant, type VersionId } from '../../src/engine';
import { loadParserWasm } from '../../src/node/wasm';

const CASES = join(__dirname, 'cases');
const GOLDENS = join(__dirname, 'goldens');

interface Golden {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function listCases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listCases(join(dir, e.name)) : e.name.endsWith('.py') ? [join(dir, e.name)] : []);
}

/** A few cases run tens of thousands of loop iterations (automatic collections); the suite runs in parallel. */
const CASE_TIMEOUT_MS = 30_000;

const cases = listCases(CASES).map((file) => relative(CASES, file).replace(/\.py$/, '')).sort();

/**
 * `# conformance: gc-variant 3.14 incremental` in the leading comments: the golden of that version was recorded on
 * a release running another collector (pyodide's 3.14.2 has the incremental GC), so the simulator runs that variant.
 */
function gcVariantFor(source: string, version: VersionId): GcVariant | undefined {
  for (const line of source.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    const m = /^#\s*conformance\s*:\s*gc-variant\s+(\d+\.\d+)\s+([a-z]+)\s*$/.exec(line);
    if (m && m[1] === version) return m[2] as GcVariant;
  }
  return undefined;
}

describe('conformance with real CPython', () => {
  it('has cases and goldens', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  for (const version of VERSION_IDS) {
    describe(`CPython ${version}`, () => {
      for (const name of cases) {
        const goldenFile = join(GOLDENS, version, `${name}.json`);
        if (!existsSync(goldenFile)) continue; // the case carries a "not-for" directive for this version
        it(name, async () => {
          const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as Golden;
          const source = readFileSync(join(CASES, `${name}.py`), 'utf8');
          const filename = name.split('/').pop()! + '.py';
          const gcVariant = gcVariantFor(source, version);
          const result = await runSource(source, { filename, version, wasm: loadParserWasm(join(__dirname, '..', '..', 'dist')), record: true, gcVariant });
          expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
            stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode,
          });
        }, CASE_TIMEOUT_MS);
      }
    });
  }
});
