# KeyError shows the repr of the missing key.
prices = {"apple": 1.25, "pear": 0.8}
print("apple:", prices["apple"])
print("plum via get:", prices.get("plum"))
print("plum:", prices["plum"])
