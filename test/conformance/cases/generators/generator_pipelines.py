# Generators in practice: pipelines, a coroutine-style averager returning through StopIteration.value, yield from, close() running finally, throw().
import sys
def read_lines(n):
    for i in range(n):
        yield f"line {i}"
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield i, line
pipeline = numbered(read_lines(3))
print(type(pipeline).__name__, pipeline.__name__, pipeline.gi_running)
for item in pipeline:
    print(item)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(0))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
g = (i * i for i in range(4))
print(sum(g), list(g))
def countdown(n):
    try:
        while n:
            yield n
            n -= 1
    finally:
        print("closed at", n)
c = countdown(3)
print(next(c), next(c))
c.close()
print(list(countdown(2)))
def gen_exc():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
ge = gen_exc(); next(ge)
print(ge.throw(ValueError("bad")))
squares = {n: n * n for n in range(3)}
print(squares, sys.getsizeof(squares) > 0)
