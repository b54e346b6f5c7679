// Every live object of the state: address, type, repr, refcount and who holds the references, size, GC status.
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ObjectView } from '../../src/protocol/state';
import { LightElement } from './light-element';
import { englishStrings, type Translate } from '../strings';
import { formatGc, formatHolders, truncate } from '../format';

/** Rows rendered at most; the rest is summarized in one line until the table gets paging. */
export const OBJECT_ROWS_MAX = 1000;

@customElement('pml-objects-table')
export class ObjectsTable extends LightElement {
  @property({ attribute: false }) objects: readonly ObjectView[] = [];
  @property({ attribute: false }) t: Translate = englishStrings;

  private renderRow(object: ObjectView): unknown {
    const t = this.t;
    const repr = truncate(object.repr);
    const holders = formatHolders(object.holders, t);
    return html`<tr data-testid="object-row" data-obj=${object.obj} class=${object.immortal ? 'pml-immortal' : ''}>
      <td class="pml-address">${object.address}</td>
      <td class="pml-type">${object.type}</td>
      <td class="pml-repr" title=${repr === object.repr ? nothing : object.repr}>${repr}</td>
      <td class="pml-num">
        <span data-testid="object-refcount">${object.refcount}</span>${object.immortal
          ? html` <span class="pml-tag" data-testid="object-immortal" title=${t('immortalTitle')}>${t('immortal')}</span>`
          : nothing}
      </td>
      <td class="pml-holders" data-testid="object-holders" title=${holders === object.holders.join(', ') ? nothing : object.holders.join(', ')}>${holders}</td>
      <td class="pml-num">${t('sizeBytes', object.size)}</td>
      <td class="pml-gc">${formatGc(object, t)}</td>
    </tr>`;
  }

  protected override render(): unknown {
    const t = this.t;
    if (this.objects.length === 0) return html`<p class="pml-muted">${t('noObjects')}</p>`;
    const shown = this.objects.length > OBJECT_ROWS_MAX ? this.objects.slice(0, OBJECT_ROWS_MAX) : this.objects;
    const hidden = this.objects.length - shown.length;
    return html`<table class="pml-table pml-objects">
        <thead>
          <tr>
            <th scope="col" title=${t('addressTitle')}>${t('colAddress')}</th>
            <th scope="col">${t('colType')}</th>
            <th scope="col">${t('colRepr')}</th>
            <th scope="col" class="pml-num">${t('colRefcount')}</th>
            <th scope="col" title=${t('holdersTitle')}>${t('colHolders')}</th>
            <th scope="col" class="pml-num">${t('colSize')}</th>
            <th scope="col">${t('colGc')}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(shown, (o) => o.obj, (o) => this.renderRow(o))}
        </tbody>
      </table>
      ${hidden > 0 ? html`<p class="pml-muted">${t('objectsMore', hidden)}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pml-objects-table': ObjectsTable;
  }
}
