# Calling a function repeatedly: references taken by each call are released when it returns.
import sys

seen = []

def visit(item, log):
    log.append(len(item))
    return sys.getrefcount(item)

x = ["a", "b"]
counts = []
for i in range(3):
    counts.append(visit(x, seen))
print("refcount inside each call:", counts)
print("log:", seen)
print("after the loop:", sys.getrefcount(x))
