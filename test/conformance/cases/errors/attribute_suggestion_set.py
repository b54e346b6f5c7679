# hasattr and a misspelled method on sets and iterators: AttributeError with a suggestion.
s = {1}
try:
    s.ad(2)
except AttributeError as e:
    print(e)
print(hasattr(s, "x"), hasattr(iter([]), "y"), hasattr(enumerate([]), "z"))
s.ad(3)
