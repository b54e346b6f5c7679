# type(x).__name__ and isinstance for the built-in types.
values = [1, 2.5, "s", True, None, [1], (1,), {"k": 1}, range(3)]
for v in values:
    print(type(v).__name__, repr(v))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(type(values).__name__, type(values[0] + values[1]).__name__)
