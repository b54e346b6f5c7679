# hash(): equal numbers hash equal across types, hash(-1) is -2, tuples hash by content, lists are unhashable.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(-1), hash(-2), hash(42), hash(2.5) == hash(2.5))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(hash(None) == hash(None))
hash([1, 2])
