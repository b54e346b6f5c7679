# Each iteration rebinds the loop variable, releasing the previous element; the last one stays bound.
import sys

a = [1]
b = [2]
c = [3]
for x in [a, b, c]:
    print("a, b, c:", sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c))
print("after:", sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c))
x = None
print("after x = None:", sys.getrefcount(c))
