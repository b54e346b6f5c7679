// The collector's counters as the panel shows them at a step (gc.get_count(), get_threshold(), get_stats(),
// the generation sizes and the freeze count), for the recorder's gcState events.
import type { GcSnapshot } from '../../protocol/trace';
import { PERMANENT, type Collector } from './collector';

export function gcSnapshot(gc: Collector): GcSnapshot {
  const startup = gc.startupObjects ?? [0, 0, 0];
  const objects = [0, 1, 2].map((g) => gc.generations[g]!.size + startup[g]!) as [number, number, number];
  return {
    enabled: gc.enabled,
    counts: [...gc.counts],
    thresholds: [...gc.thresholds],
    objects,
    startupObjects: [...startup] as [number, number, number],
    stats: gc.stats.map((s) => [s.collections, s.collected, s.uncollectable] as [number, number, number]),
    permanent: gc.generations[PERMANENT]!.size,
  };
}
