# gc.DEBUG_UNCOLLECTABLE prints nothing for pure-Python cycles: __del__ does not make them uncollectable (PEP 442).
import gc


class Finalized:
    def __del__(self):
        print("__del__ ran")


f = Finalized()
f.me = f
del f
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print("collected:", gc.collect())
print("garbage:", gc.garbage)
print("debug flags:", gc.get_debug())
