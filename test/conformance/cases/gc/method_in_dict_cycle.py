# A dict of callbacks holding bound methods of the object that owns the dict: object -> dict -> method -> object.
import gc

class Controller:
    def __init__(self):
        self.handlers = {"start": self.start, "stop": self.stop}
    def start(self):
        return "started"
    def stop(self):
        return "stopped"

c = Controller()
print(c.handlers["start"](), c.handlers["stop"]())
del c
print("collected:", gc.collect())
