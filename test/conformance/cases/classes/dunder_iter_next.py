# An iterator class: __iter__ returns self, __next__ raises StopIteration; for, list() and next() use them.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print("tick", n)
print(list(Countdown(4)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
print(sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
next(it)
