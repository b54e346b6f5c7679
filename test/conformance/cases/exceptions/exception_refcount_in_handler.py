# Refcount of an exception inside its handler, after saving it, and how its args hold the payload.
import sys

payload = ["detail"]
try:
    raise ValueError(payload)
except ValueError as e:
    print("handler:", sys.getrefcount(e))
    print("payload held by args:", sys.getrefcount(payload), e.args[0] is payload)
    saved = e
    print("saved:", sys.getrefcount(e))
print("after handler:", sys.getrefcount(saved))
del saved
print("exception gone, payload:", sys.getrefcount(payload))
