# A return in finally overrides the try block's return and swallows a pending exception (3.14 warns, PEP 765).
def f():
    try:
        return "try"
    finally:
        return "finally"

def g():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

print(f())
print(g())
