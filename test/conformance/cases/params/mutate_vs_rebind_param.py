# Mutating a parameter changes the caller's object; rebinding the parameter does not affect the caller.
import sys

def add_item(lst):
    lst.append("added")

def replace(lst):
    lst = ["new"]
    return lst

data = ["orig"]
add_item(data)
print("after add_item:", data)
result = replace(data)
print("after replace:", data, result)
print("result is data:", result is data)
print("refs:", sys.getrefcount(data), sys.getrefcount(result))
