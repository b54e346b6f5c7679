# A comprehension in a class body cannot see the class namespace (except its first iterable), inlined or not.
class Config:
    scale = 10
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    getters = [lambda: n for n in names]
    try:
        scaled = [scale * k for k in range(2)]
    except NameError as e:
        print("NameError:", e)
    doubled = {k: (lambda k=k: k * 2) for k in range(2)}

print(Config.upper, [g() for g in Config.getters], Config.getters[0].__qualname__)
print({k: f() for k, f in Config.doubled.items()})
print(hasattr(Config, "n"), hasattr(Config, "k"))
