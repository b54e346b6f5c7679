# for over range, str, tuple, dict, dict.items(), enumerate() and zip().
for i in range(2, 11, 4):
    print("range", i)
for ch in "abc":
    print("str", ch, end=" ")
print()
for t in (1, "two", 3.0):
    print("tuple", repr(t))
ages = {"ann": 31, "bob": 27}
for key in ages:
    print("dict key", key)
for key, value in ages.items():
    print("item", key, value)
for index, word in enumerate(["x", "y"], 1):
    print("enumerate", index, word)
for left, right in zip([1, 2, 3], "ab"):
    print("zip", left, right)
