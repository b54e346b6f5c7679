# Assignment expressions (:=) bind a name inside an expression, in while loops and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list:", n)
items = list(data)
while (x := items.pop()) != 1:
    print("popped", x)
print("stopped at", x, items)
big = [y for v in data if (y := v * 10) > 30]
print(big, "y leaks from the comprehension:", y)
