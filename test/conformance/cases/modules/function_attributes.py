# A function's __dict__ appears when first used; __doc__ and __module__ are references the function holds.
import sys

def area(w, h):
    "Area of a rectangle."
    return w * h

doc = area.__doc__
print(doc, sys.getrefcount(doc))
area.unit = [ "cm2" ]
print(area.__dict__, sys.getrefcount(area.unit))
vars(area)["scale"] = 2
print(area.scale, sorted(vars(area)))
del area.unit
print(area.__dict__)
area.__doc__ = "Changed."
print(area.__doc__, sys.getrefcount(doc))
del area.__doc__
print(area.__doc__)
area.__name__ = "surface"
print(area.__name__, area.__qualname__, repr(area).split()[1])
for bad in ("__name__", "__dict__"):
    try:
        setattr(area, bad, 1)
    except TypeError as e:
        print("TypeError:", e)
try:
    del area.missing
except AttributeError as e:
    print("AttributeError:", e)
