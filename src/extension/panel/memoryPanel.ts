// The "Python Memory" panel: one webview that shows the latest run. It queues messages until the
// webview says it is ready, answers seeks through the engine worker, and remembers the step shown so
// hovers can report the state at that step.
import * as vscode from 'vscode';
import { isPanelToHost, type HostToPanel, type RunSummary } from '../../protocol/panel';
import type { StepState } from '../../protocol/state';
import { PANEL_STRINGS } from '../../protocol/panelStrings';
import type { EngineClient } from '../engineClient';
import { renderPanelHtml } from './html';
import { t } from '../localize';

export interface ShownRun {
  readonly runId: number;
  readonly documentUri: string;
  readonly summary: RunSummary;
  state: StepState;
}

export class MemoryPanel implements vscode.Disposable {
  static readonly viewType = 'pymemlab.memoryPanel';
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private queue: HostToPanel[] = [];
  private run: ShownRun | undefined;
  private readonly changed = new vscode.EventEmitter<ShownRun>();
  /** Fires when the shown step changes (hover and decorations listen). */
  readonly onDidChangeStep = this.changed.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly engine: EngineClient) {}

  get current(): ShownRun | undefined {
    return this.run;
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(MemoryPanel.viewType, t('Python Memory'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    });
    this.panel = panel;
    this.ready = false;
    panel.webview.html = renderPanelHtml(panel.webview, this.extensionUri, t('Python Memory'));
    panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.ready = false;
      this.queue = [];
    });
  }

  /** Shows a finished run at its last step. */
  showRun(run: ShownRun): void {
    this.run = run;
    this.show();
    this.post({ type: 'run', summary: run.summary, state: run.state, strings: localizedPanelStrings() });
    this.changed.fire(run);
  }

  private async receive(message: unknown): Promise<void> {
    if (!isPanelToHost(message)) return;
    if (message.type === 'ready') {
      this.ready = true;
      const pending = this.queue;
      this.queue = [];
      if (pending.length === 0 && this.run) {
        this.post({ type: 'run', summary: this.run.summary, state: this.run.state, strings: localizedPanelStrings() });
      }
      for (const m of pending) void this.panel?.webview.postMessage(m);
      return;
    }
    const run = this.run;
    if (!run) return;
    try {
      const state = await this.engine.request('state', { runId: run.runId, step: message.step });
      if (this.run !== run) return;
      run.state = state;
      this.post({ type: 'state', state });
      this.changed.fire(run);
    } catch (error) {
      this.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private post(message: HostToPanel): void {
    if (!this.panel) return;
    if (!this.ready) {
      // Only the latest run matters to a webview that is still loading.
      if (message.type === 'run') this.queue = [message];
      else this.queue.push(message);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    this.changed.dispose();
  }
}

/** The panel's strings in the display language; the webview fills the {0} placeholders itself. */
function localizedPanelStrings(): Record<string, string> {
  return Object.fromEntries(Object.entries(PANEL_STRINGS).map(([key, english]) => [key, vscode.l10n.t(english)]));
}
