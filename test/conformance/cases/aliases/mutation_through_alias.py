# Mutating through one alias is visible through the others; mutation does not change the reference count.
import sys

scores = [90, 85]
alias = scores
print("before:", scores)
print("refs before:", sys.getrefcount(scores))
alias.append(70)
alias[0] = 95
print("after mutation via alias:", scores)
print("refs after:", sys.getrefcount(scores))
config = {"debug": False}
view = config
view["debug"] = True
view.update({"level": 3})
print("config:", config)
print("config refs:", sys.getrefcount(config))
