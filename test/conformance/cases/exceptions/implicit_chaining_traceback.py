# An exception raised inside an except block chains the first one: "During handling of the above exception...".
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError:
        raise RuntimeError("could not load " + repr(text))

print(load("12"))
load("x1")
