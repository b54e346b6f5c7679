# The AttrDict pattern: a dict subclass whose __getattr__/__setattr__/__delattr__ use its items; __getattr__ only for misses.
import sys
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
    def __delattr__(self, name):
        del self[name]
cfg = AttrDict(host="localhost")
cfg.port = 8080
print(cfg, cfg.host, cfg.port, len(cfg), hasattr(cfg, "missing"), getattr(cfg, "missing", None))
del cfg.port
print(cfg, cfg.keys(), vars(cfg) if hasattr(cfg, "__dict__") else None)
value = ["shared"]
cfg.v = value
print(sys.getrefcount(value), cfg["v"] is value)
try:
    cfg.nope
except AttributeError as e:
    print("AttributeError:", e)
class Upper(str):
    def __getattr__(self, name):
        return name.upper()
u = Upper("x")
print(u.anything, u.upper(), u.__class__.__name__)
