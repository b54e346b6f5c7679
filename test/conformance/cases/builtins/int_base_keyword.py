# int() takes its base by keyword too; its argument errors per version.
print(int("101", base=2), int("ff", base=16), int("0x1f", base=0), int("z", base=36))
for call in (lambda: int(base=2), lambda: int("1", 2, base=2), lambda: int(5, base=2), lambda: int("1", bse=2)):
    try:
        call()
    except TypeError as e:
        print(e)
