# NameError at module level: the traceback has one frame; output printed before the error is kept.
count = 3
print("count is", count)
print("total is", totl)
print("not reached")
