# A generator expression evaluates its first iterable immediately and the rest lazily, in its own scope.
def source(tag):
    print("iterating", tag)
    return [1, 2]

g = (x + y for x in source("outer") for y in source("inner"))
print("genexpr created")
print(list(g))
n = 5
lazy = (n * i for i in range(3))
n = 10
print(list(lazy))
print(type(lazy).__name__, lazy.__name__)
try:
    i
except NameError:
    print("i does not leak")
