# gc.DEBUG_UNCOLLECTABLE left on at exit prints nothing: the shutdown collections find no uncollectable objects.
# conformance: not-for 3.14: pyodide does not finalize the interpreter when the program ends
import gc


class Node:
    def __del__(self):
        print("__del__ of", self.name)


a = Node()
a.name = "garbage cycle"
a.me = a
del a
b = Node()
b.name = "global"
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print("end of program")
