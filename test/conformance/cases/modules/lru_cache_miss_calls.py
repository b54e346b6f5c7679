# An lru_cache miss runs the function like a plain call: exceptions leave nothing cached, methods recurse, tracebacks skip the wrapper.
import functools, sys
@functools.lru_cache(maxsize=4)
def fragile(x):
    if x < 0:
        raise ValueError(x)
    return [x]
arg = 10 ** 30
try:
    fragile(-arg)
except ValueError:
    pass
print(fragile.cache_info(), sys.getrefcount(arg))
key = "".join(["k", "ey"])
res = fragile(len(key))
print(sys.getrefcount(key), sys.getrefcount(res), fragile(4) is res)
class Node:
    @functools.cache
    def depth(self, n):
        return 0 if n == 0 else 1 + self.depth(n - 1)
node = Node()
print(node.depth(100), Node.depth.cache_info().currsize, sys.getrefcount(node))
@functools.lru_cache(maxsize=2)
def walk(n):
    if n == 10:
        raise KeyError("bottom")
    return walk(n + 1)
walk(0)
