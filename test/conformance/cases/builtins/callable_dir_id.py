# callable(), id() equality for aliases, dir() of a module scope and of an instance.
class Thing:
    def act(self):
        pass

t = Thing()
u = t
print(callable(t), callable(t.act), callable(Thing), callable(print), callable(3))
print(id(t) == id(u), id(t) == id(Thing()), id(t.act) == id(t.act))
t.extra = 1
print([n for n in dir(t) if not n.startswith("__")])
x_local = 5
print([n for n in dir() if not n.startswith("__")])
