# NameError inside a function: the traceback shows the module frame and the function frame.
def area(width, height):
    return width * heigth

print("starting")
print(area(3, 4))
