# types.MethodType binds a function to one instance; the bound method holds the instance.
import sys
import types

class Robot:
    def __init__(self, name):
        self.name = name

def speak(self):
    return "beep from " + self.name

r = Robot("r2")
print("refs before:", sys.getrefcount(r))
r.speak = types.MethodType(speak, r)
print(r.speak(), type(r.speak).__name__)
print("refs with method in own __dict__:", sys.getrefcount(r))
print(hasattr(Robot("c3"), "speak"))
