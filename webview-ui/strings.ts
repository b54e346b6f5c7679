// The panel's localized strings. The host sends them with each `run` message; any key it leaves out (an older
// host, a partial translation) falls back to the English text in PANEL_STRINGS.
import { PANEL_STRINGS, formatString, type PanelStringKey } from '../src/protocol/panelStrings';

export type Translate = (key: PanelStringKey, ...args: ReadonlyArray<string | number>) => string;

export function createTranslate(strings: Readonly<Record<string, string>> = {}): Translate {
  return (key, ...args) => {
    const localized = Object.hasOwn(strings, key) ? strings[key] : undefined;
    return formatString(typeof localized === 'string' ? localized : PANEL_STRINGS[key], ...args);
  };
}

/** English, used until the first `run` message arrives. */
export const englishStrings: Translate = createTranslate();
