# A function that stores itself as one of its own attributes: function -> __dict__ -> function.
import gc
import sys

def tool():
    return "used"

print("refs before:", sys.getrefcount(tool))
tool.me = tool
print("refs after tool.me = tool:", sys.getrefcount(tool))
print("attributes:", list(tool.__dict__))
del tool
print("collected:", gc.collect())
