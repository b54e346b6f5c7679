# Functions with defaults, *args, keyword-only and **kwargs; loops; slices; cycles.
import sys
import gc
def f(a, b=[], *args, c=5, **kw):
    b.append(a)
    return a, b, args, c, kw
print(f(1), f(2, c=3), f(3, [9], 4, 5, z=1))
print(sys.getrefcount(f.__defaults__))
def g(x):
    y = [x, x]
    z = y
    del y
    return sys.getrefcount(z), sys.getrefcount(x)
obj = []
print(g(obj), sys.getrefcount(obj))
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(50))
nums = [1, 2, 3]
total = 0
i = 0
while i < len(nums):
    total += nums[i]
    i += 1
else:
    print("done", total)
for x in range(3):
    if x == 1:
        continue
    print(x, end=" ")
print()
d = {}
d[1] = 'one'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
lst = [[]] * 3
lst[0].append(1)
print(lst, sys.getrefcount(lst[0]))
a = [1, 2, 3, 4, 5]
a[1:3] = ['x']
del a[::2]
print(a)
print(gc.isenabled())
cyc = [[], []]
cyc[0].append(cyc[1]); cyc[1].append(cyc[0])
del cyc
print(gc.collect())
m = {'k': []}
m['k'].append(m)
del m
print(gc.collect())
print(divmod(7, 2) if False else 3, abs(-7), round(2.5), round(3.5), hex(255), chr(65), ord('a'))
print(str(None), str(True), int(' 42 '), float('1e3'), bool([]), list('ab'), tuple([1]), dict(a=1))
print("%s" if False else "ok")
