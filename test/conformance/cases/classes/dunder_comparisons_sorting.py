# __eq__ and __lt__ let sorted(), min() and max() order instances; != falls back to not __eq__.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(3, 12), Version(2, 7), Version(3, 9), Version(3, 12)]
print(sorted(vs))
print(min(vs), max(vs))
print(vs[0] == vs[3], vs[0] != vs[3], vs[0] is vs[3])
print(vs[1] < vs[2], vs[2] > vs[1])
print(vs.index(Version(3, 9)), vs.count(Version(3, 12)), Version(2, 7) in vs)
try:
    print(vs[0] <= vs[1])
except TypeError as e:
    print("TypeError:", e)
