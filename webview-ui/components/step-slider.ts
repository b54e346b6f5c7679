// The timeline: Prev / slider / Next and "Step N of M · line L". Emits `pml-seek` when the user picks a step;
// slider drags are debounced so a fast drag asks the host for the last position only.
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from './light-element';
import { englishStrings, type Translate } from '../strings';

export interface SeekDetail {
  readonly step: number;
}

export const SEEK_EVENT = 'pml-seek';
export const SEEK_DEBOUNCE_MS = 60;

@customElement('pml-step-slider')
export class StepSlider extends LightElement {
  /** The step of the state on screen. */
  @property({ type: Number }) step = 0;
  @property({ type: Number }) steps = 0;
  @property({ type: Number }) line = 0;
  /** The step is interpreter shutdown, after the program's last line. */
  @property({ type: Boolean }) shutdown = false;
  @property({ attribute: false }) t: Translate = englishStrings;

  /** Where the user has put the slider; differs from `step` while a seek is on its way. */
  @state() private value = 0;
  @state() private pending: number | null = null;
  /** The step last asked of the host, until its state arrives. */
  private emitted: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private get min(): number {
    // Line steps are numbered from 1; a state at step 0 (before the first line) stays reachable if sent.
    return Math.min(1, this.steps, this.step);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('step') || changed.has('steps')) {
      if (this.emitted === this.step) this.emitted = null;
      if (this.pending === null || this.pending === this.step) {
        this.pending = null;
        this.value = this.step;
      }
    }
  }

  /** Forgets any seek in flight (a new run, or the host answered with an error) and shows `step` again. */
  settle(): void {
    clearTimeout(this.timer);
    this.pending = null;
    this.emitted = null;
    this.value = this.step;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private clamp(step: number): number {
    return Math.max(this.min, Math.min(this.steps, step));
  }

  /** Moves the slider to `step` and asks the host for it, now or after the debounce delay. */
  private request(step: number, debounce: boolean): void {
    const target = this.clamp(step);
    this.value = target;
    this.pending = target;
    clearTimeout(this.timer);
    if (debounce) this.timer = setTimeout(() => this.emit(target), SEEK_DEBOUNCE_MS);
    else this.emit(target);
  }

  private emit(target: number): void {
    // A key press fires `input` then `change`, and a drag that pauses fires the timer before `change`:
    // do not ask for the step on screen, or for the one already on its way, again.
    if (target === (this.emitted ?? this.step)) {
      if (this.emitted === null) this.pending = null;
      return;
    }
    this.emitted = target;
    this.dispatchEvent(
      new CustomEvent<SeekDetail>(SEEK_EVENT, { detail: { step: target }, bubbles: true, composed: true }),
    );
  }

  private onInput(event: Event): void {
    this.request(Number((event.target as HTMLInputElement).value), true);
  }

  private onChange(event: Event): void {
    // The drag or key press is over: send now rather than after the debounce.
    this.request(Number((event.target as HTMLInputElement).value), false);
  }

  private label(): string {
    const step = this.t('step', this.step, this.steps);
    if (this.shutdown) return this.line > 0 ? `${step} · ${this.t('shutdown')} · ${this.t('line', this.line)}` : `${step} · ${this.t('shutdown')}`;
    return this.line > 0 ? `${step} · ${this.t('line', this.line)}` : step;
  }

  protected override render(): unknown {
    const label = this.label();
    const busy = this.pending !== null;
    return html`
      <div class="pml-timeline">
        <vscode-button
          secondary
          data-testid="step-prev"
          title=${this.t('prevTitle')}
          ?disabled=${this.value <= this.min}
          @click=${() => this.value > this.min && this.request(this.value - 1, false)}
          >${this.t('prev')}</vscode-button
        >
        <input
          type="range"
          class="pml-slider"
          data-testid="step-slider"
          min=${this.min}
          max=${this.steps}
          step="1"
          .value=${String(this.value)}
          ?disabled=${this.steps <= this.min}
          aria-label=${this.t('stepSlider')}
          aria-valuetext=${label}
          @input=${this.onInput}
          @change=${this.onChange}
        />
        <vscode-button
          secondary
          data-testid="step-next"
          title=${this.t('nextTitle')}
          ?disabled=${this.value >= this.steps}
          @click=${() => this.value < this.steps && this.request(this.value + 1, false)}
          >${this.t('next')}</vscode-button
        >
        <span class="pml-step-label" data-testid="step-label" aria-live="polite" aria-busy=${busy ? 'true' : nothing}
          title=${this.shutdown ? this.t('shutdownTitle') : nothing}
          >${label}</span
        >
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pml-step-slider': StepSlider;
  }
  interface HTMLElementEventMap {
    'pml-seek': CustomEvent<SeekDetail>;
  }
}
