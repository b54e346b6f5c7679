# Tuple unpacking binds each name to the element, so the element gains one reference per name.
import sys

pair = [[10], [20]]
first, second = pair
print("first:", first, "second:", second)
print("pair[0] refs:", sys.getrefcount(pair[0]))
print("first is pair[0]:", first is pair[0])
p, q = [], {}
print("p refs:", sys.getrefcount(p), "q refs:", sys.getrefcount(q))
x, y, z = "abc"
print(x, y, z)
head, tail = pair[1], pair
print("tail refs:", sys.getrefcount(tail))
