# Deleting classes: a metaclass, a class using it, and a three-level hierarchy each go only when the collector runs.
import gc

def show(label):
    print(label, gc.collect())

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

class A:
    pass

class B(A):
    pass

class C(B):
    pass

gc.collect()  # a first collection untracks the classes' (object,) __bases__ tuples on every version
del WithMeta
show("class with a metaclass:")
del Meta
show("the metaclass:")
del C
show("leaf of a hierarchy:")
del A, B
show("the rest:")
