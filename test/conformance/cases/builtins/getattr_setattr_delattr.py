# getattr/setattr/hasattr/delattr with names as strings, and vars() showing the instance dict.
class Obj:
    pass

o = Obj()
setattr(o, "color", "red")
setattr(o, "size", 3)
print(getattr(o, "color"), getattr(o, "weight", "n/a"), hasattr(o, "size"))
print(sorted(vars(o).items()))
delattr(o, "size")
print(hasattr(o, "size"), vars(o))
for name in ["a", "b"]:
    setattr(o, name, name * 2)
print(sorted(vars(o)))
print(getattr(o, "missing"))
