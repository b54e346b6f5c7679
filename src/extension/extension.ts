// Activation: registrations only. The engine worker starts on the first run.
import * as vscode from 'vscode';
import * as path from 'node:path';
import { EngineClient } from './engineClient';
import { MemoryPanel } from './panel/memoryPanel';
import { RefcountHoverProvider } from './hover';
import { runActiveFile } from './runFile';

export function activate(context: vscode.ExtensionContext): void {
  const engine = new EngineClient(path.join(context.extensionPath, 'dist'));
  const panel = new MemoryPanel(context.extensionUri, engine);
  const diagnostics = vscode.languages.createDiagnosticCollection('pymemlab');
  context.subscriptions.push(
    engine,
    panel,
    diagnostics,
    vscode.commands.registerCommand('pymemlab.runFile', () => runActiveFile(engine, panel, diagnostics)),
    vscode.commands.registerCommand('pymemlab.showPanel', () => panel.show()),
    vscode.languages.registerHoverProvider({ language: 'python' }, new RefcountHoverProvider(panel)),
  );
}

export function deactivate(): void {}
