// The DEBUG_STATS lines CPython's collector writes to stderr (gc_collect_main / show_stats_each_generations
// in Modules/gcmodule.c 3.11–3.12, Python/gc.c 3.13), with the elapsed time MODELLED: the simulator has no
// clock, so a collection is taken to cost 100 ns per candidate object (the young generation after the
// younger ones are merged into it). That matches the order of magnitude measured on 3.11.7–3.13.0 on a
// desktop x86-64: a full collection of ~11 300 objects printed 0.0011s, of ~5 000 objects 0.0003–0.0005s,
// a generation-0 collection of a few hundred objects 0.0000s.

/** Candidate objects examined per 0.0001 s (modelled: 100 ns each). */
export const MODELLED_OBJECTS_PER_TICK = 1000;

/** "gc: collecting generation N..." and the generation sizes before the collection starts. */
export function statsHeader(generation: number, sizes: readonly number[], permanent: number): string {
  return `gc: collecting generation ${generation}...\n`
    + `gc: objects in each generation:${sizes.map((n) => ` ${n}`).join('')}\n`
    + `gc: objects in permanent generation: ${permanent}\n`;
}

/** "gc: done, …" once the garbage is gone: unreachable = collected + uncollectable. */
export function statsDone(unreachable: number, uncollectable: number, examined: number): string {
  return `gc: done, ${unreachable} unreachable, ${uncollectable} uncollectable, ${modelledElapsed(examined)}s elapsed\n`;
}

/** The "%.4f" of the modelled duration, computed in whole ten-thousandths of a second (no float rounding). */
export function modelledElapsed(examined: number): string {
  const units = Math.round(examined / MODELLED_OBJECTS_PER_TICK);
  return `${Math.floor(units / 10000)}.${String(units % 10000).padStart(4, '0')}`;
}
