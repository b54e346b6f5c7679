# The class statement builds its bases tuple before running the body: it holds the base meanwhile, then becomes __bases__
import sys

class Base:
    pass

print("before", sys.getrefcount(Base))

class Child(Base):
    print("in the body", sys.getrefcount(Base))

print("after", sys.getrefcount(Base))
print(Child.__bases__, sys.getrefcount(Child.__bases__))
