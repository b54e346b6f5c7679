# An object captured by a closure lives as long as the closure; deleting the closure frees it.
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

def make():
    r = Resource("captured")
    tmp = Resource("temporary")
    def use():
        return r.name
    return use

f = make()
print("make() returned; calling:", f())
g = f
del f
print("still alive through g:", g())
del g
print("end")
