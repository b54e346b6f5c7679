# sys.getrecursionlimit/setrecursionlimit: a lower limit makes a shallower recursion fail.
import sys

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

old = sys.getrecursionlimit()
print("default limit:", old)
print(depth(200))
sys.setrecursionlimit(100)
print("new limit:", sys.getrecursionlimit())
try:
    depth(200)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(depth(200))
