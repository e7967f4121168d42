import datetime
import io
import json
import os
import tempfile
import tracemalloc
import zipfile

from django.core import management, serializers
from django.core.management import CommandError
from django.core.serializers.base import (
    MAX_NESTING,
    DeserializationError,
    SerializationError,
)
from django.core.serializers.xml_serializer import DefusedExpatParser
from django.db import connection
from django.test import TestCase, TransactionTestCase

from .models import Author, Badge, Category, Choice, FeaturedPoll, Poll, Tag, Tally
from .utils import make_polls

POLL = "serializers_regress.poll"
CATEGORY = "serializers_regress.category"
AUTHOR_MODEL = "serializers_regress.author"
AUTHOR = f'{{"model": "{AUTHOR_MODEL}", "pk": 2, "fields": {{"name": "a"}}}}'
AUTHOR_XML = (
    f'<object model="{AUTHOR_MODEL}" pk="2">'
    '<field name="name" type="CharField">a</field></object>'
)
PROFILE = '{"model": "serializers_regress.profile", "pk": 1, "fields": {"bio": "b"}}'
TAG = '{"model": "serializers_regress.tag", "pk": 1, "fields": {"name": "t"}}'
CHOICE = "{model: serializers_regress.choice, pk: 1, fields: {choice: c, votes: 1}}"


def deep_categories(levels):
    """A category nested in its parent, levels deep."""
    data = {"model": CATEGORY, "pk": 1, "fields": {"name": "c", "parent": None}}
    for pk in range(2, levels + 2):
        data = {"model": CATEGORY, "pk": pk, "fields": {"name": "c", "parent": data}}
    return data


def deep_categories_xml(levels):
    inner = '<field name="parent" rel="ManyToOneRel" to="%s"><None></None></field>' % (
        CATEGORY
    )
    for pk in range(1, levels + 2):
        inner = (
            f'<field name="parent" rel="ManyToOneRel" to="{CATEGORY}">'
            f'<object model="{CATEGORY}" pk="{pk}">'
            f'<field name="name" type="CharField">c</field>{inner}</object></field>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><django-objects version="1.0">'
        f'<object model="{CATEGORY}" pk="999">'
        f'<field name="name" type="CharField">top</field>{inner}</object>'
        "</django-objects>"
    )


DEEP_ELEMENTS = (
    f'<?xml version="1.0"?><django-objects version="1.0"><object model="{POLL}" '
    'pk="1"><field name="question" type="CharField">'
    + "<b>" * 5000
    + "</b>" * 5000
    + "</field></object></django-objects>"
)

# (description, format, data, words of the message)
BROKEN = [
    ("not a list", "json", '{"model": 1}', "custom serializer"),
    ("null", "json", "null", "Expected a list of serialized objects, not None."),
    ("a number", "yaml", "5", "Expected a list of serialized objects, not 5."),
    ("an item not an object", "json", "[[1, 2]]", "Invalid serialized object"),
    ("no model", "json", '[{"pk": 1, "fields": {}}]', "Invalid serialized object"),
    ("unknown model", "json", '[{"model": "x.y", "fields": {}}]', "x.y"),
    ("model not a string", "json", '[{"model": 5, "fields": {}}]', "5"),
    (
        "fields not a dict",
        "json",
        f'[{{"model": "{POLL}", "pk": 1, "fields": 3}}]',
        "fields must be a dict",
    ),
    ("no fields", "json", f'[{{"model": "{POLL}", "pk": 1}}]', "fields must be a dict"),
    (
        "unknown field",
        "json",
        f'[{{"model": "{POLL}", "pk": 1, "fields": {{"nope": 1}}}}]',
        "serializers_regress.Poll (pk=1): Poll has no field named 'nope'",
    ),
    (
        "bad value",
        "json",
        f'[{{"model": "{POLL}", "pk": 1, "fields": {{"valid_for": "x"}}}}]',
        "serializers_regress.poll:pk=1",
    ),
    (
        "nested value where an object belongs",
        "json",
        f'[{{"model": "{POLL}", "pk": 1, "fields": {{"choices": ["x"]}}}}]',
        "serializers_regress.Poll (pk=1): 'choices' holds nested objects, dicts "
        "with model, pk and fields, not 'x'.",
    ),
    (
        "null where a list of nested objects belongs",
        "json",
        f'[{{"model": "{POLL}", "pk": 1, "fields": {{"choices": null}}}}]',
        "serializers_regress.Poll (pk=1): 'choices' holds nested objects, dicts "
        "with model, pk and fields, not None.",
    ),
    (
        "a list of nested objects for a foreign key",
        "json",
        f'[{{"model": "{POLL}", "pk": 1, "fields": {{"creator": [{AUTHOR}]}}}}]',
        "serializers_regress.Poll (pk=1): 'creator' relates to one object: it "
        "takes one nested object or null, not a list.",
    ),
    (
        "two nested objects for a foreign key",
        "xml",
        f'<django-objects version="1.0"><object model="{POLL}" pk="1">'
        f'<field name="creator" rel="ManyToOneRel" to="{AUTHOR_MODEL}">'
        f"{AUTHOR_XML}{AUTHOR_XML}</field></object></django-objects>",
        "serializers_regress.Poll (pk=1): 'creator' relates to one object: it "
        "takes one nested object or null, not 2.",
    ),
    (
        "a list for a reverse one-to-one",
        "json",
        f'[{{"model": "{AUTHOR_MODEL}", "pk": 1, "fields": {{"name": "a", '
        f'"profile": [{PROFILE}]}}}}]',
        "serializers_regress.Author (pk=1): 'profile' relates to one object: it "
        "takes one nested object or null, not a list.",
    ),
    (
        "one nested object for a many-to-many field",
        "json",
        f'[{{"model": "{POLL}", "pk": 1, "fields": {{"tags": {TAG}}}}}]',
        "serializers_regress.Poll (pk=1): 'tags' relates to many objects: its "
        "nested objects are given in a list.",
    ),
    (
        "one nested object for a reverse foreign key",
        "yaml",
        f"- model: {POLL}\n  pk: 1\n  fields:\n    choices: {CHOICE}\n",
        "serializers_regress.Poll (pk=1): 'choices' relates to many objects: its "
        "nested objects are given in a list.",
    ),
    (
        "nested object without fields",
        "json",
        f'[{{"model": "{POLL}", "pk": 1, "fields": {{"creator": '
        '{"model": "serializers_regress.author", "pk": 2}}}]',
        "serializers_regress.author (pk=2): fields must be a dict",
    ),
    ("truncated", "json", '[{"model": "', ""),
    ("invalid UTF-8", "json", b'[{"model": "\xff"}]', ""),
    (
        "huge number",
        "json",
        f'[{{"model": "{POLL}", "pk": 1e999, "fields": {{}}}}]',
        "pk",
    ),
    (
        "deep nesting",
        "json",
        json.dumps([deep_categories(MAX_NESTING + 5)]),
        f"nested more than {MAX_NESTING} levels deep",
    ),
    (
        "jsonl truncated",
        "jsonl",
        '{"model": ',
        "Invalid JSON Lines: line 1, column 11: Expecting value",
    ),
    (
        "jsonl extra data",
        "jsonl",
        '{"model": "serializers_regress.tag", "pk": 1, "fields": {"name": "a"}}\n'
        "\n"
        "[1] x\n",
        "Invalid JSON Lines: line 3, column 5: Extra data",
    ),
    (
        "jsonl deep nesting",
        "jsonl",
        "[" * 100_000 + "]" * 100_000 + "\n",
        "Invalid JSON Lines: line 1: maximum recursion depth exceeded",
    ),
    (
        "jsonl invalid UTF-8",
        "jsonl",
        b'{"model": "\xff"}\n',
        "Invalid JSON Lines: 'utf-8' codec can't decode byte 0xff",
    ),
    ("yaml not a list", "yaml", "model: 5", ""),
    (
        "yaml python tag",
        "yaml",
        "- !!python/object:os.system {}",
        "Invalid YAML: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object:os.system'\n"
        '  in "<unicode string>", line 1, column 3',
    ),
    (
        "yaml syntax",
        "yaml",
        f"- model: {POLL}\n  pk: [1\n",
        "Invalid YAML: while parsing a flow sequence\n"
        '  in "<unicode string>", line 2, column 7',
    ),
    (
        "yaml invalid UTF-8",
        "yaml",
        b"- model: \xff\n",
        "Invalid YAML: 'utf-8' codec can't decode byte 0xff",
    ),
    (
        "xml truncated",
        "xml",
        '<?xml version="1.0"?><django-objects><object',
        "Invalid XML",
    ),
    (
        "xml entity",
        "xml",
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]><django-objects/>',
        "",
    ),
    (
        "xml field without name",
        "xml",
        f'<?xml version="1.0"?><django-objects version="1.0"><object model="{POLL}" '
        'pk="1"><field>x</field></object></django-objects>',
        "missing the 'name' attribute",
    ),
    (
        "xml unknown field",
        "xml",
        f'<?xml version="1.0"?><django-objects version="1.0"><object model="{POLL}" '
        'pk="1"><field name="nope">x</field></object></django-objects>',
        "(pk='1'): Poll has no field named 'nope'",
    ),
    ("xml deep nesting", "xml", deep_categories_xml(MAX_NESTING + 5), "levels deep"),
    (
        "xml model without a dot",
        "xml",
        '<?xml version="1.0"?><django-objects version="1.0"><object model="poll" '
        'pk="1"></object></django-objects>',
        "invalid model identifier: 'poll'",
    ),
    (
        "xml bad key",
        "xml",
        f'<?xml version="1.0"?><django-objects version="1.0"><object model="{POLL}" '
        'pk="1"><field name="creator" rel="ManyToOneRel">x</field></object>'
        "</django-objects>",
        "(serializers_regress.poll:pk=1) field_value was 'x'",
    ),
    (
        "xml primary key that doesn't convert",
        "xml",
        f'<?xml version="1.0"?><django-objects version="1.0"><object model="{POLL}" '
        'pk="1x"></object></django-objects>',
        "serializers_regress.Poll (pk='1x'): 'id': ['“1x” value must be an integer.']",
    ),
    (
        "xml primary key of a nested object that doesn't convert",
        "xml",
        f'<?xml version="1.0"?><django-objects version="1.0"><object model="{POLL}" '
        f'pk="1"><field name="creator" rel="ManyToOneRel" to="{AUTHOR_MODEL}">'
        f'<object model="{AUTHOR_MODEL}" pk="2x"></object></field></object>'
        "</django-objects>",
        "serializers_regress.Author (pk='2x'): 'id': ['“2x” value must be an "
        "integer.']",
    ),
    (
        "xml unknown encoding",
        "xml",
        b'<?xml version="1.0" encoding="nope"?><django-objects version="1.0">'
        b"</django-objects>",
        "Invalid XML: unknown encoding: nope, line 1, column 30.",
    ),
    (
        "xml deeply nested elements",
        "xml",
        DEEP_ELEMENTS,
        f"serializers_regress.poll (pk='1'): 'question': elements nested more than "
        f"{DefusedExpatParser.max_depth} levels deep, line 1, column ",
    ),
    (
        "xml deeply nested elements outside objects",
        "xml",
        '<?xml version="1.0"?><django-objects version="1.0">'
        + "<a>" * 5000
        + "</a>" * 5000
        + "</django-objects>",
        f"Invalid XML: elements nested more than {DefusedExpatParser.max_depth} "
        "levels deep, line 1, column ",
    ),
    (
        "xml bad many-to-many key",
        "xml",
        f'<?xml version="1.0"?><django-objects version="1.0"><object model="{POLL}" '
        'pk="1"><field name="tags" rel="ManyToManyRel"><object pk="x"></object>'
        "</field></object></django-objects>",
        "(serializers_regress.poll:pk=1)",
    ),
]


class HostileInputTests(TestCase):
    def test_broken_input_raises_deserialization_error(self):
        for description, format, data, message in BROKEN:
            with self.subTest(description):
                with self.assertRaisesMessage(DeserializationError, message):
                    for obj in serializers.deserialize(format, data):
                        obj.save()

    def test_xml_elements_nested_up_to_the_bound_load(self):
        # Deeper than minidom's recursive walks go.
        depth = DefusedExpatParser.max_depth - 3
        data = DEEP_ELEMENTS.replace("<b>" * 5000, "<b>" * depth + "Why?")
        data = data.replace("</b>" * 5000, "</b>" * depth)
        (obj,) = serializers.deserialize("xml", data)
        self.assertEqual(obj.object.question, "Why?")

    def test_nesting_up_to_the_bound_loads(self):
        # The innermost category sits MAX_NESTING levels deep.
        data = json.dumps([deep_categories(MAX_NESTING)])
        for obj in serializers.deserialize("json", data):
            obj.save()
        self.assertEqual(Category.objects.count(), MAX_NESTING + 1)


FORMATS = ["json", "jsonl", "xml", "yaml"]


def db_range(model, name):
    """The range of integers the database holds in model's field name."""
    field = model._meta.get_field(name)
    while field.is_relation:
        field = field.target_field
    return connection.ops.integer_field_range(field.get_internal_type())


def integer_cases():
    """
    Objects with a distinctive integer in each kind of field, as (object,
    field name, the integer).
    """
    author = Author.objects.create(pk=77777, name="Ann")
    tag = Tag.objects.create(pk=88888, name="news")
    poll = Poll.objects.create(
        pk=66666,
        question="Why?",
        pub_date=datetime.datetime(2009, 4, 1),
        creator=author,
        valid_for=99999,
    )
    poll.tags.set([tag])
    tally = Tally.objects.create(
        pk=1,
        small=11111,
        positive=22222,
        positive_small=3333,
        big=44444,
        positive_big=55555,
    )
    return [
        (poll, "id", 66666),
        (poll, "creator", 77777),
        (poll, "tags", 88888),
        (poll, "valid_for", 99999),
        (tally, "small", 11111),
        (tally, "positive", 22222),
        (tally, "positive_small", 3333),
        (tally, "big", 44444),
        (tally, "positive_big", 55555),
    ]


class IntegerRangeTests(TestCase):
    """
    Integers beyond the database's range for their field are refused when
    the object is built, rather than by the database when it's saved.
    """

    @classmethod
    def setUpTestData(cls):
        cls.cases = integer_cases()

    def test_integers_beyond_the_range_raise(self):
        for obj, name, marker in self.cases:
            low, high = db_range(type(obj), name)
            for value in [low - 1, high + 1]:
                pk = value if name == "id" else obj.pk
                msg = (
                    f"{obj._meta.label} (pk={pk}): {name!r} holds {value}, beyond "
                    f"the database's range for it ({low} to {high})."
                )
                for format in FORMATS:
                    with self.subTest(name=name, value=value, format=format):
                        data = serializers.serialize(format, [obj])
                        data = data.replace(str(marker), str(value))
                        with self.assertRaisesMessage(DeserializationError, msg):
                            list(serializers.deserialize(format, data))

    def test_integers_at_the_bounds_load(self):
        tally = Tally.objects.get()
        names = ["small", "positive", "positive_small", "big", "positive_big"]
        for bound in [0, 1]:
            for name in names:
                setattr(tally, name, db_range(Tally, name)[bound])
            for format in FORMATS:
                with self.subTest(bound=bound, format=format):
                    data = serializers.serialize(format, [tally])
                    Tally.objects.update(small=0)
                    for obj in serializers.deserialize(format, data):
                        obj.save()
                    self.assertEqual(
                        Tally.objects.values(*names).get(),
                        {name: getattr(tally, name) for name in names},
                    )

    def test_huge_integers_are_quoted_bounded(self):
        data = [{"model": POLL, "pk": 10**5000, "fields": {}}]
        msg = "serializers_regress.Poll (pk=<int of 16610 bits>): 'id' holds <int"
        with self.assertRaisesMessage(DeserializationError, msg):
            list(serializers.deserialize("python", data))


def alias_bomb(levels, width):
    """
    YAML anchors, each a list of width aliases of the one before: a short
    document whose last anchor expands to width ** levels items.
    """
    anchors = ["a0: &a0 [x]"]
    for n in range(1, levels):
        anchors.append(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]")
    return "{" + ", ".join(anchors) + "}", f"*a{levels - 1}"


class BoundedMessageTests(TestCase):
    """
    Messages show untrusted input bounded: an aliased YAML document's full
    repr() would be millions of times its size. 7 ** 7 items (6 MB of
    repr()) keep the test quick should the messages ever grow again.
    """

    def assertBoundedError(self, data, message):
        # Warmed up: the first load compiles the YAML loader's patterns.
        warm_up = f"- {{model: {POLL}, fields: {{}}, anchors: {{a: [1, {{b: c}}]}}}}"
        list(serializers.deserialize("yaml", warm_up))
        tracemalloc.start()
        self.addCleanup(tracemalloc.stop)
        with self.assertRaisesMessage(DeserializationError, message) as caught:
            list(serializers.deserialize("yaml", data))
        # A full repr() of the expanded value takes 6 MB or more.
        self.assertLess(tracemalloc.get_traced_memory()[1], 1 << 20)
        tracemalloc.stop()
        self.assertLess(len(str(caught.exception)), 1000)

    def test_aliased_document_item(self):
        anchors, bomb = alias_bomb(7, 7)
        self.assertBoundedError(
            f"- anchors: {anchors}\n- {bomb}\n", "Invalid serialized object"
        )

    def test_aliased_values(self):
        anchors, bomb = alias_bomb(7, 7)
        cases = [
            (f"model: {bomb}", "Invalid model identifier"),
            (f"model: {POLL}\n  pk: {bomb}", "field_value was"),
            (f"model: {POLL}\n  pk: 1\n  fields: {bomb}", "fields must be a dict"),
            (
                f"model: {POLL}\n  pk: 1\n  fields: {{valid_for: {bomb}}}",
                "field_value was",
            ),
            (
                f"model: {POLL}\n  pk: {bomb}\n  fields: {{creator: [{bomb}]}}",
                "serializers_regress.poll",
            ),
        ]
        for item, message in cases:
            with self.subTest(item=item[:40]):
                self.assertBoundedError(
                    f"- {{model: {POLL}, fields: {{}}, anchors: {anchors}}}\n"
                    f"- {item}\n",
                    message,
                )

    def test_short_values_are_shown_whole(self):
        self.assertBoundedError(
            f"- model: {POLL}\n  pk: 1\n  fields: {{valid_for: [1, 2]}}\n",
            "field_value was '[1, 2]'",
        )


class FoundByPropertyTestsTests(TestCase):
    """Regressions the property tests (test_properties.py) found."""

    def test_nested_reverse_objects_of_a_multi_table_child_load(self):
        polls = make_polls()
        Choice.objects.create(poll=polls["featured"], choice="Spaces", votes=2)
        data = serializers.serialize(
            "json",
            FeaturedPoll.objects.filter(pk=polls["featured"].pk),
            inherited=True,
            relations=["creator", "tags", "choices"],
        )
        Poll.objects.all().delete()
        for obj in serializers.deserialize("json", data):
            obj.save()
        self.assertEqual(
            list(Choice.objects.values_list("poll_id", "choice")),
            [(polls["featured"].pk, "Spaces")],
        )

    def test_xml_refuses_a_key_it_cannot_write(self):
        from .models import Book

        book = Book.objects.create(isbn="97\x08", title="Backspace")
        msg = (
            "serializers_regress.Book (pk='97\\x08'): the primary key contains "
            "unserializable characters"
        )
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize("xml", [book])
        # The other formats write it, and read it back.
        for format in ["json", "jsonl", "yaml"]:
            with self.subTest(format=format):
                data = serializers.serialize(format, [book])
                (obj,) = serializers.deserialize(format, data)
                self.assertEqual(obj.object.pk, "97\x08")

    def test_jsonl_keeps_line_separators_inside_strings(self):
        for name in ["\x85", "a\u2028b", "\u2029", "\x1c\x1d\x1e"]:
            with self.subTest(name=name):
                author = Author.objects.create(name=name)
                data = serializers.serialize("jsonl", [author])
                (obj,) = serializers.deserialize("jsonl", data)
                self.assertEqual(obj.object.name, name)


class AtomicLoadTests(TransactionTestCase):
    """loaddata of a fixture that fails halfway leaves the database as it was."""

    available_apps = ["serializers_regress"]

    def setUp(self):
        self.polls = make_polls()

    def state(self):
        return [
            list(model.objects.order_by("pk").values())
            for model in [Author, Tag, Poll, FeaturedPoll, Choice, Category, Tally]
        ]

    def load(self, format, data):
        with tempfile.TemporaryDirectory() as directory:
            fixture = os.path.join(directory, f"broken.{format}")
            if isinstance(data, bytes):
                with open(fixture, "wb") as f:
                    f.write(data)
            else:
                with open(fixture, "w", encoding="utf-8") as f:
                    f.write(data)
            management.call_command("loaddata", fixture, verbosity=0)

    def assertLoadFailsAndChangesNothing(self, format, data):
        before = self.state()
        with self.assertRaises(DeserializationError):
            self.load(format, data)
        self.assertEqual(self.state(), before)

    def test_flat_fixture(self):
        data = json.loads(serializers.serialize("json", Poll.objects.all()))
        for obj in data:
            obj["fields"]["question"] = "Changed?"
        data.append({"model": POLL, "pk": 99, "fields": {"valid_for": "x"}})
        self.assertLoadFailsAndChangesNothing("json", json.dumps(data))

    def test_nested_fixture(self):
        for format in ["json", "xml", "yaml", "jsonl"]:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format,
                    Poll.objects.order_by("pk"),
                    relations=["creator", "tags", "choices"],
                )
                # Break the last nested choice, after everything else loaded.
                if format == "xml":
                    head, _, tail = data.rpartition(
                        '<field name="votes" type="IntegerField">3</field>'
                    )
                    data = head + '<field name="votes" type="IntegerField">x</field>'
                    data += tail
                else:
                    data = data.replace('"votes": 3', '"votes": "x"')
                    data = data.replace("votes: 3", "votes: x")
                self.assertLoadFailsAndChangesNothing(format, data)

    def test_integers_beyond_the_range(self):
        cases = integer_cases()
        for obj, name, marker in cases:
            value = db_range(type(obj), name)[1] + 1
            for format in FORMATS:
                with self.subTest(name=name, format=format):
                    # The polls, changed, load before the object that fails.
                    data = serializers.serialize(
                        format, [*Poll.objects.order_by("pk"), obj]
                    )
                    data = data.replace("What's up?", "Changed?")
                    data = data.replace(str(marker), str(value))
                    self.assertLoadFailsAndChangesNothing(format, data)

    def test_broken_xml(self):
        polls = serializers.serialize("xml", Poll.objects.order_by("pk"))
        polls = polls.replace("What's up?", "Changed?")
        head, _, tail = polls.rpartition("</django-objects>")
        broken = [
            head + f'<object model="{POLL}" pk="1x"></object>' + tail,
            head + DEEP_ELEMENTS.partition('<django-objects version="1.0">')[2],
            b'<?xml version="1.0" encoding="nope"?>'
            + polls.encode().split(b"?>", 1)[1],
        ]
        for data in broken:
            with self.subTest(data=data[-60:]):
                self.assertLoadFailsAndChangesNothing("xml", data)

    def test_corrupt_zip_fixture_raises_command_error(self):
        two_members = io.BytesIO()
        with zipfile.ZipFile(two_members, "w") as archive:
            archive.writestr("a.json", "[]")
            archive.writestr("b.json", "[]")
        cases = [
            (b"not a zip", "File is not a zip file"),
            (two_members.getvalue(), "Zip-compressed fixtures must contain one file."),
        ]
        for data, message in cases:
            with self.subTest(message=message):
                before = self.state()
                with self.assertRaisesRegex(
                    CommandError,
                    rf"^Problem installing fixture '.*broken\.json\.zip': {message}$",
                ):
                    self.load("json.zip", data)
                self.assertEqual(self.state(), before)

    def test_deferred_key_beyond_the_range(self):
        # The natural key defers the friends until the badge it names loads.
        value = db_range(Badge, "friends")[1] + 1
        data = [
            {"model": "serializers_regress.badge", "fields": {"code": "a"}},
            {
                "model": "serializers_regress.badge",
                "fields": {"code": "b", "friends": [["c"], value]},
            },
            {"model": "serializers_regress.badge", "fields": {"code": "c"}},
        ]
        msg = f"'friends' holds {value}, beyond the database's range"
        before = self.state()
        with self.assertRaisesMessage(DeserializationError, msg):
            self.load("json", json.dumps(data))
        self.assertEqual(self.state(), before)
        self.assertIs(Badge.objects.exists(), False)

    def test_select_related_fixture(self):
        data = json.loads(
            serializers.serialize(
                "json", FeaturedPoll.objects.all(), select_related=True
            )
        )
        data[-1]["fields"]["headline"] = None  # Not nullable: fails on save.
        data[-1]["fields"] = {"headline": "x", "nope": 1}
        self.assertLoadFailsAndChangesNothing("json", json.dumps(data))
