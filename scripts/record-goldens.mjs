#!/usr/bin/env node
// Records the conformance goldens: runs every case in test/conformance/cases/<area>/<name>.py on real CPython
// (pyenv 3.11 / 3.12 / 3.13, and CPython 3.14 compiled to wasm by the `pyodide` package) and writes
// test/conformance/goldens/<version>/<area>/<name>.json = { python, stdout, stderr, exitCode }.
//
//   node scripts/record-goldens.mjs [--only <area>[/<name>]]... [--versions 3.11,3.12,3.13,3.14] [--reuse-pyodide]
//
// Goldens come only from real interpreters; never edit them by hand. See test/conformance/README.md.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RUN_ENV, newPyodide, pyodideVersions, runPyodide, stripDir } from './pyodide-run.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES_DIR = path.join(ROOT, 'test', 'conformance', 'cases');
const GOLDENS_DIR = path.join(ROOT, 'test', 'conformance', 'goldens');
const ALL_VERSIONS = ['3.11', '3.12', '3.13', '3.14'];
const PYODIDE_VERSION_LINE = '3.14'; // the CPython minor that the pyodide package provides
const CPYTHON_TIMEOUT_MS = 60_000;
const NAME_RE = /^[a-z0-9][a-z0-9_]*$/;

// ---------------------------------------------------------------------------------------------------------------
// Command line

function usage() {
  return [
    'usage: node scripts/record-goldens.mjs [--only <area>[/<name>]]... [--versions 3.11,3.12,3.13,3.14] [--reuse-pyodide]',
    '',
    '  --only <area>/<name>   record just this case (repeatable; "<area>" alone selects a whole area)',
    '  --versions <list>      comma-separated subset of ' + ALL_VERSIONS.join(','),
    '  --reuse-pyodide        run all 3.14 cases in one pyodide instance (faster; state such as gc counts and',
    '                         imported modules leaks between cases, so do not commit goldens recorded this way)',
  ].join('\n');
}

let opts;
try {
  opts = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      versions: { type: 'string' },
      'reuse-pyodide': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (e) {
  console.error(String(e.message ?? e));
  console.error(usage());
  process.exit(2);
}
if (opts.help) {
  console.log(usage());
  process.exit(0);
}

const versions = opts.versions ? opts.versions.split(',').map((v) => v.trim()).filter(Boolean) : ALL_VERSIONS;
for (const v of versions) {
  if (!ALL_VERSIONS.includes(v)) {
    console.error(`unknown version "${v}" (known: ${ALL_VERSIONS.join(', ')})`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cases and directives

/**
 * Leading comment lines may carry directives:
 *   # conformance: not-for 3.14: <reason>
 * One line per excluded version.
 *   # conformance: gc-variant 3.14 incremental
 * The case depends on that version's other collector: the 3.14 oracle (pyodide 3.14.2) runs the incremental GC
 * of 3.14.0–3.14.4, so the test checks the 3.14 golden against the simulator's incremental variant instead of the
 * default (3.14.5+ generational) one. Recording is unchanged. Anything else after "# conformance:" is an error
 * (so typos do not pass silently).
 */
const GC_VARIANTS = { '3.14': ['incremental'] };

function parseDirectives(source, rel) {
  const notFor = new Map();
  const gcVariant = new Map();
  const errors = [];
  const lines = source.split(/\r?\n/);
  if (!lines[0]?.startsWith('#')) errors.push('the first line must be a comment saying what the case demonstrates');
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    const m = /^#\s*conformance\s*:(.*)$/.exec(line);
    if (!m) continue;
    const g = /^\s*gc-variant\s+(\d+\.\d+)\s+([a-z]+)\s*$/.exec(m[1]);
    if (g) {
      if (!(GC_VARIANTS[g[1]] ?? []).includes(g[2])) errors.push(`directive names a collector ${g[1]} does not have: ${g[2]}`);
      else if (gcVariant.has(g[1])) errors.push(`duplicate gc-variant ${g[1]}`);
      else gcVariant.set(g[1], g[2]);
      continue;
    }
    const d = /^\s*not-for\s+(\d+\.\d+)\s*:\s*(\S.*?)\s*$/.exec(m[1]);
    if (!d) {
      errors.push(`bad directive ${JSON.stringify(line)} (expected "# conformance: not-for 3.x: <reason>" or "# conformance: gc-variant 3.14 incremental")`);
    } else if (!ALL_VERSIONS.includes(d[1])) {
      errors.push(`directive names unknown version ${d[1]}`);
    } else if (notFor.has(d[1])) {
      errors.push(`duplicate not-for ${d[1]}`);
    } else {
      notFor.set(d[1], d[2]);
    }
  }
  for (const v of gcVariant.keys()) if (notFor.has(v)) errors.push(`gc-variant ${v} on a case that is not-for ${v}`);
  return { notFor, gcVariant, errors: errors.map((e) => `${rel}: ${e}`) };
}

function discoverCases() {
  if (!fs.existsSync(CASES_DIR)) return [];
  const cases = [];
  for (const area of fs.readdirSync(CASES_DIR).sort()) {
    const areaDir = path.join(CASES_DIR, area);
    if (!fs.statSync(areaDir).isDirectory()) continue;
    for (const file of fs.readdirSync(areaDir).sort()) {
      if (!file.endsWith('.py')) continue;
      const name = file.slice(0, -3);
      cases.push({ area, name, id: `${area}/${name}`, file: path.join(areaDir, file), dir: areaDir });
    }
  }
  return cases;
}

function selectCases(all, only) {
  if (!only || only.length === 0) return all;
  const picked = [];
  for (const sel of only) {
    const s = sel.replace(/\.py$/, '').replace(/\/+$/, '');
    const hits = all.filter((c) => c.id === s || c.area === s);
    if (hits.length === 0) {
      console.error(`--only ${sel}: no such case or area under ${path.relative(ROOT, CASES_DIR)}`);
      process.exit(2);
    }
    for (const h of hits) if (!picked.includes(h)) picked.push(h);
  }
  return picked;
}

// ---------------------------------------------------------------------------------------------------------------
// Output normalisation and golden files

function goldenPath(version, c) {
  return path.join(GOLDENS_DIR, version, c.area, `${c.name}.json`);
}

/** Writes the golden; returns 'new', 'changed' or 'same'. */
function writeGolden(version, c, golden) {
  const file = goldenPath(version, c);
  const text = JSON.stringify(golden, null, 2) + '\n';
  let before = null;
  try {
    before = fs.readFileSync(file, 'utf8');
  } catch {
    /* new */
  }
  if (before === text) return 'same';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return before === null ? 'new' : 'changed';
}

function deleteGolden(version, c) {
  const file = goldenPath(version, c);
  if (fs.existsSync(file)) {
    fs.unlinkSync(file);
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// CPython 3.11 / 3.12 / 3.13 (native, 64-bit)

/** The environment of every native run: the caller's, minus PYTHON* and colour variables, plus RUN_ENV. */
function pythonEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('PYTHON') || k === 'FORCE_COLOR' || k === 'NO_COLOR' || k === 'PYENV_VERSION') continue;
    env[k] = v;
  }
  Object.assign(env, RUN_ENV);
  return env;
}

const PROBE = [
  'import platform, sys, sysconfig',
  'print(platform.python_version())',
  'print(sys.maxsize > 2**32)',
  'print(hasattr(sys, "gettotalrefcount"))',
  'print(bool(sysconfig.get_config_var("Py_GIL_DISABLED")))',
].join('\n');

function probeInterpreter(exe, version) {
  const r = spawnSync(exe, ['-c', PROBE], { env: pythonEnv(), encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return { ok: false, why: `${exe}: does not run (${r.error?.message ?? r.stderr.trim().split('\n').pop()})` };
  const [full, is64, debug, freeThreaded] = r.stdout.trim().split('\n');
  if (!full?.startsWith(version + '.')) return { ok: false, why: `${exe}: is Python ${full}, not ${version}` };
  if (is64 !== 'True') return { ok: false, why: `${exe}: is a 32-bit build (the goldens describe 64-bit CPython)` };
  if (debug === 'True') return { ok: false, why: `${exe}: is a debug build (its refcounts differ)` };
  if (freeThreaded === 'True') return { ok: false, why: `${exe}: is a free-threaded build` };
  return { ok: true, exe, full };
}

function pyenvRoot() {
  const r = spawnSync('pyenv', ['root'], { encoding: 'utf8', timeout: 30_000 });
  if (!r.error && r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  if (process.env.PYENV_ROOT) return process.env.PYENV_ROOT;
  const guess = path.join(os.homedir(), '.pyenv');
  return fs.existsSync(guess) ? guess : null;
}

function findCPython(version) {
  const tried = [];
  const root = pyenvRoot();
  if (root) {
    const vdir = path.join(root, 'versions');
    const re = new RegExp('^' + version.replace('.', '\\.') + '\\.(\\d+)$');
    let names = [];
    try {
      names = fs.readdirSync(vdir);
    } catch {
      /* no versions dir */
    }
    const patches = names
      .map((n) => ({ n, m: re.exec(n) }))
      .filter((x) => x.m)
      .sort((a, b) => Number(b.m[1]) - Number(a.m[1]));
    for (const { n } of patches) {
      const exe = path.join(vdir, n, 'bin', 'python3');
      if (!fs.existsSync(exe)) {
        tried.push(`${exe}: missing`);
        continue;
      }
      const p = probeInterpreter(exe, version);
      if (p.ok) return p;
      tried.push(p.why);
    }
    if (patches.length === 0) tried.push(`no ${version}.x under ${vdir}`);
  } else {
    tried.push('pyenv not found');
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const exe = path.join(dir, `python${version}`);
    try {
      fs.accessSync(exe, fs.constants.X_OK);
    } catch {
      continue;
    }
    const p = probeInterpreter(exe, version);
    if (p.ok) return p;
    tried.push(p.why);
  }
  if (!tried.some((t) => t.includes('PATH'))) tried.push(`no working python${version} on PATH`);
  return { ok: false, why: tried.join('; ') };
}

function runCPython(interp, c) {
  const r = spawnSync(interp.exe, [`${c.name}.py`], {
    cwd: c.dir,
    env: pythonEnv(),
    timeout: CPYTHON_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.error) throw new Error(`could not run ${interp.exe}: ${r.error.message}`);
  if (r.signal) throw new Error(`${interp.exe} killed by ${r.signal}${r.signal === 'SIGTERM' ? ' (timeout?)' : ''}`);
  return {
    python: interp.full,
    stdout: stripDir(r.stdout.toString('utf8'), c.dir),
    stderr: stripDir(r.stderr.toString('utf8'), c.dir),
    exitCode: r.status,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Main

const INSTALL_HINT = {
  '3.11': 'pyenv install 3.11   (or put a 64-bit python3.11 on PATH)',
  '3.12': 'pyenv install 3.12   (or put a 64-bit python3.12 on PATH)',
  '3.13': 'pyenv install 3.13   (or put a 64-bit python3.13 on PATH)',
  '3.14': 'npm install          (the "pyodide" devDependency, 314.0.x, provides CPython 3.14 in wasm)',
};

async function main() {
  const t0 = Date.now();
  const all = discoverCases();
  if (all.length === 0) {
    console.error(`no cases under ${path.relative(ROOT, CASES_DIR)}`);
    process.exit(2);
  }
  const cases = selectCases(all, opts.only);

  // status[caseId][version] = 'recorded' | 'recorded*' | 'not-for' | 'FAILED' | 'missing'
  const status = new Map(cases.map((c) => [c.id, {}]));
  const failures = [];
  const missing = [];
  let changed = 0;
  const timings = {};

  const directives = new Map();
  for (const c of cases) {
    const src = fs.readFileSync(c.file, 'utf8');
    const d = parseDirectives(src, path.relative(ROOT, c.file));
    directives.set(c.id, d);
    if (!NAME_RE.test(c.area) || !NAME_RE.test(c.name)) d.errors.push(`${c.id}: area and name must match ${NAME_RE}`);
  }

  const record = (version, c, golden) => {
    const w = writeGolden(version, c, golden);
    if (w !== 'same') changed++;
    status.get(c.id)[version] = w === 'same' ? 'recorded' : 'recorded*';
  };
  const fail = (version, c, e) => {
    failures.push(`${c.id} on ${version}: ${e.message ?? e}`);
    status.get(c.id)[version] = 'FAILED';
  };
  // Returns true if the case applies to this version.
  const applies = (version, c) => {
    const d = directives.get(c.id);
    if (d.errors.length) {
      fail(version, c, new Error(d.errors.join('; ')));
      return false;
    }
    if (d.notFor.has(version)) {
      deleteGolden(version, c);
      status.get(c.id)[version] = 'not-for';
      return false;
    }
    return true;
  };

  for (const version of versions) {
    const tv = Date.now();
    if (version !== PYODIDE_VERSION_LINE) {
      const interp = findCPython(version);
      if (!interp.ok) {
        missing.push(`Python ${version} not found (${interp.why}).\n    Install it: ${INSTALL_HINT[version]}`);
        for (const c of cases) if (applies(version, c)) status.get(c.id)[version] = 'missing';
        continue;
      }
      console.log(`${version}: ${interp.exe} (${interp.full})`);
      for (const c of cases) {
        if (!applies(version, c)) continue;
        try {
          record(version, c, runCPython(interp, c));
        } catch (e) {
          fail(version, c, e);
        }
      }
    } else {
      const todo = cases.filter((c) => applies(version, c));
      let shared = null;
      let label = null;
      try {
        if (todo.length) {
          const tl = Date.now();
          shared = await newPyodide();
          ({ label } = pyodideVersions(shared));
          timings.pyodideLoadMs = Date.now() - tl;
          if (!label.startsWith(version + '.')) throw new Error(`pyodide provides Python ${label}, not ${version}`);
          console.log(`${version}: pyodide ${label} (fresh interpreter per case${opts['reuse-pyodide'] ? ': NO, --reuse-pyodide' : ''})`);
        }
      } catch (e) {
        missing.push(`CPython ${version} via pyodide unavailable (${e.message}).\n    Install it: ${INSTALL_HINT[version]}`);
        for (const c of todo) status.get(c.id)[version] = 'missing';
        continue;
      }
      let first = true;
      for (const c of todo) {
        try {
          // The first case reuses the instance loaded above; later ones get a new interpreter unless asked not to.
          const py = first || opts['reuse-pyodide'] ? shared : await newPyodide();
          first = false;
          record(version, c, runPyodide(py, label, c));
        } catch (e) {
          fail(version, c, e);
        }
      }
    }
    timings[version] = Date.now() - tv;
  }

  // Summary table
  const idW = Math.max(4, ...cases.map((c) => c.id.length));
  const colW = 10;
  const line = (cells) => cells[0].padEnd(idW) + '  ' + cells.slice(1).map((s) => s.padEnd(colW)).join(' ');
  console.log('');
  console.log(line(['case', ...versions]));
  console.log(line(['-'.repeat(idW), ...versions.map(() => '-'.repeat(colW))]));
  for (const c of cases) console.log(line([c.id, ...versions.map((v) => status.get(c.id)[v] ?? '?')]));
  const count = (s) => cases.reduce((n, c) => n + versions.filter((v) => status.get(c.id)[v]?.startsWith(s)).length, 0);
  console.log('');
  console.log(
    `${cases.length} cases x ${versions.length} versions: ${count('recorded')} recorded (${changed} new or changed, marked *), ` +
      `${count('not-for')} not-for, ${count('FAILED')} failed, ${count('missing')} missing interpreter`,
  );
  console.log(
    'time: ' +
      versions.map((v) => `${v} ${((timings[v] ?? 0) / 1000).toFixed(1)}s`).join(', ') +
      (timings.pyodideLoadMs ? ` (first loadPyodide ${(timings.pyodideLoadMs / 1000).toFixed(1)}s)` : '') +
      `, total ${((Date.now() - t0) / 1000).toFixed(1)}s`,
  );

  // Goldens whose case no longer exists (only meaningful on a full run)
  if (!opts.only) {
    const known = new Set(all.map((c) => c.id));
    const orphans = [];
    for (const v of fs.existsSync(GOLDENS_DIR) ? fs.readdirSync(GOLDENS_DIR) : []) {
      const vd = path.join(GOLDENS_DIR, v);
      if (!fs.statSync(vd).isDirectory()) continue;
      for (const area of fs.readdirSync(vd)) {
        const ad = path.join(vd, area);
        if (!fs.statSync(ad).isDirectory()) continue;
        for (const f of fs.readdirSync(ad)) {
          if (f.endsWith('.json') && !known.has(`${area}/${f.slice(0, -5)}`)) orphans.push(path.join(v, area, f));
        }
      }
    }
    if (orphans.length) console.log(`\nwarning: goldens without a case (delete them):\n  ${orphans.join('\n  ')}`);
  }

  if (failures.length) console.error(`\nFAILED:\n  ${failures.join('\n  ')}`);
  if (missing.length) console.error(`\nMISSING INTERPRETER:\n  ${missing.join('\n  ')}`);
  if (failures.length || missing.length) process.exit(1);
}

main().catch((e) => {
  console.error(e?.stack ?? String(e));
  process.exit(1);
});
