# isinstance and issubclass with classes as objects: type is its own type, tuples of classes, and a metaclass's hooks.
class Animal:
    pass

class Dog(Animal):
    pass

print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(isinstance(Dog, type), isinstance(Dog(), (int, str, Animal)), issubclass(Dog, (int, (str, Animal))))
print(isinstance(3, ()), issubclass(bool, (int,)), type(type).__name__, type(Dog).__name__)

class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", sub.__name__)
        return hasattr(sub, "quack")

class Duck(metaclass=DuckMeta):
    pass

class Robot:
    def quack(self):
        return "beep"

print(isinstance(Robot(), Duck), isinstance(3, Duck), issubclass(Robot, Duck), isinstance(Duck(), Duck))
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 3)
except TypeError as e:
    print("TypeError:", e)
