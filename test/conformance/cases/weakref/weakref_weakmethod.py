# weakref.WeakMethod holds a bound method's object and function weakly and rebuilds the method when called.
import sys
import weakref
class Button:
    def click(self):
        return "clicked"
b = Button()
def gone(wm):
    print("gone:", type(wm).__name__, wm())
wm = weakref.WeakMethod(b.click, gone)
print(wm()(), type(wm).__name__, isinstance(wm, weakref.ref), wm() == b.click)
print(weakref.getweakrefcount(b), sys.getrefcount(b))
wm2 = weakref.WeakMethod(b.click)
print(wm == wm2, hash(wm) == hash(wm2), wm is wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del b
print("after del:", wm(), wm == wm2, wm == wm)
