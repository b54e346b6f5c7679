# The order __del__ runs for the contents of a freed container: lists and tuples last item first, dicts and instances in order.
import gc

class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, end="; ")


def run(label, make):
    x = make()
    print(label, end=": ")
    del x
    print()
run("list", lambda: [D(1), D(2), D(3)])
run("tuple", lambda: (D(1), D(2), D(3)))
run("dict values", lambda: {"a": D(1), "b": D(2), "c": D(3)})
run("dict keys", lambda: {D(1): 1, D(2): 2, D(3): 3})
class H:
    pass


def inst():
    h = H()
    h.a, h.b, h.c = D(1), D(2), D(3)
    return h
run("instance attrs", inst)
class S:
    __slots__ = ("a", "b", "c")
def slots():
    s = S()
    s.a, s.b, s.c = D(1), D(2), D(3)
    return s
run("slots", slots)
run("nested", lambda: [D(1), [D(2), D(3)], D(4)])
def cyc():
    l = [D(1), D(2)]
    l.append(l)
    return l


x = cyc()
del x
print("cycle:", end=" ")
gc.collect()
print()
