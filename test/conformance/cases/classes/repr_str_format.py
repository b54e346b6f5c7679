# __repr__ vs __str__ vs __format__: which one print, str(), repr(), f-strings and containers use.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "c":
            return f"{self.cents}c"
        return format(str(self), spec)

m = Money(1234)
print(m, str(m), repr(m))
print([m, m], (m,), {"m": m})
print(f"{m}", f"{m!r}", f"{m:c}", f"[{m:>10}]", format(m, "c"))

class OnlyRepr:
    def __repr__(self):
        return "<only repr>"

print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
