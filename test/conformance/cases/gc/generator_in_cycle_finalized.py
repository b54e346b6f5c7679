# A suspended generator in a garbage cycle is closed by the collector: its finally block runs during gc.collect().
import gc

class Task:
    pass

def steps(task):
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup, task is", type(task).__name__)

t = Task()
t.gen = steps(t)
print("first step:", next(t.gen))
del t
print("collected:", gc.collect())
