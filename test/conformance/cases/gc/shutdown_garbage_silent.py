# Objects left in gc.garbage at exit print nothing by default: the "uncollectable objects at shutdown" ResourceWarning is filtered out.
# conformance: not-for 3.14: pyodide does not finalize the interpreter when the program ends
import gc


class Node:
    def __del__(self):
        print("__del__ of a node kept in gc.garbage")


gc.garbage.append(Node())
gc.garbage.append([1, 2])
print("garbage at exit:", len(gc.garbage))
