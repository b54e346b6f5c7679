// Messages between the extension host and the memory panel webview. Both sides validate what they receive.
import type { StepState } from './state';

export interface RunSummary {
  readonly filename: string;
  readonly version: string;
  readonly steps: number;
  readonly exitCode: number;
  /** Set when the run used a GC variant other than the version's default (3.14's 'incremental'). */
  readonly gcVariant?: string;
}

export type HostToPanel =
  | { type: 'run'; summary: RunSummary; state: StepState; strings: Record<string, string> }
  | { type: 'state'; state: StepState }
  | { type: 'error'; message: string };

export type PanelToHost =
  | { type: 'ready' }
  | { type: 'seek'; step: number };

export function isPanelToHost(value: unknown): value is PanelToHost {
  if (typeof value !== 'object' || value === null) return false;
  const msg = value as { type?: unknown; step?: unknown };
  if (msg.type === 'ready') return true;
  return msg.type === 'seek' && typeof msg.step === 'number' && Number.isInteger(msg.step) && msg.step >= 0;
}
