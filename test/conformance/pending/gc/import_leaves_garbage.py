# Importing some pure-Python stdlib modules leaves cyclic garbage (classes made and deleted at import): 3.12+ only.
# conformance: not-for 3.14: pyodide imports these modules during its own start-up, so nothing is left to collect
import gc
import types
print("after import types:", gc.collect())
import functools
print("after import functools:", gc.collect())
import collections
print("after import collections:", gc.collect())
