# gc.DEBUG_COLLECTABLE names each unreachable object, in the collector's order, before any __del__ runs.
import gc
import io
import sys


class Node:
    def __del__(self):
        print("__del__", self.name)


a = Node()
a.name = "a"
b = Node()
b.name = "b"
a.next = b
b.next = a
lst = [a]
lst.append(lst)
del a, b, lst
captured = io.StringIO()
old_stderr = sys.stderr
sys.stderr = captured
gc.set_debug(gc.DEBUG_COLLECTABLE)
print("collected:", gc.collect())
gc.set_debug(0)
sys.stderr = old_stderr
for line in captured.getvalue().splitlines():
    print(line.split(" 0x")[0] + " 0x...>")
