# A class attribute holding the class and an instance holding its class: collected only once both are gone.
import gc

class Singleton:
    pass

Singleton.instance = Singleton()
inst = Singleton.instance
del Singleton
print("collect while an instance is bound:", gc.collect())
print("class still reachable:", type(inst).__name__, type(inst).instance is inst)
del inst
print("collected with the class:", gc.collect())
print("again:", gc.collect())
