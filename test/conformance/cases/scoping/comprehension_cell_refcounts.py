# The cell a comprehension's lambdas share is held by each closure; the cell holds only the last item.
import sys

def cells():
    data = [object(), object(), object()]
    fs = [lambda: item for item in data]
    cell = fs[0].__closure__[0]
    print("one cell:", all(f.__closure__[0] is cell for f in fs))
    print("cell refs:", sys.getrefcount(cell))
    print("first item refs:", sys.getrefcount(data[0]), "last item refs:", sys.getrefcount(data[2]))
    del fs
    print("after del fs:", sys.getrefcount(cell), sys.getrefcount(data[2]))
    del cell
    print("after del cell:", sys.getrefcount(data[2]))

def generator_in_comprehension():
    rows = [list(x * i for x in range(3)) for i in range(3)]
    return rows

cells()
print(generator_in_comprehension())
