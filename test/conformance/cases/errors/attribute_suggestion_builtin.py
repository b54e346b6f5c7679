# AttributeError on built-in objects, with the traceback's 'Did you mean' from the type's attributes.
x = [1]
y = "s"
for t in (lambda: x.apend, lambda: y.uper, lambda: (5).bitlength, lambda: {}.item, lambda: {1}.ad, lambda: (1.5).is_int):
    try:
        t()
    except AttributeError as e:
        print(e)
x.apend(2)
