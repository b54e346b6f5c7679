# Descriptor classes: __set_name__ at class creation, data descriptors (__set__/__delete__) before the instance dict, non-data after.
class NonData:
    def __get__(self, obj, objtype=None):
        print("get", type(obj).__name__, objtype.__name__)
        return 42
class OnlySet:
    def __get__(self, obj, objtype=None):
        return "via get"
    def __set__(self, obj, value):
        print("set", value)
class OnlyDelete:
    def __get__(self, obj, objtype=None):
        return "d"
    def __delete__(self, obj):
        print("delete")
class C:
    nd = NonData()
    s = OnlySet()
    d = OnlyDelete()
c = C()
print(c.nd, C.nd)
c.nd = 1
print(c.nd)
c.s = 5
print(c.s)
del c.d
try:
    c.d = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.s
except AttributeError as e:
    print("AttributeError:", e)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Model:
    x = Field()
m = Model(); m.x = 5; print(m.x, Model.x.name)
