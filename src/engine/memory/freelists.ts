// CPython's object freelists: a dying object of certain exact built-in types is not returned to the
// allocator but kept (LIFO, up to a per-version capacity) for the next object of its kind, which then
// takes over the freed object's memory — same address, and for GC types no change to gc.get_count()[0]
// (neither PyObject_GC_Del's decrement nor _PyObject_GC_Link's increment runs). A full collection
// empties them (_PyGC_ClearAllFreeLists). Sizes and kinds per version are in the profile's `freelists`.
import type { FreelistKind, Profile } from '../profiles/types';
import type { PyObject, PyType } from '../objects/object';
import { PyTuple } from '../objects/containers';
import { PyInt, toBig } from '../objects/scalars';

/** The memory a freelisted object occupied: where its block starts and how large the block is. */
export interface FreedBlock {
  /** The object's address (what id() returned). */
  readonly address: number;
  /** The allocator block's start and size, to return it to the allocator when the freelist is cleared. */
  readonly blockStart: number;
  readonly blockSize: number;
  /** The dead object that last used the block (clearing a GC type's block runs PyObject_GC_Del on it). */
  readonly owner: PyObject;
}

/** Largest magnitude of a "compact" int (one 30-bit digit), the only ints 3.14's int freelist keeps. */
const COMPACT_INT_LIMIT = 2n ** 30n;

export class Freelists {
  private readonly lists = new Map<string, FreedBlock[]>();
  private kindOfType = new Map<PyType, FreelistKind>();

  constructor(private readonly profile: Profile) {}

  /** Names the exact built-in types whose instances can go on a freelist (subclasses never do). */
  bindTypes(types: Partial<Record<FreelistKind, PyType>>): void {
    this.kindOfType = new Map();
    for (const [kind, type] of Object.entries(types) as [FreelistKind, PyType][]) {
      if (this.capacity(kind) > 0) this.kindOfType.set(type, kind);
    }
  }

  /** Takes a freed block for a new object of this kind, or null (the freelist is empty or does not apply). */
  pop(obj: PyObject): FreedBlock | null {
    const key = this.keyFor(obj, 'pop');
    if (key === null) return null;
    return this.lists.get(key)?.pop() ?? null;
  }

  /**
   * The freelist a dying object would go to, decided before its dealloc empties it (a tuple's length
   * picks its freelist); null when its type has none.
   */
  destination(obj: PyObject): string | null {
    return this.keyFor(obj, 'push');
  }

  /** Keeps a dead object's block on `destination` if that freelist has room; false when it must be freed. */
  push(destination: string, block: FreedBlock): boolean {
    let list = this.lists.get(destination);
    if (!list) this.lists.set(destination, (list = []));
    const kind = (destination.startsWith('tuple:') ? 'tuple' : destination) as FreelistKind;
    if (list.length >= this.capacity(kind)) return false;
    list.push(block);
    return true;
  }

  /**
   * Empties every freelist a full collection clears, in CPython's clearing order, returning the blocks to
   * free (each list from its top, as the C loops pop them).
   */
  clearForCollection(): FreedBlock[] {
    const out: FreedBlock[] = [];
    const kept = new Set(this.profile.freelists.keptByCollections);
    for (const kind of this.profile.freelists.clearOrder) {
      if (kept.has(kind)) continue;
      for (const key of this.keysOf(kind)) {
        const list = this.lists.get(key);
        if (!list) continue;
        while (list.length > 0) out.push(list.pop()!);
      }
    }
    return out;
  }

  /** Puts a block on a freelist directly (an object freed during interpreter start-up). */
  seed(kind: FreelistKind, block: FreedBlock): void {
    const list = this.lists.get(kind) ?? [];
    list.push(block);
    this.lists.set(kind, list);
  }

  /** How many blocks a freelist holds now (tuples: the freelist for that length). */
  size(kind: FreelistKind, tupleLength = 1): number {
    return this.lists.get(kind === 'tuple' ? `tuple:${tupleLength}` : kind)?.length ?? 0;
  }

  private capacity(kind: FreelistKind): number {
    return this.profile.freelists.capacity[kind] ?? 0;
  }

  private keysOf(kind: FreelistKind): string[] {
    if (kind !== 'tuple') return [kind];
    const keys: string[] = [];
    for (let n = 1; n <= this.profile.freelists.tupleMaxSaveSize; n++) keys.push(`tuple:${n}`);
    return keys;
  }

  /** The freelist an object of this exact type and shape uses, or null. */
  private keyFor(obj: PyObject, op: 'pop' | 'push'): string | null {
    const kind = this.kindOfType.get(obj.type);
    if (kind === undefined) return null;
    if (kind === 'tuple') {
      const n = (obj as PyTuple).items.length;
      // 3.11–3.12 keep 20-tuples but only reuse shorter ones (maybe_freelist_pop tests size < 20).
      const limit = this.profile.freelists.tupleMaxSaveSize - (op === 'pop' && this.profile.freelists.tuplePopBelowMaxSave ? 1 : 0);
      return n >= 1 && n <= limit ? `tuple:${n}` : null;
    }
    if (kind === 'int') {
      const v = toBig((obj as PyInt).value);
      return v < COMPACT_INT_LIMIT && v > -COMPACT_INT_LIMIT ? kind : null;
    }
    return kind;
  }
}
