# raise ... from ... sets __cause__: "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass

def read(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"missing {key}") from exc

s = {"a": 1}
print(read(s, "a"))
try:
    read(s, "b")
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
read(s, "c")
