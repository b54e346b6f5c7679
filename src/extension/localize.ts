// Every user-facing string of the extension host goes through vscode.l10n (bundles in l10n/).
import * as vscode from 'vscode';

export function t(message: string, ...args: (string | number)[]): string {
  return vscode.l10n.t(message, ...args);
}
