# RecursionError at the default and a lowered limit, deep recursion, and the collapsed traceback.
import sys
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError as e:
    print("RecursionError:", e, depth)
sys.setrecursionlimit(200)
depth = 0
try:
    dive()
except RecursionError:
    print(depth, sys.getrecursionlimit())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(150) % 1000007)
dive()
