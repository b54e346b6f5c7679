# Calls without vectorcall pack their arguments in a tuple: classes, bytes(), slice(), int() and str() before 3.13
# conformance: gc-variant 3.14 incremental
import gc
import sys
gc.collect()
gc.disable()
gc.get_count()

def show(label, before):
    print(label, gc.get_count()[0] - before)

class Box:
    def __init__(self, item):
        print("refs to the item inside __init__:", sys.getrefcount(item))

class Empty:
    pass

n = 8
item = [n]
a = gc.get_count()[0]; e = Empty(); show("Empty() (no arguments: no tuple):", a)
a = gc.get_count()[0]; b = Box(item); show("Box(item) (instance and its 1-tuple):", a)
a = gc.get_count()[0]; b2 = Box(item); show("Box(item) again (the tuple is reused):", a)
a = gc.get_count()[0]; r = bytes(n); s = slice(n); show("bytes(n) and slice(n):", a)
gc.collect()
a = gc.get_count()[0]; i = int("12", 8); t = str(n); show("after a collection, int('12', 8) and str(n) (get_count's tuple counts 1):", a)
a = gc.get_count()[0]; m = max(n, 3); show("max(n, 3):", a)
