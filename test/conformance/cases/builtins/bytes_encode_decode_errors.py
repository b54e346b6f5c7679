# str.encode / bytes.decode with UTF-8, ASCII and Latin-1 and the strict/ignore/replace error handlers
text = "naïve café €5"
data = text.encode()
print(data, len(text), len(data))
print(data.decode(), data.decode("utf-8") == text)
print(text.encode("ascii", "ignore"), text.encode("ascii", "replace"), text.encode("latin-1", "replace"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("ascii", "ignore"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"a\xffb\xfe".decode(errors="replace"))
for src, enc in [("é", "ascii"), ("ok €", "latin-1"), ("\ud800", "utf-8")]:
    try:
        src.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print(" ", e.encoding, e.start, e.end, e.reason)
for raw in [b"\xff", b"ab\xe2\x82", b"\xe2\x82a", b"\xed\xa0\x80"]:
    try:
        raw.decode("utf-8")
    except ValueError as e:
        print(type(e).__name__, e)
print(isinstance(UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"), ValueError))
b"caf\xe9 au lait".decode()
