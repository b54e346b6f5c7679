# sys.set_int_max_str_digits: the 4300-digit limit on int<->str conversion, raising it, turning it off, and power-of-two bases.
import sys
big = 10 ** 5000
print(sys.get_int_max_str_digits())
try:
    print(big)
except ValueError as e:
    print("print:", e)
print(len(hex(big)), len(bin(2 ** 20000)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), len(repr(big)), len(f"{big}"))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)), int("7" * 7000) % 10)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
