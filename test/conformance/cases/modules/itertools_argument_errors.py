# itertools compress, filterfalse, pairwise, groupby and combinations_with_replacement: argument errors as CPython words them.
import itertools
def attempt(label, f, groups=False):
    try:
        r = f()
        print(label, '->', [(k, list(g)) for k, g in r] if groups else list(r))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('itertools.compress(data=[1,2], selectors=[1,0])', lambda: itertools.compress(data=[1,2], selectors=[1,0]), False)
attempt('itertools.filterfalse(function=None, iterable=[])', lambda: itertools.filterfalse(function=None, iterable=[]), False)
attempt('itertools.pairwise(iterable=[1])', lambda: itertools.pairwise(iterable=[1]), False)
attempt('itertools.groupby(iterable=[1], key=None)', lambda: itertools.groupby(iterable=[1], key=None), True)
attempt("itertools.combinations_with_replacement(iterable='ab', r=2)", lambda: itertools.combinations_with_replacement(iterable='ab', r=2), False)
attempt('itertools.compress([1])', lambda: itertools.compress([1]), False)
attempt('itertools.pairwise()', lambda: itertools.pairwise(), False)
attempt('itertools.groupby()', lambda: itertools.groupby(), True)
attempt('itertools.filterfalse(None)', lambda: itertools.filterfalse(None), False)
attempt("itertools.combinations_with_replacement('ab', -1)", lambda: itertools.combinations_with_replacement('ab', -1), False)
attempt("itertools.combinations_with_replacement('ab')", lambda: itertools.combinations_with_replacement('ab'), False)
attempt('itertools.pairwise(1)', lambda: itertools.pairwise(1), False)
attempt('itertools.groupby(1)', lambda: itertools.groupby(1), True)
attempt('itertools.compress(1, [])', lambda: itertools.compress(1, []), False)
