# With gc disabled, shutdown finalizes the globals' objects in allocation order (no collection reordered them).
# conformance: not-for 3.14: pyodide runs the case without shutting its interpreter down, so no finalizers run at exit
import gc
gc.disable()
class A:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
d = [A(4), A(5)]
a = A(1)
t = (A(9), A(10))
e = A(6)
print("end")
