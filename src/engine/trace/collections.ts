// Rebuilds one collection from its gcStart / gcPhase / free / gc events, for the replay: which phase it
// reached, each candidate's gc_refs, and what it found unreachable, finalized, resurrected and freed.
import type { TraceEvent } from '../../protocol/trace';
import type { CollectionView } from '../../protocol/state';

type Start = Extract<TraceEvent, { k: 'gcStart' }>;
type Phase = Extract<TraceEvent, { k: 'gcPhase' }>;
type End = Extract<TraceEvent, { k: 'gc' }>;

export class CollectionRecord {
  private phase: CollectionView['phase'] = 'start';
  private countsAfter: [number, number, number] | null = null;
  private candidates: number[] = [];
  private refsAfterUpdate: number[] = [];
  private refsAfterSubtract: number[] = [];
  private unreachableList: number[] = [];
  private readonly untracked: number[] = [];
  private promoted: number[] = [];
  private promotedTo: number | null = null;
  private weakrefsCleared: number[] = [];
  private readonly callbacksCalled: number[] = [];
  private readonly finalized: number[] = [];
  private resurrected: number[] = [];
  private cleared: number[] = [];
  private garbage: number[] = [];
  private readonly freedIds: number[] = [];
  private collected: number | null = null;
  private uncollectable: number | null = null;
  /** gc_refs by object id, as of the last refs phase. */
  private readonly gcRefs = new Map<number, number>();
  /** Found unreachable and not yet freed or resurrected. */
  private readonly unreachable = new Set<number>();

  constructor(private readonly start: Start) {}

  apply(e: Phase): void {
    this.phase = e.phase;
    switch (e.phase) {
      case 'candidates': this.candidates = e.objs; break;
      case 'updateRefs':
      case 'subtractRefs': {
        const refs = e.refs ?? [];
        if (e.phase === 'updateRefs') this.refsAfterUpdate = refs;
        else this.refsAfterSubtract = refs;
        e.objs.forEach((id, i) => this.gcRefs.set(id, refs[i]!));
        break;
      }
      case 'unreachable':
        this.unreachableList = e.objs;
        for (const id of e.objs) this.unreachable.add(id);
        break;
      case 'untrackTuples':
      case 'untrackDicts': this.untracked.push(...e.objs); break;
      case 'promote':
        this.promoted = e.objs;
        this.promotedTo = e.generation ?? null;
        break;
      case 'clearWeakrefs': this.weakrefsCleared = e.objs; break;
      case 'callback': this.callbacksCalled.push(...e.objs); break;
      case 'finalize': this.finalized.push(...e.objs); break;
      case 'resurrected':
        this.resurrected = e.objs;
        for (const id of e.objs) this.unreachable.delete(id);
        break;
      case 'clear': this.cleared = e.objs; break;
      case 'garbage': this.garbage = e.objs; break;
    }
  }

  freed(id: number): void {
    this.freedIds.push(id);
    this.unreachable.delete(id);
  }

  end(e: End): void {
    this.phase = 'done';
    this.countsAfter = e.counts;
    this.collected = e.collected;
    this.uncollectable = e.uncollectable;
  }

  gcRefsOf(id: number): number | null {
    return this.gcRefs.get(id) ?? null;
  }

  isUnreachable(id: number): boolean {
    return this.unreachable.has(id);
  }

  view(): CollectionView {
    return {
      generation: this.start.generation, reason: this.start.reason, phase: this.phase,
      countsBefore: this.start.counts, countsAfter: this.countsAfter,
      candidates: this.candidates, refsAfterUpdate: this.refsAfterUpdate, refsAfterSubtract: this.refsAfterSubtract,
      unreachable: this.unreachableList, untracked: [...this.untracked],
      promoted: this.promoted, promotedTo: this.promotedTo,
      weakrefsCleared: this.weakrefsCleared, callbacksCalled: [...this.callbacksCalled], finalized: [...this.finalized],
      resurrected: this.resurrected, cleared: this.cleared, garbage: this.garbage, freed: [...this.freedIds],
      collected: this.collected, uncollectable: this.uncollectable,
    };
  }
}
