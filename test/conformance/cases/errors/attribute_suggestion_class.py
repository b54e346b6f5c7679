# AttributeError on a class: the traceback's 'Did you mean' looks through the class and its bases.
import math, operator
class K:
    colour = 1
    def method(self):
        pass
for thunk in (lambda: math.sqr, lambda: operator.is_nt, lambda: K.color, lambda: K.methd, lambda: math.zzzzzz):
    try:
        thunk()
    except AttributeError as e:
        print(e)
print(K.colr)
