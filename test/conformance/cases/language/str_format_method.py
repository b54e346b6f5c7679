# str.format: positional, indexed and keyword fields, attribute and index access, conversions and specs.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age:>4}".format(name="bob", age=7))
print("{0[1]} {0[0]}".format(["x", "y"]))
print("{!r} {!s} {:^9} {:08.3f} {:,}".format("q", "q", "mid", 3.14159, 1234567))
print("{{literal}} {}".format("braces"))
print("{:b} {:o} {:x} {:#x} {:+d}".format(10, 10, 255, 255, 5))
fmt = "{} {}"
print(fmt.format("only one"))
