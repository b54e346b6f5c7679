# Recursion past sys.getrecursionlimit() raises RecursionError, which can be caught.
import sys

def depth(n):
    return depth(n + 1)

print("limit:", sys.getrecursionlimit())
try:
    depth(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)

def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)

print(countdown(500))
