// The roots the incremental collector marks from at the start of a cycle (mark_global_roots, mark_stacks):
// the modules (reached through interp->sysdict's sys.modules), the builtins dict, and the VM's frames.
import type { Runtime } from '../vm/runtime';
import type { VM } from '../vm/interpreter';
import type { Frame } from '../vm/frame';
import type { PyObject } from '../objects/object';
import type { RootSource } from './incremental';

export function vmRoots(rt: Runtime, vm: VM): RootSource {
  return {
    globals: () => [...rt.modules.values(), rt.builtins],
    frames: () => [...vm.frames].reverse().map((frame) => ({ frame, refs: frameRefs(frame) })),
  };
}

/** f_locals, f_funcobj, then the value stack and the fast locals from the top down. */
function frameRefs(frame: Frame): PyObject[] {
  const refs: PyObject[] = [];
  if (frame.locals) refs.push(frame.locals);
  if (frame.func) refs.push(frame.func);
  for (let i = frame.stack.length - 1; i >= 0; i--) if (frame.stack[i]) refs.push(frame.stack[i]!);
  for (let i = frame.fast.length - 1; i >= 0; i--) if (frame.fast[i]) refs.push(frame.fast[i]!);
  return refs;
}
