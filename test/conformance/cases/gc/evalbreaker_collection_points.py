# When an automatic collection runs: inside the allocation on 3.11; from 3.12 at the next eval-breaker check (a backward jump, a function's start, a resumed yield, the end of a call of a C function), so gc.callbacks see it at different moments.
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
starts = []
keep = []
def watch(phase, info):
    if phase == "start":
        starts.append((info["generation"], len(keep)))
gc.callbacks.append(watch)
for i in range(2500):
    keep.append([])
print("loop of appends:", starts)
starts.clear()
keep = []
made = list(map(list, [()] * 2500))
print("one C call making 2500 lists:", starts)
starts.clear()
def make():
    while True:
        keep.append([])
        yield len(keep)
def outer():
    yield from make()
g = outer()
for _ in range(2500):
    g.send(None)
print("generator through yield from:", starts)
gc.callbacks.remove(watch)
