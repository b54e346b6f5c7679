# Functions, closures and their cells are GC objects; calling a function allocates none
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

def make_adder(n):
    def add(x):
        return x + n
    return add

a = gc.get_count()[0]; add2 = make_adder(2); show("make_adder(2):", a)
a = gc.get_count()[0]; r = add2(5); show("add2(5):", a)
a = gc.get_count()[0]; del add2; show("del add2:", a)
a = gc.get_count()[0]; sq = lambda v: v * v; show("a lambda:", a)
a = gc.get_count()[0]; del sq; show("del the lambda:", a)
def with_default(x, y=[]):
    return y
a = gc.get_count()[0]; r = with_default(1); show("call with a default:", a)
