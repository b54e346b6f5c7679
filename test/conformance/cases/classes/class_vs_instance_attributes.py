# Class attributes are shared until an instance assigns its own; a mutable class attribute is shared by all.
class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)

a = Dog("rex")
b = Dog("fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks is Dog.tricks)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
print(sorted(vars(a)), sorted(vars(b)))
del a.kind
print(a.kind)
Dog.kind = "dog"
print(a.kind, b.kind)
print("kind" in vars(Dog), "name" in vars(Dog))
