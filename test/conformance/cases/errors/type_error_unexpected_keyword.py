# TypeError for a keyword argument the function does not accept.
def scale(value, factor=2):
    return value * factor

print(scale(4), scale(4, factor=3))
print(scale(4, fator=3))
