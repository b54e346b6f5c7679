# sort(key=...) calls the key once per item, in list order, before comparing; keys are released after (or on error, last first)
import sys


class Key:
    def __init__(self, v, name):
        self.v = v
        self.name = name

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}? (refcount {sys.getrefcount(self)})")
        return self.v < other.v

    def __del__(self):
        print("  released", self.name)


def make_key(word):
    print("  key", word, "| len(words) =", len(words))
    return Key(len(word), "k_" + word)


words = ["pear", "fig", "banana", "kiwi"]
print("sort by length:")
words.sort(key=make_key)
print(words)


def bad_key(word):
    if word == "banana":
        raise LookupError("no key for " + word)
    return Key(len(word), "b_" + word)


print("key that raises:")
try:
    words.sort(key=bad_key)
except LookupError as e:
    print("LookupError:", e)
print(words)
print("sorted with key and reverse:", sorted(words, key=make_key, reverse=True))
