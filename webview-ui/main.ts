// Entry point of the memory panel webview (bundled to dist/webview/panel.js + panel.css).
// Acquires the VS Code API once, mounts the panel, wires host messages to it and says `ready`.
import './styles/panel.css';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import './components/memory-panel';
import { createHost, type VsCodeApi } from './host';
import { SEEK_EVENT } from './components/step-slider';

declare function acquireVsCodeApi(): VsCodeApi;

function start(): void {
  const host = createHost(acquireVsCodeApi());
  const panel = document.querySelector('pml-memory-panel') ?? document.body.appendChild(document.createElement('pml-memory-panel'));

  panel.addEventListener(SEEK_EVENT, (event) => host.post({ type: 'seek', step: event.detail.step }));
  host.listen({
    run: (message) => panel.showRun(message),
    state: (message) => panel.showState(message.state),
    error: (message) => panel.showError(message.message),
  });
  host.post({ type: 'ready' });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
