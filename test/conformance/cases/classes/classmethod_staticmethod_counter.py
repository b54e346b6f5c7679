# classmethod as an alternative constructor that counts instances per class; staticmethod as a helper.
class Shape:
    created = 0
    def __init__(self, sides):
        self.sides = sides
        type(self).created += 1
    @classmethod
    def triangle(cls):
        return cls(3)
    @staticmethod
    def is_polygon(sides):
        return sides >= 3

class Square(Shape):
    pass

s = Shape.triangle()
q = Square.triangle()
Square(4)
print(Shape.created, Square.created, type(q).__name__, q.sides)
print(Shape.is_polygon(2), s.is_polygon(5), Square.is_polygon(4))
print(type(Shape.__dict__["triangle"]).__name__, type(Shape.__dict__["is_polygon"]).__name__)
print(Shape.triangle.__self__ is Shape, Square.triangle.__self__ is Square)
