# try/except/else/finally, raise from, assert, bare raise, exception chaining in tracebacks.
import sys
def risky(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n * 10
for i in range(5):
    try:
        print(risky(i))
    except ValueError as e:
        print("caught", e, type(e).__name__, sys.getrefcount(e))
    else:
        print("else", i)
    finally:
        print("finally", i)
def f():
    try:
        return "from try"
    finally:
        print("cleanup runs")
print(f())
def g():
    for x in [1, 2, 3]:
        try:
            if x == 2:
                break
        finally:
            print("fin", x)
    return x
print(g())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as err:
    print(repr(err), repr(err.__cause__), err.__context__ is err.__cause__)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    [].pop()
except (KeyError, IndexError) as e:
    print("tuple match", e)
print('e' in dir() if False else 'ok')
def h():
    try:
        raise
    except RuntimeError as e:
        print(e)
h()
try:
    {}['k']
except KeyError:
    x = undefined
