// Messages between the extension host and the engine worker (a worker thread on desktop).
// The worker keeps every recorded trace; the host asks for the state at one step at a time.
import type { RunSummary } from './panel';
import type { StepState } from './state';

export type WorkerRequest =
  | { id: number; type: 'run'; source: string; filename: string; version: string; gcVariant?: string; maxInstructions?: number }
  | { id: number; type: 'state'; runId: number; step: number }
  | { id: number; type: 'release'; runId: number };

export interface RunReply {
  readonly runId: number;
  readonly summary: RunSummary;
  readonly stdout: string;
  readonly stderr: string;
  readonly outcome: 'finished' | 'exception' | 'unsupported' | 'syntax' | 'limit';
  /** The line of a syntax error or unsupported construct, for a diagnostic. */
  readonly errorLine?: number;
  readonly errorMessage?: string;
  /** The state at the last step, so the panel can show something at once. */
  readonly finalState: StepState;
}

export interface WorkerReplies {
  run: RunReply;
  state: StepState;
  release: null;
}

export type WorkerResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };

export function isWorkerResponse(value: unknown): value is WorkerResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { id?: unknown; ok?: unknown; error?: unknown };
  return typeof v.id === 'number' && (v.ok === true || (v.ok === false && typeof v.error === 'string'));
}
