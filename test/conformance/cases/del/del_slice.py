# del lst[i:j] drops a reference for every element in the slice.
import sys

x = [0]
lst = [x, x, x, x, "end"]
print("x in four slots:", sys.getrefcount(x))
del lst[1:3]
print("after del lst[1:3]:", sys.getrefcount(x), len(lst))
del lst[:]
print("after del lst[:]:", sys.getrefcount(x), lst)
