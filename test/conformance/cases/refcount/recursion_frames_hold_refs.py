# Every active recursive frame holds its own reference to an argument passed down the recursion.
import sys

def descend(obj, depth):
    if depth == 0:
        return sys.getrefcount(obj)
    return descend(obj, depth - 1)

x = ["shared"]
print("module level:", sys.getrefcount(x))
for depth in [0, 1, 5, 10]:
    print("depth", depth, "->", descend(x, depth))
print("after the recursion:", sys.getrefcount(x))
