# Diamond inheritance: super() follows the C3 MRO, so the shared base's __init__ runs once.
class Base:
    def __init__(self):
        print("Base.__init__")
        super().__init__()

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()

class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()

c = Child()
print([k.__name__ for k in Child.__mro__])
print(isinstance(c, Right), issubclass(Child, Base), issubclass(Base, Child))
class X: pass
class Y(X): pass
class Z(X, Y): pass
