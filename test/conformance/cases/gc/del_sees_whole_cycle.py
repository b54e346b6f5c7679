# All finalizers of a cycle run before anything is cleared, so each __del__ still sees its partner intact.
import gc

class Peer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees", self.other.name, "whose other is", self.other.other.name)

a, b = Peer("a"), Peer("b")
a.other, b.other = b, a
del a, b
print("collected:", gc.collect())
