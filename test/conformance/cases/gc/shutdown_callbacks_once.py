# At exit, gc.callbacks see the first shutdown collection (while the program's globals still exist), and only that one.
# conformance: not-for 3.14: pyodide does not finalize the interpreter when the program ends
import gc


def report(phase, info):
    print("callback:", phase, info)


class Node:
    def __del__(self):
        print("__del__ at exit")


n = Node()
n.me = n
del n
gc.callbacks.append(report)
print("end of program")
