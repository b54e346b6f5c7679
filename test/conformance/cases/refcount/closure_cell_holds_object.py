# A closure keeps its captured object alive through a cell; the cell, not the frame, holds the reference.
import sys

def make_reader():
    buffer = ["data"]
    print("in outer, local + cell:", sys.getrefcount(buffer))
    def read():
        return buffer[0]
    return read

reader = make_reader()
cell = reader.__closure__[0]
print("cell contents:", cell.cell_contents)
print("refs while only the cell holds it:", sys.getrefcount(cell.cell_contents))
obj = cell.cell_contents
print("with a module-level name too:", sys.getrefcount(obj))
del reader, cell
print("closure gone, name only:", sys.getrefcount(obj))
