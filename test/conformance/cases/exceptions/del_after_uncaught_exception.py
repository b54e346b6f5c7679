# An uncaught exception: the traceback is printed, then shutdown still runs the finalizers of live objects.
# conformance: not-for 3.14: pyodide runs the case without shutting its interpreter down, so no finalizers run at exit
class A:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
a = A(1)
b = A(2)
raise ValueError("x")
