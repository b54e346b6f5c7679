// "Python Memory: Run File in Simulator": runs the active Python file in the worker and shows the panel.
import * as vscode from 'vscode';
import * as path from 'node:path';
import type { EngineClient } from './engineClient';
import type { MemoryPanel } from './panel/memoryPanel';
import { t } from './localize';

export async function runActiveFile(engine: EngineClient, panel: MemoryPanel, diagnostics: vscode.DiagnosticCollection): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'python') {
    void vscode.window.showWarningMessage(t('Open a Python file to run it in the simulator.'));
    return;
  }
  const document = editor.document;
  const settings = vscode.workspace.getConfiguration('pymemlab', document.uri);
  const version = settings.get<string>('pythonVersion', '3.13');
  const gcVariant = version === '3.14' ? settings.get<string>('gc314', 'generational') : undefined;
  const filename = path.basename(document.uri.path) || 'main.py';
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Simulating CPython {0}…', version), cancellable: true },
    async (_progress, token) => {
      token.onCancellationRequested(() => engine.restart(t('The run was cancelled.')));
      try {
        const reply = await engine.request('run', { source: document.getText(), filename, version, gcVariant });
        diagnostics.delete(document.uri);
        if ((reply.outcome === 'syntax' || reply.outcome === 'unsupported') && reply.errorLine) {
          const line = Math.max(0, reply.errorLine - 1);
          const range = document.lineAt(Math.min(line, document.lineCount - 1)).range;
          diagnostics.set(document.uri, [new vscode.Diagnostic(range, reply.errorMessage ?? '', vscode.DiagnosticSeverity.Error)]);
        }
        panel.showRun({ runId: reply.runId, documentUri: document.uri.toString(), summary: reply.summary, state: reply.finalState });
      } catch (error) {
        if (token.isCancellationRequested) return;
        void vscode.window.showErrorMessage(t('The simulator failed: {0}', error instanceof Error ? error.message : String(error)));
      }
    },
  );
}
