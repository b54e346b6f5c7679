# gc.get_referrers(obj): every tracked object whose traverse visits obj — containers, instances, the module's globals; a function's locals are not objects.
import gc
class Box:
    pass
x = [1]
holder = [x]
b = Box()
b.item = x
d = {"k": x}
t = (x,)
def show(o):
    out = []
    for r in gc.get_referrers(o):
        if r is show.__globals__:
            out.append("globals")
        elif isinstance(r, dict):
            out.append("dict " + str(sorted(r)))
        else:
            out.append(type(r).__name__)
    return sorted(out)
print(show(x))
print(show(Box))
def f():
    local = [2]
    return show(local)
print(f())
