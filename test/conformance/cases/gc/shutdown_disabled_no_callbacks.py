# With gc disabled, interpreter shutdown skips the collection that calls gc.callbacks; __del__ of a cycle still runs.
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
gc.disable()
print("end of program")
