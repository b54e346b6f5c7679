# An exception with add_note() in a self-cycle: the exception, its __dict__ and the __notes__ list are collected.
import gc

try:
    raise ValueError("x")
except ValueError as ex:
    ex.add_note("note")
    saved = ex
saved.me = saved
print("notes:", saved.__notes__)
del saved
print("collected:", gc.collect())
