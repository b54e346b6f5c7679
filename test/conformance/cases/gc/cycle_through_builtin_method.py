# A list that stores its own bound append method: list -> builtin method -> list (its __self__).
import gc

log = []
log.append(log.append)
print("__self__ is log:", log[0].__self__ is log)
log[0]("entry")
print("len:", len(log))
del log
print("collected:", gc.collect())
