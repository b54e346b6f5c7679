// Small pure helpers that turn protocol values into display text. Everything returned here is rendered
// through lit text bindings, never as HTML.
import type { ObjectView } from '../src/protocol/state';
import type { Translate } from './strings';

export const REPR_MAX_CHARS = 80;
export const HOLDERS_MAX = 12;

/** Cuts a long repr to `max` characters plus an ellipsis; the full text goes into a title tooltip. */
export function truncate(text: string, max: number = REPR_MAX_CHARS): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair.
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

export function formatHolders(holders: readonly string[], t: Translate, max: number = HOLDERS_MAX): string {
  if (holders.length <= max) return holders.join(', ');
  return `${holders.slice(0, max).join(', ')} ${t('holdersMore', holders.length - max)}`;
}

export function formatGc(object: ObjectView, t: Translate): string {
  if (!object.tracked) return t('untracked');
  return object.generation === null ? t('tracked') : t('trackedGeneration', object.generation);
}
