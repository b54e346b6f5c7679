# A generator function returns a generator; each next() resumes it until the next yield; StopIteration at the end.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("finished")

g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g), next(g))
print(next(g, "exhausted"))
print(list(countdown(2)))
for v in countdown(1):
    print("loop got", v)
next(g)
