// Starts the engine worker on first use and talks to it with typed requests. A crashed or cancelled
// worker is replaced by a fresh one on the next request.
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { isWorkerResponse, type WorkerReplies, type WorkerRequest } from '../protocol/engine';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type RequestBody<T extends WorkerRequest['type']> = Omit<Extract<WorkerRequest, { type: T }>, 'id' | 'type'>;

export class EngineClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly distDir: string) {}

  request<T extends WorkerRequest['type']>(type: T, body: RequestBody<T>): Promise<WorkerReplies[T]> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<WorkerReplies[T]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...body, type, id } as unknown as WorkerRequest);
    });
  }

  /** Stops the worker (cancels whatever it is running); pending requests fail with `reason`. */
  restart(reason: string): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.failAll(reason);
  }

  dispose(): void {
    this.restart('the extension is shutting down');
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(this.distDir, 'worker.js'));
    worker.on('message', (message: unknown) => {
      if (!isWorkerResponse(message)) return;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.ok) pending.resolve(message.result);
      else pending.reject(new Error(message.error));
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(`the simulator crashed: ${error.message}`);
    });
    worker.on('exit', () => {
      if (this.worker === worker) {
        this.worker = undefined;
        this.failAll('the simulator stopped unexpectedly');
      }
    });
    this.worker = worker;
    return worker;
  }

  private failAll(reason: string): void {
    for (const p of this.pending.values()) p.reject(new Error(reason));
    this.pending.clear();
  }
}
