#!/usr/bin/env node
// `npm test`: every test this project has, in order, each step fatal (nothing is silently skipped):
//   1. node scripts/setup-test-env.mjs    chromium, Node 24, code-server (instant when already done)
//   2. npm run package                    build + VSIX
//   3. npx vitest run                     unit, conformance and webview tests
//   4. node test/e2e/vscode.e2e.mjs       the extension inside a real VS Code (code-server)
// Every step runs unless one it needs failed (the e2e test needs the setup and the VSIX; vitest needs
// neither, so its results show even when the build or the setup broke). Exit code: 0 only if all passed.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VITEST_JSON = path.join(ROOT, 'test-results', 'vitest.json');
const ci = process.env.CI === 'true' || process.env.CI === '1';

const steps = [
  { id: 'setup', name: 'setup test environment', cmd: process.execPath, args: ['scripts/setup-test-env.mjs'] },
  { id: 'package', name: 'npm run package', cmd: 'npm', args: ['run', 'package'] },
  {
    id: 'vitest',
    name: 'vitest (unit, conformance, webview)',
    cmd: 'npx',
    // The JSON report only feeds the summary below; the default reporter still prints as usual.
    args: ['--no', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.relative(ROOT, VITEST_JSON)}`],
    before: () => fs.rmSync(VITEST_JSON, { force: true }),
  },
  { id: 'e2e', name: 'e2e in VS Code (code-server)', cmd: process.execPath, args: ['test/e2e/vscode.e2e.mjs'], needs: ['setup', 'package'] },
];

const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;

function runStep(step) {
  return new Promise((resolve) => {
    step.before?.();
    const child = spawn(step.cmd, step.args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
    child.on('error', (err) => resolve({ code: 127, error: err.message }));
    child.on('exit', (code, signal) => resolve({ code: code ?? 128, signal }));
  });
}

function vitestCounts() {
  try {
    const r = JSON.parse(fs.readFileSync(VITEST_JSON, 'utf8'));
    return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
  } catch {
    return null;
  }
}

const results = [];
const failedIds = new Set();
for (const step of steps) {
  const blockedBy = (step.needs ?? []).filter((id) => failedIds.has(id));
  if (blockedBy.length) {
    failedIds.add(step.id);
    results.push({ ...step, status: `NOT RUN (needs ${blockedBy.join(', ')})`, ms: 0 });
    console.log(`\n=== [test] ${step.name}: NOT RUN, because ${blockedBy.join(', ')} failed`);
    continue;
  }
  console.log(`\n=== [test] ${step.name}: ${[path.basename(step.cmd), ...step.args].join(' ')}${ci ? ' (CI)' : ''}`);
  const start = Date.now();
  const r = await runStep(step);
  const ms = Date.now() - start;
  const ok = r.code === 0;
  results.push({ ...step, status: ok ? 'passed' : `FAILED (exit ${r.signal ?? r.code}${r.error ? `: ${r.error}` : ''})`, ms });
  console.log(`=== [test] ${step.name}: ${ok ? 'passed' : 'FAILED'} in ${secs(ms)}`);
  if (!ok) failedIds.add(step.id);
}

console.log('\n=== [test] summary');
const w = Math.max(...results.map((r) => r.status.length), 6);
for (const r of results) console.log(`  ${r.status.padEnd(w)} ${secs(r.ms).padStart(8)}  ${r.name}`);
console.log(`  ${'total'.padEnd(w)} ${secs(results.reduce((a, r) => a + r.ms, 0)).padStart(8)}`);

// One closing count line: vitest's tests plus the e2e test (counted as one).
const v = vitestCounts();
const e2e = results.at(-1);
let passed = v?.passed ?? 0;
let failed = v?.failed ?? 0;
// vitest failed without reporting a failed test (config error, crash, no test files): count that as one failure
if (failedIds.has('vitest') && failed === 0) failed += 1;
if (e2e.status === 'passed') passed += 1;
else failed += 1; // failed, or could not run: either way not a pass
console.log(`\ntests: ${passed} passed, ${failed} failed${v?.skipped ? `, ${v.skipped} skipped` : ''}`);

process.exit(failedIds.size ? 1 : 0);
