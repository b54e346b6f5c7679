# reverse=True keeps equal keys in their original order; sorted() takes any iterable and returns a new list
pairs = [("x", 1), ("y", 0), ("z", 1), ("w", 0), ("v", 2)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)
print(sorted((3, 1, 2)), sorted(x * x for x in range(5, -3, -1)), sorted("banana", reverse=True))
print(sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]))


class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  Version({self.n}).__lt__({other.n})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  Version({self.n}).__gt__({other.n})")
        return self.n > other.n

    def __repr__(self):
        return f"V{self.n}"


print(sorted([Version(2), Version(1), Version(3)]))
print(sorted([(Version(2), "b"), (Version(1), "a")]))
