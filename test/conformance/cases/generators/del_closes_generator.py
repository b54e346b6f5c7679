# Deleting a suspended generator closes it: GeneratorExit is raised at the yield and finally runs.
def reader(name):
    print("open", name)
    try:
        yield "line 1"
        yield "line 2"
    finally:
        print("close", name)

r = reader("a.txt")
print(next(r))
del r
print("after del")
for line in reader("b.txt"):
    print(line)
    break
print("after break")
unstarted = reader("c.txt")
del unstarted
print("unstarted generator: no output")
