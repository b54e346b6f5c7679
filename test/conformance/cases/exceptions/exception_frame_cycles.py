# A frame that stores its own exception makes a cycle (exception -> traceback -> frame -> locals); gc frees it.
import sys, gc
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

def fail(tag):
    t = Tracked(tag)
    raise ValueError(tag)

def keep():
    try:
        fail("kept")
    except ValueError as e:
        return e

err = keep()
print("returned")
print(sys.getrefcount(err))
frame = err.__traceback__.tb_next.tb_frame
print(frame.f_code.co_name, sys.getrefcount(frame))
del frame
err = None
print("cleared")

def loop_handler():
    for i in range(2):
        try:
            fail(f"loop{i}")
        except ValueError:
            print("handled", i)
loop_handler()

def self_cycle():
    try:
        fail("cycle")
    except ValueError as e:
        me = e
    print("leaving self_cycle")
self_cycle()
print("after self_cycle")
print("gc found", gc.collect())

def gen():
    g = Tracked("gen local")
    yield 1
    raise RuntimeError("in gen")
try:
    for v in gen():
        pass
except RuntimeError as e:
    print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print("end")
