// set and frozenset with CPython's open-addressing table (Objects/setobject.c): linear probes, then
// perturbation; resize when fill*5 >= mask*3. Iteration follows table order, so printing a set shows
// the order CPython shows.
import type { Runtime } from '../vm/runtime';
import { PyObject, type PyType } from './object';
import { pyHash } from './pyhash';
import { equals } from './protocols';

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

interface Entry {
  key: PyObject;
  hash: bigint;
}

/** A deleted slot: keeps probe chains intact (CPython's `dummy`, hash -1). */
const DUMMY = { dummy: true } as const;
type Slot = Entry | typeof DUMMY | null;

export class PySet extends PyObject {
  table: Slot[] = new Array<Slot>(MIN_SIZE).fill(null);
  fill = 0;
  used = 0;
  finger = 0;
  constructor(readonly type: PyType) {
    super();
  }
  get mask(): number {
    return this.table.length - 1;
  }
  /** Live keys in table order. */
  keys(): PyObject[] {
    const out: PyObject[] = [];
    for (const s of this.table) if (s && s !== DUMMY) out.push((s as Entry).key);
    return out;
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (const s of this.table) if (s && s !== DUMMY) visit((s as Entry).key);
  }
  override referenceLabels(): string[] {
    return this.keys().map(() => 'element');
  }
}

function isEntry(s: Slot): s is Entry {
  return s !== null && s !== DUMMY;
}

/** Finds `key`: the index of its entry, or -1. */
export function setLookup(rt: Runtime, set: PySet, key: PyObject, hash = pyHash(rt, key)): number {
  const mask = BigInt(set.mask);
  let perturb = BigInt.asUintN(64, hash);
  let i = Number(BigInt.asUintN(64, hash) & mask);
  for (;;) {
    let probes = i + LINEAR_PROBES <= set.mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const s = set.table[j]!;
      if (s === null) return -1;
      if (isEntry(s) && s.hash === hash && (s.key === key || equals(rt, s.key, key))) return j;
      j++;
    } while (probes-- > 0);
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
  }
}

/** set_add_entry: stores a new reference to `key` unless an equal key is present. */
export function setAdd(rt: Runtime, set: PySet, key: PyObject): void {
  const hash = pyHash(rt, key, 'set element');
  const mask = BigInt(set.mask);
  let perturb = BigInt.asUintN(64, hash);
  let i = Number(BigInt.asUintN(64, hash) & mask);
  let freeslot = -1;
  for (;;) {
    let probes = i + LINEAR_PROBES <= set.mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const s = set.table[j]!;
      if (s === null) {
        const at = freeslot >= 0 ? freeslot : j;
        if (freeslot < 0) set.fill++;
        set.used++;
        set.table[at] = { key: rt.heap.incref(key, 'item'), hash };
        rt.recorder.touch(set);
        if (freeslot < 0 && set.fill * 5 >= set.mask * 3) resize(rt, set, set.used > 50000 ? set.used * 2 : set.used * 4);
        return;
      }
      if (isEntry(s)) {
        if (s.hash === hash && (s.key === key || equals(rt, s.key, key))) return;
      } else if (freeslot < 0) {
        freeslot = j;
      }
      j++;
    } while (probes-- > 0);
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
  }
}

function insertClean(table: Slot[], entry: Entry): void {
  const mask = BigInt(table.length - 1);
  let perturb = BigInt.asUintN(64, entry.hash);
  let i = Number(BigInt.asUintN(64, entry.hash) & mask);
  for (;;) {
    if (table[i] === null) {
      table[i] = entry;
      return;
    }
    if (i + LINEAR_PROBES <= table.length - 1) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (table[i + j] === null) {
          table[i + j] = entry;
          return;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
  }
}

function resize(rt: Runtime, set: PySet, minused: number): void {
  let size = MIN_SIZE;
  while (size <= minused) size <<= 1;
  const old = set.table;
  set.table = new Array<Slot>(size).fill(null);
  for (const s of old) if (isEntry(s)) insertClean(set.table, s);
  set.fill = set.used;
  rt.heap.resized(set);
}

/**
 * set_merge: `so |= other` for another set. One resize up front when the entries may not fit; an empty
 * target of the same size with no dummies copies the table as is, an empty one reinserts in the other's
 * table order, and otherwise each entry is added as set_add_entry does.
 */
export function setMerge(rt: Runtime, so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) resize(rt, so, (so.used + other.used) * 2);
  const entries = other.table.filter(isEntry);
  if (so.fill === 0) {
    const sameLayout = so.mask === other.mask && other.fill === other.used;
    for (const e of entries) rt.heap.incref(e.key, 'item');
    if (sameLayout) so.table = other.table.map((s) => (isEntry(s) ? { key: s.key, hash: s.hash } : null));
    else for (const e of entries) insertClean(so.table, { key: e.key, hash: e.hash });
    so.fill = other.used;
    so.used = other.used;
    rt.recorder.touch(so);
    return;
  }
  for (const e of entries) setAdd(rt, so, e.key);
}

/** set_discard_entry: true when the key was there. */
export function setDiscard(rt: Runtime, set: PySet, key: PyObject): boolean {
  const i = setLookup(rt, set, key);
  if (i < 0) return false;
  const entry = set.table[i] as Entry;
  set.table[i] = DUMMY;
  set.used--;
  rt.recorder.touch(set);
  rt.heap.decref(entry.key, 'item');
  return true;
}

/** set.pop(): the first live entry from the finger on; returns the reference the set held. */
export function setPop(rt: Runtime, set: PySet): PyObject {
  if (set.used === 0) rt.raise(rt.types.KeyError, 'pop from an empty set');
  let i = set.finger & set.mask;
  while (!isEntry(set.table[i]!)) i = (i + 1) & set.mask;
  const entry = set.table[i] as Entry;
  set.table[i] = DUMMY;
  set.used--;
  set.finger = i + 1;
  rt.recorder.touch(set);
  return entry.key;
}

export function setClear(rt: Runtime, set: PySet): void {
  const keys = set.keys();
  set.table = new Array<Slot>(MIN_SIZE).fill(null);
  set.fill = 0;
  set.used = 0;
  rt.heap.resized(set);
  rt.recorder.touch(set);
  for (const k of keys) rt.heap.decref(k, 'item');
}

/** The allocation sys.getsizeof reports: 216 bytes with the 8-slot small table, + 16 per slot beyond. */
export function setSize(set: PySet): number {
  return set.table.length > MIN_SIZE ? 200 + 16 * set.table.length : 200;
}
