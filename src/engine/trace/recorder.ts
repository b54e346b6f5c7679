// Appends trace events while the VM runs. Containers changed during a line are flushed once at the
// next line boundary, so the log stays proportional to the work done, not to container sizes × steps.
import type { PyObject } from '../objects/object';
import type { GcSnapshot, RecordedTrace, RefCause, TraceEvent } from '../../protocol/trace';

export class Recorder {
  readonly events: TraceEvent[] = [];
  steps = 0;
  private readonly dirty = new Set<PyObject>();
  /** The current short repr of a changed object whose repr is its contents (bytearray), else null. */
  redescribe: (obj: PyObject) => string | null = () => null;

  /** The collector's counters now; written as a gcState event at a step boundary when they changed. */
  gcSnapshot: (() => GcSnapshot) | null = null;
  private lastGcState = '';

  constructor(readonly enabled: boolean) {}

  emit(event: TraceEvent): void {
    if (this.enabled) this.events.push(event);
  }

  ref(obj: PyObject, delta: number, cause: RefCause): void {
    if (this.enabled) this.events.push({ k: 'ref', obj: obj.id, delta, now: obj.refcnt, cause });
  }

  /** A container's references changed; its `contents` event is written at the next flush. */
  touch(obj: PyObject): void {
    if (this.enabled) this.dirty.add(obj);
  }

  flush(): void {
    this.flushGcState();
    if (!this.enabled || this.dirty.size === 0) return;
    for (const obj of this.dirty) {
      if (obj.freed) continue;
      const refs: number[] = [];
      obj.traverse((child) => refs.push(child.id));
      this.events.push({ k: 'contents', obj: obj.id, refs, labels: obj.referenceLabels() });
      const text = this.redescribe(obj);
      if (text !== null) this.events.push({ k: 'repr', obj: obj.id, repr: text });
    }
    this.dirty.clear();
  }

  /** count0 moves with every container allocation: one event per step at most keeps that cheap. */
  private flushGcState(): void {
    if (!this.enabled || !this.gcSnapshot) return;
    const snapshot = this.gcSnapshot();
    const key = JSON.stringify(snapshot);
    if (key === this.lastGcState) return;
    this.lastGcState = key;
    this.events.push({ k: 'gcState', ...snapshot });
  }

  line(frame: number, line: number): void {
    this.flush();
    this.steps++;
    if (this.enabled) this.events.push({ k: 'line', step: this.steps, frame, line });
  }

  /** The step of interpreter shutdown, after the program's last line. */
  shutdown(): void {
    this.flush();
    this.steps++;
    if (this.enabled) this.events.push({ k: 'shutdown', step: this.steps });
  }

  finish(version: string, filename: string): RecordedTrace {
    this.flush();
    return { version, filename, events: this.events, steps: this.steps };
  }
}
