# More ways to refer to oneself: slots with __dict__ or __weakref__, a reassigned __class__, repeated self entries.
import gc

def show(label):
    print(label, gc.collect())

class S:
    __slots__ = ("x", "__dict__")

class W:
    __slots__ = ("x", "__weakref__")

class P:
    def __init__(self):
        self.__class__ = Q

class Q:
    pass

class K:
    def __init__(self):
        self.items = [self] * 3

gc.collect()
s = S()
s.x = s
s.y = 1
del s
show("slots + __dict__:")
w = W()
w.x = w
del w
show("slots + __weakref__:")
p = P()
p.me = p
del p
show("__class__ reassigned:")
K()
show("a list holding self three times:")
d = {}
d[1] = d
d[2] = [d]
del d
show("a dict holding itself twice:")
