# Class-body annotations: SETUP_ANNOTATIONS makes the class's __annotations__ dict before its docstring; values still become class attributes.
# conformance: not-for 3.14: the simulator does not run 3.14's deferred class-body annotations yet (README, Not yet)
import sys
class Unit:
    pass
class Config:
    """Settings."""
    name: str = "default"
    retries: int = 3
    owner: Unit
    if True:
        nested: float = 1.5
print(list(Config.__dict__)[:5])
print(Config.__annotations__)
print(Config.name, Config.retries, hasattr(Config, "owner"), Config.nested)
print("Unit refs:", sys.getrefcount(Unit))
