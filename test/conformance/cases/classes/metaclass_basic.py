# A metaclass's __new__ runs when the class statement executes; type(C) is the metaclass.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

class Plugin(metaclass=Registry):
    pass

class Audio(Plugin):
    pass

print(Registry.classes, type(Audio).__name__, type(Registry).__name__)
print(isinstance(Audio, type), type(type).__name__)
C = type("Dynamic", (object,), {"x": 1})
print(C.__name__, C().x)
