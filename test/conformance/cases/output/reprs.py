# str() and repr() of the built-in values the simulator supports.
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n"))
print([1, "a", 2.0, None, True], (1,), (), {})
print({"k": [1, (2, 3)], "s": "v"})
print(0.1 + 0.2, 1 / 3, 2.0, 1e16, 1e-5, 123456789.0 * 10)
print(-7 // 2, -7 % 2, 7 // -2, 2 ** 100)
print(str([1, "x"]), repr(["x"]), str("plain"), repr(3.0))
print(str(None), repr(None), str(False))
print([[]], [[1, [2, [3]]]], ([],))
