// Every conformance case against every CPython profile: the simulator must print exactly what real
// CPython printed when the golden was recorded (stdout, stderr, exit status).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runSource, VERSION_IDS } from '../../src/engine';
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

const cases = listCases(CASES).map((file) => relative(CASES, file).replace(/\.py$/, '')).sort();

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
          const result = await runSource(source, { filename, version, wasm: loadParserWasm(join(__dirname, '..', '..', 'dist')), record: true });
          expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
            stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode,
          });
        });
      }
    });
  }
});
