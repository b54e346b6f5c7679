// The part of interpreter shutdown (Py_FinalizeEx) a program can observe: atexit callbacks, then the
// finalizers of objects still alive when the main module ends.
//  1. While __main__ is still in sys.modules, a full collection runs if gc is enabled
//     (_PyGC_CollectIfEnabled). The program's globals are reachable then, so it frees only real garbage,
//     but it reorders the survivors as the collector's traversal found them.
//  2. finalize_modules: __main__ leaves sys.modules. If nothing else holds its dict, the dict dies and
//     releases the globals in insertion order. Usually the dict survives in a cycle with the program's
//     own functions and classes (each function holds its globals)...
//  3. ...so the full collection that always follows (_PyGC_CollectNoFail) reclaims it, running __del__
//     methods in the collector's list order.
// Only the first of these collections calls gc.callbacks (measured on 3.11.7–3.13.0: the later ones run
// without them, as _PyGC_CollectNoFail does). The later ones tear down the interpreter's own modules too,
// so their DEBUG_STATS / DEBUG_COLLECTABLE output (thousands of lines) is beyond the model and stops.
import type { Runtime } from './runtime';
import { unregisterFromSysModules } from '../modules/sys';
import { DEBUG_COLLECTABLE, DEBUG_STATS } from '../gc/collector';

export function finalizeInterpreter(rt: Runtime): void {
  rt.recorder.shutdown();
  rt.runExitHooks(); // atexit callbacks (weakref.finalize) run first
  if (rt.gc.enabled) rt.gc.collect(2, 'shutdown', true);
  if (rt.gc.debug & (DEBUG_COLLECTABLE | DEBUG_STATS)) {
    rt.unsupported('gc debug output of the collections that tear down the modules at exit (gc.set_debug(...) still active when the program ends)');
  }
  const main = rt.modules.get('__main__');
  if (main) {
    rt.modules.delete('__main__');
    unregisterFromSysModules(rt, '__main__');
    rt.heap.decref(main);
  }
  rt.gc.collect(2, 'shutdown');
  rt.gc.hooks?.dumpShutdownStats?.();
}
