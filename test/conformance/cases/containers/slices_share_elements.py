# Slicing makes a new list whose slots refer to the same element objects.
import sys

a = [1]
b = [2]
lst = [a, b, a, b]
print("a, b:", sys.getrefcount(a), sys.getrefcount(b))
head = lst[:2]
print("after head = lst[:2]:", sys.getrefcount(a), sys.getrefcount(b))
evens = lst[::2]
print("after evens = lst[::2]:", sys.getrefcount(a), sys.getrefcount(b))
print("head[0] is a:", head[0] is a, "evens:", evens)
lst[1:3] = []
print("after lst[1:3] = []:", sys.getrefcount(a), sys.getrefcount(b), lst)
