// A class's shared instance keys (CPython's ht_cached_keys, a split dict keys table): the attribute names
// its instances store as inline values. The table has room for 30 names, and each new instance takes one
// usable slot away (down to 1), so a class with many instances soon cannot learn a new name: an instance
// setting one then gets a dict of its own (make_dict_from_instance_attributes), which the collector counts.
import type { PyType } from './object';
import { PyStr } from './scalars';
import { PyTuple } from './containers';

/** SHARED_KEYS_MAX_SIZE. */
const CAPACITY = 30;

export class SharedKeys {
  private readonly names = new Set<string>();
  private usable = CAPACITY;

  /** _PyDict_NewKeysForClass (3.13+): the names the methods assign on self come first. */
  static forClass(staticAttributes: PyTuple | null): SharedKeys {
    const keys = new SharedKeys();
    for (const item of staticAttributes?.items ?? []) {
      if (!(item instanceof PyStr) || !keys.admit(item.value)) break;
    }
    return keys;
  }

  /** init_inline_values: a new instance shrinks the usable room by one, keeping at least one. */
  instanceCreated(): void {
    if (this.usable > 1) this.usable--;
  }

  /** insert_into_dictkeys: whether `name` is (or now becomes) a shared key. */
  admit(name: string): boolean {
    if (this.names.has(name)) return true;
    if (this.usable <= 0) return false;
    this.names.add(name);
    this.usable--;
    return true;
  }
}

const TABLES = new WeakMap<PyType, SharedKeys>();

/** The class's table, made on first use when the class did not get one at creation. */
export function sharedKeysOf(cls: PyType): SharedKeys {
  let keys = TABLES.get(cls);
  if (!keys) TABLES.set(cls, (keys = new SharedKeys()));
  return keys;
}

export function setSharedKeys(cls: PyType, keys: SharedKeys): void {
  TABLES.set(cls, keys);
}
