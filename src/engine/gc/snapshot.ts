// The collector's counters as the panel shows them at a step (gc.get_count(), get_threshold(), get_stats(),
// the generation sizes and the freeze count), for the recorder's gcState events.
import type { GcSnapshot } from '../../protocol/trace';
import type { Collector } from './collector';

export function gcSnapshot(gc: Collector): GcSnapshot {
  const startup = gc.startup?.sizes ?? [0, 0, 0, 0];
  const rows = gc.panelRows();
  return {
    roles: rows.roles,
    enabled: gc.enabled,
    counts: [...gc.counts],
    thresholds: [...gc.thresholds],
    objects: rows.objects,
    startupObjects: [startup[0]!, startup[1]!, startup[2]!],
    stats: gc.stats.map((s) => [s.collections, s.collected, s.uncollectable] as [number, number, number]),
    permanent: gc.frozenCount(),
  };
}
