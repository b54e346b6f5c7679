# AttributeError on a module: the traceback suggests the closest name in the module.
import operator
print(operator.add(1, 2))
print(operator.is_nt(1, 2))
