# gc.DEBUG_STATS writes four lines per collection to sys.stderr; captured with io.StringIO, sizes and timing masked.
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, whose DEBUG_STATS output differs
import gc
import io
import sys


def masked(line):
    if "objects in each generation" in line:
        return "gc: objects in each generation: " + " ".join("N" for _ in line.split(":")[2].split())
    if "elapsed" in line:
        counts, _, elapsed = line.rpartition(", ")
        seconds = elapsed.split("s")[0]
        return counts + ", " + str(len(seconds.split(".")[1])) + " decimals, elapsed"
    return line


class Pair:
    pass


p = Pair()
p.other = Pair()
p.other.other = p
del p
captured = io.StringIO()
old_stderr = sys.stderr
sys.stderr = captured
gc.set_debug(gc.DEBUG_STATS)
found = gc.collect()
found0 = gc.collect(0)
gc.set_debug(0)
sys.stderr = old_stderr
print("collect() returned", found, "then collect(0)", found0)
for line in captured.getvalue().splitlines():
    print(masked(line))
