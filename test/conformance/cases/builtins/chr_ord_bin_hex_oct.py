# Conversions between ints and text: chr, ord, bin, hex, oct, int with a base, format with base specs.
print(chr(65), chr(0x263A), ord("a"), ord("€"))
print(bin(10), hex(255), oct(8), bin(-5), hex(-255))
print(int("1010", 2), int("ff", 16), int("777", 8), int("z", 36), int("0x1f", 0))
print(format(255, "b"), format(255, "x"), format(255, "#o"), format(3.5, ".3f"))
print(repr("a'b"), ascii("é"), [ord(c) for c in "hey"], "".join([chr(104), chr(105)]))
int("12x")
