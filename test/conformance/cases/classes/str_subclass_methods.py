# A str subclass: its own methods and attributes, while str operations return plain str objects.
class Tag(str):
    def wrap(self):
        return "<" + self + ">"

t = Tag("b")
t.level = 1
print(t, repr(t), t.wrap(), len(t), t.upper(), t == "b", t.level)
print(type(t + "x").__name__, type(t.upper()).__name__, type(str(t)).__name__, type(t[0]).__name__)
print({t: 1}["b"], "b" in {t}, hash(t) == hash("b"))

class Title(str):
    def __new__(cls, text):
        return super().__new__(cls, text.title())
    def __repr__(self):
        return "Title(" + super().__repr__() + ")"

h = Title("hello world")
print(h, repr(h), [h], f"{h}", isinstance(h, str))
