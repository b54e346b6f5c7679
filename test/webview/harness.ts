// Runs the built memory panel (dist/webview/panel.js + panel.css) in headless Chromium the way VS Code hosts it:
// a page with the host's strict CSP and a nonce, VS Code's theme variables, and a fake acquireVsCodeApi() whose
// messages go to a fake host in Node (FakeHost), which answers like the extension does.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { isPanelToHost, type HostToPanel, type PanelToHost } from '../../src/protocol/panel';
import type { PanelFixture } from './fixture';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WEBVIEW_DIST = join(ROOT, 'dist', 'webview');
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Builds the webview bundle with the options of `webviewBundle` in esbuild.mjs. (Running `node esbuild.mjs` would
 * also build the extension, worker and CLI bundles, whose sources are not all there yet.)
 */
export async function buildWebview(): Promise<void> {
  await esbuild.build({
    absWorkingDir: ROOT,
    bundle: true,
    sourcemap: true,
    minify: false,
    logLevel: 'warning',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: { panel: 'webview-ui/main.ts' },
    outdir: 'dist/webview',
    loader: { '.css': 'css' },
  });
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the webview tests need Chromium (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// ---- theme variables, as VS Code sets them on the webview's <html> (Dark Modern, Light Modern, High Contrast) ----

export type Theme = 'dark' | 'light' | 'high-contrast';

const FONTS = {
  '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-font-weight': 'normal',
  '--vscode-editor-font-family': '"Droid Sans Mono", "DejaVu Sans Mono", monospace',
  '--vscode-editor-font-size': '13px',
};

const THEMES: Record<Theme, Record<string, string>> = {
  dark: {
    '--vscode-foreground': '#cccccc',
    '--vscode-editor-background': '#1f1f1f',
    '--vscode-editor-foreground': '#cccccc',
    '--vscode-descriptionForeground': '#9d9d9d',
    '--vscode-errorForeground': '#f85149',
    '--vscode-focusBorder': '#0078d4',
    '--vscode-progressBar-background': '#0078d4',
    '--vscode-panel-border': '#2b2b2b',
    '--vscode-widget-border': '#313131',
    '--vscode-list-hoverBackground': '#2a2d2e',
    '--vscode-badge-background': '#616161',
    '--vscode-badge-foreground': '#f8f8f8',
    '--vscode-button-background': '#0078d4',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-button-hoverBackground': '#026ec1',
    '--vscode-button-border': '#ffffff12',
    '--vscode-button-secondaryBackground': '#313131',
    '--vscode-button-secondaryForeground': '#cccccc',
    '--vscode-button-secondaryHoverBackground': '#3c3c3c',
    '--vscode-sideBar-background': '#181818',
    '--vscode-sideBarSectionHeader-background': '#181818',
    '--vscode-sideBarTitle-foreground': '#cccccc',
    '--vscode-icon-foreground': '#cccccc',
    '--vscode-textCodeBlock-background': '#2b2b2b',
    '--vscode-keybindingTable-headerBackground': '#cccccc0a',
    '--vscode-symbolIcon-classForeground': '#ee9d28',
    '--vscode-terminal-foreground': '#cccccc',
    '--vscode-inputValidation-errorBackground': '#5a1d1d',
    '--vscode-inputValidation-errorBorder': '#be1100',
  },
  light: {
    '--vscode-foreground': '#3b3b3b',
    '--vscode-editor-background': '#ffffff',
    '--vscode-editor-foreground': '#3b3b3b',
    '--vscode-descriptionForeground': '#717171',
    '--vscode-errorForeground': '#e51400',
    '--vscode-focusBorder': '#005fb8',
    '--vscode-progressBar-background': '#005fb8',
    '--vscode-panel-border': '#e5e5e5',
    '--vscode-widget-border': '#e5e5e5',
    '--vscode-list-hoverBackground': '#f2f2f2',
    '--vscode-badge-background': '#cccccc',
    '--vscode-badge-foreground': '#3b3b3b',
    '--vscode-button-background': '#005fb8',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-button-hoverBackground': '#0258a8',
    '--vscode-button-border': '#0000001a',
    '--vscode-button-secondaryBackground': '#e5e5e5',
    '--vscode-button-secondaryForeground': '#3b3b3b',
    '--vscode-button-secondaryHoverBackground': '#cccccc',
    '--vscode-sideBar-background': '#f8f8f8',
    '--vscode-sideBarSectionHeader-background': '#f8f8f8',
    '--vscode-sideBarTitle-foreground': '#3b3b3b',
    '--vscode-icon-foreground': '#3b3b3b',
    '--vscode-textCodeBlock-background': '#f8f8f8',
    '--vscode-keybindingTable-headerBackground': '#3b3b3b0a',
    '--vscode-symbolIcon-classForeground': '#d67e00',
    '--vscode-terminal-foreground': '#3b3b3b',
    '--vscode-inputValidation-errorBackground': '#f2dede',
    '--vscode-inputValidation-errorBorder': '#be1100',
  },
  'high-contrast': {
    '--vscode-foreground': '#ffffff',
    '--vscode-editor-background': '#000000',
    '--vscode-editor-foreground': '#ffffff',
    '--vscode-descriptionForeground': '#ffffffb3',
    '--vscode-errorForeground': '#f48771',
    '--vscode-focusBorder': '#f38518',
    '--vscode-progressBar-background': '#6fc3df',
    '--vscode-contrastBorder': '#6fc3df',
    '--vscode-panel-border': '#6fc3df',
    '--vscode-widget-border': '#6fc3df',
    '--vscode-badge-background': '#000000',
    '--vscode-badge-foreground': '#ffffff',
    '--vscode-button-background': '#000000',
    '--vscode-button-foreground': '#ffffff',
    '--vscode-button-border': '#6fc3df',
    '--vscode-button-secondaryBackground': '#000000',
    '--vscode-button-secondaryForeground': '#ffffff',
    '--vscode-sideBar-background': '#000000',
    '--vscode-sideBarSectionHeader-background': '#000000',
    '--vscode-sideBarTitle-foreground': '#ffffff',
    '--vscode-icon-foreground': '#ffffff',
    '--vscode-textCodeBlock-background': '#000000',
    '--vscode-symbolIcon-classForeground': '#ee9d28',
    '--vscode-terminal-foreground': '#ffffff',
    '--vscode-inputValidation-errorBackground': '#000000',
    '--vscode-inputValidation-errorBorder': '#6fc3df',
  },
};

function themeCss(): string {
  const block = (vars: Record<string, string>): string =>
    Object.entries(vars).map(([k, v]) => `${k}: ${v};`).join(' ');
  return [
    `html { ${block(FONTS)} }`,
    ...Object.entries(THEMES).map(([name, vars]) => `html[data-theme="${name}"] { ${block(vars)} }`),
  ].join('\n');
}

// ---- the page ----

/** The HTML the extension serves (src/extension/panel/html.ts will build the same thing), plus the fake API. */
function pageHtml(origin: string, nonce: string): string {
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${origin} 'nonce-${nonce}'`;
  return `<!DOCTYPE html>
<html lang="en" data-theme="dark">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${themeCss()}</style>
<link rel="stylesheet" href="${origin}/panel.css">
<title>Python Memory Lab</title>
</head>
<body>
<script nonce="${nonce}">
  window.__cspViolations = [];
  window.__alerts = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI);
  }, true);
  window.alert = (m) => { window.__alerts.push(String(m)); };
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
    acquired = true;
    let state;
    return {
      postMessage: (message) => { window.__toHost(message); },
      getState: () => state,
      setState: (s) => { state = s; },
    };
  };
</script>
<script nonce="${nonce}" src="${origin}/panel.js"></script>
</body>
</html>`;
}

export interface PanelServer {
  readonly origin: string;
  /** Paths requested that are not the page or the bundle (an <img src=x> would show up here). */
  readonly strayRequests: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<PanelServer> {
  const strayRequests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/') {
      const nonce = randomBytes(16).toString('base64');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(pageHtml(origin, nonce));
      return;
    }
    const file = { '/panel.js': 'text/javascript', '/panel.css': 'text/css' }[path];
    if (file !== undefined) {
      res.writeHead(200, { 'content-type': `${file}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(readFileSync(join(WEBVIEW_DIST, path.slice(1))));
      return;
    }
    if (path !== '/favicon.ico' && !path.endsWith('.map')) strayRequests.push(path);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    strayRequests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// ---- the fake extension host ----

export class FakeHost {
  /** Every message the panel posted, in order. */
  readonly received: PanelToHost[] = [];
  readonly malformed: unknown[] = [];
  /** Console errors, page errors and failed requests seen in the page. */
  readonly pageErrors: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly fixture: PanelFixture,
    private readonly strings: Record<string, string>,
  ) {}

  /** Opens the panel page; the host answers `ready` with a `run` at the last step, and every `seek` with a `state`. */
  static async open(
    browser: Browser,
    server: PanelServer,
    fixture: PanelFixture,
    strings: Record<string, string>,
  ): Promise<FakeHost> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const host = new FakeHost(page, fixture, strings);
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) host.pageErrors.push(m.text());
    });
    page.on('pageerror', (e) => host.pageErrors.push(String(e)));
    await page.exposeFunction('__toHost', (message: unknown) => host.onMessage(message));
    await page.goto(server.origin);
    await page.waitForSelector('[data-testid="var-row"]');
    return host;
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!isPanelToHost(message)) {
      this.malformed.push(message);
      return;
    }
    this.received.push(message);
    if (message.type === 'ready') {
      const { summary } = this.fixture;
      await this.send({ type: 'run', summary, state: this.fixture.stateAt(this.fixture.opening), strings: this.strings });
    } else {
      await this.send({ type: 'state', state: this.fixture.stateAt(message.step) });
    }
  }

  send(message: HostToPanel): Promise<void> {
    return this.page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  seeks(): number[] {
    return this.received.flatMap((m) => (m.type === 'seek' ? [m.step] : []));
  }

  /** Waits until the element's text is `text`, or fails with what it was. */
  async waitForText(selector: string, text: string, timeout = 3000): Promise<void> {
    try {
      await this.page.waitForFunction(
        ([sel, want]) => document.querySelector(sel)?.textContent?.trim() === want,
        [selector, text] as const,
        { timeout },
      );
    } catch {
      const actual = await this.text(selector);
      throw new Error(`${selector}: expected text ${JSON.stringify(text)}, found ${JSON.stringify(actual)}`);
    }
  }

  async text(selector: string): Promise<string | null> {
    return this.page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector);
  }

  async setTheme(theme: Theme): Promise<void> {
    await this.page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  }

  async alerts(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts);
  }
}
