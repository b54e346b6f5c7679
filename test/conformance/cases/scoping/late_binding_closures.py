# Closures capture variables, not values: lambdas made in a loop all see the last value unless bound as defaults.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])
comp = [lambda: j for j in range(3)]
print([f() for f in comp])
i = 100
print(funcs[0](), fixed[0]())
