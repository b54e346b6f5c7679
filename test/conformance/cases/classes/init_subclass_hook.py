# __init_subclass__ runs in the base when a subclass is created, with the class statement's keyword arguments.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.__name__, "as", cls.plugin_name)

class Audio(Plugin, name="sound"):
    pass

class Video(Plugin):
    pass

class Clip(Video, name="clip"):
    pass

print(Plugin.registry, Audio.plugin_name, Clip.plugin_name, Video.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
try:
    class Bad(Plugin, name="bad", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"

print(Box[int], type(Box).__name__)
Made = type("Made", (Plugin,), {"x": 1})
print(Made.x, Made.plugin_name, Made.__module__, Made.__name__, Plugin.registry[-1])
