# __getattr__ runs only for missing attributes; __setattr__ intercepts every assignment.
class Logged:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name.upper()
        raise AttributeError(name)
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)

o = Logged()
print(o.real)
print(o.x_thing)
o.real = 2
print(o.real, getattr(o, "x_y"), hasattr(o, "nope"))
try:
    o.nope
except AttributeError as e:
    print("AttributeError:", e)
