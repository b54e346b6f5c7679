# itertools: count, islice, chain, repeat, cycle, product, accumulate, tee.
import itertools

print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.chain([1, 2], "ab", (3,))))
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.product("ab", [0, 1])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
