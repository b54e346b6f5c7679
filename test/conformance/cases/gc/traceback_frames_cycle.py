# Keeping sys.exc_info() in a local ties the frame to itself; deleting the local by hand avoids the cycle.
import gc
import sys

def keep_info():
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()
    return info[0].__name__

def drop_info():
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()
        name = info[0].__name__
        del info
    return name

gc.collect()
print(keep_info(), "-> collected:", gc.collect())
print(drop_info(), "-> collected:", gc.collect())
