# itertools: product, permutations and combinations in CPython's order, and their argument errors.
import itertools

print(list(itertools.product("ab", repeat=2)))
print(list(itertools.product([1, 2], "xy")), list(itertools.product()), list(itertools.product("ab", [])))
print(list(itertools.permutations("abc", 2)))
print(len(list(itertools.permutations(range(5)))), list(itertools.permutations("ab", 3)))
print(list(itertools.combinations("abcd", 3)), list(itertools.combinations("abc", 0)))
print(list(itertools.zip_longest("ab", "xyz")))
for bad in (lambda: itertools.product("a", repeat=-1), lambda: itertools.permutations("ab", -1),
            lambda: itertools.combinations("ab"), lambda: itertools.islice("abc", -1), lambda: itertools.count("a"),
            lambda: itertools.permutations("a", 1, 2), lambda: itertools.zip_longest("a", fill=1), lambda: itertools.cycle()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
