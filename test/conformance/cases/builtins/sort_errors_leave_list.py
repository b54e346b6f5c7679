# A comparison that raises stops the sort: the error names the later item first, and the list keeps CPython's partial order
values = [3, 1, "a", 2, 0]
try:
    values.sort()
except TypeError as e:
    print("TypeError:", e)
print("after:", values)

values = [5, 4, 3, 1, 2, "x", 0]
try:
    values.sort(reverse=True)
except TypeError as e:
    print("TypeError:", e)
print("after:", values)

try:
    sorted([1.5, None, 2])
except TypeError as e:
    print("TypeError:", e)


class Fragile:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Fragile.calls += 1
        if Fragile.calls == LIMIT:
            raise ValueError(f"gave up comparing {self.v} with {other.v}")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for LIMIT in (0, 100, 300):
    Fragile.calls = 0
    items = [Fragile((i * 7) % 30) for i in range(30)] + [Fragile((i * 11) % 40) for i in range(40)]
    try:
        items.sort()
    except ValueError as e:
        print("ValueError:", e)
    print("after", Fragile.calls, "calls:", items)
print(sorted([3, 1.5, True, 0.5, -2, 2, False]), sorted([2.0, 1, 2, 1.0]))
