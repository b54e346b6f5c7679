# __getattribute__ sees every lookup; object.__setattr__/__getattribute__/__delattr__ bypass a class's own hooks.
class Audited:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("_") and name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

a = Audited()
print(a.x, a.x, a.log)
a.y = 2
del a.x
print(hasattr(a, "x"), a.log, vars(a))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
print(type(object.__setattr__).__name__, type(a.__setattr__).__name__, object.__setattr__)
