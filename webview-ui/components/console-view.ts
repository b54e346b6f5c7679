// The program's output so far: stdout, then stderr in the error colour.
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LightElement } from './light-element';
import { englishStrings, type Translate } from '../strings';

@customElement('pml-console-view')
export class ConsoleView extends LightElement {
  @property({ attribute: false }) stdout = '';
  @property({ attribute: false }) stderr = '';
  @property({ attribute: false }) t: Translate = englishStrings;

  protected override render(): unknown {
    const empty = this.stdout === '' && this.stderr === '';
    // No whitespace inside <pre>: its text must be exactly stdout + stderr.
    return html`${empty ? html`<p class="pml-muted">${this.t('consoleEmpty')}</p>` : ''}<pre
        class="pml-console"
        data-testid="console"
        ?hidden=${empty}
      >${this.stdout}<span class="pml-stderr" data-testid="console-stderr">${this.stderr}</span></pre>`;
  }

  protected override updated(): void {
    // Keep the newest output in view.
    const pre = this.querySelector('pre');
    if (pre) pre.scrollTop = pre.scrollHeight;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pml-console-view': ConsoleView;
  }
}
