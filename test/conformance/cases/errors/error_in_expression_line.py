# Errors inside longer expressions: the traceback marks the failing part of the line.
data = {"a": [1, 2], "b": []}
first = data["a"][0] + data["a"][1]
print("first:", first)
last = data["a"][1] + data["b"][0]
print("not reached", last)
