import json
from io import StringIO

from django.core import management, serializers
from django.core.management import CommandError
from django.test import TestCase

from .models import (
    Author,
    Category,
    Choice,
    FeaturedPoll,
    Link,
    Poll,
    SponsoredPoll,
    Tag,
)
from .test_default_output import FORMATS
from .test_relations import empty_database, load
from .utils import assert_raises_before_output, make_polls, python_objects


def labels(format, data):
    """The (model, pk) of each object of serialized data, in order."""
    if format == "xml":
        from xml.dom import minidom

        return [
            (node.getAttribute("model"), node.getAttribute("pk"))
            for node in minidom.parseString(data).documentElement.childNodes
            if node.nodeName == "object"
        ]
    return [(obj["model"], str(obj["pk"])) for obj in python_objects(format, data)]


class SelectRelatedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()

    def test_adds_dependencies_in_loading_order(self):
        sponsored = self.polls["sponsored"]
        tech = self.polls["tags"][1]
        author = self.polls["author"]
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, SponsoredPoll.objects.all(), select_related=True
                )
                self.assertEqual(
                    labels(format, data),
                    [
                        ("serializers_regress.author", str(author.pk)),
                        ("serializers_regress.tag", str(tech.pk)),
                        ("serializers_regress.poll", str(sponsored.pk)),
                        ("serializers_regress.featuredpoll", str(sponsored.pk)),
                        ("serializers_regress.sponsoredpoll", str(sponsored.pk)),
                    ],
                )

    def test_each_object_once(self):
        data = serializers.serialize(
            "python",
            [*Choice.objects.all(), *Poll.objects.all()],
            select_related=True,
        )
        keys = [(obj["model"], obj["pk"]) for obj in data]
        self.assertEqual(len(keys), len(set(keys)))
        # 1 choice, 3 polls, their author and 2 tags.
        self.assertEqual(len(data), 1 + 3 + 1 + 2)

    def test_options_apply_to_the_selection_only(self):
        data = serializers.serialize(
            "python",
            Choice.objects.all(),
            select_related=True,
            fields=["choice", "poll"],
            extras=["pk"],
        )
        self.assertEqual(data[-1]["fields"], {"choice": "Yes", "poll": data[-2]["pk"]})
        self.assertEqual(data[-1]["extras"], {"pk": data[-1]["pk"]})
        author = data[0]
        self.assertEqual(author["fields"], {"name": "Ann"})
        self.assertNotIn("extras", author)

    def test_with_inherited_parents_are_not_repeated(self):
        data = serializers.serialize(
            "python", FeaturedPoll.objects.all(), select_related=True, inherited=True
        )
        self.assertEqual(
            [obj["model"].split(".")[1] for obj in data],
            ["author", "tag", "tag", "featuredpoll", "featuredpoll"],
        )

    def test_queries_do_not_grow_with_objects(self):
        # The choices, their polls, the polls' tags, authors and tags.
        with self.assertNumQueries(5):
            serializers.serialize("json", Choice.objects.all(), select_related=True)

    def test_output_loads_into_empty_database(self):
        def state():
            return [
                (
                    p.pk,
                    p.question,
                    p.headline,
                    p.creator.name,
                    sorted(t.name for t in p.tags.all()),
                )
                for p in FeaturedPoll.objects.order_by("pk")
            ]

        expected = state()
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, FeaturedPoll.objects.all(), select_related=True
                )
                empty_database()
                load(format, data)
                self.assertEqual(state(), expected)
                self.assertEqual(Poll.objects.count(), 2)

    def test_nested_objects_dependencies_load(self):
        # The objects that relations and depth nest depend on objects too:
        # the polls of the choices, on their creators and tags.
        def state():
            return [
                (c.pk, c.choice, c.poll.question, c.poll.creator.name)
                + (sorted(t.name for t in c.poll.tags.all()),)
                for c in Choice.objects.order_by("pk")
            ]

        expected = state()
        cases = [
            {"relations": ["poll"]},
            {"relations": {"poll": {"relations": ["creator"]}}},
            {"depth": 1},
            {"depth": 2},
        ]
        for format in FORMATS:
            for options in cases:
                with self.subTest(format=format, **options):
                    data = serializers.serialize(
                        format,
                        Choice.objects.order_by("pk"),
                        select_related=True,
                        **options,
                    )
                    empty_database()
                    load(format, data)
                    self.assertEqual(state(), expected)
                    # Each nested object's dependencies are written once.
                    written = labels(format, data)
                    self.assertEqual(len(written), len(set(written)))

    def test_nested_objects_dependencies_cost_no_query_per_object(self):
        # The choices, their polls joined; the polls' tags; the creators
        # and the tags added.
        for count in [2, 6]:
            polls = [
                Poll.objects.create(
                    question=f"Q{n}",
                    pub_date=self.polls["plain"].pub_date,
                    creator=self.polls["author"],
                    valid_for=1,
                )
                for n in range(count)
            ]
            for poll in polls:
                poll.tags.set(self.polls["tags"])
                Choice.objects.create(poll=poll, choice="Yes", votes=1)
            with self.subTest(count=count), self.assertNumQueries(4):
                serializers.serialize(
                    "json",
                    Choice.objects.filter(poll__in=polls),
                    select_related=True,
                    relations=["poll"],
                )

    def test_dumpdata_nested_objects_dependencies_load(self):
        choice = Choice.objects.order_by("pk").first()
        for flags in [
            ["--relations", "serializers_regress.Choice.poll"],
            ["--depth", "1"],
        ]:
            with self.subTest(flags=flags):
                out = StringIO()
                management.call_command(
                    "dumpdata",
                    "serializers_regress.Choice",
                    "--pks",
                    str(choice.pk),
                    "--select-related",
                    *flags,
                    stdout=out,
                )
                empty_database()
                load("json", out.getvalue())
                loaded = Choice.objects.get()
                self.assertEqual(loaded.poll.creator.name, choice.poll.creator.name)
                self.assertEqual(
                    sorted(t.name for t in loaded.poll.tags.all()),
                    sorted(t.name for t in choice.poll.tags.all()),
                )

    def test_cycle_through_nullable_keys_loads(self):
        first = Category.objects.create(name="first")
        second = Category.objects.create(name="second", parent=first)
        first.parent = second
        first.save()
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, Category.objects.filter(pk=first.pk), select_related=True
                )
                self.assertEqual(len(labels(format, data)), 2)
                empty_database()
                load(format, data)
                self.assertEqual(
                    Category.objects.get(name="first").parent.parent.name, "first"
                )
                # Put them back for the next format.
                empty_database()
                first = Category.objects.create(pk=first.pk, name="first")
                second = Category.objects.create(
                    pk=second.pk, name="second", parent=first
                )
                first.parent = second
                first.save()

    def test_cycle_of_non_nullable_keys_raises(self):
        Link.objects.create(pk=1, name="a", next_id=2)
        Link.objects.create(pk=2, name="b", next_id=1)
        msg = (
            "select_related: the objects depend on each other through "
            "non-nullable keys in a cycle that cannot be ordered: "
            "serializers_regress.Link."
        )
        for format in FORMATS:
            with self.subTest(format=format):
                assert_raises_before_output(
                    self, msg, format, Link.objects.filter(pk=1), select_related=True
                )

    def test_dumpdata_select_related(self):
        out = StringIO()
        management.call_command(
            "dumpdata",
            "serializers_regress.sponsoredpoll",
            "--select-related",
            "--pk-name",
            stdout=out,
        )
        data = json.loads(out.getvalue())
        self.assertEqual(
            [obj["model"].split(".")[1] for obj in data],
            ["author", "tag", "poll", "featuredpoll", "sponsoredpoll"],
        )
        empty_database()
        load("json", out.getvalue())
        self.assertEqual(SponsoredPoll.objects.get().sponsor, "ACME")
        self.assertEqual(Author.objects.count(), 1)
        self.assertEqual(Tag.objects.count(), 1)

    def test_excluded_models_are_not_added(self):
        sponsored = SponsoredPoll.objects.all()
        for exclude, expected in [
            ([Author], ["tag", "poll", "featuredpoll"]),
            (["serializers_regress.Tag"], ["author", "poll", "featuredpoll"]),
            # What only an excluded object depends on (the tags of the Poll
            # row) isn't followed.
            (["serializers_regress.poll"], ["featuredpoll"]),
            (["serializers_regress"], []),
        ]:
            for format in FORMATS:
                with self.subTest(exclude=exclude, format=format):
                    data = serializers.serialize(
                        format,
                        sponsored,
                        select_related=True,
                        select_related_exclude=exclude,
                    )
                    self.assertEqual(
                        [model.split(".")[1] for model, _ in labels(format, data)],
                        [*expected, "sponsoredpoll"],
                    )

    def test_bad_exclusions_raise(self):
        for exclude, msg in [
            (["nope.Nope"], "select_related_exclude: Unknown model: nope.Nope"),
            (
                ["nope"],
                "select_related_exclude: No installed app with label 'nope'.",
            ),
            (
                ["serializers_regress.Poll.tags"],
                "select_related_exclude takes models, app_label.ModelName labels "
                "and app labels, not 'serializers_regress.Poll.tags'.",
            ),
            (
                [5],
                "select_related_exclude takes models, app_label.ModelName labels "
                "and app labels, not 5.",
            ),
            (
                "serializers_regress",
                "select_related_exclude takes a list of models and labels, not "
                "'serializers_regress' (a list: ['serializers_regress']).",
            ),
        ]:
            with self.subTest(exclude=exclude):
                assert_raises_before_output(
                    self,
                    msg,
                    "json",
                    Poll.objects.all(),
                    select_related=True,
                    select_related_exclude=exclude,
                )

    def test_dumpdata_exclude_leaves_out_dependencies(self):
        # --exclude names what the target database has already.
        out = StringIO()
        management.call_command(
            "dumpdata",
            "serializers_regress.sponsoredpoll",
            "serializers_regress.choice",
            "--select-related",
            "--exclude",
            "serializers_regress.author",
            stdout=out,
        )
        self.assertEqual(
            [obj["model"].split(".")[1] for obj in json.loads(out.getvalue())],
            ["tag", "poll", "choice", "tag", "poll", "featuredpoll", "sponsoredpoll"],
        )
        author = self.polls["author"]
        empty_database()
        Author.objects.create(pk=author.pk, name="kept")
        load("json", out.getvalue())
        self.assertEqual(SponsoredPoll.objects.get().creator.name, "kept")
        self.assertEqual(Choice.objects.get().choice, "Yes")

    def test_dumpdata_unorderable_cycle_is_a_command_error(self):
        Link.objects.create(pk=1, name="a", next_id=2)
        Link.objects.create(pk=2, name="b", next_id=1)
        with self.assertRaisesMessage(CommandError, "serializers_regress.Link"):
            management.call_command(
                "dumpdata",
                "serializers_regress.link",
                select_related=True,
                stdout=StringIO(),
            )
