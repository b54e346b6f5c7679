# gc.DEBUG_SAVEALL left on at exit: the shutdown collections save the module's objects in gc.garbage, so later __del__ methods never run.
# conformance: not-for 3.14: pyodide does not finalize the interpreter when the program ends
import gc


class Node:
    def __del__(self):
        print("__del__", self.name)


a = Node()
a.name = "cycle"
a.me = a
del a
b = Node()
b.name = "global"
c = Node()
c.name = "global cycle"
c.me = c
gc.set_debug(gc.DEBUG_SAVEALL)
print("end")
