# list.sort and sorted() arguments: keyword-only key/reverse, sorted() iterates first and lets sort() name bad keywords
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


numbers = [2, 1]
attempt("positional:", lambda: numbers.sort(1))
attempt("cmp=:", lambda: numbers.sort(cmp=1))
attempt("revers=:", lambda: numbers.sort(revers=True))
attempt("three keywords:", lambda: [].sort(key=None, reverse=False, cmp=1))
attempt("key not callable:", lambda: numbers.sort(key=1))
attempt("... on an empty list:", lambda: [].sort(key=1))
attempt("sorted():", lambda: sorted())
attempt("sorted(a, b):", lambda: sorted([1], [2]))
attempt("sorted(iterable=):", lambda: sorted(iterable=[1]))
attempt("sorted(gen, cmp=):", lambda: sorted((print("  iterated", i) for i in range(2)), cmp=1))
attempt("sorted(5):", lambda: sorted(5))
attempt("key=None:", lambda: sorted([3, 1], key=None))
for flag in (True, 0, 2**40, "yes", [], 1.5, None):
    attempt(f"reverse={flag!r}:", lambda: sorted([3, 1, 2], reverse=flag))
attempt("key raises:", lambda: sorted([1, 0], key=lambda x: 1 / x))
attempt("one item, key still called:", lambda: sorted([1], key=lambda x: print("  key", x)))
attempt("dicts:", lambda: sorted([{1: 2}, {3: 4}]))
attempt("sets (a partial order):", lambda: sorted([{1, 2}, {1}, {3}]))
