# __new__ creates the instance before __init__; a singleton returns the same object every time.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__", value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

u = Upper("shout")
print(u, type(u).__name__, isinstance(u, str), len(u))
