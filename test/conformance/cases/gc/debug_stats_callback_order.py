# Order of one collection's output: the "start" callback, the DEBUG_STATS header, DEBUG_COLLECTABLE lines, __del__, "done", the "stop" callback.
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, whose DEBUG_STATS output differs
import gc
import io
import sys


def callback(phase, info):
    sys.stderr.write("callback " + phase + " " + str(info["collected"]) + "\n")


class Node:
    def __del__(self):
        sys.stderr.write("__del__\n")


n = Node()
n.me = n
items = []
items.append(items)
del n, items
captured = io.StringIO()
old_stderr = sys.stderr
sys.stderr = captured
gc.callbacks.append(callback)
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
gc.collect(0)
gc.set_debug(0)
gc.callbacks.remove(callback)
sys.stderr = old_stderr
for line in captured.getvalue().splitlines():
    if " 0x" in line:
        line = line.split(" 0x")[0] + ">"
    elif "each generation" in line:
        line = line.split(":")[0] + ": (sizes)"
    elif "elapsed" in line:
        line = line.rsplit(",", 1)[0]
    print(line)
