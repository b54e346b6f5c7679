# A metaclass: __new__ and __init__ run for each class statement, __call__ for each instantiation; classes hold their metaclass.
import sys

class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Registry.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Registry.__init__", name, kwargs)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Registry.__call__", cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return "class " + cls.__name__

print("metaclass refs:", sys.getrefcount(Registry))
class Base(metaclass=Registry):
    def __init__(self, value):
        self.value = value

class Child(Base, tag="x"):
    def extra(self):
        return self.value * 2

print("metaclass refs with two classes:", sys.getrefcount(Registry))
c = Child(21)
print(c.extra(), type(Child).__name__, type(Child) is Registry, Child.describe(), sorted(Registry.classes))
print(isinstance(Child, Registry), isinstance(c, Base), issubclass(Registry, type), type(Registry).__name__)
Dynamic = Registry("Dynamic", (Base,), {"x": 1})
print(Dynamic.x, Dynamic(5).value, Dynamic.__mro__)
