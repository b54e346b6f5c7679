# A class attribute is one reference held by the class; reading it through instances adds none.
import sys

shared = ["shared"]
print("alone:", sys.getrefcount(shared))

class Config:
    settings = shared

print("as class attribute:", sys.getrefcount(shared))
instances = [Config(), Config(), Config()]
print("three instances:", sys.getrefcount(shared))
print("same object:", instances[0].settings is instances[2].settings is shared)
instances[0].settings = shared
print("shadowed on one instance:", sys.getrefcount(shared))
del instances[0].settings
print("shadow removed:", sys.getrefcount(shared))
Config.settings = None
print("class attribute rebound:", sys.getrefcount(shared))
