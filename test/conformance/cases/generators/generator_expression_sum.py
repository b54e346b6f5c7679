# Generator expressions are lazy and single-use; they are never inlined and keep their own frame.
nums = [1, 2, 3, 4]
gen = (n * n for n in nums)
print(type(gen).__name__)
print(sum(gen), sum(gen))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "abc" if x != "b"))
print(any(n > 3 for n in nums), all(n > 0 for n in nums))
lazy = (1 / n for n in [1, 0])
print("created without error")
print(next(lazy))
next(lazy)
