# Common list methods: append, extend, insert, remove, pop, index, count, sort with key, reverse, copy.
import sys
a = [5, 3, 8]
a.append(1)
a.extend([9, 3])
a.insert(0, 7)
print(a, a.index(3), a.count(3))
a.remove(3)
print(a, a.pop(), a.pop(0), a)
a.sort()
print(a)
a.sort(key=lambda n: -n)
a.reverse()
print(a)
b = a.copy()
print(b == a, b is a, sys.getrefcount(a))
words = ["b", "C", "a"]
words.sort(key=str.lower)
print(words)
a.remove(100)
