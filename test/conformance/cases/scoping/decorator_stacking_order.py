# Stacked decorators apply bottom-up at definition time and run top-down at call time; a decorator with state.
def tag(name):
    print("making decorator", name)
    def dec(fn):
        print("decorating", fn.__name__, "with", name)
        def wrapper(*args):
            print("enter", name)
            result = fn(*args)
            print("leave", name)
            return result
        return wrapper
    return dec

@tag("outer")
@tag("inner")
def work(x):
    print("work", x)
    return x * 2

print(work(21))

def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop():
    pass

noop(); noop(); noop()
print("calls:", noop.calls)
