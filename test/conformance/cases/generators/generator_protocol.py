# Generators: next/send/throw/close, yield from, generator expressions, finally on del, PEP 479.
import sys
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
g = count_up(3)
print(type(g).__name__, next(g), next(g), list(g))
print(sum(x * x for x in range(10)), list(x for x in "abc" if x != "b"))
def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("closing with", received)
e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("got", result)
    yield 3
print(list(outer()))
def keeper():
    data = [1, 2, 3]
    yield sys.getrefcount(data)
    yield "after"
k = keeper()
print(next(k))
del k
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
w = with_finally()
print(next(w))
del w
print("after del")
gen_sizes = (i for i in range(3))
print(next(gen_sizes), next(gen_sizes), next(gen_sizes), next(gen_sizes, "exhausted"))
def thrower():
    try:
        yield 1
    except ValueError as err:
        yield "caught " + str(err)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
def stops():
    yield 1
    raise StopIteration
try:
    list(stops())
except RuntimeError as err:
    print("RuntimeError:", err)
