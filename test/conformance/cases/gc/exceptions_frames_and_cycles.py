# When exceptions, tracebacks and frames make cycles: a returned exception or a frame stored in its own local does.
import gc
import sys


def show(label):
    print(label, gc.collect())



# exception caught at module level and kept
try:
    1 / 0
except ZeroDivisionError as e:
    kept = e
show("module-level kept exception (no cycle):")
del kept
show("after del:")
# traceback through two frames kept in a local
def inner():
    raise ValueError

def outer():
    try:
        inner()
    except ValueError as e:
        err = e
    return err
x = outer()
show("returned exception:")
del x
show("after del:")
# generator that raised and is kept
def g():
    yield 1
    raise KeyError
gen = g()
next(gen)
try:
    next(gen)
except KeyError as e:
    ke = e
show("gen after raise:")
del gen, ke
show("after del:")
# closure capturing an exception
def capture():
    try:
        raise TypeError
    except TypeError as e:
        saved = e
        return lambda: saved
f = capture()
show("closure over exception:")
del f
show("after del:")
# frame via sys._getframe stored
def frame_keeper():
    fr = sys._getframe()
    return 1
frame_keeper()
show("frame kept in its own local:")
