# Tuples compare item by item: identical items count as equal without __eq__, the first unequal pair decides with its own __lt__
class Task:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name} == {other.name}?")
        return self.name == other.name

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.name < other.name

    def __repr__(self):
        return self.name


write, read, same = Task("write"), Task("read"), Task("read")
print((1, write) < (1, read))
print([2, read] <= [2, same], (read, 1) < (read, 2))
queue = [(2, write), (1, read), (2, same), (1, write)]
queue.sort()
print(queue)
print(sorted([(read, 2), (write, 1), (read, 1)]))
nan = float("nan")
print((nan, 1) < (nan, 2), (nan, 1) < (float("nan"), 2), [nan] == [nan])
