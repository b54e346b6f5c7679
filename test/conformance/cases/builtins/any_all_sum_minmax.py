# any/all short-circuit; sum with start; min/max with key and default; sorted with key and reverse.
words = ["pear", "fig", "banana", "kiwi"]
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10))
print(min(words), max(words, key=len), min(words, key=len), max([], default="none"))
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1], reverse=True))
print(sorted([3, 1, 2]), sorted("bca"), sorted({"b": 1, "a": 2}))
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), max(pairs), min(pairs, key=lambda p: p[1]))
max([])
