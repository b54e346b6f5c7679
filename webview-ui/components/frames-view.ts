// The frames of the state, each with its variables: name, type, refcount and repr of the bound object.
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FrameView, ObjectView, VariableView } from '../../src/protocol/state';
import { LightElement } from './light-element';
import { englishStrings, type Translate } from '../strings';
import { truncate } from '../format';

@customElement('pml-frames-view')
export class FramesView extends LightElement {
  @property({ attribute: false }) frames: readonly FrameView[] = [];
  @property({ attribute: false }) objects: ReadonlyMap<number, ObjectView> = new Map();
  @property({ attribute: false }) t: Translate = englishStrings;

  private renderVariable(variable: VariableView): unknown {
    const t = this.t;
    if (variable.obj === -1) {
      return html`<tr class="pml-unbound" data-testid="var-row" data-name=${variable.name}>
        <td class="pml-name">${variable.name}</td>
        <td></td>
        <td class="pml-num" data-testid="var-refcount"></td>
        <td class="pml-muted" data-testid="var-value">${t('unbound')}</td>
      </tr>`;
    }
    const object = this.objects.get(variable.obj);
    if (object === undefined) {
      return html`<tr data-testid="var-row" data-name=${variable.name}>
        <td class="pml-name">${variable.name}</td>
        <td></td>
        <td class="pml-num" data-testid="var-refcount"></td>
        <td class="pml-muted" data-testid="var-value">${t('unknownObject', variable.obj)}</td>
      </tr>`;
    }
    const repr = truncate(object.repr);
    return html`<tr data-testid="var-row" data-name=${variable.name} data-obj=${object.obj}>
      <td class="pml-name">${variable.name}</td>
      <td class="pml-type">${object.type}</td>
      <td class="pml-num" data-testid="var-refcount">${object.refcount}</td>
      <td class="pml-repr" data-testid="var-value" title=${repr === object.repr ? nothing : object.repr}>${repr}</td>
    </tr>`;
  }

  private renderFrame(frame: FrameView): unknown {
    const t = this.t;
    return html`<section class="pml-frame" data-testid="frame" data-frame=${frame.frame}>
      <h3 class="pml-frame-title">${t('frameHeading', frame.name, frame.line)}</h3>
      ${frame.variables.length === 0
        ? html`<p class="pml-muted">${t('noVariables')}</p>`
        : html`<table class="pml-table">
            <thead>
              <tr>
                <th scope="col">${t('colName')}</th>
                <th scope="col">${t('colType')}</th>
                <th scope="col" class="pml-num">${t('colRefcount')}</th>
                <th scope="col">${t('colValue')}</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(frame.variables, (v) => v.name, (v) => this.renderVariable(v))}
            </tbody>
          </table>`}
    </section>`;
  }

  protected override render(): unknown {
    return repeat(this.frames, (f) => f.frame, (f) => this.renderFrame(f));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pml-frames-view': FramesView;
  }
}
