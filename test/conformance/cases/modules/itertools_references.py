# itertools: iterators hold their sources (islice releases its iterator when done; repeat never does).
import itertools
import sys

data = [10, 20, 30, 40]
print("base:", sys.getrefcount(data))
window = itertools.islice(data, 2)
print("islice holds iter(data):", sys.getrefcount(data))
print(list(window), "exhausted:", sys.getrefcount(data))
cyc = itertools.cycle(data)
print("cycle:", sys.getrefcount(data), [next(cyc) for _ in range(6)], "after wrapping:", sys.getrefcount(data))
del cyc
chained = itertools.chain(data, data)
print("chain holds the args tuple:", sys.getrefcount(data), next(chained), sys.getrefcount(data))
print(list(chained), "done:", sys.getrefcount(data))
frozen = tuple(data)
prod = itertools.product(frozen, frozen)
print("product pools share the tuple:", sys.getrefcount(frozen), sys.getrefcount(data))
del prod
marker = object()
rep = itertools.repeat(marker, 2)
print("repeat:", sys.getrefcount(marker), len(list(rep)), sys.getrefcount(marker))
pairs = itertools.combinations("abcd", 2)
first = next(pairs)
first_id = id(first)
del first
print("result tuple reused:", id(next(pairs)) == first_id)
