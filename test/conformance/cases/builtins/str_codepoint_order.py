# Strings compare and sort by code point, astral characters (above U+FFFF) after every BMP character.
s = ["\uffff", "\U0001F600", "z", "\ue000", "é", "\U00010000", "", "abc", "ab"]
print([hex(ord(c[0])) if c else "" for c in sorted(s)])
print("\uffff" < "\U0001F600", max(s) == "\U0001F600", min(s) == "", "ab" < "abc", "b" > "abc")
