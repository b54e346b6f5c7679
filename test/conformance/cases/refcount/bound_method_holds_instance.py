# A bound method object holds a reference to its instance: keeping the method keeps the instance alive.
import sys

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello " + self.name
    def __del__(self):
        print("Greeter", self.name, "freed")

g = Greeter("ann")
print("instance:", sys.getrefcount(g))
m = g.greet
print("with bound method:", sys.getrefcount(g))
ms = [g.greet, g.greet]
print("with three bound methods:", sys.getrefcount(g))
del ms
del g
print("instance deleted, method still works:", m())
print("method's self refs:", sys.getrefcount(m.__self__))
del m
print("end")
