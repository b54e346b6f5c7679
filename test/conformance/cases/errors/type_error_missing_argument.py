# TypeError for a missing required argument, raised in a nested call.
def box(width, height, depth=1):
    return width * height * depth

def volume_of(dims):
    return box(dims[0])

print(box(2, 3), box(2, 3, depth=4))
print(volume_of([5, 6]))
