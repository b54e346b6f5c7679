# sys.getsizeof of a list grows in steps as append over-allocates; a list display is exactly sized.
# conformance: not-for 3.14: pyodide is 32-bit; object sizes differ from 64-bit 3.14
import sys

lst = []
last = sys.getsizeof(lst)
print("empty:", last)
for i in range(20):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print("len", len(lst), "->", size)
        last = size
print("display of 3:", sys.getsizeof([1, 2, 3]), "tuple of 3:", sys.getsizeof((1, 2, 3)))
print("int sizes:", sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 100))
print("str sizes:", sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("é"), sys.getsizeof({}))
