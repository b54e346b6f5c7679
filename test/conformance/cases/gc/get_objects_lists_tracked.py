# gc.get_objects() lists every tracked object: a new list is there, an int or a dict of atoms is not.
import gc

items = [1, 2, 3]
config = {"debug": False}
number = 10 ** 20
everything = gc.get_objects()
print("list found:", any(o is items for o in everything))
print("dict of atoms found:", any(o is config for o in everything))
print("int found:", any(o is number for o in everything))
config["list"] = items
print("after storing a list:", any(o is config for o in gc.get_objects()))
