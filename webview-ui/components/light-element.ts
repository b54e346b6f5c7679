import { LitElement } from 'lit';

/**
 * A Lit element that renders into its own light DOM, so the panel's single stylesheet (panel.css, loaded with
 * the CSP's style-src) styles it and tests can query its content directly.
 */
export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
