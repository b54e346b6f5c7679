# map, filter and reversed return lazy iterator objects; list() drains them, a second pass is empty.
nums = [1, 2, 3, 4, 5]
m = map(lambda n: n * 10, nums)
print(type(m).__name__, list(m), list(m))
f = filter(lambda n: n % 2, nums)
print(type(f).__name__, list(f))
print(list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(map(str, range(3))), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
r = reversed(nums)
print(type(r).__name__, next(r), list(r))
print(list(reversed("abc")), list(reversed(range(3))))
