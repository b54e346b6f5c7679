# import forms: from … import … as …, ModuleNotFoundError and ImportError as CPython words them.
from sys import getrefcount as rc, version_info
import gc as collector
print(rc([]), version_info[0], collector.isenabled())
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nope
except ImportError as e:
    print(e)
import no_such_module2
