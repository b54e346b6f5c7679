# An object passed to print() before getrefcount() is also on the evaluation stack, so the count is one higher.
import sys

a = [1, 2]
print("alone:", sys.getrefcount(a))
print("a in the same call:", a, sys.getrefcount(a))
count = sys.getrefcount(a)
print("counted first:", a, count)

def inside():
    b = [3]
    print("local alone:", sys.getrefcount(b))
    print("local in the same call:", b, sys.getrefcount(b))

inside()
