# A comparison between a class and its subclass asks the subclass's reflected method first, also inside sorted()
class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  Base.__lt__({self.v}, {other.v})")
        return self.v < other.v

    def __eq__(self, other):
        print(f"  {type(self).__name__}.__eq__({self.v}, {other.v})")
        return self.v == other.v


class Derived(Base):
    def __gt__(self, other):
        print(f"  Derived.__gt__({self.v}, {other.v})")
        return self.v > other.v


print(Base(1) < Derived(2))
print(Derived(1) < Base(2))
print(Base(1) != Derived(1))
print(Derived(2) == Base(3))
print([x.v for x in sorted([Derived(3), Base(1), Derived(2), Base(0)])])
