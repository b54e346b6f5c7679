# While list.sort runs the list looks empty; a comparison that makes it grow gets "list modified during sort"
import sys


class Spy:
    def __init__(self, v, action):
        self.v = v
        self.action = action

    def __lt__(self, other):
        print("  inside __lt__: len(lst) =", len(lst), "| refcount of self:", sys.getrefcount(self))
        if self.action == "append":
            lst.append(Spy(99, None))
        elif self.action == "clear":
            lst.clear()
        elif self.action == "pop":
            try:
                lst.pop()
            except IndexError as e:
                print("  IndexError:", e)
        return self.v < other.v

    def __repr__(self):
        return f"Spy({self.v})"


for action in ("append", "clear", "pop"):
    lst = [Spy(2, None), Spy(1, action), Spy(3, action)]
    print(action)
    try:
        lst.sort()
        print("  sorted:", lst)
    except ValueError as e:
        print("  ValueError:", e, "| list:", lst)
print("refcount of an item after:", sys.getrefcount(lst[0]))
