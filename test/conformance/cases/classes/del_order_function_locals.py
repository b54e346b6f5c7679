# When a function returns, its locals are released in the order they were defined; the return value survives.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("delete", self.name)

def f():
    a = Tracked("a")
    b = Tracked("b")
    c = Tracked("c")
    return b

kept = f()
print("returned", kept.name)
del kept
print("---")

def g():
    first = Tracked("first")
    first = Tracked("replacement")
    print("end of g")

g()
print("end")
