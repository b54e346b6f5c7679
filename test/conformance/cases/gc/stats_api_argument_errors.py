# The gc functions' argument errors: METH_NOARGS / METH_O wording, clinic keyword errors, int conversions and range checks.
# conformance: not-for 3.14: pyodide is 32-bit, so a C long is 32 bits and set_threshold's overflow messages differ from 64-bit CPython
import gc
threshold = gc.get_threshold()
calls = [
    ('gc.get_objects(3)', lambda: gc.get_objects(3)),
    ('gc.get_objects(-1)', lambda: gc.get_objects(-1)),
    ('gc.get_objects(-2)', lambda: gc.get_objects(-2)),
    ("gc.get_objects('a')", lambda: gc.get_objects('a')),
    ('gc.get_objects(1, 2)', lambda: gc.get_objects(1, 2)),
    ('gc.get_objects(generation=5)', lambda: gc.get_objects(generation=5)),
    ('gc.get_objects(gen=1)', lambda: gc.get_objects(gen=1)),
    ('gc.get_objects(None)', lambda: gc.get_objects(None)),
    ('gc.get_objects(1.5)', lambda: gc.get_objects(1.5)),
    ('gc.get_objects(True)', lambda: gc.get_objects(True)),
    ('gc.is_finalized()', lambda: gc.is_finalized()),
    ('gc.is_finalized(1, 2)', lambda: gc.is_finalized(1, 2)),
    ('gc.is_finalized(obj=1)', lambda: gc.is_finalized(obj=1)),
    ('gc.is_tracked()', lambda: gc.is_tracked()),
    ('gc.is_tracked(1, 2)', lambda: gc.is_tracked(1, 2)),
    ('gc.is_tracked(obj=1)', lambda: gc.is_tracked(obj=1)),
    ('gc.get_freeze_count(1)', lambda: gc.get_freeze_count(1)),
    ('gc.freeze(1)', lambda: gc.freeze(1)),
    ('gc.unfreeze(1)', lambda: gc.unfreeze(1)),
    ('gc.get_freeze_count(x=1)', lambda: gc.get_freeze_count(x=1)),
    ('gc.set_threshold()', lambda: gc.set_threshold()),
    ('gc.set_threshold(1, 2, 3, 4)', lambda: gc.set_threshold(1, 2, 3, 4)),
    ("gc.set_threshold('a')", lambda: gc.set_threshold('a')),
    ('gc.set_threshold(1.5)', lambda: gc.set_threshold(1.5)),
    ('gc.set_threshold(2**31)', lambda: gc.set_threshold(2**31)),
    ('gc.set_threshold(-2**31-1)', lambda: gc.set_threshold(-2**31-1)),
    ('gc.set_threshold(threshold0=1)', lambda: gc.set_threshold(threshold0=1)),
    ('gc.set_threshold(2**64)', lambda: gc.set_threshold(2**64)),
    ('gc.get_threshold(1)', lambda: gc.get_threshold(1)),
    ('gc.get_count(1)', lambda: gc.get_count(1)),
    ('gc.get_stats(1)', lambda: gc.get_stats(1)),
    ('gc.get_stats(x=1)', lambda: gc.get_stats(x=1)),
    ('gc.isenabled(1)', lambda: gc.isenabled(1)),
    ('gc.enable(1)', lambda: gc.enable(1)),
    ('gc.disable(1)', lambda: gc.disable(1)),
    ('gc.collect(3)', lambda: gc.collect(3)),
    ('gc.collect(-1)', lambda: gc.collect(-1)),
    ("gc.collect('a')", lambda: gc.collect('a')),
    ('gc.collect(1, 2)', lambda: gc.collect(1, 2)),
    ('gc.collect(gen=1)', lambda: gc.collect(gen=1)),
    ('gc.collect(1.5)', lambda: gc.collect(1.5)),
    ('gc.collect(2**70)', lambda: gc.collect(2**70)),
    ('gc.collect(generation=None)', lambda: gc.collect(generation=None)),
    ('gc.set_debug()', lambda: gc.set_debug()),
    ("gc.set_debug('a')", lambda: gc.set_debug('a')),
    ('gc.set_debug(flags=1)', lambda: gc.set_debug(flags=1)),
    ('gc.set_debug(1, 2)', lambda: gc.set_debug(1, 2)),
    ('gc.set_debug(2**70)', lambda: gc.set_debug(2**70)),
    ('gc.get_debug(1)', lambda: gc.get_debug(1)),
    ('gc.get_referents(x=1)', lambda: gc.get_referents(x=1)),
    ('gc.get_referrers(x=1)', lambda: gc.get_referrers(x=1)),
]
for text, call in calls:
    try:
        r = call()
        print(text, "->", "list" if isinstance(r, list) else r)
    except Exception as e:
        print(text, "!!", type(e).__name__ + ":", e)
gc.set_threshold(*threshold)
gc.set_debug(0)
gc.enable()
