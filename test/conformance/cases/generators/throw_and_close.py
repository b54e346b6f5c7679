# throw() raises inside the generator at its yield; close() raises GeneratorExit so finally blocks run.
def worker():
    try:
        while True:
            try:
                job = yield "ready"
                print("got job", job)
            except ValueError as e:
                print("handled inside:", e)
    finally:
        print("worker cleanup")

w = worker()
print(next(w))
print(w.send("a"))
print(w.throw(ValueError("bad job")))
w.close()
print("closed; next gives", next(w, "nothing"))
