# Keyword arguments and defaults bind parameters to the same objects the caller passed.
import sys

def describe(name, items, sep=", ", prefix="-"):
    print(prefix, name + ":", sep.join(items))
    return sys.getrefcount(items)

words = ["a", "b", "c"]
print("positional:", describe("letters", words))
print("keywords:", describe(items=words, name="kw"))
print("override default:", describe("dashes", words, sep="-", prefix="*"))
print("after calls:", sys.getrefcount(words))
