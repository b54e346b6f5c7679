# Several starred and double-starred arguments in one call, including starred calls (*f(), *obj.m(), **g()).
def show(*args, **kwargs):
    return args, kwargs
def pair():
    return (7, 8)
def options():
    return {"z": 1}
class Box:
    def items(self):
        return [9]
box = Box()
print(show(1, *pair(), *box.items(), **options()))
print(show(*pair(), *(lambda: pair)()()))
print([*pair(), *box.items()], (*pair(), *pair()))
print(show(**options(), **{"q": 2}))
print(*pair(), *pair(), sep="-")
try:
    show(*pair(), **options(), **options())
except TypeError as e:
    print("TypeError:", e)
