# A class holds its base three times (__base__, __bases__, __mro__); __subclasses__() lists live subclasses; deleting one needs gc.
import gc
import sys

class Base:
    pass

print("base refs:", sys.getrefcount(Base))

class A(Base):
    pass

class B(Base):
    pass

print("with two subclasses:", sys.getrefcount(Base))
print(Base.__subclasses__(), A.mro(), int.mro())
del A
print("after del A:", sys.getrefcount(Base))
print("collected:", gc.collect() > 0, "base refs:", sys.getrefcount(Base))
print(Base.__subclasses__())
try:
    Base.nothing
except AttributeError as e:
    print("AttributeError:", e)
