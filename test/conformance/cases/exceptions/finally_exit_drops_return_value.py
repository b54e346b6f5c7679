# A break/continue in finally drops the try block's pending return value (the loop goes on or ends).
import sys
def f():
    for i in range(3):
        try:
            return [i]
        finally:
            break
    return "after"
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    x = [1, 2]
    for i in range(2):
        try:
            return x
        finally:
            continue
    return sys.getrefcount(x)
print(f(), g(), h())
