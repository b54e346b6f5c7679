# yield from delegates to a subgenerator and evaluates to its return value.
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from range(2)

print(list(outer()))

def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5]])))
