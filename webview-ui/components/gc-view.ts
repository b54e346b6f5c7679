// The cyclic collector at this step: each generation's count, threshold, tracked objects and statistics,
// the permanent generation, and the note that the interpreter's start-up state is modelled.
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GcStateView, GenerationView } from '../../src/protocol/state';
import { LightElement } from './light-element';
import { englishStrings, type Translate } from '../strings';

/** A row's name: "gen N", or the young generation / an old space of 3.14's incremental collector. */
function roleLabel(generation: GenerationView, index: number, t: Translate): string {
  switch (generation.role) {
    case 'young': return t('youngLabel');
    case 'visited': return t('visitedLabel');
    case 'pending': return t('pendingLabel');
    default: return t('generationLabel', index);
  }
}

@customElement('pml-gc-view')
export class GcView extends LightElement {
  @property({ attribute: false }) gc: GcStateView | null = null;
  @property({ attribute: false }) t: Translate = englishStrings;

  private renderGeneration(generation: GenerationView, index: number): unknown {
    const t = this.t;
    const programObjects = generation.objects - generation.startupObjects;
    return html`<tr data-testid="gc-generation" data-generation=${index}>
      <th scope="row" class="pml-name">${roleLabel(generation, index, t)}</th>
      <td class="pml-num" data-testid="gc-count">${generation.count}</td>
      <td class="pml-num">${generation.threshold}</td>
      <td class="pml-num" data-testid="gc-objects">${generation.startupObjects > 0
        ? t('startupObjects', programObjects, generation.startupObjects)
        : generation.objects}</td>
      <td class="pml-num" data-testid="gc-collections">${generation.collections}</td>
      <td class="pml-num">${generation.collected}</td>
      <td class="pml-num">${generation.uncollectable}</td>
    </tr>`;
  }

  protected override render(): unknown {
    const t = this.t;
    const gc = this.gc;
    if (gc === null) return nothing;
    return html`<p class="pml-muted" data-testid="gc-enabled">${gc.enabled ? t('gcEnabled') : t('gcDisabled')}</p>
      <table class="pml-table pml-gc-table">
        <thead>
          <tr>
            <th scope="col">${t('colGeneration')}</th>
            <th scope="col" class="pml-num" title=${t('countTitle')}>${t('colCount')}</th>
            <th scope="col" class="pml-num" title=${t('thresholdTitle')}>${t('colThreshold')}</th>
            <th scope="col" class="pml-num" title=${t('trackedObjectsTitle')}>${t('colTrackedObjects')}</th>
            <th scope="col" class="pml-num">${t('colCollections')}</th>
            <th scope="col" class="pml-num">${t('colCollected')}</th>
            <th scope="col" class="pml-num">${t('colUncollectable')}</th>
          </tr>
        </thead>
        <tbody>
          ${gc.generations.map((g, i) => this.renderGeneration(g, i))}
          <tr data-testid="gc-permanent">
            <th scope="row" class="pml-name">${t('permanentLabel')}</th>
            <td></td><td></td>
            <td class="pml-num">${gc.permanent}</td>
            <td></td><td></td><td></td>
          </tr>
        </tbody>
      </table>
      ${gc.startupModelled
        ? html`<p class="pml-note" data-testid="gc-modelled"><span class="pml-tag">${t('modelledTag')}</span> ${t('startupModelled')}</p>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pml-gc-view': GcView;
  }
}
