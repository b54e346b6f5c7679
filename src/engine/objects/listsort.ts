// CPython's list sort (Objects/listobject.c, Objects/listsort.txt) as our own TypeScript: natural runs,
// binary insertion up to minrun, powersort's merge order, and merges that gallop. Only the comparisons
// are observable from Python (a class's __lt__ can print, count or raise), so this follows CPython's
// sequence of `lt` calls and its data movement exactly, including what the arrays hold after a raise.
// Independent of the runtime: `lt` is any strict less-than, which may throw.

import { gallopLeft, gallopRight, Lanes, MIN_GALLOP, mergeHi, mergeLo, type LessThan, type MergeContext } from './listmerge';

export type { LessThan } from './listmerge';

export interface SortFlavour {
  /** 3.13+: a descending run may contain equal neighbours (reversed in place to stay stable). */
  readonly equalsJoinDescendingRuns: boolean;
}

const MAX_MINRUN = 64;

interface PendingRun {
  base: number;
  len: number;
  power: number;
}

/** The run length below which natural runs are extended by binary insertion (merge_compute_minrun). */
export function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * Powersort's "power" of the boundary between the run [s1, s1+n1) and the next n2 items of a list of n:
 * the first bit where the binary expansions of the two runs' midpoints (as fractions of n) differ.
 */
export function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let a = 2 * s1 + n1; // twice the first midpoint
  let b = a + n1 + n2; // twice the second
  let power = 0;
  for (;;) {
    power++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return power;
}

class MergeState<K, V> implements MergeContext<K, V> {
  minGallop = MIN_GALLOP;
  readonly pending: PendingRun[] = [];

  constructor(
    readonly lanes: Lanes<K, V>,
    readonly lt: LessThan<K>,
    readonly flavour: SortFlavour,
  ) {}

  /** Sorts the whole of the lanes: runs left to right, merged as powersort says, then all merged. */
  sort(): void {
    const total = this.keys.length;
    if (total < 2) return;
    const minrun = computeMinrun(total);
    for (let lo = 0; lo < total; ) {
      const remaining = total - lo;
      let n = this.countRun(lo, remaining);
      if (n < minrun) {
        const force = Math.min(remaining, minrun);
        this.binarySort(lo, force, n);
        n = force;
      }
      this.foundNewRun(n);
      this.pending.push({ base: lo, len: n, power: 0 });
      lo += n;
    }
    this.mergeForceCollapse();
  }

  /** Before pushing a run of n2 items: merge the runs below whose power exceeds the new boundary's (found_new_run). */
  private foundNewRun(n2: number): void {
    const { pending } = this;
    if (pending.length === 0) return;
    const top = pending[pending.length - 1]!;
    const power = powerloop(top.base, top.len, n2, this.keys.length);
    while (pending.length > 1 && pending[pending.length - 2]!.power > power) this.mergeAt(pending.length - 2);
    pending[pending.length - 1]!.power = power;
  }

  /** At the end, merge whatever is pending, the smaller neighbour first (merge_force_collapse). */
  private mergeForceCollapse(): void {
    const { pending } = this;
    while (pending.length > 1) {
      let i = pending.length - 2;
      if (i > 0 && pending[i - 1]!.len < pending[i + 1]!.len) i--;
      this.mergeAt(i);
    }
  }

  /** Merges pending runs i and i+1, skipping the parts of each already in place (merge_at). */
  private mergeAt(i: number): void {
    const { keys, lt, pending } = this;
    let a = pending[i]!.base;
    let na = pending[i]!.len;
    const b = pending[i + 1]!.base;
    let nb = pending[i + 1]!.len;
    pending[i]!.len = na + nb;
    pending.splice(i + 1, 1);
    const k = gallopRight(lt, keys[b]!, keys, a, na, 0);
    a += k;
    na -= k;
    if (na === 0) return;
    nb = gallopLeft(lt, keys[a + na - 1]!, keys, b, nb, nb - 1);
    if (nb === 0) return;
    if (na <= nb) mergeLo(this, a, na, b, nb);
    else mergeHi(this, a, na, b, nb);
  }

  get keys(): K[] {
    return this.lanes.keys;
  }

  /** Length of the run at `lo` (at most `remaining` items), made ascending in place (count_run). */
  countRun(lo: number, remaining: number): number {
    return this.flavour.equalsJoinDescendingRuns ? this.countRunWithEquals(lo, remaining) : this.countStrictRun(lo, remaining);
  }

  /** 3.11–3.12: ascending means non-decreasing, descending means strictly decreasing. */
  private countStrictRun(lo: number, remaining: number): number {
    const { keys, lt } = this;
    if (remaining === 1) return 1;
    let n = 2;
    if (lt(keys[lo + 1]!, keys[lo]!)) {
      for (; n < remaining; n++) if (!lt(keys[lo + n]!, keys[lo + n - 1]!)) break;
      this.lanes.reverse(lo, n);
    } else {
      for (; n < remaining; n++) if (lt(keys[lo + n]!, keys[lo + n - 1]!)) break;
    }
    return n;
  }

  /**
   * 3.13+: a run of equal items followed by a smaller one starts a descending run; equal stretches inside
   * a descending run are reversed as they end, so reversing the whole run keeps them in their order.
   * The reversed run may then go on ascending.
   */
  private countRunWithEquals(lo: number, remaining: number): number {
    const { keys, lt, lanes } = this;
    const nextSmaller = (n: number) => lt(keys[lo + n]!, keys[lo + n - 1]!);
    let n = 1;
    while (n < remaining && !nextSmaller(n)) n++;
    if (n === remaining) return n;
    if (n > 1) {
      if (lt(keys[lo]!, keys[lo + n - 1]!)) return n;
      lanes.reverse(lo, n); // all equal: part of the descending run
    }
    n++;
    let equalRun = 0;
    const reverseEqualRun = () => {
      if (equalRun === 0) return;
      lanes.reverse(lo + n - equalRun - 1, equalRun + 1);
      equalRun = 0;
    };
    for (; n < remaining; n++) {
      if (nextSmaller(n)) reverseEqualRun();
      else if (lt(keys[lo + n - 1]!, keys[lo + n]!)) break;
      else equalRun++;
    }
    reverseEqualRun();
    lanes.reverse(lo, n);
    while (n < remaining && !nextSmaller(n)) n++;
    return n;
  }

  /** Stable binary insertion sort of [lo, lo+n) whose first `sorted` items are already in order (binarysort). */
  binarySort(lo: number, n: number, sorted: number): void {
    const { keys, lt, lanes } = this;
    for (let ok = Math.max(sorted, 1); ok < n; ok++) {
      const pivot = keys[lo + ok]!;
      let left = 0;
      let right = ok;
      do {
        const mid = (left + right) >> 1;
        if (lt(pivot, keys[lo + mid]!)) right = mid;
        else left = mid + 1;
      } while (left < right);
      rotateRight(lanes, lo + left, ok - left + 1);
    }
  }
}

/** Moves the last of [start, start+count) to `start`, sliding the others one place right. */
function rotateRight<K, V>(lanes: Lanes<K, V>, start: number, count: number): void {
  const rotate = <T>(items: T[]) => {
    const last = items[start + count - 1]!;
    for (let i = start + count - 1; i > start; i--) items[i] = items[i - 1]!;
    items[start] = last;
  };
  rotate(lanes.keys);
  if (lanes.values) rotate(lanes.values);
}

/**
 * Sorts `keys` in place with CPython's algorithm, permuting `values` (the list items, when a key function
 * made the keys) in lockstep. If `lt` throws, the arrays keep the partial order CPython leaves.
 */
export function listSort<K, V>(keys: K[], values: V[] | null, lt: LessThan<K>, flavour: SortFlavour): void {
  new MergeState(new Lanes(keys, values), lt, flavour).sort();
}
