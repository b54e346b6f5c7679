# callable() for functions, built-ins, bound methods, classes, instances with __call__ and native callables.
import operator, functools, itertools, math
class C:
    def __call__(self):
        return 1
class D:
    pass
print(callable(print), callable(len), callable([].append), callable(str.upper), callable(C()), callable(D()), callable(C), callable(1))
print(callable(operator.itemgetter(1)), callable(functools.partial(print, 1)), callable(math.sqrt), callable(abs))
print(callable(lambda: 0), callable(itertools.count()), callable(None), callable("x".join), callable(object()))
