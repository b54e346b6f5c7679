// The root of the memory panel: header, timeline, frames, objects and console for one step of one run.
import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { HostToPanel, RunSummary } from '../../src/protocol/panel';
import type { ObjectView, StepState } from '../../src/protocol/state';
import { LightElement } from './light-element';
import { createTranslate, englishStrings, type Translate } from '../strings';
import type { StepSlider } from './step-slider';
import './step-slider';
import './frames-view';
import './objects-table';
import './console-view';
import './gc-view';

type RunMessage = Extract<HostToPanel, { type: 'run' }>;

/** What the panel shows: nothing yet, or one step of a run. */
type PanelView =
  | { readonly kind: 'waiting' }
  | {
      readonly kind: 'run';
      readonly summary: RunSummary;
      readonly state: StepState;
      readonly objectsById: ReadonlyMap<number, ObjectView>;
    };

function indexObjects(objects: readonly ObjectView[]): ReadonlyMap<number, ObjectView> {
  return new Map(objects.map((o) => [o.obj, o]));
}

@customElement('pml-memory-panel')
export class MemoryPanel extends LightElement {
  @state() private view: PanelView = { kind: 'waiting' };
  @state() private t: Translate = englishStrings;
  @state() private error: string | null = null;
  @query('pml-step-slider') private slider?: StepSlider | null;

  /** A new run: new strings, summary and first state. */
  showRun(message: RunMessage): void {
    this.t = createTranslate(message.strings);
    this.error = null;
    this.slider?.settle();
    this.view = {
      kind: 'run',
      summary: message.summary,
      state: message.state,
      objectsById: indexObjects(message.state.objects),
    };
  }

  /** The reply to a seek. Ignored when no run is shown (a late reply after the panel was reset). */
  showState(state: StepState): void {
    if (this.view.kind !== 'run') return;
    this.error = null;
    this.view = { ...this.view, state, objectsById: indexObjects(state.objects) };
  }

  showError(message: string): void {
    this.error = message;
    this.slider?.settle();
  }

  private renderHeader(summary: RunSummary, state: StepState): unknown {
    const t = this.t;
    const [g0, g1, g2] = state.gcCounts;
    return html`<header class="pml-header">
      <h1 class="pml-filename" data-testid="filename" title=${summary.filename}>${summary.filename}</h1>
      <span class="pml-chip" data-testid="python-version">${t('pythonVersion', summary.version)}</span>
      ${summary.gcVariant === 'incremental'
        ? html`<span class="pml-chip" data-testid="gc-variant" title=${t('incrementalGcTitle')}>${t('incrementalGc')}</span>`
        : nothing}
      ${summary.exitCode !== 0
        ? html`<span class="pml-chip pml-chip-error" data-testid="exit-code">${t('exitCode', summary.exitCode)}</span>`
        : nothing}
      <span class="pml-chip" data-testid="gc-counts" title=${t('gcCountsTitle')}>${t('gcCounts', g0, g1, g2)}</span>
    </header>`;
  }

  private renderError(): unknown {
    if (this.error === null) return nothing;
    return html`<div class="pml-error" role="alert" data-testid="error">${this.t('error', this.error)}</div>`;
  }

  protected override render(): unknown {
    const t = this.t;
    if (this.view.kind === 'waiting') {
      return html`${this.renderError()}<p class="pml-waiting" data-testid="waiting">${t('waiting')}</p>`;
    }
    const { summary, state, objectsById } = this.view;
    return html`
      <div class="pml-top">
        ${this.renderHeader(summary, state)}
        <pml-step-slider .step=${state.step} .steps=${state.steps} .line=${state.line} ?shutdown=${state.phase === 'shutdown'} .t=${t}></pml-step-slider>
        ${this.renderError()}
      </div>
      <vscode-collapsible class="pml-section" heading=${t('framesTitle')} open>
        <pml-frames-view .frames=${state.frames} .objects=${objectsById} .t=${t}></pml-frames-view>
      </vscode-collapsible>
      <vscode-collapsible
        class="pml-section"
        heading=${t('objectsTitle')}
        description=${t('objectsCount', state.objects.length)}
        open
      >
        <pml-objects-table .objects=${state.objects} .t=${t}></pml-objects-table>
      </vscode-collapsible>
      <vscode-collapsible class="pml-section" heading=${t('gcTitle')} data-testid="gc-section">
        <pml-gc-view .gc=${state.gc} .t=${t}></pml-gc-view>
      </vscode-collapsible>
      <vscode-collapsible class="pml-section" heading=${t('consoleTitle')} open>
        <pml-console-view .stdout=${state.stdout} .stderr=${state.stderr} .t=${t}></pml-console-view>
      </vscode-collapsible>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pml-memory-panel': MemoryPanel;
  }
}
