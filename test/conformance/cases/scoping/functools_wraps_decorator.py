# functools.wraps copies __name__, __doc__ and __wrapped__ onto a decorator's wrapper.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

@logged
def area(w, h):
    "Area of a rectangle."
    return w * h

print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(2, 2))

def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper

@plain
def vol(x):
    return x ** 3

print(vol(2), vol.__name__)
