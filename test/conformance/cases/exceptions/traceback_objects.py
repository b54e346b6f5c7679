# Traceback objects: tb_frame/tb_lineno/tb_next, frames' f_code/f_lineno/f_back, sys.exc_info(), sys._getframe().
import sys, gc

def inner(x):
    local = [x]
    raise KeyError(x)

def outer():
    data = {"k": 1}
    inner(data)

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is e.__traceback__, type(tb2).__name__)
    print(sys.exception() is e)
    f = e.__traceback__.tb_next.tb_next.tb_frame
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
    del f, tb2, t, v
print(sys.exc_info(), sys.exception())


def who():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(who())
fr = sys._getframe()
print(fr.f_code.co_name, fr.f_lineno, fr.f_back)
try:
    sys._getframe(5)
except ValueError as e:
    print("ValueError:", e)
