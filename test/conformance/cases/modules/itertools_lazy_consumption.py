# itertools: islice, chain, takewhile, zip_longest and tee pull from their inputs only as far as needed.
import itertools

def numbers(name, n):
    for i in range(n):
        print("  ", name, "yields", i)
        yield i

print("islice(1, 3):", list(itertools.islice(numbers("a", 5), 1, 3)))
print("islice(0):", list(itertools.islice(numbers("b", 5), 0)))
chain = itertools.chain(numbers("c", 2), numbers("d", 2))
print("chain, three items:", next(chain), next(chain), next(chain))
print("takewhile:", list(itertools.takewhile(lambda v: v < 2, numbers("e", 5))))
pairs = itertools.zip_longest(numbers("f", 3), [10], fillvalue="-")
print("zip_longest:", next(pairs), next(pairs))
cycled = itertools.cycle(numbers("g", 2))
print("cycle:", [next(cycled) for _ in range(5)])
left, right = itertools.tee(numbers("h", 3))
print("tee:", next(left), next(left), next(right))
print("count/repeat/accumulate:", list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.repeat("x", 3)),
      list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print("dropwhile/starmap:", list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
