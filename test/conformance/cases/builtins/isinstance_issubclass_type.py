# isinstance with tuples of types and inheritance; type() vs isinstance; bool is a subclass of int.
class Animal:
    pass

class Cat(Animal):
    pass

c = Cat()
print(isinstance(c, Animal), type(c) is Animal, type(c) is Cat)
print(isinstance(3, (str, int)), isinstance("s", (list, tuple)))
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(issubclass(Cat, (int, Animal)), issubclass(Cat, object), isinstance(Cat, type))
print(type(None).__name__, type(len).__name__, type(Cat.__init__).__name__, type(c.__init__).__name__)
print(isinstance(c, "Cat"))
