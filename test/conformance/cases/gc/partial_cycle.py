# A functools.partial stored on the object it was bound to: instance -> partial -> args tuple -> instance.
import functools
import gc

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Greeter:
    def greet(self, who):
        return "hi " + who

g = Greeter()
g.hello_bob = functools.partial(Greeter.greet, g, "bob")
print(g.hello_bob())
del g
print("collected:", gc.collect())
