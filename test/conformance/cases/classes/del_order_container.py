# Freeing a list decrefs its items from the last to the first; a dict frees its values in insertion order.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("delete", self.name)

lst = [Tracked("l0"), Tracked("l1"), Tracked("l2")]
del lst
print("---")
d = {"a": Tracked("d0"), "b": Tracked("d1"), "c": Tracked("d2")}
del d
print("---")
t = (Tracked("t0"), Tracked("t1"))
del t
print("end")
