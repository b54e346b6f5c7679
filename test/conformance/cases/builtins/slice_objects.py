# slice objects: slice(), start/stop/step, indices(), comparison, errors, and slices in subscripts and assignment.
import sys
s = slice(1, 10, 2)
print(s, slice(5), slice(None), s.start, s.stop, s.step, type(s).__name__)
print([0,1,2,3,4,5,6,7,8,9,10][s], "abcdef"[slice(None, None, -1)], (1,2,3)[slice(1, None)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(s == slice(1, 10, 2), s < slice(2, 0), s != slice(1, 10))
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("slice()", lambda: slice())
attempt("slice(1,2,3,4)", lambda: slice(1,2,3,4))
attempt("slice(stop=1)", lambda: slice(stop=1))
attempt("indices(-1)", lambda: slice(1).indices(-1))
attempt("step 0", lambda: slice(None, None, 0).indices(3))
attempt("step 0 use", lambda: [1,2][::0])
attempt("indices('a')", lambda: slice('a').indices(3))
attempt("list[slice('a')]", lambda: [1,2][slice('a')])
attempt("s.start = 1", lambda: setattr(s, 'start', 1))
x = [1, 2, 3, 4]
x[slice(1, 3)] = ['a']
print(x, slice(1, 'x', [1]))
del x[slice(0, 1)]
print(x)
big = 10**30
print(slice(big).indices(5), repr(slice('a', 'b')))
print(sys.getrefcount(s))
print(isinstance(s, slice), slice.__name__)
y = [1, 2, 3]
print(y[:10**30], y[-10**30:], y[::10**30])
