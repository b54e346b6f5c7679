# operator: itemgetter and attrgetter as sort keys, and operator functions for arithmetic.
import operator

rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), operator.itemgetter(0, 1)(rows[0]))
print(operator.add(2, 3), operator.mul(4, 5), operator.neg(7), operator.contains([1, 2], 2))

class P:
    def __init__(self, n):
        self.n = n

print([p.n for p in sorted([P(3), P(1)], key=operator.attrgetter("n"))])
