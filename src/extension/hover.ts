// Hover on a name in the file of the shown run: the object it is bound to at the panel's step.
import * as vscode from 'vscode';
import type { MemoryPanel } from './panel/memoryPanel';
import type { ObjectView, StepState } from '../protocol/state';
import { t } from './localize';

export function findBinding(state: StepState, name: string): ObjectView | null | undefined {
  for (const frame of state.frames) {
    const v = frame.variables.find((x) => x.name === name);
    if (v) return v.obj < 0 ? null : state.objects.find((o) => o.obj === v.obj);
  }
  return undefined;
}

export class RefcountHoverProvider implements vscode.HoverProvider {
  constructor(private readonly panel: MemoryPanel) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const run = this.panel.current;
    if (!run || run.documentUri !== document.uri.toString()) return undefined;
    const range = document.getWordRangeAtPosition(position, /[A-Za-z_][A-Za-z0-9_]*/);
    if (!range) return undefined;
    const name = document.getText(range);
    const obj = findBinding(run.state, name);
    if (obj === undefined) return undefined;
    const md = new vscode.MarkdownString();
    md.supportHtml = false;
    md.isTrusted = false;
    const step = t('at step {0} of {1}', run.state.step, run.state.steps);
    if (obj === null) {
      md.appendMarkdown(`**${escapeMd(name)}** — ${escapeMd(t('unbound'))} (${escapeMd(step)})`);
      return new vscode.Hover(md, range);
    }
    md.appendMarkdown(`**${escapeMd(name)}** → \`${obj.type}\` ${escapeMd(t('at'))} \`${obj.address}\` (${escapeMd(step)})\n\n`);
    md.appendMarkdown(`- ${escapeMd(t('refcount: {0}', obj.refcount))}${obj.immortal ? ` (${escapeMd(t('immortal'))})` : ''}\n`);
    md.appendMarkdown(`- ${escapeMd(t('held by: {0}', obj.holders.join(', ') || '—'))}\n`);
    md.appendMarkdown(`- ${escapeMd(t('size: {0} bytes', obj.size))}\n`);
    md.appendCodeblock(obj.repr, 'python');
    return new vscode.Hover(md, range);
  }
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, (c) => `\\${c}`);
}
