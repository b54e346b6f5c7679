# A property with getter, setter and deleter; validation in the setter; read-only property errors.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("set", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
del t.celsius
print(hasattr(t, "_c"))
t.fahrenheit = 5
