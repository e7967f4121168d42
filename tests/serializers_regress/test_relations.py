import datetime
import json
import os
import tempfile
from io import StringIO
from unittest import mock

from django.core import management, serializers
from django.core.management import CommandError
from django.core.serializers import planning, python
from django.core.serializers.base import (
    MAX_NESTING,
    DeserializationError,
    SerializationError,
)
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.planning import MAX_JOINED_HOPS
from django.db.models import Prefetch
from django.test import TestCase

from .models import (
    Author,
    Badge,
    Book,
    Category,
    Choice,
    Club,
    FeaturedPoll,
    Gadget,
    Holder,
    Label,
    Link,
    Membership,
    Poll,
    Profile,
    Shelf,
    Span,
    Tag,
)
from .test_default_output import FORMATS
from .utils import (
    assert_raises_before_output,
    dumpdata,
    make_polls,
    python_objects,
)

TEXT_FORMATS = ["python", "json", "jsonl", "yaml"]
# The links of NestingLimitTests' chain.
CHAIN = 120


def poll_state():
    """Every field of every poll, its creator, tags and choices."""
    return [
        (
            poll.pk,
            poll.question,
            poll.pub_date,
            poll.valid_for,
            (poll.creator.pk, poll.creator.name),
            sorted((tag.pk, tag.name) for tag in poll.tags.all()),
            sorted((c.pk, c.choice, c.votes) for c in poll.choices.all()),
        )
        for poll in Poll.objects.order_by("pk")
    ]


def empty_database():
    for model in [Choice, Poll, Tag, Profile, Membership, Club, Author, Category]:
        model.objects.all().delete()


def load(format, data):
    """Load serialized data with loaddata, as a fixture file."""
    extension = {"python": "json"}.get(format, format)
    if format == "python":
        data = json.dumps(data, cls=serializers.json.DjangoJSONEncoder)
    with tempfile.TemporaryDirectory() as directory:
        fixture = os.path.join(directory, f"data.{extension}")
        with open(fixture, "w", encoding="utf-8") as f:
            f.write(data)
        management.call_command("loaddata", fixture, verbosity=0)


class RelationsOutputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()
        cls.plain = cls.polls["plain"]

    def test_nested_objects_in_every_format(self):
        queryset = Poll.objects.filter(pk=self.plain.pk)
        for format in TEXT_FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, queryset, relations=["creator", "tags", "choices"]
                )
                fields = python_objects(format, data)[0]["fields"]
                self.assertEqual(
                    list(fields),
                    ["question", "pub_date", "creator", "valid_for", "tags", "choices"],
                )
                self.assertEqual(
                    fields["creator"],
                    {
                        "model": "serializers_regress.author",
                        "pk": self.polls["author"].pk,
                        "fields": {"name": "Ann"},
                    },
                )
                news = self.polls["tags"][0]
                self.assertEqual(
                    fields["tags"],
                    [
                        {
                            "model": "serializers_regress.tag",
                            "pk": news.pk,
                            "fields": {"name": "news"},
                        }
                    ],
                )
                choice = self.plain.choices.get()
                # The key back to the poll is left out.
                self.assertEqual(
                    fields["choices"],
                    [
                        {
                            "model": "serializers_regress.choice",
                            "pk": choice.pk,
                            "fields": {"choice": "Yes", "votes": 3},
                        }
                    ],
                )

    def test_xml_fields_hold_objects(self):
        data = serializers.serialize(
            "xml",
            Poll.objects.filter(pk=self.plain.pk),
            relations=["creator", "choices"],
        )
        author, choice = self.polls["author"], self.plain.choices.get()
        self.assertIn(
            '<field name="creator" rel="ManyToOneRel" to="serializers_regress.author">'
            f'<object model="serializers_regress.author" pk="{author.pk}">'
            '<field name="name" type="CharField">Ann</field></object></field>',
            data,
        )
        self.assertIn(
            '<field name="choices" rel="ManyToOneRel" to="serializers_regress.choice">'
            f'<object model="serializers_regress.choice" pk="{choice.pk}">'
            '<field name="choice" type="CharField">Yes</field>'
            '<field name="votes" type="IntegerField">3</field></object></field>',
            data,
        )

    def test_options_per_relation(self):
        data = serializers.serialize(
            "python",
            Poll.objects.filter(pk=self.plain.pk),
            relations={
                "creator": {"fields": ["name"], "pk_name": True},
                "choices": {
                    "extras": [("share", lambda c: c.votes / 10)],
                    "relations": {"poll": {"fields": ["question"]}},
                },
            },
        )
        fields = data[0]["fields"]
        self.assertEqual(fields["creator"]["pk_name"], "id")
        choice = fields["choices"][0]
        self.assertEqual(choice["extras"], {"share": 0.3})
        self.assertEqual(choice["fields"]["poll"]["fields"], {"question": "What's up?"})

    def test_paths_go_deeper(self):
        data = serializers.serialize(
            "python",
            Poll.objects.filter(pk=self.plain.pk),
            relations=["choices__poll__creator"],
        )
        choice = data[0]["fields"]["choices"][0]
        self.assertEqual(
            choice["fields"]["poll"]["fields"]["creator"]["fields"], {"name": "Ann"}
        )

    def test_reverse_one_to_one_and_inherited_child(self):
        Profile.objects.create(author=self.polls["author"], bio="Writes polls.")
        data = serializers.serialize(
            "python", Author.objects.all(), relations=["profile", "poll_set"]
        )
        self.assertEqual(
            data[0]["fields"]["profile"]["fields"], {"bio": "Writes polls."}
        )
        self.assertEqual(len(data[0]["fields"]["poll_set"]), 3)
        data = serializers.serialize(
            "python", Poll.objects.order_by("pk"), relations=["featuredpoll"]
        )
        self.assertIsNone(data[0]["fields"]["featuredpoll"])
        self.assertEqual(
            data[1]["fields"]["featuredpoll"]["fields"], {"headline": "War"}
        )

    def test_many_to_many_through_a_model(self):
        club = Club.objects.create(name="Chess")
        Membership.objects.create(club=club, author=self.polls["author"], role="chair")
        data = serializers.serialize(
            "python", Club.objects.all(), relations=["members", "membership_set"]
        )
        fields = data[0]["fields"]
        self.assertEqual(fields["members"][0]["fields"], {"name": "Ann"})
        self.assertEqual(
            fields["membership_set"][0]["fields"],
            {"author": self.polls["author"].pk, "role": "chair"},
        )

    def test_relations_by_model_label(self):
        choice = Choice.objects.get(poll=self.polls["plain"])
        for key in [Choice, "serializers_regress.Choice", "serializers_regress.choice"]:
            with self.subTest(key=key):
                data = serializers.serialize(
                    "python",
                    [choice, self.polls["plain"]],
                    relations={key: ["poll"], "serializers_regress.Poll": ["creator"]},
                )
                self.assertEqual(data[0]["fields"]["poll"]["pk"], choice.poll_id)
                self.assertEqual(data[1]["fields"]["creator"]["fields"]["name"], "Ann")

    def test_many_to_many_through_a_model_loads_no_through_rows(self):
        # The members nested in a club load, but the relation is the
        # memberships': loading creates none (nor the reverse relation).
        chess = Club.objects.create(name="Chess")
        go = Club.objects.create(name="Go")
        Membership.objects.create(club=chess, author=self.polls["author"], role="chair")
        cases = [
            (Club.objects.order_by("pk"), {"relations": ["members"]}),
            (Club.objects.order_by("pk"), {"depth": 1}),
            (Author.objects.order_by("pk"), {"relations": ["club_set"]}),
        ]
        for format in FORMATS:
            memberships = serializers.serialize(format, Membership.objects.all())
            for queryset, options in cases:
                with self.subTest(format=format, **options):
                    data = serializers.serialize(format, queryset, **options)
                    empty_database()
                    load(format, data)
                    self.assertEqual(Membership.objects.count(), 0)
                    self.assertEqual(Author.objects.count(), 1)
                    # The memberships' own objects carry the relation.
                    Club.objects.bulk_create([chess, go], ignore_conflicts=True)
                    load(format, memberships)
                    self.assertEqual(
                        list(chess.membership_set.values_list("role", flat=True)),
                        ["chair"],
                    )

    def test_depth(self):
        root = Category.objects.create(name="root")
        middle = Category.objects.create(name="middle", parent=root)
        leaf = Category.objects.create(name="leaf", parent=middle)
        queryset = Category.objects.filter(pk=leaf.pk)
        data = serializers.serialize("python", queryset, depth=0)
        self.assertEqual(data[0]["fields"]["parent"], middle.pk)
        data = serializers.serialize("python", queryset, depth=1)
        self.assertEqual(data[0]["fields"]["parent"]["fields"]["parent"], root.pk)
        data = serializers.serialize("python", queryset, depth=3)
        parent = data[0]["fields"]["parent"]["fields"]["parent"]
        self.assertEqual(parent["fields"], {"name": "root", "parent": None})

    def test_depth_follows_forward_relations_and_relations_add(self):
        data = serializers.serialize(
            "python",
            Poll.objects.filter(pk=self.plain.pk),
            depth=1,
            relations=["choices"],
        )
        fields = data[0]["fields"]
        self.assertEqual(fields["creator"]["fields"], {"name": "Ann"})
        self.assertEqual(fields["tags"][0]["fields"], {"name": "news"})
        self.assertEqual(fields["choices"][0]["fields"]["votes"], 3)

    def test_loops_end(self):
        first = Category.objects.create(name="first")
        second = Category.objects.create(name="second", parent=first)
        first.parent = second
        first.save()
        data = serializers.serialize(
            "json",
            Category.objects.filter(pk=first.pk),
            depth=4,
            relations=["children"],
        )
        self.assertEqual(data.count('"model": "serializers_regress.category"'), 6)

    def test_null_relation(self):
        category = Category.objects.create(name="root")
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, [category], relations=["parent", "children"]
                )
                if format == "xml":
                    self.assertIn(
                        '<field name="parent" rel="ManyToOneRel" '
                        'to="serializers_regress.category"><None></None></field>'
                        '<field name="children" rel="ManyToOneRel" '
                        'to="serializers_regress.category"></field>',
                        data,
                    )
                else:
                    fields = python_objects(format, data)[0]["fields"]
                    self.assertEqual((fields["parent"], fields["children"]), (None, []))


class RelationsQueryTests(TestCase):
    def make_polls(self, count):
        ann = Author.objects.create(name="Ann")
        tags = [Tag.objects.create(name=f"tag {n}") for n in range(2)]
        when = datetime.datetime(2009, 4, 1, 12, 30)
        for n in range(count):
            poll = Poll.objects.create(
                question=f"Q{n}?", pub_date=when, creator=ann, valid_for=n
            )
            poll.tags.set(tags)
            for m in range(2):
                Choice.objects.create(poll=poll, choice=f"C{m}", votes=m)

    def test_queries_do_not_grow_with_objects(self):
        relations = {"creator": {}, "tags": {}, "choices": {"relations": ["poll"]}}
        for count in [1, 10, 100]:
            with self.subTest(count=count):
                Poll.objects.all().delete()
                self.make_polls(count)
                for format in FORMATS:
                    # The polls joined with their creators, their tags, and
                    # their choices, whose polls the prefetch already holds.
                    with self.assertNumQueries(3):
                        serializers.serialize(
                            format, Poll.objects.all(), relations=relations
                        )

    def test_deferred_key_of_a_followed_relation(self):
        # select_related() can't follow a deferred key: it's loaded.
        self.make_polls(3)
        relations = ["creator", "choices"]
        for format in FORMATS:
            expected = serializers.serialize(
                format, Poll.objects.order_by("pk"), relations=relations
            )
            for queryset in [
                Poll.objects.only("question"),
                Poll.objects.only("question", "creator__name"),
                Poll.objects.defer("creator"),
            ]:
                with self.subTest(format=format, query=str(queryset.query)):
                    self.assertEqual(
                        serializers.serialize(
                            format, queryset.order_by("pk"), relations=relations
                        ),
                        expected,
                    )

    def test_combined_queryset(self):
        # union() can't take select_related() or prefetch_related().
        self.make_polls(3)
        first = Poll.objects.order_by("pk").first()
        union = Poll.objects.filter(pk=first.pk).union(
            Poll.objects.exclude(pk=first.pk)
        )
        relations = ["creator", "choices"]
        for format in FORMATS:
            with self.subTest(format=format):
                expected = serializers.serialize(
                    format, Poll.objects.order_by("pk"), relations=relations
                )
                # The polls, their creators, their choices, and their tags.
                with self.assertNumQueries(4):
                    data = serializers.serialize(
                        format, union.order_by("pk"), relations=relations
                    )
                self.assertEqual(data, expected)

    def test_many_to_many_keys_cost_no_query_per_object(self):
        self.make_polls(20)
        # The polls joined with their creators, and their tags.
        with self.assertNumQueries(2):
            serializers.serialize("json", Poll.objects.all(), relations=["creator"])

    def test_a_list_of_objects_is_prefetched_too(self):
        self.make_polls(10)
        polls = list(Poll.objects.all())
        with self.assertNumQueries(3):
            serializers.serialize("xml", polls, relations=["creator", "choices"])

    def test_callers_prefetch_is_kept(self):
        self.make_polls(3)
        queryset = Poll.objects.prefetch_related(
            Prefetch("choices", queryset=Choice.objects.filter(votes__gt=0))
        )
        with self.assertNumQueries(3):
            data = serializers.serialize("python", queryset, relations=["choices"])
        self.assertEqual([len(poll["fields"]["choices"]) for poll in data], [1, 1, 1])

    def test_own_prefetches_write_what_the_related_managers_hold(self):
        # The to-many relations the caller doesn't prefetch are prefetched
        # into the serializer's own lists, not into each object's related
        # manager; the output is the same, and so are the queries.
        self.make_polls(5)
        cases = [
            (Poll, {"creator": {}, "tags": {}, "choices": {}}, ["tags", "choices"]),
            (
                Tag,
                {"poll_set": {"fields": ["question"], "relations": ["choices"]}},
                ["poll_set__choices"],
            ),
        ]
        for model, relations, lookups in cases:
            queryset = model.objects.order_by("pk")
            for format in FORMATS:
                with self.subTest(model=model, format=format):
                    with self.assertNumQueries(3):
                        own = serializers.serialize(
                            format, queryset, relations=relations
                        )
                    # The same relations, prefetched by the caller.
                    with self.assertNumQueries(3):
                        data = serializers.serialize(
                            format,
                            queryset.prefetch_related(*lookups),
                            relations=relations,
                        )
                    self.assertEqual(own, data)
                    self.assertIn("C1", str(own))

    def test_own_prefetches_obey_the_related_default_manager(self):
        labels = [Label.objects.create(name=name, hidden=name == "b") for name in "abc"]
        shelf = Shelf.objects.create(name="S")
        shelf.labels.set(labels)
        with self.assertNumQueries(2):
            data = serializers.serialize(
                "python", Shelf.objects.all(), fields=["labels"], relations=["labels"]
            )
        # Hidden labels left out, and ordered by -name.
        names = [label["fields"]["name"] for label in data[0]["fields"]["labels"]]
        self.assertEqual(names, ["c", "a"])

    def test_extras_read_relations_from_the_prefetch(self):
        # Extras may read a relation through its manager: the relations
        # written are then prefetched into the managers, so that reading
        # them costs no query per object.
        self.make_polls(10)
        extras = [("n_choices", lambda poll: poll.choices.count())]
        nested = {"choices": {"relations": {"poll": {"extras": extras}}}}
        # The polls, their tags' keys, and their choices.
        cases = [{"relations": ["choices"], "extras": extras}, {"relations": nested}]
        for case, options in enumerate(cases):
            with self.subTest(case=case):
                with self.assertNumQueries(3):
                    data = serializers.serialize(
                        "python", Poll.objects.all(), **options
                    )
                self.assertEqual(len(data), 10)


def with_hooks(serializer_class):
    """
    A subclass of serializer_class that overrides hooks, so that every
    object and field is written through them, and counts related objects.
    """

    class HooksSerializer(serializer_class):
        related_objects = 0

        def start_related_object(self, obj):
            self.related_objects += 1
            super().start_related_object(obj)

        def handle_field(self, obj, field):
            super().handle_field(obj, field)

    return HooksSerializer


def serialized(serializer, queryset, stream, options):
    """The output of serializer, written to a stream or returned."""
    if not stream:
        return serializer.serialize(queryset, **options)
    stream = StringIO()
    serializer.serialize(queryset, stream=stream, **options)
    return stream.getvalue()


def spy_dump_rows(serializer):
    """
    Return a list that gets, for each call of serializer.dump_rows(), whether
    it wrote from rows.
    """
    calls = []
    dump_rows = serializer.dump_rows

    def spy(queryset):
        rows = dump_rows(queryset)
        calls.append(rows is not None)
        return rows

    serializer.dump_rows = spy
    return calls


class RelationsWritePathTests(TestCase):
    """
    The formats built on the python serializer write a followed relation's
    objects without a call to each hook for each object and field, unless a
    subclass overrides a hook; the output is the hooks' output.
    """

    @classmethod
    def setUpTestData(cls):
        polls = make_polls()
        Choice.objects.create(poll=polls["featured"], choice="Spaces", votes=2)
        Profile.objects.create(author=polls["author"], bio="Writes polls.")
        club = Club.objects.create(name="Chess")
        Membership.objects.create(club=club, author=polls["author"], role="chair")
        root = Category.objects.create(name="root")
        Category.objects.create(name="leaf", parent=root)
        shelf = Shelf.objects.create(name="S")
        shelf.books.set([Book.objects.create(isbn="978-0", title="B")])
        shelf.gadgets.set([Gadget.objects.create(name="G")])
        shelf.spans.set([Span.objects.create(length=datetime.timedelta(days=1))])
        shelf.labels.set(
            [Label.objects.create(name=name, hidden=name == "b") for name in "abc"]
        )

    def test_output_is_the_hooks_output(self):
        till_date = {"extras": ["till_date"], "relations": ["tags"]}
        cases = [
            (Poll, {"relations": ["creator", "tags", "choices"], "pk_name": True}),
            (Choice, {"relations": {"poll": till_date}}),
            (Poll, {"relations": {"choices": {"fields": ["votes"]}, "tags": {}}}),
            (FeaturedPoll, {"relations": ["creator", "choices"], "inherited": True}),
            (Author, {"relations": ["profile", "poll_set", "club_set"]}),
            (Club, {"relations": ["members", "membership_set"]}),
            (Category, {"depth": 3, "relations": ["children"]}),
            # Keys of every type, and a filtering default manager.
            (Shelf, {"relations": ["books", "gadgets", "spans", "labels"]}),
            (
                Poll,
                {
                    "relations": ["creator", "featuredpoll"],
                    "use_natural_foreign_keys": True,
                    "use_natural_primary_keys": True,
                },
            ),
        ]
        for model, options in cases:
            for format in TEXT_FORMATS:
                # Written to a stream, a queryset is read in chunks.
                for stream in [False, True] if format != "python" else [False]:
                    with self.subTest(model=model, format=format, stream=stream):
                        serializer = serializers.get_serializer(format)()
                        hooks = with_hooks(type(serializer))()
                        queryset = model.objects.order_by("pk")
                        from_rows = spy_dump_rows(serializer)
                        self.assertEqual(
                            serialized(serializer, queryset, stream, options),
                            serialized(hooks, queryset, stream, options),
                        )
                        self.assertGreater(hooks.related_objects, 0)
                        # Written by the dumpers, or, to a stream, from the
                        # rows of the queryset and of its related objects.
                        self.assertTrue(
                            any(serializer._dumpers.values()) or any(from_rows)
                        )

    def test_hooks_see_every_related_object(self):
        hooks = with_hooks(serializers.get_serializer("json"))()
        hooks.serialize(Poll.objects.all(), relations=["creator", "tags", "choices"])
        # 3 creators, 4 tags, 2 choices.
        self.assertEqual(hooks.related_objects, 9)


class RelationsRoundTripTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()

    def test_nested_output_loads_into_empty_database(self):
        expected = poll_state()
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format,
                    Poll.objects.order_by("pk"),
                    relations=["creator", "tags", "choices"],
                    pk_name=True,
                )
                empty_database()
                load(format, data)
                self.assertEqual(poll_state(), expected)

    def test_depth_output_loads_into_empty_database(self):
        expected = poll_state()
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format,
                    Choice.objects.order_by("pk"),
                    depth=3,
                )
                empty_database()
                load(format, data)
                # Choices carry their polls, which carry creators and tags.
                self.assertEqual(
                    [row for row in poll_state() if row[6]],
                    [row for row in expected if row[6]],
                )

    def test_reverse_many_to_many_loads(self):
        news = self.polls["tags"][0]
        expected = sorted(poll.pk for poll in news.poll_set.all())
        data = serializers.serialize("json", [news], relations=["poll_set__creator"])
        empty_database()
        load("json", data)
        self.assertEqual(
            sorted(poll.pk for poll in Tag.objects.get(pk=news.pk).poll_set.all()),
            expected,
        )

    def test_nested_inherited_child_loads(self):
        data = serializers.serialize(
            "xml",
            Poll.objects.order_by("pk"),
            relations=["creator", "tags", "featuredpoll"],
        )
        empty_database()
        load("xml", data)
        self.assertEqual(
            list(
                FeaturedPoll.objects.order_by("pk").values_list("headline", "question")
            ),
            [("War", "Tabs?"), ("Editors", "Vim?")],
        )

    def test_nested_object_of_another_model_raises(self):
        poll = self.polls["plain"]
        relations = {"creator": {"fields": []}, "choices": {"fields": []}}
        cases = [
            ("serializers_regress.author", "'creator'", "Author"),
            ("serializers_regress.choice", "'choices'", "Choice"),
        ]
        expected = poll_state()
        for format in FORMATS:
            data = serializers.serialize(
                format, Poll.objects.filter(pk=poll.pk), relations=relations
            )
            if format == "python":
                format, data = "json", json.dumps(data, cls=DjangoJSONEncoder)
            for label, name, model in cases:
                with self.subTest(format=format, label=label):
                    # Without fields, the nested objects would load as tags.
                    msg = (
                        f"serializers_regress.Poll (pk={poll.pk}): {name} relates "
                        f"to serializers_regress.{model} objects, not to "
                        "serializers_regress.Tag."
                    )
                    with self.assertRaisesMessage(DeserializationError, msg):
                        load(format, data.replace(label, "serializers_regress.tag"))
                    self.assertEqual(poll_state(), expected)


class NaturalKeysRoundTripTests(TestCase):
    """
    Nested objects written without their primary keys (natural keys) load:
    each is looked up by its natural key when its turn comes, after the
    objects before it are saved, and the keys to it are its saved key.
    """

    @classmethod
    def setUpTestData(cls):
        root = Badge.objects.create(code="root")
        gold = Badge.objects.create(code="gold", parent=root)
        silver = Badge.objects.create(code="silver", parent=root)
        gold.friends.set([silver])
        Holder.objects.create(name="Ann", badge=gold)
        Holder.objects.create(name="Bob", badge=silver)

    def state(self):
        badges = sorted(
            (
                badge.code,
                badge.parent and badge.parent.code,
                sorted(friend.code for friend in badge.friends.all()),
            )
            for badge in Badge.objects.all()
        )
        holders = sorted(Holder.objects.values_list("name", "badge__code"))
        return badges, holders

    def assertLoadsBack(self, queryset, **options):
        natural = {"use_natural_foreign_keys": True, "use_natural_primary_keys": True}
        for format in FORMATS:
            with self.subTest(format=format):
                expected = self.state()
                data = serializers.serialize(format, queryset, **options, **natural)
                Holder.objects.all().delete()
                Badge.objects.all().delete()
                load(format, data)
                self.assertEqual(self.state(), expected)

    def test_keys_to_nested_objects(self):
        self.assertLoadsBack(Holder.objects.all(), relations=["badge__parent"])

    def test_object_nested_twice(self):
        # Each badge is nested again as its parent's child, as a friend, and
        # as its children's parent.
        Holder.objects.all().delete()
        self.assertLoadsBack(
            Badge.objects.all(), relations=["parent", "children", "friends"]
        )
        self.assertLoadsBack(Badge.objects.all(), depth=2)


class RelationsErrorTests(TestCase):
    def assertRaisesBeforeOutput(self, msg, **options):
        for format in FORMATS:
            with self.subTest(format=format):
                assert_raises_before_output(
                    self, msg, format, Poll.objects.all(), **options
                )

    def test_unknown_relation(self):
        self.assertRaisesBeforeOutput(
            "serializers_regress.Poll: serializers_regress.Poll has no relation "
            "named 'nope'",
            relations=["nope"],
        )

    def test_unknown_model_of_relations_by_model(self):
        for key, msg in [
            ("serializers_regress.Nope", "relations: App 'serializers_regress' "),
            ("nope.Poll", "relations: No installed app with label 'nope'."),
        ]:
            with self.subTest(key=key):
                self.assertRaisesBeforeOutput(msg, relations={key: ["creator"]})
        self.assertRaisesBeforeOutput(
            "relations keyed by model take models and app_label.ModelName labels, "
            "not 'creator'",
            relations={Poll: ["tags"], "creator": {}},
        )
        self.assertRaisesBeforeOutput(
            "relations: serializers_regress.Poll is given twice.",
            relations={Poll: ["tags"], "serializers_regress.Poll": ["creator"]},
        )

    def test_unknown_relation_deeper(self):
        self.assertRaisesBeforeOutput(
            "serializers_regress.Poll: serializers_regress.Author has no relation "
            "named 'nope'",
            relations=["creator__nope"],
        )

    def test_reverse_relation_by_query_name(self):
        self.assertRaisesBeforeOutput(
            "serializers_regress.Author has no relation named 'poll'",
            relations={"creator": {"relations": ["poll"]}},
        )

    def test_not_a_relation(self):
        self.assertRaisesBeforeOutput(
            "serializers_regress.Poll.question is not a relation",
            relations=["question"],
        )

    def test_parent_field_needs_inherited(self):
        msg = (
            "serializers_regress.FeaturedPoll: the relation 'creator' is a field "
            "of its parent serializers_regress.Poll; serialize with "
            "inherited=True to write it."
        )
        with self.assertRaisesMessage(SerializationError, msg):
            serializers.serialize(
                "json", FeaturedPoll.objects.all(), relations=["creator"]
            )
        serializers.serialize(
            "json", FeaturedPoll.objects.all(), relations=["creator"], inherited=True
        )

    def test_negative_depth(self):
        self.assertRaisesBeforeOutput(
            "depth must be a non-negative integer, not -1.",
            depth=-1,
        )

    def test_malformed_specs(self):
        self.assertRaisesBeforeOutput(
            "relations takes a list or a dict of relation names, not 'creator' "
            "(a list: ['creator']).",
            relations="creator",
        )
        self.assertRaisesBeforeOutput(
            "unknown option 'field' for the relation 'creator'",
            relations={"creator": {"field": ["name"]}},
        )
        self.assertRaisesBeforeOutput(
            "the options of the relation 'creator' are a dict",
            relations={"creator": ["name"]},
        )


class DumpdataRelationsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()

    def test_relations_and_depth(self):
        data = json.loads(
            dumpdata(
                "serializers_regress.poll",
                relations=[
                    "serializers_regress.Poll.choices",
                    "serializers_regress.Poll.creator",
                ],
            )
        )
        self.assertEqual(data[0]["fields"]["creator"]["fields"], {"name": "Ann"})
        self.assertEqual(data[0]["fields"]["choices"][0]["fields"]["votes"], 3)
        data = json.loads(dumpdata("serializers_regress.choice", depth=1))
        self.assertEqual(data[0]["fields"]["poll"]["fields"]["question"], "What's up?")

    def test_command_line_and_loaddata(self):
        out = StringIO()
        management.call_command(
            "dumpdata",
            "serializers_regress.poll",
            "--relations=serializers_regress.Poll.choices",
            "--relations=serializers_regress.Poll.creator",
            "--relations=serializers_regress.Poll.tags",
            "--format=xml",
            stdout=out,
        )
        expected = poll_state()
        empty_database()
        load("xml", out.getvalue())
        self.assertEqual(poll_state(), expected)

    def test_bad_options_raise_command_error(self):
        for options, msg in [
            ({"relations": ["serializers_regress.Poll"]}, "expected app_label."),
            ({"relations": ["serializers_regress.Nope.x"]}, "unknown model"),
            (
                {"relations": ["serializers_regress.Poll.nope"]},
                "--relations: serializers_regress.Poll: serializers_regress.Poll "
                "has no relation named 'nope'",
            ),
            ({"depth": -2}, "--depth must be 0 or more, not -2."),
        ]:
            with self.subTest(options=options):
                with self.assertRaisesMessage(CommandError, msg):
                    dumpdata("serializers_regress", **options)


class NestingLimitTests(TestCase):
    """
    depth and relations go as deep as the deserializers read, no deeper, and
    never further than the database joins.
    """

    @classmethod
    def setUpTestData(cls):
        # A chain of links, each pointing to the next, the last to itself.
        Link.objects.bulk_create(
            Link(pk=pk, name=f"l{pk}", next_id=min(pk + 1, CHAIN))
            for pk in range(1, CHAIN + 1)
        )

    def chain(self):
        return list(Link.objects.order_by("pk").values_list("pk", "name", "next"))

    def test_limit_is_the_deserializers(self):
        self.assertEqual(MAX_NESTING, planning.MAX_NESTING)
        self.assertLess(MAX_JOINED_HOPS, MAX_NESTING)

    def test_depth_at_the_limit_loads_back(self):
        expected = self.chain()
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format,
                    Link.objects.filter(pk=1),
                    depth=MAX_NESTING,
                    # The links the deepest one points to, before it.
                    select_related=True,
                )
                if format != "xml":
                    objects = python_objects(format, data)
                    # The first link the nested ones point to (a Link, so
                    # written to the same depth), the last link, which it
                    # points to, before it, then the first.
                    self.assertEqual(
                        [obj["pk"] for obj in objects], [CHAIN, MAX_NESTING + 2, 1]
                    )
                    link = objects[-1]
                    for pk in range(2, MAX_NESTING + 2):
                        link = link["fields"]["next"]
                        self.assertEqual(link["pk"], pk)
                    self.assertEqual(link["fields"]["next"], MAX_NESTING + 2)
                Link.objects.all().delete()
                load(format, data)
                self.assertEqual(self.chain(), expected)

    def test_depth_queries(self):
        """
        The hops a query joins, then a query a hop: the count doesn't
        depend on the number of links.
        """
        for format in FORMATS:
            with self.subTest(format=format):
                with self.assertNumQueries(1):
                    serializers.serialize(
                        format, Link.objects.all(), depth=MAX_JOINED_HOPS
                    )
                with self.assertNumQueries(1 + MAX_NESTING - MAX_JOINED_HOPS):
                    serializers.serialize(
                        format, Link.objects.filter(pk__lte=10), depth=MAX_NESTING
                    )

    def test_prefetched_hops_write_what_joined_ones_do(self):
        queryset = Link.objects.order_by("pk")
        for format in FORMATS:
            with self.subTest(format=format):
                with self.assertNumQueries(1 + 20 - MAX_JOINED_HOPS):
                    data = serializers.serialize(format, queryset, depth=20)
                with (
                    mock.patch.object(planning, "MAX_JOINED_HOPS", 20),
                    mock.patch.object(python, "MAX_JOINED_HOPS", 20),
                    self.assertNumQueries(1),
                ):
                    joined = serializers.serialize(format, queryset, depth=20)
                self.assertEqual(data, joined)

    def test_depth_beyond_the_limit(self):
        for format in FORMATS:
            for objects in [Link.objects.all(), [Link.objects.get(pk=1)]]:
                with self.subTest(format=format, objects=type(objects).__name__):
                    assert_raises_before_output(
                        self,
                        "depth must be at most 100, the nesting limit of the "
                        "deserializers, not 101.",
                        format,
                        objects,
                        depth=MAX_NESTING + 1,
                    )

    def test_relations_beyond_the_limit(self):
        msg = (
            "serializers_regress.Link: relations are nested more than 100 levels "
            "deep (at 'next__next__"
        )
        path = "__".join(["next"] * (MAX_NESTING + 1))
        spec = {}
        for _ in range(MAX_NESTING + 1):
            spec = {"next": {"relations": spec}} if spec else {"next": {}}
        for format in FORMATS:
            for relations in [[path], spec, {"serializers_regress.Link": [path]}]:
                with self.subTest(format=format, relations=type(relations).__name__):
                    assert_raises_before_output(
                        self, msg, format, Link.objects.all(), relations=relations
                    )

    def test_relations_at_the_limit_load_back(self):
        expected = self.chain()
        path = "__".join(["next"] * MAX_NESTING)
        for format in FORMATS:
            with self.subTest(format=format):
                with self.assertNumQueries(1 + MAX_NESTING - MAX_JOINED_HOPS):
                    data = serializers.serialize(
                        format, Link.objects.filter(pk=1), relations=[path]
                    )
                # The links after the nested ones are the database's.
                Link.objects.filter(pk__lte=MAX_NESTING + 1).delete()
                load(format, data)
                self.assertEqual(self.chain(), expected)

    def test_dumpdata_depth_at_the_limit_loads_back(self):
        expected = self.chain()
        for format in ["json", "jsonl", "yaml", "xml"]:
            with self.subTest(format=format):
                data = dumpdata(
                    "serializers_regress.link",
                    format=format,
                    primary_keys="1",
                    depth=MAX_NESTING,
                    select_related=True,
                )
                Link.objects.all().delete()
                load(format, data)
                self.assertEqual(self.chain(), expected)

    def test_dumpdata_beyond_the_limit(self):
        path = "__".join(["next"] * (MAX_NESTING + 1))
        for options, msg in [
            (
                {"depth": MAX_NESTING + 1},
                "--depth must be at most 100, the nesting limit of the "
                "deserializers, not 101.",
            ),
            (
                {"relations": [f"serializers_regress.Link.{path}"]},
                "--relations: serializers_regress.Link: relations are nested more "
                "than 100 levels deep",
            ),
        ]:
            with self.subTest(options=list(options)):
                with self.assertRaisesMessage(CommandError, msg):
                    dumpdata("serializers_regress.link", **options)
