// list, tuple and dict: the containers of the reference-counting chapter.
import { PyObject, type PyType } from './object';

export class PyList extends PyObject {
  /** Capacity of the item array, as list_resize keeps it (drives sys.getsizeof). */
  allocated: number;
  constructor(readonly type: PyType, public items: PyObject[], allocated?: number) {
    super();
    this.allocated = allocated ?? items.length;
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (let i = this.items.length - 1; i >= 0; i--) visit(this.items[i]!);
  }
  override referenceLabels(): string[] {
    return this.items.map((_, i) => `[${i}]`).reverse();
  }
}

export class PyTuple extends PyObject {
  constructor(readonly type: PyType, readonly items: PyObject[]) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (let i = this.items.length - 1; i >= 0; i--) visit(this.items[i]!);
  }
  override referenceLabels(): string[] {
    return this.items.map((_, i) => `[${i}]`).reverse();
  }
}

export interface DictEntry {
  key: PyObject;
  value: PyObject;
}

/** A dict keeps insertion order; entries are found by a hash key string (see ops/hash.ts). */
export class PyDict extends PyObject {
  readonly entries = new Map<string, DictEntry>();
  /** Size of the hash table (dk_size), for sys.getsizeof; 0 means the shared empty keys. */
  tableSize = 0;
  /** Entries ever placed in the current table (dk_nentries): deletions do not give slots back. */
  usedSlots = 0;
  /** An instance __dict__ sharing its class's keys (a split table), whose size follows the class. */
  splitKeys: PyObject | null = null;
  /**
   * The __dict__ of an instance of a built-in type's subclass, made with the class's shared keys when the
   * first attribute is set: a full-size values array (measured: getsizeof 304 on 64-bit, under 30 attributes).
   */
  freshSharedKeys = false;
  constructor(readonly type: PyType) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    for (const { key, value } of this.entries.values()) {
      visit(value);
      visit(key);
    }
  }
  override referenceLabels(): string[] {
    const labels: string[] = [];
    for (const { key } of this.entries.values()) labels.push(`[${keyLabel(key)}]`, 'key');
    return labels;
  }
}

function keyLabel(key: PyObject): string {
  const v = (key as { value?: unknown }).value;
  if (typeof v === 'string') return `'${v.length > 20 ? `${v.slice(0, 20)}…` : v}'`;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return key.type.name;
}

/** A class's __dict__: a read-only mappingproxy over the class namespace. */
export class PyMappingProxy extends PyObject {
  constructor(readonly type: PyType, readonly mapping: PyDict) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.mapping);
  }
  override referenceLabels(): string[] {
    return ['mapping'];
  }
}

/** dict.keys()/values()/items(): a live view of a dict (it holds the dict). */
export class PyDictView extends PyObject {
  constructor(readonly type: PyType, readonly dict: PyDict, readonly kind: 'keys' | 'values' | 'items') {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.dict);
  }
  override referenceLabels(): string[] {
    return ['mapping'];
  }
}

export class PyRange extends PyObject {
  constructor(readonly type: PyType, readonly start: number, readonly stop: number, readonly step: number) {
    super();
  }
  get length(): number {
    if (this.step > 0) return this.start < this.stop ? Math.floor((this.stop - this.start - 1) / this.step) + 1 : 0;
    return this.start > this.stop ? Math.floor((this.start - this.stop - 1) / -this.step) + 1 : 0;
  }
}

export class PySlice extends PyObject {
  constructor(readonly type: PyType, readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
    super();
  }
  override traverse(visit: (child: PyObject) => void): void {
    visit(this.start);
    visit(this.stop);
    visit(this.step);
  }
}
