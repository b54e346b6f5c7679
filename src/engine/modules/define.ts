// Building a built-in module: its dict entries and its functions (builtin_function_or_method bound
// to the module, as CPython's module functions are).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/callables';
import { dictSet } from '../objects/dictops';

export interface ModuleBuilder {
  readonly module: PyModule;
  /** module.name = value; takes over the reference `value`. */
  set(name: string, value: PyObject): void;
  /** A module function; arguments are borrowed, the result is a new reference. */
  fn(name: string, impl: (args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject): void;
}

export function defineModule(rt: Runtime, name: string, build: (m: ModuleBuilder) => void): PyModule {
  const module = rt.module(name);
  const builder: ModuleBuilder = {
    module,
    set(attr, value) {
      const key = rt.internedStr(attr);
      dictSet(rt, module.dict, key, value);
      rt.heap.decref(key);
      rt.heap.decref(value);
    },
    fn(attr, impl) {
      builder.set(attr, rt.builtin(attr, (_self, args, kwargs) => impl(args, kwargs), module));
    },
  };
  build(builder);
  rt.heap.decref(module); // rt.modules keeps it (sys.modules)
  return module;
}
