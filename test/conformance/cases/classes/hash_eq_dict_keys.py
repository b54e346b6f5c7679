# Instances as dict keys: default hash is by identity; defining __eq__ without __hash__ makes them unhashable.
class ById:
    pass

class ByValue:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)

class EqOnly:
    def __eq__(self, other):
        return True

a, b = ById(), ById()
d = {a: 1, b: 2}
print(len(d), d[a], ById() in d)
d2 = {ByValue(1): "one"}
print(d2[ByValue(1)], ByValue(2) in d2, hash(ByValue(7)) == hash(7))
print(EqOnly.__hash__)
d3 = {EqOnly(): 1}
