# An error three calls deep: the traceback lists every frame, innermost last.
def parse(text):
    return int(text)

def load(values):
    out = []
    for v in values:
        out.append(parse(v))
    return out

def main():
    print(load(["1", "2"]))
    print(load(["3", "four"]))

main()
