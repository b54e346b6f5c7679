# printf-style % formatting of bytes: %s takes only bytes-like objects, %r/%a give the ASCII repr, %c a byte
header = b"%s %d %s\r\n" % (b"HTTP/1.1", 200, b"OK")
print(header)
print(b"%-6s|%5.2f|%x|%03d" % (b"ab", 2.5, 255, 7), b"%c%c" % (72, b"i"), b"%r %a" % ("x", "é"))
print(bytearray(b"[%s]") % bytearray(b"ba"), b"%(name)s=%(n)d" % {b"name": b"k", b"n": 3}, b"100%%" % ())
for fmt, arg in [(b"%s", "text"), (b"%c", 256), (b"%d", b"1"), (b"%s %s", (b"one",)), (b"%s", (b"a", b"b"))]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%s and %r" % (b"str % bytes", bytearray(b"x")))
