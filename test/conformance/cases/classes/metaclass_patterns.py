# Metaclass patterns: a singleton through __call__, a class that iterates like an enum, a check in __new__, a counter calling type.__call__.
import sys
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value
a = Config(1); b = Config(2)
print(a is b, a.value, sys.getrefcount(a), len(Singleton._instances))
class EnumMeta(type):
    def __iter__(cls):
        return iter([v for k, v in cls.__dict__.items() if not k.startswith("_")])
    def __len__(cls):
        return len(list(iter(cls)))
    def __contains__(cls, item):
        return item in list(cls)
    def __getitem__(cls, name):
        return cls.__dict__[name]
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
print(list(Color), len(Color), 2 in Color, Color["RED"], sorted(Color))
class Interface(type):
    def __new__(mcls, name, bases, ns):
        missing = [m for m in ns.get("required", ()) if m not in ns]
        cls = super().__new__(mcls, name, bases, ns)
        cls.missing = missing
        return cls
class Shape(metaclass=Interface):
    required = ("area",)
print(Shape.missing, type(Shape), Shape.__class__.__class__)
class Counted(type):
    count = 0
    def __call__(cls, *a):
        Counted.count += 1
        return type.__call__(cls, *a)
class P(metaclass=Counted): pass
P(); P()
print(Counted.count)
