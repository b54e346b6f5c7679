# A class attribute list that holds the class: class -> its dict -> list -> class; the list adds one to the count.
import gc

class Registry:
    entries = []

gc.collect()
Registry.entries.append(Registry)
del Registry
print("collected:", gc.collect())
