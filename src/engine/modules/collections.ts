// The collections module (lazily built): namedtuple, defaultdict, Counter, OrderedDict; other public names are "not supported".
import type { Runtime } from '../vm/runtime';
import { defineLazyModule } from './native';
import { installNamedTuple } from './namedtuple';
import { installDefaultDict } from './defaultdict';
import { installCounter } from './counter';
import { installOrderedDict } from './ordereddict';

const NOT_IMPLEMENTED = ['ChainMap', 'UserDict', 'UserList', 'UserString', 'abc', 'deque'];

export function createCollectionsModule(rt: Runtime): void {
  defineLazyModule(rt, 'collections', (m) => {
    installNamedTuple(rt, m);
    installDefaultDict(rt, m);
    installCounter(rt, m);
    installOrderedDict(rt, m);
    m.known(NOT_IMPLEMENTED);
  });
}
