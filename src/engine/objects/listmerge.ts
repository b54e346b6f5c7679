// The merging half of CPython's list sort (Objects/listobject.c): galloping searches and merge_lo /
// merge_hi, which merge two adjacent sorted runs through a temporary copy of the shorter one and switch
// to galloping while one run keeps winning. Every comparison and every move follows CPython, so a
// comparison that raises leaves the arrays as CPython leaves them (each item exactly once).

export type LessThan<K> = (a: K, b: K) => boolean;

/** Consecutive wins that switch a merge to galloping (MIN_GALLOP). */
export const MIN_GALLOP = 7;

/**
 * The keys being sorted and, in lockstep, the list items when a key function made the keys
 * (CPython's sortslice). Positions are indices into these arrays.
 */
export class Lanes<K, V> {
  constructor(readonly keys: K[], readonly values: V[] | null) {}

  copyOf(start: number, count: number): Lanes<K, V> {
    return new Lanes(this.keys.slice(start, start + count), this.values?.slice(start, start + count) ?? null);
  }

  /** this[to .. to+count) = from[at .. at+count); safe when both ranges overlap in one array. */
  move(to: number, from: Lanes<K, V>, at: number, count: number): void {
    copyWithin(this.keys, to, from.keys, at, count);
    if (this.values && from.values) copyWithin(this.values, to, from.values, at, count);
  }

  put(to: number, from: Lanes<K, V>, at: number): void {
    this.keys[to] = from.keys[at]!;
    if (this.values && from.values) this.values[to] = from.values[at]!;
  }

  reverse(start: number, count: number): void {
    reverseRange(this.keys, start, count);
    if (this.values) reverseRange(this.values, start, count);
  }
}

/** memmove: copies back to front when the source lies before an overlapping destination. */
function copyWithin<T>(dest: T[], to: number, source: readonly T[], at: number, count: number): void {
  if (dest === source && to > at) {
    for (let i = count - 1; i >= 0; i--) dest[to + i] = source[at + i]!;
  } else {
    for (let i = 0; i < count; i++) dest[to + i] = source[at + i]!;
  }
}

function reverseRange<T>(items: T[], start: number, count: number): void {
  for (let lo = start, hi = start + count - 1; lo < hi; lo++, hi--) {
    const t = items[lo]!;
    items[lo] = items[hi]!;
    items[hi] = t;
  }
}

/**
 * Where `key` goes in the sorted a[base .. base+n): the k with a[k-1] < key <= a[k] (left of equal items).
 * Gallops from `hint` by 1, 3, 7, … then binary-searches the bracket, as gallop_left does.
 */
export function gallopLeft<K>(lt: LessThan<K>, key: K, a: readonly K[], base: number, n: number, hint: number): number {
  const at = (i: number) => a[base + i]!;
  let lastofs = 0;
  let ofs = 1;
  if (lt(at(hint), key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (!lt(at(hint + ofs), key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(at(hint - ofs), key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    [lastofs, ofs] = [hint - ofs, hint - lastofs];
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(at(m), key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Like gallopLeft, but right of equal items: the k with a[k-1] <= key < a[k] (gallop_right). */
export function gallopRight<K>(lt: LessThan<K>, key: K, a: readonly K[], base: number, n: number, hint: number): number {
  const at = (i: number) => a[base + i]!;
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, at(hint))) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (!lt(key, at(hint - ofs))) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    [lastofs, ofs] = [hint - ofs, hint - lastofs];
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, at(hint + ofs))) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, at(m))) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** What a merge shares with the sort: the arrays, the comparison and the adaptive gallop threshold. */
export interface MergeContext<K, V> {
  readonly lanes: Lanes<K, V>;
  readonly lt: LessThan<K>;
  minGallop: number;
}

/**
 * Merges the runs [a, a+na) and [b = a+na, b+nb) when na <= nb, copying run a aside and filling from the
 * left. The caller guarantees run b's first item belongs before a's first, and a's last item at the end.
 */
export function mergeLo<K, V>(ms: MergeContext<K, V>, a: number, na: number, b: number, nb: number): void {
  const { lanes, lt } = ms;
  const keys = lanes.keys;
  const tmp = lanes.copyOf(a, na);
  let dest = a;
  let pa = 0; // next of run a, in tmp
  let pb = b; // next of run b, in lanes
  let lastOfAGoesLast = false;
  try {
    lanes.put(dest++, lanes, pb++);
    if (--nb === 0) return;
    if (na === 1) return void (lastOfAGoesLast = true);
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0; // consecutive wins of run a
      let bcount = 0;
      for (;;) {
        if (lt(keys[pb]!, tmp.keys[pa]!)) {
          lanes.put(dest++, lanes, pb++);
          bcount++;
          acount = 0;
          if (--nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          lanes.put(dest++, tmp, pa++);
          acount++;
          bcount = 0;
          if (--na === 1) return void (lastOfAGoesLast = true);
          if (acount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        if (minGallop > 1) minGallop--;
        ms.minGallop = minGallop;
        let k = gallopRight(lt, keys[pb]!, tmp.keys, pa, na, 0);
        acount = k;
        if (k) {
          lanes.move(dest, tmp, pa, k);
          dest += k;
          pa += k;
          na -= k;
          if (na === 1) return void (lastOfAGoesLast = true);
          if (na === 0) return; // only with an inconsistent comparison
        }
        lanes.put(dest++, lanes, pb++);
        if (--nb === 0) return;
        k = gallopLeft(lt, tmp.keys[pa]!, keys, pb, nb, 0);
        bcount = k;
        if (k) {
          lanes.move(dest, lanes, pb, k);
          dest += k;
          pb += k;
          nb -= k;
          if (nb === 0) return;
        }
        lanes.put(dest++, tmp, pa++);
        if (--na === 1) return void (lastOfAGoesLast = true);
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++; // leaving galloping mode costs
      ms.minGallop = minGallop;
    }
  } finally {
    // Also after a raise: what is left of run a goes back after what has been merged.
    if (lastOfAGoesLast) {
      lanes.move(dest, lanes, pb, nb);
      lanes.put(dest + nb, tmp, pa);
    } else if (na) {
      lanes.move(dest, tmp, pa, na);
    }
  }
}

/** The mirror image of mergeLo for na >= nb: copies run b aside and fills from the right. */
export function mergeHi<K, V>(ms: MergeContext<K, V>, a: number, na: number, b: number, nb: number): void {
  const { lanes, lt } = ms;
  const keys = lanes.keys;
  const tmp = lanes.copyOf(b, nb);
  let dest = b + nb - 1;
  let pa = a + na - 1; // last of run a, in lanes
  let pb = nb - 1; // last of run b, in tmp
  let firstOfBGoesFirst = false;
  try {
    lanes.put(dest--, lanes, pa--);
    if (--na === 0) return;
    if (nb === 1) return void (firstOfBGoesFirst = true);
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(tmp.keys[pb]!, keys[pa]!)) {
          lanes.put(dest--, lanes, pa--);
          acount++;
          bcount = 0;
          if (--na === 0) return;
          if (acount >= minGallop) break;
        } else {
          lanes.put(dest--, tmp, pb--);
          bcount++;
          acount = 0;
          if (--nb === 1) return void (firstOfBGoesFirst = true);
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        if (minGallop > 1) minGallop--;
        ms.minGallop = minGallop;
        let k = na - gallopRight(lt, tmp.keys[pb]!, keys, a, na, na - 1);
        acount = k;
        if (k) {
          dest -= k;
          pa -= k;
          lanes.move(dest + 1, lanes, pa + 1, k);
          na -= k;
          if (na === 0) return;
        }
        lanes.put(dest--, tmp, pb--);
        if (--nb === 1) return void (firstOfBGoesFirst = true);
        k = nb - gallopLeft(lt, keys[pa]!, tmp.keys, 0, nb, nb - 1);
        bcount = k;
        if (k) {
          dest -= k;
          pb -= k;
          lanes.move(dest + 1, tmp, pb + 1, k);
          nb -= k;
          if (nb === 1) return void (firstOfBGoesFirst = true);
          if (nb === 0) return; // only with an inconsistent comparison
        }
        lanes.put(dest--, lanes, pa--);
        if (--na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Also after a raise: what is left of run b goes back in front of what has been merged.
    if (firstOfBGoesFirst) {
      lanes.move(dest + 1 - na, lanes, pa + 1 - na, na);
      lanes.put(dest - na, tmp, pb);
    } else if (nb) {
      lanes.move(dest - (nb - 1), tmp, 0, nb);
    }
  }
}
