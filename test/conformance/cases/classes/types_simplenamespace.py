# types.SimpleNamespace: attributes from keywords, a readable repr, equality by attributes; types names the built-in types.
import types

ns = types.SimpleNamespace(name="ada", level=3)
print(ns, ns.name, vars(ns))
ns.level += 1
ns.extra = [1]
del ns.name
print(ns, ns == types.SimpleNamespace(level=4, extra=[1]), ns != types.SimpleNamespace())
print(type(ns).__name__, type(ns), types.SimpleNamespace.__module__)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)

class Config(types.SimpleNamespace):
    pass

print(Config(debug=True), isinstance(Config(), types.SimpleNamespace))

def gen():
    yield 1

print(type(gen()) is types.GeneratorType, type(len) is types.BuiltinFunctionType, type(gen) is types.FunctionType)
print(types.LambdaType is types.FunctionType, types.ModuleType, type(types) is types.ModuleType)
mod = types.ModuleType("scratch", "A module made by hand.")
mod.value = 42
print(mod, mod.__name__, mod.__doc__, mod.value)
proxy = types.MappingProxyType({"a": 1})
print(proxy, proxy["a"], len(proxy), "a" in proxy)
try:
    proxy["b"] = 2
except TypeError as e:
    print("TypeError:", e)
