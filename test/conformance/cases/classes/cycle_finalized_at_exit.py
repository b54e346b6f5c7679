# A cycle still alive at exit: shutdown's collection finalizes both objects (each __del__ once).
# conformance: not-for 3.14: pyodide runs the case without shutting its interpreter down, so no finalizers run at exit
class A:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
a = A(1)
b = A(2)
a.other = b; b.other = a
c = A(3)
print('end')
