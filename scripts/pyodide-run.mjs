#!/usr/bin/env node
// Runs Python files on CPython 3.14 in wasm (the `pyodide` package) exactly as scripts/record-goldens.mjs records the
// 3.14 goldens: a fresh interpreter per file, a full collection right before the program, then the C function
// `python file.py` ends in. For probing 3.14 behaviour (here 3.14.2 with its incremental GC) before modelling it:
//
//   node scripts/pyodide-run.mjs FILE.py...
//
// prints each program's stdout and stderr (paths shown relative to the file's directory) and "[exit N]" when the
// exit status is not 0. record-goldens.mjs imports the same functions.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Set for every run, native and pyodide. PYTHONUNBUFFERED=1 gives all four oracles the same stdout stack
 * (TextIOWrapper with write_through=True over a raw FileIO). Without it, stdout to a pipe is block-buffered and the
 * TextIOWrapper keeps the last ASCII str objects written by print() in its pending buffer, which adds a reference to
 * them (a printed run-time string then reports getrefcount one higher); pyodide's default stdout is line-buffered
 * instead. A terminal (line-buffered) behaves like the unbuffered setting as soon as print() writes its newline.
 */
export const RUN_ENV = {
  PYTHONDONTWRITEBYTECODE: '1',
  PYTHONHASHSEED: '0',
  PYTHONIOENCODING: 'utf-8',
  PYTHONUNBUFFERED: '1',
};

/**
 * CPython 3.9+ makes the script path absolute (`python name.py` reports File "/abs/dir/name.py" and sets __file__
 * to the absolute path). Goldens must not depend on where the repository is checked out, so the case's own
 * directory prefix is removed: File "<name>.py". This is the only transformation applied to interpreter output.
 */
export function stripDir(text, dir) {
  const prefix = dir.endsWith('/') ? dir : dir + '/';
  return text.split(prefix).join('');
}

// ---------------------------------------------------------------------------------------------------------------
// CPython 3.14 in wasm (pyodide)

// `python <path>` ends in _PyRun_SimpleFileObject(): parse the file into an arena, compile, run the code in
// __main__'s dict, and keep the arena (which holds a reference to every constant of the source) alive until the
// program ends; an uncaught exception goes through PyErr_Print() -> sys.excepthook. The recorder calls that same C
// function in pyodide (PyRun_SimpleFileExFlags), so refcounts of constants match a real `python file.py`, not
// compile()+exec(). Around the call, Python code prepares what pymain would have: a fresh __main__ module, cwd,
// sys.argv and sys.path[0]. Pyodide runs with config.inspect=1 and replaces sys.excepthook with
// traceback.print_exception, so PyErr_Print() does not exit on SystemExit; the hook installed here restores the
// CPython behaviour: SystemExit gives the exit status (_Py_HandleSystemExit), everything else goes to the
// interpreter's default hook sys.__excepthook__. One PyGC_Collect(), called from JS just before the program, removes
// the garbage left by pyodide's own start-up code (3 objects in 314.0.7; a native `python3.x` starts with no cyclic
// garbage: gc.collect() == 0 as the first statement on 3.11-3.13).
const PYODIDE_DRIVER = String.raw`
_pml_state = {}

def _pml_excepthook(exc_type, exc, tb):
    import sys
    if isinstance(exc, SystemExit):
        code = exc.code
        if code is None:
            status = 0
        elif isinstance(code, int):
            status = code & 0xFF
        else:
            try:
                sys.stderr.write(str(code))
                sys.stderr.write("\n")
            except Exception:
                pass
            status = 1
        _pml_state["status"] = status
        return
    _pml_state["status"] = 1
    sys.__excepthook__(exc_type, exc, tb)

def _pml_prepare(path):
    import builtins, os, sys, types
    directory = os.path.dirname(path)
    _pml_state.clear()
    _pml_state["saved"] = (sys.modules.get("__main__"), os.getcwd(), list(sys.path), list(sys.argv), sys.excepthook)
    os.chdir(directory)
    sys.argv[:] = [path]
    sys.path.insert(0, directory)
    main = types.ModuleType("__main__")
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    sys.excepthook = _pml_excepthook
    main = None

def _pml_finish(rc):
    import os, sys
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    saved_main, cwd, path, argv, hook = _pml_state.pop("saved")
    if saved_main is not None:
        sys.modules["__main__"] = saved_main
    os.chdir(cwd)
    sys.path[:] = path
    sys.argv[:] = argv
    sys.excepthook = hook
    if rc == 0:
        return 0
    return _pml_state.get("status", 1)
`;

let loadPyodideFn = null;
export async function newPyodide() {
  if (!loadPyodideFn) {
    try {
      ({ loadPyodide: loadPyodideFn } = await import('pyodide'));
    } catch (e) {
      throw new Error(`cannot import the "pyodide" package (${e.message}); it is a devDependency: run npm install`);
    }
  }
  const startup = [];
  const py = await loadPyodideFn({
    env: { HOME: '/home/pyodide', ...RUN_ENV },
    stdout: (s) => startup.push(`stdout: ${s}`),
    stderr: (s) => startup.push(`stderr: ${s}`),
  });
  if (startup.length) throw new Error(`pyodide printed during start-up:\n${startup.join('\n')}`);
  py.runPython(PYODIDE_DRIVER);
  return py;
}

export function pyodideVersions(py) {
  const full = py.runPython('import platform; platform.python_version()');
  return { full, label: `${full} (pyodide ${py.version})` };
}

export function runPyodide(py, label, c) {
  const dir = `/conformance/${c.area}`;
  const file = `${dir}/${c.name}.py`;
  py.FS.mkdirTree(dir);
  py.FS.writeFile(file, fs.readFileSync(c.file));
  const out = [];
  const err = [];
  const sink = (chunks) => ({
    isatty: false,
    write(buf) {
      chunks.push(Buffer.from(buf)); // copies: buf is a view into wasm memory
      return buf.length;
    },
  });
  py.setStdout(sink(out));
  py.setStderr(sink(err));
  const m = py._module;
  let exitCode;
  try {
    py.runPython(`_pml_prepare(${JSON.stringify(file)})`);
    const cPath = m.stringToNewUTF8(file);
    const cMode = m.stringToNewUTF8('rb');
    let rc;
    try {
      m._PyGC_Collect(); // pyodide's start-up garbage, collected right before the program (see PYODIDE_DRIVER)
      const fp = m._fopen(cPath, cMode);
      if (!fp) throw new Error(`fopen(${file}) failed in pyodide`);
      rc = m._PyRun_SimpleFileExFlags(fp, cPath, 1 /* closeit */, 0 /* flags */);
    } finally {
      m._free(cPath);
      m._free(cMode);
    }
    exitCode = py.runPython(`_pml_finish(${Number(rc)})`);
  } finally {
    py.setStdout({ batched: (s) => process.stdout.write(`[pyodide stdout] ${s}\n`) });
    py.setStderr({ batched: (s) => process.stderr.write(`[pyodide stderr] ${s}\n`) });
  }
  const stdout = stripDir(Buffer.concat(out).toString('utf8'), dir);
  const stderr = stripDir(Buffer.concat(err).toString('utf8'), dir);
  if (stderr.includes('\x1b[')) throw new Error('pyodide produced coloured output');
  if (typeof exitCode !== 'number') throw new Error(`driver returned ${String(exitCode)}`);
  return { python: label, stdout, stderr, exitCode };
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

async function main(files) {
  if (files.length === 0) {
    console.error('usage: node scripts/pyodide-run.mjs FILE.py...');
    process.exit(2);
  }
  let status = 0;
  for (const f of files) {
    const file = path.resolve(f);
    const py = await newPyodide();
    const { label } = pyodideVersions(py);
    const r = runPyodide(py, label, { area: 'probe', name: path.basename(file, '.py'), file });
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    if (r.exitCode !== 0) {
      console.log(`[exit ${r.exitCode}]`);
      status = 1;
    }
  }
  process.exit(status);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e?.stack ?? String(e));
    process.exit(1);
  });
}
