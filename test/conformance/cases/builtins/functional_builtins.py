# sorted/list.sort with key and reverse (stable), min/max key, map, filter, reversed, bin/oct/hex, divmod, pow, format, input at EOF.
words = ["banana", "Apple", "cherry", "date", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, min(words, key=len), max(words, key=len), max([], default="none"))
print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda n: n % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")), list(reversed(range(3))))
print(bin(10), oct(8), hex(-255), divmod(17, 5), divmod(-7, 2), pow(2, 10), pow(2, -1), format(3.14159, ".2f"), format(42, "08b"))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m))
try:
    input("name? ")
except EOFError as e:
    print("EOFError:", e)
