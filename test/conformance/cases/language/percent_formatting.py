# printf-style % formatting: %s %r %d %5.2f %x %%, tuples and dict mappings.
name, n, x = "ann", 42, 3.14159
print("%s is %d" % (name, n))
print("%r|%5d|%-5d|%05d" % (name, n, n, n))
print("%.2f|%8.3f|%e|%g" % (x, x, x, x))
print("%x %X %o %c %%" % (255, 255, 8, 65))
print("%(a)s and %(b)s" % {"a": 1, "b": [2]})
print("single %s" % "value", "tuple %s" % ((1, 2),))
print("%s" % (1, 2))
