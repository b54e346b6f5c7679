// The collections module (Lib/collections/__init__.py over the C module _collections). deque, namedtuple,
// defaultdict, Counter and OrderedDict are modelled (one file each); the other public names are known, and using one stops as "not supported" until an installer
// added to COLLECTIONS_INSTALLERS defines it.
import type { Runtime } from '../vm/runtime';
import { defineLazyModule, nativeType, type NativeModuleBuilder } from './native';
import { installDeque } from './deque';
import { installNamedTuple } from './namedtuple';
import { installDefaultDict } from './defaultdict';
import { installCounter } from './counter';
import { installOrderedDict } from './ordereddict';

/** Public names of CPython's collections module (its __all__, and the collections.abc submodule). */
const PUBLIC_NAMES = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque', 'namedtuple', 'abc'];

/** Module internals a program could reach (dir(collections)). */
const INTERNAL_NAMES = [
  '_Link', '_OrderedDictItemsView', '_OrderedDictKeysView', '_OrderedDictValuesView', '__all__', '__builtins__', '__cached__',
  '__doc__', '__file__', '__loader__', '__name__', '__package__', '__path__', '__spec__', '_chain', '_collections_abc',
  '_count_elements', '_deque_iterator', '_eq', '_iskeyword', '_itemgetter', '_proxy', '_recursive_repr', '_repeat', '_starmap',
  '_sys', '_tuplegetter',
];

/**
 * Installers run, in order, when a program first imports collections: each may set names on the module
 * (namedtuple, defaultdict…). A name an installer sets is implemented; the rest of PUBLIC_NAMES stay known.
 */
export const COLLECTIONS_INSTALLERS: ((rt: Runtime, m: NativeModuleBuilder) => void)[] = [
  installDequeType, installNamedTuple, installDefaultDict, installCounter, installOrderedDict,
];

export function createCollectionsModule(rt: Runtime): void {
  defineLazyModule(rt, 'collections', (m) => {
    m.known([...PUBLIC_NAMES, ...INTERNAL_NAMES]);
    for (const install of COLLECTIONS_INSTALLERS) install(rt, m);
  });
}

/** collections.deque and its iterator types (3.11 names them in _collections, 3.12+ in collections). */
function installDequeType(rt: Runtime, m: NativeModuleBuilder): void {
  const iterModule = rt.profile.versionInfo[1] >= 12 ? 'collections' : '_collections';
  const type = nativeType(rt, 'collections.deque');
  type.sizeUnmodelled = false;
  const iterType = nativeType(rt, `${iterModule}._deque_iterator`);
  const reverseIterType = nativeType(rt, `${iterModule}._deque_reverse_iterator`);
  installDeque(rt, type, iterType, reverseIterType);
  m.set('deque', rt.heap.incref(type));
}
