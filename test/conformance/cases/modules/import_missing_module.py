# Importing a module that does not exist raises ModuleNotFoundError, a subclass of ImportError.
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(issubclass(ModuleNotFoundError, ImportError))
import another_missing_module
