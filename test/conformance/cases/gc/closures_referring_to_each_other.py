# Two nested functions that call each other share cells: the functions, cells and closure tuples form cycles.
import gc

def make_pair():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd

even, odd = make_pair()
print("even(10):", even(10), "odd(7):", odd(7))
print("cells:", len(even.__closure__), len(odd.__closure__))
del even
print("collect with odd bound:", gc.collect())
del odd
print("collect after del odd:", gc.collect())
