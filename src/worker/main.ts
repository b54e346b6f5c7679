// The engine's worker thread: runs programs off the extension host thread and keeps their traces.
import { parentPort } from 'node:worker_threads';
import { runSource, isVersionId, gcVariantsOf } from '../engine';
import { PROFILES } from '../engine/profiles';
import { openingStep, stateAt } from '../engine/trace/replay';
import type { RecordedTrace } from '../protocol/trace';
import type { RunReply, WorkerRequest, WorkerResponse } from '../protocol/engine';
import { loadParserWasm } from '../node/wasm';

const traces = new Map<number, RecordedTrace>();
let nextRunId = 1;
/** Keep only the latest runs: each trace can be large. */
const MAX_TRACES = 4;

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'run': {
      if (!isVersionId(request.version)) throw new Error(`unknown CPython version ${request.version}`);
      const variants = gcVariantsOf(PROFILES[request.version]);
      const gcVariant = variants.find((v) => v === request.gcVariant);
      const result = await runSource(request.source, {
        filename: request.filename, version: request.version, wasm: loadParserWasm(__dirname), maxInstructions: request.maxInstructions,
        // A variant this version does not have (the 3.14 setting on another version) is ignored.
        gcVariant,
      });
      const runId = nextRunId++;
      traces.set(runId, result.trace);
      for (const id of traces.keys()) if (traces.size > MAX_TRACES) traces.delete(id);
      const reply: RunReply = {
        runId,
        summary: {
          filename: request.filename, version: request.version, steps: result.trace.steps, exitCode: result.exitCode,
          ...(gcVariant && gcVariant !== variants[0] ? { gcVariant } : {}),
        },
        stdout: result.stdout, stderr: result.stderr, outcome: result.outcome,
        errorLine: result.errorLine, errorMessage: result.errorMessage,
        finalState: stateAt(result.trace, openingStep(result.trace)),
      };
      return reply;
    }
    case 'state': {
      const trace = traces.get(request.runId);
      if (!trace) throw new Error(`run ${request.runId} is no longer available`);
      return stateAt(trace, request.step);
    }
    case 'release':
      traces.delete(request.runId);
      return null;
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (result) => parentPort!.postMessage({ id: request.id, ok: true, result } satisfies WorkerResponse),
    (error: unknown) => parentPort!.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse),
  );
});
