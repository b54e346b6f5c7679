#!/usr/bin/env node
// End-to-end test in a real VS Code: code-server (VS Code 1.139 served over HTTP, running on Node 24)
// driven by playwright-core in Debian's chromium. Recipe: shared/reference/vscode-e2e.md.
//
//   node test/e2e/vscode.e2e.mjs
//
// 1. makes sure chromium / Node 24 / code-server are there (scripts/setup-test-env.mjs; instant when done),
// 2. installs the packaged VSIX (python-memory-lab-<version>.vsix in the repo root; `npm run package`)
//    into a sandboxed code-server (own config, user data, extensions and XDG dirs in a temp run dir),
// 3. opens a workspace with refcounts.py, opens the file, runs "Python Memory: Run File in Simulator"
//    from the command palette, and checks in the "Python Memory" webview that variable `a` shows
//    refcount 4 and the console shows the program's output 5.
// Screenshot: test-results/vscode-e2e.png (on failure vscode-e2e-failure.png, plus the code-server,
// browser, extension-host logs and the webview's HTML in test-results/).
//
// Environment: PYMEMLAB_VSIX=/path/x.vsix   test another VSIX
//              PYMEMLAB_E2E_TIMEOUT_MS       overall limit after setup (default 240000)
//              PYMEMLAB_E2E_KEEP=1           keep the temp run dir
//              PYMEMLAB_E2E_HEADED=1         show the browser (needs a display)

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureTestEnv } from '../../scripts/setup-test-env.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS = path.join(ROOT, 'test-results');
const SHOT = path.join(RESULTS, 'vscode-e2e.png');
const FAIL_SHOT = path.join(RESULTS, 'vscode-e2e-failure.png');
const TIMEOUT_MS = Number(process.env.PYMEMLAB_E2E_TIMEOUT_MS || 240_000);

const COMMAND_TITLE = 'Python Memory: Run File in Simulator';
const PANEL_TITLE = 'Python Memory';
const FILE_NAME = 'refcounts.py';
const PROGRAM = `import sys
a = [1, 2, 3]
b = a
c = [a, a]
print(sys.getrefcount(a))
`;
const EXPECT_REFCOUNT_A = '4'; // a, b and the two slots of c (the panel shows the final step)
const EXPECT_OUTPUT = '5'; // sys.getrefcount adds its own argument reference

// ---------------------------------------------------------------------------------------------
// timing / logging

const t0 = Date.now();
const stages = [];
let aborted = false; // set when the overall time limit hit: the stage still running is abandoned
let deadline = Infinity; // when the overall time limit hits (ms since epoch)
/** Milliseconds a wait may take: `ms`, but ending `margin` before the overall limit. */
const budget = (ms, margin = 20_000) => Math.max(1000, Math.min(ms, deadline - Date.now() - margin));
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
function log(msg) {
  console.log(`[e2e ${secs(Date.now() - t0).padStart(6)}] ${msg}`);
}
let currentStage = null;
let currentStageStart = 0;
async function stage(name, fn) {
  const start = Date.now();
  if (aborted) throw new Error('aborted'); // the run already failed (time limit): start nothing new
  currentStage = name;
  currentStageStart = start;
  try {
    const detail = await fn();
    const ms = Date.now() - start;
    if (aborted) return detail;
    stages.push({ name, ms, ok: true });
    log(`✓ ${name} (${secs(ms)})${detail ? ` — ${detail}` : ''}`);
    return detail;
  } catch (err) {
    const ms = Date.now() - start;
    if (!aborted) {
      stages.push({ name, ms, ok: false });
      log(`✗ ${name} FAILED after ${secs(ms)}`);
    }
    err.stage ??= name;
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// code-server process handling

let server = null; // { child, pid, logFile, exited: Promise }

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function startCodeServer({ env, codeServer, run, port }) {
  const logFile = path.join(run.dir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    '--config', run.config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', run.userData,
    '--extensions-dir', run.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    run.workspace,
  ];
  // detached: own process group, so the whole tree (server, extension host, pty host) can be ended.
  const child = spawn(codeServer, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.on('error', () => {});
  return { child, pid: child.pid, logFile, exited, port };
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopCodeServer() {
  if (!server) return;
  const { pid } = server;
  const s = server;
  server = null;
  const start = Date.now();
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {}
  while (groupAlive(pid) && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
    log(`code-server (pgid ${pid}) did not stop on SIGTERM within 5 s; sent SIGKILL`);
  }
  await Promise.race([s.exited, new Promise((r) => setTimeout(r, 2000))]);
  log(`code-server stopped (${secs(Date.now() - start)})`);
}

// Last resort if the process exits some other way.
process.on('exit', () => {
  if (server) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {}
  }
});

async function waitHealthy(port, srv, ms = 30_000) {
  const deadline = Date.now() + ms;
  let exited = null;
  srv.exited.then((e) => (exited = e));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); log:\n${tail(srv.logFile, 30)}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer /healthz within ${ms / 1000} s; log:\n${tail(srv.logFile, 30)}`);
}

function tail(file, n = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '(none)';
  }
}

// ---------------------------------------------------------------------------------------------
// the run directory (everything code-server and chromium write goes here)

function makeRunDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pymemlab-e2e-'));
  const run = {
    dir,
    config: path.join(dir, 'config.yaml'),
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    workspace: path.join(dir, 'workspace'),
    profile: path.join(dir, 'chrome-profile'),
    home: path.join(dir, 'home'),
    xdg: { XDG_CONFIG_HOME: path.join(dir, 'xdg-config'), XDG_DATA_HOME: path.join(dir, 'xdg-data'), XDG_CACHE_HOME: path.join(dir, 'xdg-cache') },
  };
  for (const d of [run.userData, path.join(run.userData, 'User'), run.extensions, run.workspace, run.home, ...Object.values(run.xdg)]) fs.mkdirSync(d, { recursive: true });
  // Without --config code-server writes ~/.config/code-server/config.yaml with a password.
  fs.writeFileSync(run.config, 'auth: none\ncert: false\n');
  fs.writeFileSync(
    path.join(run.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        'git.autoRepositoryDetection': false,
        'editor.minimap.enabled': false,
        'files.hotExit': 'off',
        'window.restoreWindows': 'none',
      },
      null,
      2,
    ),
  );
  fs.writeFileSync(path.join(run.workspace, FILE_NAME), PROGRAM);
  return run;
}

// ---------------------------------------------------------------------------------------------
// workbench helpers

async function focusEditor(page) {
  const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  await lines.click({ timeout: 10_000 });
}

async function runCommandFromPalette(page, title, { attempts = 15 } = {}) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 1; ; attempt++) {
    await focusEditor(page); // `editorLangId == python` is evaluated against the focused editor
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      // The command shows up only once the extension host has scanned the installed extensions.
      await row.waitFor({ state: 'visible', timeout: 3000 });
      await row.click();
      await input.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
      return attempt;
    } catch (err) {
      if (attempt >= attempts) throw new Error(`command "${title}" not in the palette after ${attempts} tries (is the extension installed and activated? is the editor's language Python?)`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
    }
  }
}

async function notifications(page) {
  try {
    return await page.locator('.notifications-toasts .notification-list-item-message, .notifications-center .notification-list-item-message').allInnerTexts();
  } catch {
    return [];
  }
}

/** Frames that hold webview content (the inner "active-frame" of each webview). */
function webviewFrames(page) {
  return page.frames().filter((f) => /\/webview\/browser\/pre\/fake\.html/.test(f.url()) || f.name() === 'active-frame');
}

const SEL_ROW_A = '[data-testid="var-row"][data-name="a"]';
const SEL_REFCOUNT = '[data-testid="var-refcount"]';
const SEL_CONSOLE = '[data-testid="console"]';

async function readPanel(page) {
  for (const frame of webviewFrames(page)) {
    try {
      const row = frame.locator(SEL_ROW_A).first();
      if ((await row.count()) === 0) continue;
      const refcount = ((await row.locator(SEL_REFCOUNT).first().textContent({ timeout: 1000 })) ?? '').trim();
      const cons = frame.locator(SEL_CONSOLE).first();
      const consoleText = (await cons.count()) ? ((await cons.textContent({ timeout: 1000 })) ?? '') : null;
      return { frame, refcount, consoleText };
    } catch {
      // frame navigated or detached while we looked; try the next / next round
    }
  }
  return null;
}

/** What the panel shows instead, for the failure message. */
async function describePanel(page) {
  const out = [];
  for (const frame of webviewFrames(page)) {
    const text = async (sel) => ((await frame.locator(sel).first().textContent({ timeout: 1000 }).catch(() => null)) ?? '').trim().replace(/\s+/g, ' ');
    const count = async (sel) => frame.locator(sel).count().catch(() => -1);
    out.push(
      `step label "${await text('[data-testid="step-label"]')}", ${await count('[data-testid="frame"]')} frame section(s), ` +
        `${await count('[data-testid="var-row"]')} var-row(s), ${await count('[data-testid="object-row"]')} object-row(s), console ${JSON.stringify(await text(SEL_CONSOLE))}`,
    );
  }
  return out.length ? out.join('; ') : 'no webview frame found';
}

// ---------------------------------------------------------------------------------------------

async function main(ctx) {
  const env = await stage('test environment (chromium, node 24, code-server)', async () => {
    ctx.testEnv = await ensureTestEnv();
    return `code-server ${ctx.testEnv.codeServerVersion} on node ${ctx.testEnv.nodeVersion}`;
  }).then(() => ctx.testEnv);

  // From here on the overall time limit applies (setup may legitimately take minutes on a cold machine).
  ctx.armTimeout();

  const vsix = await stage('locate VSIX', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const file = process.env.PYMEMLAB_VSIX ? path.resolve(process.env.PYMEMLAB_VSIX) : path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
    if (!fs.existsSync(file)) throw new Error(`${file} not found — run \`npm run package\` first`);
    ctx.vsix = file;
    return `${file.startsWith(ROOT + path.sep) ? path.relative(ROOT, file) : file} (${(fs.statSync(file).size / 1024).toFixed(0)} KB)`;
  }).then(() => ctx.vsix);

  const run = (ctx.run = makeRunDir());
  const csEnv = { ...process.env, ...run.xdg, PATH: `${env.node24Bin}${path.delimiter}${process.env.PATH}` };
  for (const k of Object.keys(csEnv)) if (/^(npm_|VSCODE_)/i.test(k)) delete csEnv[k];

  await stage('install VSIX into the sandboxed code-server', async () => {
    const r = spawnSync(env.codeServer, ['--config', run.config, '--user-data-dir', run.userData, '--extensions-dir', run.extensions, '--install-extension', vsix, '--force'], {
      env: csEnv,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`--install-extension failed (exit ${r.status ?? r.signal ?? r.error}):\n${out}`);
    const installed = fs.readdirSync(run.extensions).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
    return `installed: ${installed.join(', ')}`;
  });

  await stage('start code-server', async () => {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      server = startCodeServer({ env: csEnv, codeServer: env.codeServer, run, port });
      try {
        await waitHealthy(port, server);
        ctx.port = port;
        return `http://127.0.0.1:${port} (pid ${server.pid})`;
      } catch (err) {
        await stopCodeServer();
        if (attempt >= 3) throw err; // e.g. the free port was taken in between: try another one
        log(`code-server start attempt ${attempt} failed: ${err.message.split('\n')[0]}; retrying`);
      }
    }
  });

  const page = await stage('launch chromium', async () => {
    ctx.browser = await chromium.launchPersistentContext(run.profile, {
      executablePath: env.chromium,
      headless: !process.env.PYMEMLAB_E2E_HEADED,
      viewport: { width: 1400, height: 900 },
      timeout: 60_000,
      // Signals are ours to handle (failure screenshot first, then close); Playwright still kills the browser on exit.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Own HOME and XDG dirs: chromium would otherwise create ~/.pki/nssdb and friends.
      env: { ...process.env, ...run.xdg, HOME: run.home },
      // Without the background-networking flags chromium keeps trying hosts this machine cannot reach.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const p = ctx.browser.pages()[0] ?? (await ctx.browser.newPage());
    ctx.page = p;
    const logLines = (ctx.browserLog = []);
    p.on('console', (m) => logLines.push(`[${new Date().toISOString()}] console.${m.type()}: ${m.text()}`));
    p.on('pageerror', (e) => logLines.push(`[${new Date().toISOString()}] pageerror: ${e.message}`));
    p.on('requestfailed', (r) => logLines.push(`[${new Date().toISOString()}] requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    return chromium.name();
  }).then(() => ctx.page);

  await stage('workbench loaded', async () => {
    await page.goto(`http://127.0.0.1:${ctx.port}/?folder=${run.workspace}`, { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  });

  await stage(`explorer lists ${FILE_NAME} (server connection OK)`, async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE_NAME }).first().waitFor({ timeout: 90_000 });
  });

  await stage(`open ${FILE_NAME} in the editor`, async () => {
    const tab = page.locator('.tabs-container .tab.active', { hasText: FILE_NAME });
    // Double-click opens it pinned with the focus in the editor; Quick Open as a fallback.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE_NAME }).first().dblclick();
    try {
      await tab.waitFor({ timeout: 15_000 });
    } catch {
      log('  explorer double-click did not open the file; trying Quick Open (Ctrl+P)');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(FILE_NAME);
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: FILE_NAME }).first().click({ timeout: 15_000 });
      await tab.waitFor({ timeout: 15_000 });
    }
    await page.locator('.editor-group-container.active .monaco-editor .view-lines', { hasText: 'getrefcount' }).first().waitFor({ timeout: 30_000 });
    // The command is only offered for Python editors: wait until the status bar shows the language.
    await page.locator('#status\\.editor\\.mode', { hasText: 'Python' }).first().waitFor({ timeout: 30_000 });
    await focusEditor(page);
    return 'language mode: Python';
  });

  await stage(`run "${COMMAND_TITLE}" from the command palette`, async () => {
    const attempts = await runCommandFromPalette(page, COMMAND_TITLE);
    return `attempt ${attempts}`;
  });

  await stage(`webview panel "${PANEL_TITLE}" opened`, async () => {
    await page.locator('.tabs-container .tab', { hasText: PANEL_TITLE }).first().waitFor({ timeout: 60_000 });
    await page.locator('iframe.webview.ready').first().waitFor({ state: 'attached', timeout: 60_000 });
  });

  await stage(`panel shows refcount(a) = ${EXPECT_REFCOUNT_A} and console output ${EXPECT_OUTPUT}`, async () => {
    // The panel fills in once the simulator has run; poll until the expected values show or time runs out.
    // Ends before the overall limit so that what the panel showed is reported, not just "time is up".
    // Also ends once the panel has rendered a step and then shown the same wrong thing for STABLE_MS.
    const STABLE_MS = 30_000;
    const until = Date.now() + budget(120_000);
    let last = null;
    let seen = null;
    let seenSince = Date.now();
    const outputRe = new RegExp(`(^|\\D)${EXPECT_OUTPUT}(\\D|$)`);
    while (Date.now() < until) {
      last = await readPanel(page);
      if (last && last.refcount === EXPECT_REFCOUNT_A && last.consoleText != null && outputRe.test(last.consoleText)) {
        return `refcount "${last.refcount}", console "${last.consoleText.trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
      }
      const now = await describePanel(page);
      if (now !== seen) {
        seen = now;
        seenSince = Date.now();
      } else if (/step label "[^"]+"/.test(now) && Date.now() - seenSince > STABLE_MS) {
        log(`  the panel has shown the same state for ${STABLE_MS / 1000} s; giving up waiting`);
        break;
      }
      await page.waitForTimeout(500);
    }
    const toasts = await notifications(page);
    throw new Error(
      last
        ? `panel shows refcount(a) = "${last.refcount}" (want "${EXPECT_REFCOUNT_A}"), console = ${JSON.stringify(last.consoleText)} (want it to contain "${EXPECT_OUTPUT}")`
        : `no ${SEL_ROW_A} in any webview frame. The panel shows: ${await describePanel(page)}; notifications: ${JSON.stringify(toasts)}`,
    );
  });

  await stage('hover on `a` shows its object and refcount at the panel\'s step', async () => {
    // The `a` of line 3 ("b = a"): Monaco renders each token in its own span.
    // Monaco may render "b = a" as one span: hover at the fifth character by measuring the text.
    const text = page.locator('.monaco-editor .view-line', { hasText: 'b = a' }).first().locator(':scope > span').first();
    const box = await text.boundingBox({ timeout: budget(10_000) });
    if (!box) throw new Error('line "b = a" is not visible');
    const charWidth = box.width / 'b = a'.length;
    const hover = page.locator('.monaco-hover .hover-contents, .monaco-hover .rendered-markdown').filter({ hasText: 'refcount' }).first();
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(0, 0);
      await page.mouse.move(box.x + charWidth * 4.5, box.y + box.height / 2, { steps: 4 });
      try {
        await hover.waitFor({ timeout: 5000 });
        break;
      } catch (error) {
        if (attempt >= 4) throw new Error(`no hover with a refcount over \`a\`: ${error.message}`);
      }
    }
    const said = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!/refcount: 4\b/.test(said) || !/held by: a, b, c\[0\], c\[1\]/.test(said)) throw new Error(`hover says: ${said}`);
    return said.slice(0, 80);
  });

  await stage('screenshot', async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: SHOT });
    return path.relative(ROOT, SHOT);
  });
}

/** The document's HTML with open shadow roots inlined as <template shadowrootmode="open"> (runs in the page). */
function serializeWithShadowRoots() {
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const ser = (n) => {
    if (n.nodeType === Node.TEXT_NODE) return esc(n.textContent);
    if (n.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = n.tagName.toLowerCase();
    const attrs = [...n.attributes].map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
    const shadow = n.shadowRoot ? `<template shadowrootmode="open">${[...n.shadowRoot.childNodes].map(ser).join('')}</template>` : '';
    return `<${tag}${attrs}>${shadow}${[...n.childNodes].map(ser).join('')}</${tag}>`;
  };
  return ser(document.documentElement);
}

async function saveFailureArtifacts(ctx, err) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const saved = [];
  if (ctx.page) {
    try {
      await ctx.page.screenshot({ path: FAIL_SHOT, timeout: 15_000 });
      saved.push(FAIL_SHOT);
    } catch (e) {
      log(`(failure screenshot failed: ${e.message.split('\n')[0]})`);
    }
    try {
      const toasts = await notifications(ctx.page);
      if (toasts.length) log(`notifications on screen: ${JSON.stringify(toasts)}`);
      const frames = webviewFrames(ctx.page);
      const html = [];
      for (const f of frames) html.push(`<!-- frame ${f.url()} -->\n${await f.evaluate(serializeWithShadowRoots).catch((e) => `(${e.message})`)}`);
      if (html.length) {
        fs.writeFileSync(path.join(RESULTS, 'vscode-e2e-webview.html'), html.join('\n\n'));
        saved.push(path.join(RESULTS, 'vscode-e2e-webview.html'));
      }
    } catch {}
  }
  if (ctx.browserLog?.length) {
    fs.writeFileSync(path.join(RESULTS, 'vscode-e2e-browser.log'), ctx.browserLog.join('\n') + '\n');
    saved.push(path.join(RESULTS, 'vscode-e2e-browser.log'));
  }
  if (ctx.run) {
    const csLog = path.join(ctx.run.dir, 'code-server.log');
    if (fs.existsSync(csLog)) {
      fs.copyFileSync(csLog, path.join(RESULTS, 'vscode-e2e-code-server.log'));
      saved.push(path.join(RESULTS, 'vscode-e2e-code-server.log'));
      console.error(`--- last lines of the code-server log ---\n${tail(csLog, 40)}\n---`);
    }
    // VS Code's own logs: the extension host's (exthost.log, remoteexthost.log) show extension errors.
    const logs = path.join(ctx.run.userData, 'logs');
    if (fs.existsSync(logs)) {
      const dest = path.join(RESULTS, 'vscode-e2e-logs');
      fs.rmSync(dest, { recursive: true, force: true });
      fs.cpSync(logs, dest, { recursive: true });
      saved.push(dest);
      const exthost = [];
      const walk = (d) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (/exthost\.log$/.test(e.name) || /pymemlab/i.test(p)) exthost.push(p);
        }
      };
      walk(dest);
      for (const f of exthost) {
        const lines = fs.readFileSync(f, 'utf8').split('\n');
        // the extension's own log in full (last 30 lines); of the extension host's, only the errors
        const show = /pymemlab/i.test(f) ? lines.filter(Boolean).slice(-30) : lines.filter((l) => /\[error\]/.test(l)).slice(-15);
        if (show.length) console.error(`--- ${/pymemlab/i.test(f) ? 'last lines' : 'errors'} of ${path.relative(ROOT, f)} ---\n${show.join('\n')}\n---`);
      }
    }
  }
  if (saved.length) log(`failure artifacts:\n  ${saved.map((s) => path.relative(ROOT, s) || s).join('\n  ')}`);
}

async function cleanup(ctx) {
  if (ctx.browser) {
    const b = ctx.browser;
    ctx.browser = null;
    await Promise.race([b.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
  }
  await stopCodeServer();
}

async function entry() {
  const ctx = {};
  let timer;
  // No stale pictures or logs from an earlier run.
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const f of ['vscode-e2e.png', 'vscode-e2e-failure.png', 'vscode-e2e-webview.html', 'vscode-e2e-browser.log', 'vscode-e2e-code-server.log', 'vscode-e2e-logs']) {
    fs.rmSync(path.join(RESULTS, f), { recursive: true, force: true });
  }
  const timedOut = new Promise((_, reject) => {
    ctx.armTimeout = () => {
      deadline = Date.now() + TIMEOUT_MS;
      timer = setTimeout(() => reject(Object.assign(new Error(`overall time limit of ${TIMEOUT_MS / 1000} s reached`), { stage: currentStage ?? 'start' })), TIMEOUT_MS);
    };
  });
  timedOut.catch(() => {});

  let failed = null;
  // Ctrl+C / kill: fail the run the normal way (artifacts, code-server and chromium stopped).
  const interrupted = new Promise((_, reject) => {
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(sig, () => reject(Object.assign(new Error(`${sig} received`), { stage: currentStage ?? 'start' })));
    }
  });
  interrupted.catch(() => {});
  try {
    await Promise.race([main(ctx), timedOut, interrupted]);
  } catch (err) {
    failed = err;
  }
  clearTimeout(timer);
  if (failed) {
    aborted = true;
    // a stage cut off by the time limit did not record itself
    if (currentStage && !stages.some((s) => s.name === currentStage)) stages.push({ name: `${currentStage} (cut off)`, ms: Date.now() - currentStageStart, ok: false });
  }
  if (failed) {
    console.error(`\nE2E FAILURE${failed.stage ? ` in stage "${failed.stage}"` : ''}: ${failed.message}`);
    await saveFailureArtifacts(ctx, failed).catch((e) => console.error(`(saving failure artifacts failed: ${e.message})`));
  } else if (ctx.browserLog?.length) {
    fs.writeFileSync(path.join(RESULTS, 'vscode-e2e-browser.log'), ctx.browserLog.join('\n') + '\n');
  }
  await cleanup(ctx);
  if (ctx.run) {
    // The logs that matter were copied to test-results/; PYMEMLAB_E2E_KEEP=1 keeps the whole sandbox.
    if (process.env.PYMEMLAB_E2E_KEEP) log(`run dir kept: ${ctx.run.dir}`);
    else fs.rmSync(ctx.run.dir, { recursive: true, force: true });
  }

  console.log('\nstage timings:');
  for (const s of stages) console.log(`  ${s.ok ? '✓' : '✗'} ${secs(s.ms).padStart(7)}  ${s.name}`);
  console.log(`  total ${secs(Date.now() - t0)}`);
  console.log(failed ? '\nE2E FAIL' : '\nE2E PASS');
  process.exit(failed ? 1 : 0);
}

await entry();
