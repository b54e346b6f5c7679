# Bound methods and built-in methods are GC objects made on each attribute access (3.14: freelists)
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

class Greeter:
    def hello(self):
        return "hi"

g = Greeter()
items = []
a = gc.get_count()[0]; m = g.hello; show("g.hello:", a)
a = gc.get_count()[0]; del m; show("del m:", a)
a = gc.get_count()[0]; m = g.hello; show("g.hello again:", a)
a = gc.get_count()[0]; r = g.hello(); show("g.hello() (no method object):", a)
a = gc.get_count()[0]; ap = items.append; show("items.append:", a)
a = gc.get_count()[0]; del ap; show("del ap:", a)
a = gc.get_count()[0]; ap = items.append; show("items.append again:", a)
