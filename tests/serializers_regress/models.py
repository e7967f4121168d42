"""
The polls schema of the serialization proposal, the running example of
docs/topics/serialization.txt.
"""

import datetime
import uuid

import django
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)


class Tag(models.Model):
    name = models.CharField(max_length=50)


class Poll(models.Model):
    question = models.CharField(max_length=200)
    pub_date = models.DateTimeField("date published")
    creator = models.ForeignKey(Author, models.CASCADE)
    valid_for = models.IntegerField()
    tags = models.ManyToManyField(Tag)

    @property
    def till_date(self):
        return self.pub_date + datetime.timedelta(days=self.valid_for)


class Choice(models.Model):
    poll = models.ForeignKey(Poll, models.CASCADE, related_name="choices")
    choice = models.CharField(max_length=200)
    votes = models.IntegerField()


class FeaturedPoll(Poll):
    headline = models.CharField(max_length=100)


class Book(models.Model):
    isbn = models.CharField(max_length=13, primary_key=True)
    title = models.CharField(max_length=100)


class SponsoredPoll(FeaturedPoll):
    """The third level of a multi-table chain; tags is the top parent's M2M."""

    sponsor = models.CharField(max_length=100)


class RecentPoll(Poll):
    class Meta:
        proxy = True


class Gadget(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4)
    name = models.CharField(max_length=50)


class Seat(models.Model):
    pk = models.CompositePrimaryKey("row", "number")
    row = models.CharField(max_length=2)
    number = models.IntegerField()
    price = models.DecimalField(max_digits=6, decimal_places=2)


class Gauge(models.Model):
    """Values for extras: methods with and without arguments, failures."""

    level = models.IntegerField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loaded_at = "init"

    @property
    def doubled(self):
        return self.level * 2

    @property
    def ratio(self):
        return 100 / self.level

    def summary(self):
        return {"level": self.level, "ok": self.level > 0, "parts": [1.5, None]}

    def scaled(self, factor):
        return self.level * factor


class Reading(models.Model):
    """Methods Django adds: get_unit_display(), get_next_by_taken()."""

    unit = models.CharField(
        max_length=2, choices=[("mm", "millimetres"), ("in", "inches")]
    )
    taken = models.DateField()


class Category(models.Model):
    """A self-referencing, nullable key: loops, and cycles that load."""

    name = models.CharField(max_length=50)
    parent = models.ForeignKey(
        "self", models.CASCADE, null=True, blank=True, related_name="children"
    )


class Profile(models.Model):
    author = models.OneToOneField(Author, models.CASCADE, related_name="profile")
    bio = models.TextField()


class Club(models.Model):
    name = models.CharField(max_length=50)
    members = models.ManyToManyField(Author, through="Membership")


class Membership(models.Model):
    club = models.ForeignKey(Club, models.CASCADE)
    author = models.ForeignKey(Author, models.CASCADE)
    role = models.CharField(max_length=20, default="member")


class Link(models.Model):
    """A non-nullable self-reference: a cycle of them cannot be ordered."""

    name = models.CharField(max_length=20)
    next = models.ForeignKey("self", models.CASCADE, related_name="previous")


class Span(models.Model):
    """A key whose value isn't written as str() writes it."""

    length = models.DurationField(primary_key=True)


class VisibleLabels(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(hidden=False)


class Label(models.Model):
    """A default manager that filters, and an ordering, that M2M keys obey."""

    name = models.CharField(max_length=20)
    hidden = models.BooleanField(default=False)

    objects = VisibleLabels()

    class Meta:
        ordering = ["-name"]


class Shelf(models.Model):
    """Many-to-many fields to keys of every kind."""

    name = models.CharField(max_length=20)
    books = models.ManyToManyField(Book)
    gadgets = models.ManyToManyField(Gadget)
    spans = models.ManyToManyField(Span)
    labels = models.ManyToManyField(Label)


class ShoutField(models.CharField):
    """A field whose SQL depends on its value, as geometry fields' does."""

    def placeholder(self, value):
        return "UPPER(%s)" if value and value.endswith("!") else "%s"

    if django.VERSION >= (6, 1):
        # Django 6.1 deprecates get_placeholder(); its own fields define only
        # get_placeholder_sql().
        def get_placeholder_sql(self, value, compiler, connection):
            return self.placeholder(value), (value,)

    else:

        def get_placeholder(self, value, compiler, connection):
            return self.placeholder(value)


class Note(models.Model):
    text = ShoutField(max_length=20)


class PositiveManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(pk__gt=0)


class Memo(models.Model):
    """A base manager that filters: save() updates through it."""

    text = models.CharField(max_length=20)

    objects = models.Manager()
    positive = PositiveManager()

    class Meta:
        base_manager_name = "positive"


class BadgeManager(models.Manager):
    def get_by_natural_key(self, code):
        return self.get(code=code)


class Badge(models.Model):
    """A natural key, and relations to itself that nest a badge twice."""

    code = models.CharField(max_length=20, unique=True)
    parent = models.ForeignKey(
        "self", models.CASCADE, null=True, related_name="children"
    )
    friends = models.ManyToManyField("self")

    objects = BadgeManager()

    def natural_key(self):
        return (self.code,)


class Holder(models.Model):
    """A key to a natural key model, without a natural key of its own."""

    name = models.CharField(max_length=20)
    badge = models.ForeignKey(Badge, models.CASCADE)


class SignedField(models.CharField):
    """A field whose text reads another field of the object."""

    def value_to_string(self, obj):
        return f"{self.value_from_object(obj)} ({obj.name})"


class Sample(models.Model):
    """A value of each kind of field, written from rows (see dump_rows())."""

    name = models.CharField(max_length=20)
    signed = SignedField(max_length=20, null=True)
    flag = models.BooleanField(null=True)
    amount = models.DecimalField(max_digits=8, decimal_places=3, null=True)
    ratio = models.FloatField(null=True)
    span = models.DurationField(null=True)
    uid = models.UUIDField(null=True)
    data = models.JSONField(null=True)
    blob = models.BinaryField(null=True)
    day = models.DateField(null=True)
    time = models.TimeField(null=True)
    moment = models.DateTimeField(null=True)
    address = models.GenericIPAddressField(null=True)
    author = models.ForeignKey(Author, models.SET_NULL, null=True)
    book = models.ForeignKey(Book, models.SET_NULL, null=True)
    tags = models.ManyToManyField(Tag)
    members = models.ManyToManyField(Author, through="Enrolment", related_name="+")


class Enrolment(models.Model):
    sample = models.ForeignKey(Sample, models.CASCADE)
    author = models.ForeignKey(Author, models.CASCADE)


class Attachment(models.Model):
    """A field whose value isn't its column's: a FieldFile."""

    name = models.CharField(max_length=20)
    upload = models.FileField(upload_to="attachments")


class BuiltSample(Sample):
    """A model that sets up its objects itself."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = self.name.upper()


class Tally(models.Model):
    """Integer fields of every size, whose range the database sets."""

    small = models.SmallIntegerField(default=0)
    positive = models.PositiveIntegerField(default=0)
    positive_small = models.PositiveSmallIntegerField(default=0)
    big = models.BigIntegerField(default=0)
    positive_big = models.PositiveBigIntegerField(default=0)
