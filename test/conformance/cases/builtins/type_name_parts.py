# A built-in type's __name__ is the part of its C name after the last dot; __module__ is the part before.
import sys, itertools, operator
for t in (type(sys.stdout), int, type(iter([])), type(itertools.count()), type(operator.itemgetter(1)), type(print)):
    print(t.__name__, t.__qualname__, t.__module__, t)
class K:
    class Inner:
        pass
print(K.Inner.__name__, K.Inner.__qualname__, K.Inner.__module__)
