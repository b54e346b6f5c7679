# A list of lists: the inner lists are referenced by the outer slots, and by any name bound to them.
import sys

row = [0, 0]
grid = [row, [1, 1], [2, 2]]
print("row:", sys.getrefcount(row), "grid:", sys.getrefcount(grid))
grid[0].append(9)
print("row via grid:", row)
middle = grid[1]
print("middle:", sys.getrefcount(middle))
grid[1] = [7]
print("middle after replacing grid[1]:", sys.getrefcount(middle))
print("grid:", grid)
print("len:", len(grid), len(grid[0]))
