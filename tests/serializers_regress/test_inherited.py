from django.core import serializers
from django.test import TestCase

from .models import FeaturedPoll, Poll, RecentPoll, SponsoredPoll
from .test_default_output import FORMATS
from .utils import make_polls, python_objects

POLL_FIELDS = ["question", "pub_date", "creator", "valid_for", "tags"]


class InheritedFieldsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.polls = make_polls()

    def test_parents_fields_first_in_every_format(self):
        expected = POLL_FIELDS + ["headline", "sponsor"]
        for format in ["python", "json", "jsonl", "yaml"]:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, SponsoredPoll.objects.all(), inherited=True
                )
                fields = python_objects(format, data)[0]["fields"]
                self.assertEqual(list(fields), expected)
                self.assertEqual(fields["question"], "Vim?")
                self.assertEqual(fields["tags"], [self.polls["tags"][1].pk])
                self.assertEqual(fields["sponsor"], "ACME")
        with self.subTest(format="xml"):
            data = serializers.serialize(
                "xml", SponsoredPoll.objects.all(), inherited=True
            )
            names = [part.split('"', 1)[0] for part in data.split('<field name="')[1:]]
            self.assertEqual(names, expected)

    def test_parent_links_are_not_repeated(self):
        data = serializers.serialize(
            "python", SponsoredPoll.objects.all(), inherited=True
        )
        self.assertNotIn("poll_ptr", data[0]["fields"])
        self.assertNotIn("featuredpoll_ptr", data[0]["fields"])

    def test_without_option_only_local_fields(self):
        data = serializers.serialize("python", FeaturedPoll.objects.all())
        self.assertEqual(list(data[0]["fields"]), ["headline"])

    def test_fields_may_name_inherited_fields(self):
        data = serializers.serialize(
            "python",
            FeaturedPoll.objects.all(),
            inherited=True,
            fields=["question", "tags", "headline"],
        )
        self.assertEqual(list(data[0]["fields"]), ["question", "tags", "headline"])

    def test_proxy_serializes_its_concrete_model(self):
        data = serializers.serialize(
            "python",
            RecentPoll.objects.filter(pk=self.polls["plain"].pk),
            inherited=True,
        )
        self.assertEqual(data[0]["model"], "serializers_regress.recentpoll")
        self.assertEqual(list(data[0]["fields"]), POLL_FIELDS)

    @staticmethod
    def sponsored_polls():
        """Every field of the sponsored polls, parents' included."""
        return [
            (
                p.pk,
                p.question,
                p.pub_date,
                p.creator_id,
                p.valid_for,
                p.headline,
                p.sponsor,
                sorted(t.pk for t in p.tags.all()),
            )
            for p in SponsoredPoll.objects.order_by("pk")
        ]

    def test_round_trip_creates_parents_in_empty_database(self):
        expected = self.sponsored_polls()
        for format in FORMATS:
            with self.subTest(format=format):
                data = serializers.serialize(
                    format, SponsoredPoll.objects.all(), inherited=True, pk_name=True
                )
                Poll.objects.all().delete()
                self.assertEqual(FeaturedPoll.objects.count(), 0)
                for obj in serializers.deserialize(format, data):
                    obj.save()
                self.assertEqual(self.sponsored_polls(), expected)
                self.assertEqual(Poll.objects.count(), 1)
                self.assertEqual(FeaturedPoll.objects.count(), 1)

    def test_round_trip_updates_existing_parents(self):
        sponsored = self.polls["sponsored"]
        data = serializers.serialize("json", [sponsored], inherited=True)
        Poll.objects.filter(pk=sponsored.pk).update(question="Changed?")
        FeaturedPoll.objects.filter(pk=sponsored.pk).update(headline="Changed")
        for obj in serializers.deserialize("json", data):
            obj.save()
        sponsored.refresh_from_db()
        self.assertEqual((sponsored.question, sponsored.headline), ("Vim?", "Editors"))
        self.assertEqual(Poll.objects.count(), 3)
