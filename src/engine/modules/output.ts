// Writing text the way print() does: to sys.stdout as the program has set it (a real-stream stand-in, an
// io.StringIO or any object with a write method).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from '../objects/object';
import { PyTextStream } from '../objects/callables';
import { dictGetStr } from '../objects/dictops';
import { getAttribute } from '../objects/attributes';

/** sys.stdout as the program sees it now (RuntimeError "lost sys.stdout" once deleted). */
export function currentStdout(rt: Runtime): PyObject {
  const sys = rt.modules.get('sys');
  const stdout = sys ? dictGetStr(sys.dict, 'stdout') : undefined;
  return stdout ?? rt.raise(rt.types.RuntimeError, 'lost sys.stdout');
}

/** obj.name(*args): a new reference. */
export function callMethod(rt: Runtime, obj: PyObject, name: string, args: PyObject[]): PyObject {
  const method = getAttribute(rt, obj, name);
  try {
    return rt.call(method, args);
  } finally {
    rt.heap.decref(method);
  }
}

/** file.write(text); the run's own streams are written directly. */
export function writeToFile(rt: Runtime, file: PyObject, text: string): void {
  if (file instanceof PyTextStream) {
    rt.write(file.stream, text);
    return;
  }
  const s = rt.str(text);
  try {
    rt.heap.decref(callMethod(rt, file, 'write', [s]));
  } finally {
    rt.heap.decref(s);
  }
}
