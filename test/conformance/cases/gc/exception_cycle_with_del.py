# An exception kept alive through its traceback's frame: the __del__ of an object in that frame runs at gc.collect().
import gc

class Guard:
    def __del__(self):
        print("Guard.__del__")

def work():
    g = Guard()
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    return "done"

print(work())
print("collected:", gc.collect())
