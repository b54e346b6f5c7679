# f-strings with format specs: precision, conversion, alignment, width, thousands separator.
x = 3.14159
n = 1234567
name = "Ada"
print(f"{x:.2f}|{x:.0f}|{x:8.3f}|")
print(f"{name!r} {name:>8}|{name:<8}|{name:^9}|")
print(f"{n:,} {n:>12,} {-n:,}")
print(f"{12345.678:,.2f} {0.5:.3f} {-2.5:>7.1f}|")
items = [1, 2]
print(f"{items} {items!r} {len(items)} {items[0] + 10}")
print(f"{'nested'} {x * 2:.3f} {name.upper()} {{braces}}")
print(f"{True} {None} {3 > 2}")
