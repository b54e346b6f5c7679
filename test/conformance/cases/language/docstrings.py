# Docstrings: a def keeps its own reference to one as __doc__; a class stores it in its namespace; a lambda has none.
import sys

def area(w, h):
    "Area of a rectangle."
    return w * h

def plain():
    text = "not a docstring"
    return text

class Shape:
    "A shape."
    def perimeter(self):
        """Sum of the sides."""
        return 0

print(area.__doc__, plain.__doc__, (lambda: "s").__doc__)
print(Shape.__doc__, Shape.perimeter.__doc__, Shape().__doc__, "__doc__" in vars(Shape))
doc = area.__doc__
print("while the function holds it:", sys.getrefcount(doc))
area.__doc__ = None
print("after replacing it:", sys.getrefcount(doc))
