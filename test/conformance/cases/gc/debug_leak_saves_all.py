# gc.DEBUG_LEAK = COLLECTABLE | UNCOLLECTABLE | SAVEALL: it names the garbage and keeps it in gc.garbage.
import gc
import io
import sys

print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
a = [1]
b = {"a": a}
a.append(b)
del a, b
captured = io.StringIO()
old_stderr = sys.stderr
sys.stderr = captured
gc.set_debug(gc.DEBUG_LEAK)
print("collected:", gc.collect())
gc.set_debug(0)
sys.stderr = old_stderr
for line in captured.getvalue().splitlines():
    print(line.split(" 0x")[0] + " 0x...>")
print("garbage:", [type(o).__name__ for o in gc.garbage])
saved = gc.garbage[0]
print("kept alive:", saved[0], type(saved[1]).__name__)
gc.garbage.clear()
del saved
print("after clearing:", gc.collect())
