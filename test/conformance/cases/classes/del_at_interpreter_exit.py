# Objects still alive when the program ends are finalized at interpreter shutdown: __del__ runs after the last line.
# conformance: not-for 3.14: pyodide runs the case without shutting its interpreter down, so no finalizers run at exit
class A:
    def __init__(s, n): s.n = n
    def __del__(s): print('del', s.n)
a = A(1); b = A(2); _c = A(3); d = [A(4), A(5)]; e = A(6)
x = {'k': A(7)}
__dunder = A(8)
print('end')
