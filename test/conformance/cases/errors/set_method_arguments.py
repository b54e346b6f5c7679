# set and frozenset method argument checks, and intersection_update with several iterables.
for c in (lambda: set().add(), lambda: set().discard(), lambda: set().intersection_update(), lambda: set().isdisjoint(), lambda: set().issubset(),
          lambda: set().issuperset(), lambda: set().remove(), lambda: set().symmetric_difference(), lambda: set().add(1, 2), lambda: frozenset().issubset(),
          lambda: set().difference_update(), lambda: set().pop(1), lambda: set().add(x=1), lambda: frozenset().copy(1)):
    try:
        print(c())
    except TypeError as e:
        print(e)
s = {1, 2, 3, 4}
s.intersection_update([1, 2, 3], (2, 3, 9), {3, 2})
print(s, {1, 2}.union(), {1, 2}.intersection(), {5}.difference([5], [6]))
