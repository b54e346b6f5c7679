// Writes a collection into the trace phase by phase (gcStart, gcPhase…, gc), so the panel can replay it
// step by step. Every method is a no-op when the run is not recorded, and builds no arrays then.
import type { GcPhase, GcReason } from '../../protocol/trace';
import type { PyObject } from '../objects/object';
import type { Recorder } from '../trace/recorder';

export class PhaseLog {
  constructor(private readonly recorder: Recorder) {}

  get enabled(): boolean {
    return this.recorder.enabled;
  }

  start(generation: number, reason: GcReason, counts: readonly number[]): void {
    if (!this.enabled) return;
    this.recorder.emit({ k: 'gcStart', generation, reason, counts: [counts[0]!, counts[1]!, counts[2]!] });
  }

  /** A phase over `objs` (in list order); phases with nothing to show are still written, so each is visible. */
  phase(phase: GcPhase, objs: Iterable<PyObject>, generation?: number): void {
    if (!this.enabled) return;
    const ids: number[] = [];
    for (const o of objs) ids.push(o.id);
    this.recorder.emit(generation === undefined ? { k: 'gcPhase', phase, objs: ids } : { k: 'gcPhase', phase, objs: ids, generation });
  }

  /** gc_refs of every candidate, after update_refs or after subtract_refs. */
  refs(phase: 'updateRefs' | 'subtractRefs', objs: Iterable<PyObject>): void {
    if (!this.enabled) return;
    const ids: number[] = [];
    const refs: number[] = [];
    for (const o of objs) {
      ids.push(o.id);
      refs.push(o.gcRefs);
    }
    this.recorder.emit({ k: 'gcPhase', phase, objs: ids, refs });
  }

  /** One object whose __del__ (phase 'finalize') or weakref callback ('callback') is about to run. */
  one(phase: 'finalize' | 'callback', obj: PyObject): void {
    if (this.enabled) this.recorder.emit({ k: 'gcPhase', phase, objs: [obj.id] });
  }

  end(generation: number, collected: number, uncollectable: number, counts: readonly number[]): void {
    if (!this.enabled) return;
    this.recorder.emit({ k: 'gc', generation, collected, uncollectable, counts: [counts[0]!, counts[1]!, counts[2]!] });
  }
}
