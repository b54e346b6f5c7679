// The contextlib module's basics, following Lib/contextlib.py: contextmanager (a generator becomes a context
// manager: run to its yield on entry, resume or throw into it on exit), suppress, redirect_stdout/stderr
// (they swap sys.stdout/sys.stderr, which print() looks up on each call) and nullcontext.
import type { Runtime } from '../vm/runtime';
import { PyObject, PyType } from '../objects/object';
import { PyTuple } from '../objects/containers';
import { PyException, PyRaise } from '../objects/exceptions';
import { PyGenerator } from '../objects/generators';
import { dictGetStr, dictSet } from '../objects/dictops';
import {
  NativeInstance, NativeObject, bindPythonStyle, defineLazyModule, nativeClass, nativeType, newNativeInstance, type Kwargs,
} from './native';
import { updateWrapper, wrapperAssignments, WRAPPER_UPDATES } from './functoolsWraps';
import { CONTEXTLIB_NAMES, namesFor } from './stdlibAttributes';

type Method = (self: NativeObject, args: PyObject[], kwargs: Kwargs) => PyObject;

/** A static type `contextlib.<name>` made by calling `create`, with the given methods. */
function contextType(rt: Runtime, name: string, create: (type: PyType, args: PyObject[], kwargs: Kwargs) => PyObject, methods: Record<string, Method>): PyType {
  const type = nativeType(rt, `contextlib.${name}`);
  type.nativeNew = (args, kwargs) => create(type, args, kwargs);
  for (const [method, impl] of Object.entries(methods)) type.methods.set(method, (self, args, kwargs) => impl(self as NativeObject, args, kwargs));
  return type;
}

export function createContextlibModule(rt: Runtime): void {
  defineLazyModule(rt, 'contextlib', (m) => {
    const generatorCM = contextType(rt, '_GeneratorContextManager', () => rt.raise(rt.types.TypeError, 'cannot create _GeneratorContextManager instances directly'), {
      __enter__: (self) => enterGenerator(rt, self),
      __exit__: (self, args) => rt.bool(exitGenerator(rt, self, args)),
      __call__: () => rt.unsupported('using a @contextmanager context manager as a decorator'),
    });
    // The function contextmanager returns: callable, with a __dict__ for update_wrapper, bound as a method.
    const helperClass = nativeClass(rt, {
      tpName: 'function', qualname: 'function', module: 'builtins', bindsLikeFunction: true,
      call: (self, args, kwargs) => startGenerator(rt, generatorCM, self, args, kwargs),
    });
    const assigned = rt.tuple(wrapperAssignments(rt).map((n) => rt.internedStr(n)));
    const updated = rt.tuple(WRAPPER_UPDATES.map((n) => rt.internedStr(n)));
    // assigned/updated: wraps()' defaults, kept for the run (the module state's references).
    m.fn('contextmanager', (args, kwargs) => {
      const [func] = bindPythonStyle(rt, 'contextmanager', args, kwargs, ['func'], 1);
      const helper = newNativeInstance(rt, helperClass, ['func'], [rt.heap.incref(func!, 'attr')]);
      try {
        return updateWrapper(rt, helper, func!, assigned, updated);
      } finally {
        rt.heap.decref(helper);
      }
    });
    m.set('suppress', rt.heap.incref(contextType(rt, 'suppress', (type, args, kwargs) => {
      if (kwargs && kwargs.size > 0) rt.raise(rt.types.TypeError, `suppress.__init__() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
      return rt.heap.register(new NativeObject(type, ['_exceptions'], [rt.tuple(args.map((a) => rt.heap.incref(a, 'item')))]));
    }, {
      __enter__: () => rt.none(),
      __exit__: (self, args) => {
        const exctype = args[0];
        if (!exctype || exctype === rt.None) return rt.bool(false);
        const suppressed = (self.held[0] as PyTuple).items.some((t) => t instanceof PyType && (exctype as PyType).isSubtypeOf(t));
        return rt.bool(suppressed);
      },
    })));
    for (const stream of ['stdout', 'stderr'] as const) {
      const name = `redirect_${stream}`;
      m.set(name, rt.heap.incref(contextType(rt, name, (type, args, kwargs) => {
        const [target] = bindPythonStyle(rt, `${name}.__init__`, args, kwargs, ['new_target'], 1);
        return rt.heap.register(new NativeObject(type, ['_new_target'], [rt.heap.incref(target!, 'attr')]));
      }, {
        __enter__: (self) => {
          const target = self.held[0]!;
          const old = swapSysStream(rt, stream, target);
          self.held.push(old); // _old_targets.append(old)
          rt.recorder.touch(self);
          return rt.heap.incref(target);
        },
        __exit__: (self) => {
          const old = self.held.pop();
          rt.recorder.touch(self);
          if (old) rt.heap.decref(swapSysStream(rt, stream, old));
          if (old) rt.heap.decref(old, 'attr');
          return rt.none();
        },
      })));
    }
    m.set('nullcontext', rt.heap.incref(contextType(rt, 'nullcontext', (type, args, kwargs) => {
      const [result] = bindPythonStyle(rt, 'nullcontext.__init__', args, kwargs, ['enter_result'], 0);
      return rt.heap.register(new NativeObject(type, ['enter_result'], [rt.heap.incref(result ?? rt.None, 'attr')]));
    }, {
      __enter__: (self) => rt.heap.incref(self.held[0]!),
      __exit__: () => rt.none(),
    })));
    m.known(namesFor(CONTEXTLIB_NAMES, rt.profile.versionInfo[1]));
  });
}

/** sys.<stream> = value; returns a new reference to the previous value. */
function swapSysStream(rt: Runtime, stream: 'stdout' | 'stderr', value: PyObject): PyObject {
  const sys = rt.modules.get('sys')!;
  const old = rt.heap.incref(dictGetStr(sys.dict, stream) ?? rt.None);
  const key = rt.internedStr(stream);
  dictSet(rt, sys.dict, key, value);
  rt.heap.decref(key);
  return old;
}

/** helper(*args, **kwds): _GeneratorContextManager(func, args, kwds), which calls func at once. */
function startGenerator(rt: Runtime, type: PyType, helper: NativeInstance, args: PyObject[], kwargs: Kwargs): PyObject {
  const func = helper.held[0]!;
  const argsTuple = rt.tuple(args.map((a) => rt.heap.incref(a, 'item')));
  const kwds = rt.dict();
  for (const [name, value] of kwargs ?? []) {
    const key = rt.str(name);
    dictSet(rt, kwds, key, value);
    rt.heap.decref(key);
  }
  let gen: PyObject;
  try {
    gen = rt.call(func, argsTuple.items, kwargs);
  } catch (error) {
    rt.heap.decref(argsTuple);
    rt.heap.decref(kwds);
    throw error;
  }
  return rt.heap.register(new NativeObject(type, ['gen', 'func', 'args', 'kwds'], [gen, rt.heap.incref(func, 'attr'), argsTuple, kwds]));
}

function generatorOf(rt: Runtime, self: NativeObject): PyGenerator {
  const gen = self.held[0];
  if (!(gen instanceof PyGenerator)) return rt.unsupported('@contextmanager on a function that does not return a generator');
  return gen;
}

/** __enter__: drop func/args/kwds, then run the generator to its first yield. */
function enterGenerator(rt: Runtime, self: NativeObject): PyObject {
  for (let i = 1; i < self.held.length; i++) {
    const held = self.held[i];
    self.held[i] = null;
    if (held) rt.heap.decref(held, 'attr');
  }
  rt.recorder.touch(self);
  const result = rt.resumeGenerator(generatorOf(rt, self), rt.None, null);
  if (!result.done) return result.value;
  rt.heap.decref(result.value);
  const error = rt.exception(rt.types.RuntimeError, "generator didn't yield");
  error.suppressContext = true;
  throw new PyRaise(error);
}

/** __exit__(typ, value, tb): True when the generator swallowed the exception. */
function exitGenerator(rt: Runtime, self: NativeObject, args: PyObject[]): boolean {
  const gen = generatorOf(rt, self);
  const [typ, given] = args;
  if (!typ || typ === rt.None) {
    const result = rt.resumeGenerator(gen, rt.None, null);
    rt.heap.decref(result.value);
    if (result.done) return false;
    rt.closeGenerator(gen);
    return rt.raise(rt.types.RuntimeError, "generator didn't stop");
  }
  const value = given && given !== rt.None ? rt.heap.incref(given) : rt.call(typ, []);
  if (!(value instanceof PyException)) {
    rt.heap.decref(value);
    return rt.unsupported('@contextmanager.__exit__ with an exception that is not an exception instance');
  }
  // The with statement's own traceback stays as it was (exc.__traceback__ = traceback): throwing into the
  // generator adds the generator's frame to it.
  const saved = [...value.traceback];
  const restore = () => { value.traceback.splice(0, value.traceback.length, ...saved); };
  let result: { done: boolean; value: PyObject };
  try {
    rt.heap.incref(value); // resume() takes over a reference to the thrown exception
    result = rt.resumeGenerator(gen, rt.None, value);
  } catch (error) {
    if (!(error instanceof PyRaise)) throw error;
    const exc = error.exc;
    const same = exc === value
      || (exc.type.isSubtypeOf(rt.types.RuntimeError) && value.type.isSubtypeOf(rt.types.StopIteration) && exc.cause === value);
    if (!same) {
      rt.heap.decref(value);
      throw error;
    }
    restore();
    rt.heap.decref(exc);
    rt.heap.decref(value);
    return false;
  }
  rt.heap.decref(result.value);
  rt.heap.decref(value);
  // The generator returned: it swallowed the exception (the StopIteration is not the one thrown).
  if (result.done) return true;
  rt.closeGenerator(gen);
  return rt.raise(rt.types.RuntimeError, "generator didn't stop after throw()");
}
