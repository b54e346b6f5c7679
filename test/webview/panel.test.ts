// The memory panel, built by esbuild and run in headless Chromium under the host's strict CSP, against a fake host.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PANEL_STRINGS } from '../../src/protocol/panelStrings';
import { HOSTILE, loadPanelFixture, type PanelFixture } from './fixture';
import { FakeHost, ROOT, buildWebview, launchChromium, startServer, type PanelServer } from './harness';

const SHOTS = join(ROOT, 'test-results');
const ENGLISH: Record<string, string> = { ...PANEL_STRINGS };
const ZH_CN_BUNDLE = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<
  string,
  string
>;

const varRow = (name: string): string => `[data-testid="var-row"][data-name="${name}"]`;
const objectRow = (id: number): string => `[data-testid="object-row"][data-obj="${id}"]`;
/** Object ids of the recorded run, looked up once (the engine assigns them). */
let LIST_A: number;
let INT_1: number;
let HOSTILE_STR: number;

let browser: Browser;
let server: PanelServer;
let fixture: PanelFixture;
let host: FakeHost;

beforeAll(async () => {
  await buildWebview();
  fixture = await loadPanelFixture();
  const last = fixture.stateAt(fixture.opening);
  LIST_A = last.frames[0]!.variables.find((v) => v.name === 'a')!.obj;
  INT_1 = last.objects.find((o) => o.type === 'int' && o.repr === '1')!.obj;
  HOSTILE_STR = fixture.stateAt(6).objects.find((o) => o.repr === `'${HOSTILE}'`)!.obj;
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  host = await FakeHost.open(browser, server, fixture, ENGLISH);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('memory panel in Chromium', { timeout: 20_000 }, () => {
  it('says ready once and is answered with the run at its last step', async () => {
    expect(host.received[0]).toEqual({ type: 'ready' });
    expect(host.received.filter((m) => m.type === 'ready')).toHaveLength(1);
    expect(await host.text('[data-testid="filename"]')).toBe('refcount_demo.py');
    expect(await host.text('[data-testid="python-version"]')).toBe('CPython 3.13');
    expect(await host.text('[data-testid="step-label"]')).toBe('Step 8 of 9 · line 8');
    expect(await host.page.inputValue('[data-testid="step-slider"]')).toBe('8');
  });

  it('shows each variable with its type and refcount; a deleted global is gone', async () => {
    expect(await host.text(`${varRow('a')} [data-testid="var-refcount"]`)).toBe('4');
    expect(await host.text(`${varRow('a')} [data-testid="var-value"]`)).toBe('[1, 2, 3]');
    expect(await host.text(`${varRow('a')} .pml-type`)).toBe('list');
    expect(await host.text(`${varRow('b')} [data-testid="var-refcount"]`)).toBe('4');
    expect(await host.text(`${varRow('c')} [data-testid="var-refcount"]`)).toBe('1');
    expect(await host.page.locator(varRow('s')).count()).toBe(0);
  });

  it('lists objects with refcount, holders, size, GC state and the immortal marker', async () => {
    expect(await host.text(`${objectRow(LIST_A)} [data-testid="object-refcount"]`)).toBe('4');
    expect(await host.text(`${objectRow(LIST_A)} [data-testid="object-holders"]`)).toBe('a, b, c[0], c[1]');
    const cells = await host.page.locator(`${objectRow(LIST_A)} td`).allTextContents();
    const listView = fixture.stateAt(fixture.opening).objects.find((o) => o.obj === LIST_A)!;
    // capacity 4 (BUILD_LIST 0 + LIST_EXTEND of a 3-tuple rounds up to even): 56 + 4 * 8 bytes
    expect(cells.map((c) => c.trim())).toEqual([listView.address, 'list', '[1, 2, 3]', '4', 'a, b, c[0], c[1]', '88 B', 'tracked, gen 0']);
    expect(await host.text(`${objectRow(INT_1)} [data-testid="object-immortal"]`)).toBe('immortal');
    expect(await host.text(`${objectRow(INT_1)} [data-testid="object-refcount"]`)).toBe('4294967295');
    expect(await host.page.locator(`${objectRow(LIST_A)} [data-testid="object-immortal"]`).count()).toBe(0);
    expect(await host.text(`${objectRow(INT_1)} .pml-gc`)).toBe('untracked');
  });

  it("shows the collector's generations as the engine recorded them, and says the start-up state is modelled", async () => {
    await host.page.locator('[data-testid="gc-section"]').click();
    const gc = fixture.stateAt(fixture.opening).gc;
    expect(gc.generations.map((g) => g.threshold)).toEqual([2000, 10, 10]); // CPython 3.13's defaults
    for (const [g, generation] of gc.generations.entries()) {
      const row = `[data-testid="gc-generation"][data-generation="${g}"]`;
      expect(await host.text(`${row} [data-testid="gc-count"]`)).toBe(String(generation.count));
      expect(await host.text(`${row} [data-testid="gc-collections"]`)).toBe(String(generation.collections));
      const cells = (await host.page.locator(`${row} td`).allTextContents()).map((c) => c.trim());
      expect(cells[1]).toBe(String(generation.threshold));
    }
    // The lists a and c are tracked in generation 0: the table counts them among its objects.
    expect(gc.generations[0]!.objects).toBeGreaterThanOrEqual(2);
    expect(await host.text('[data-testid="gc-enabled"]')).toBe(PANEL_STRINGS.gcEnabled);
    expect(await host.text('[data-testid="gc-modelled"]')).toContain(PANEL_STRINGS.startupModelled);
    mkdirSync(SHOTS, { recursive: true });
    await host.page.locator('[data-testid="gc-section"]').screenshot({ path: join(SHOTS, 'webview-panel-gc.png') });
  });

  it('shows stdout then stderr in the console, stderr in the error colour', async () => {
    const consoleText = await host.page.evaluate(() => document.querySelector('[data-testid="console"]')?.textContent);
    expect(consoleText).toBe(`5\n${HOSTILE}\n`);
    const colours = await host.page.evaluate(() => {
      const err = document.querySelector('[data-testid="console-stderr"]');
      const out = document.querySelector('[data-testid="console"]');
      return err && out ? [getComputedStyle(err).color, getComputedStyle(out).color] : null;
    });
    expect(colours).toEqual(['rgb(248, 81, 73)', 'rgb(204, 204, 204)']); // --vscode-errorForeground, --vscode-terminal-foreground
  });

  it('renders a hostile repr as literal text and never as markup', async () => {
    await host.send({ type: 'state', state: fixture.stateAt(6) });
    await host.waitForText('[data-testid="step-label"]', 'Step 6 of 9 · line 6');
    expect(await host.text(`${objectRow(HOSTILE_STR)} .pml-repr`)).toBe(`'${HOSTILE}'`);
    const images = await host.page.evaluate(() => {
      let count = 0;
      const visit = (root: Document | ShadowRoot): void => {
        count += root.querySelectorAll('img').length;
        root.querySelectorAll('*').forEach((el) => el.shadowRoot && visit(el.shadowRoot));
      };
      visit(document);
      return count;
    });
    expect(images).toBe(0);
    expect(await host.alerts()).toEqual([]);
    expect(server.strayRequests).toEqual([]);
  });

  it('seeks when the slider moves and renders the reply', async () => {
    await host.page.locator('[data-testid="step-slider"]').fill('3');
    await host.waitForText('[data-testid="step-label"]', 'Step 3 of 9 · line 3');
    expect(host.seeks().at(-1)).toBe(3);
    expect(await host.text(`${varRow('a')} [data-testid="var-refcount"]`)).toBe('2');
    expect(await host.text(`${objectRow(LIST_A)} [data-testid="object-holders"]`)).toBe('a, b');
    expect(await host.page.locator(varRow('c')).count()).toBe(0);
    expect(await host.page.locator('[data-testid="console"]').isHidden()).toBe(true);

    await host.page.locator('[data-testid="step-prev"]').click();
    await host.waitForText('[data-testid="step-label"]', 'Step 2 of 9 · line 2');
    expect(host.seeks().at(-1)).toBe(2);
    expect(await host.text(`${varRow('a')} [data-testid="var-refcount"]`)).toBe('1');
  });

  it('is keyboard operable', async () => {
    const slider = host.page.locator('[data-testid="step-slider"]');
    await slider.focus();
    await host.page.keyboard.press('End');
    await host.waitForText('[data-testid="step-label"]', 'Step 9 of 9 · interpreter shutdown');
    expect(await host.page.getAttribute('[data-testid="step-label"]', 'title')).toBe(PANEL_STRINGS.shutdownTitle);
    // the module is gone at shutdown: no frames, so no variables
    expect(await host.page.locator(varRow('a')).count()).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await host.page.screenshot({ path: join(SHOTS, 'webview-panel-shutdown.png'), fullPage: true });
    for (let i = 0; i < 4; i++) await host.page.keyboard.press('ArrowLeft');
    await host.waitForText('[data-testid="step-label"]', 'Step 5 of 9 · line 5');
    // the literal is also held by co_consts and the parse arena, as in CPython
    expect(await host.text(`${varRow('s')} [data-testid="var-refcount"]`)).toBe('3');

    await host.page.locator('[data-testid="step-next"]').focus();
    await host.page.keyboard.press('Enter');
    await host.waitForText('[data-testid="step-label"]', 'Step 6 of 9 · line 6');
    expect(await host.text(`${varRow('s')} [data-testid="var-refcount"]`)).toBe('3');
  });

  it('debounces a drag into one seek for where it stopped', async () => {
    const before = host.seeks().length;
    await host.page.evaluate(() => {
      const slider = document.querySelector<HTMLInputElement>('[data-testid="step-slider"]')!;
      for (const v of ['5', '4', '3', '2', '1']) {
        slider.value = v;
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await host.waitForText('[data-testid="step-label"]', 'Step 1 of 9 · line 1');
    expect(host.seeks().slice(before)).toEqual([1]);
    const sysModule = fixture.stateAt(1).objects.find((o) => o.type === 'module')!;
    expect(await host.text(`${varRow('sys')} [data-testid="var-refcount"]`)).toBe(String(sysModule.refcount));
  });

  it('drops malformed host messages and shows host errors as text', async () => {
    await host.send({ type: 'state', state: { step: 'x' } } as never);
    await host.send({ type: 'error', message: HOSTILE });
    await host.waitForText('[data-testid="error"]', `Error: ${HOSTILE}`);
    expect(await host.text('[data-testid="step-label"]')).toBe('Step 1 of 9 · line 1');
    await host.send({ type: 'state', state: fixture.stateAt(8) });
    await host.waitForText('[data-testid="step-label"]', 'Step 8 of 9 · line 8');
    expect(await host.page.locator('[data-testid="error"]').count()).toBe(0);
    expect(host.malformed).toEqual([]);
  });

  it('takes screenshots in the dark, light and high-contrast themes', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await host.page.mouse.move(0, 0);
    await host.setTheme('dark');
    await host.page.screenshot({ path: join(SHOTS, 'webview-panel.png'), fullPage: true });
    await host.setTheme('light');
    await host.page.screenshot({ path: join(SHOTS, 'webview-panel-light.png'), fullPage: true });
    await host.setTheme('high-contrast');
    await host.page.screenshot({ path: join(SHOTS, 'webview-panel-hc.png'), fullPage: true });
    await host.setTheme('dark');
  });

  it('names the incremental collector when the run used it, and not otherwise', async () => {
    expect(await host.page.locator('[data-testid="gc-variant"]').count()).toBe(0);
    const state = fixture.stateAt(fixture.opening);
    await host.send({ type: 'run', summary: { ...fixture.summary, version: '3.14', gcVariant: 'incremental' }, state, strings: ENGLISH });
    await host.waitForText('[data-testid="gc-variant"]', PANEL_STRINGS.incrementalGc);
    expect(await host.page.getAttribute('[data-testid="gc-variant"]', 'title')).toBe(PANEL_STRINGS.incrementalGcTitle);
    await host.send({ type: 'run', summary: fixture.summary, state, strings: ENGLISH });
    await host.waitForText('[data-testid="python-version"]', 'CPython 3.13');
    expect(await host.page.locator('[data-testid="gc-variant"]').count()).toBe(0);
  });

  it('reported no CSP violation and no page error', async () => {
    expect(await host.cspViolations()).toEqual([]);
    expect(host.pageErrors).toEqual([]);
    expect(server.strayRequests).toEqual([]);
  });
});

describe('memory panel localization', { timeout: 20_000 }, () => {
  it('the zh-CN bundle translates every panel string, keeping its placeholders', () => {
    const placeholders = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
    for (const english of Object.values(PANEL_STRINGS)) {
      expect(ZH_CN_BUNDLE[english], english).toBeTypeOf('string');
      expect(placeholders(ZH_CN_BUNDLE[english]), english).toEqual(placeholders(english));
    }
  });

  it('renders the strings the host sends and falls back to English for missing keys', async () => {
    const zh: Record<string, string> = {};
    for (const [key, english] of Object.entries(PANEL_STRINGS)) zh[key] = ZH_CN_BUNDLE[english] ?? english;
    delete zh.colSize;
    const zhHost = await FakeHost.open(browser, server, fixture, zh);
    try {
      await zhHost.waitForText('[data-testid="step-label"]', '第 8 步，共 9 步 · 第 8 行');
      const headers = await zhHost.page.locator('pml-objects-table th').allTextContents();
      expect(headers.map((h) => h.trim())).toContain('Size');
      expect(headers.map((h) => h.trim())).toContain('持有者');
      await zhHost.page.screenshot({ path: join(SHOTS, 'webview-panel-zh-cn.png'), fullPage: true });
      expect(await zhHost.cspViolations()).toEqual([]);
      expect(zhHost.pageErrors).toEqual([]);
    } finally {
      await zhHost.page.close();
    }
  });
});
