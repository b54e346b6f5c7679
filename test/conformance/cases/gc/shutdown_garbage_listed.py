# Objects left in gc.garbage at exit: with DEBUG_UNCOLLECTABLE the interpreter writes the list's repr to stderr (the ResourceWarning itself is filtered out).
# conformance: not-for 3.14: pyodide does not finalize the interpreter when the program ends
import gc

gc.garbage.append([1, 2])
gc.garbage.append("kept")
gc.garbage.append({"key": (3, 4)})
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print("garbage at exit:", len(gc.garbage))
