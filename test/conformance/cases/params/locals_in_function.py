# A local variable is a reference held by the frame; aliases inside the function add more.
import sys

def one_local():
    x = [1]
    return sys.getrefcount(x)

def local_and_alias():
    x = [1]
    y = x
    return sys.getrefcount(x)

def local_in_list():
    x = [1]
    box = [x, x]
    return sys.getrefcount(x)

print("one local:", one_local())
print("local plus alias:", local_and_alias())
print("local held by a list twice:", local_in_list())
