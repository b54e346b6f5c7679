# Lambdas made in a loop all close over the same cell; storing them in the list they refer to makes one big cycle.
import gc

def make():
    funcs = []
    for i in range(3):
        funcs.append(lambda: funcs)
    return funcs

fs = make()
print("shared cell:", fs[0].__closure__[0] is fs[2].__closure__[0])
print("they see the list:", fs[1]() is fs)
del fs
print("collected:", gc.collect())
