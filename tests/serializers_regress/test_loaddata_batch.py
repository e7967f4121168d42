"""
loaddata saves the objects that no signal receiver watches in batches; the
database ends as it does when each object is saved in turn.
"""

import datetime
import json
import os
import tempfile
from unittest import mock

from django.core import management
from django.core.management.commands.loaddata import InsertBatch
from django.db import DatabaseError, IntegrityError, connection
from django.db.models.signals import m2m_changed, pre_save
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from .models import Author, Choice, Poll, Profile, Tag

Through = Poll.tags.through


def poll(pk, tags=(), question=None, creator=1):
    return {
        "model": "serializers_regress.poll",
        "pk": pk,
        "fields": {
            "question": f"Q{pk}?" if question is None else question,
            "pub_date": "2009-04-01T12:30:00",
            "creator": creator,
            "valid_for": pk,
            "tags": list(tags),
        },
    }


def choice(pk, poll):
    return {
        "model": "serializers_regress.choice",
        "pk": pk,
        "fields": {"poll": poll, "choice": f"C{pk}", "votes": pk},
    }


def polls(count):
    objects = [
        {"model": "serializers_regress.author", "pk": 1, "fields": {"name": "A"}}
    ]
    objects += [
        {"model": "serializers_regress.tag", "pk": n, "fields": {"name": f"t{n}"}}
        for n in range(1, 4)
    ]
    for n in range(1, count + 1):
        objects += [poll(n, [3, 1, 2][: n % 4]), choice(2 * n, n), choice(2 * n + 1, n)]
    return objects


def ignore(**kwargs):
    pass


class LoaddataBatchTests(TestCase):
    def load(self, objects, one_by_one=False):
        """Load objects from a JSON fixture, each saved in turn if one_by_one."""
        if one_by_one:
            # A receiver of every model's signal: no object is batched.
            pre_save.connect(ignore)
        try:
            with tempfile.TemporaryDirectory() as directory:
                path = os.path.join(directory, "fixture.json")
                with open(path, "w") as fixture:
                    json.dump(objects, fixture)
                management.call_command("loaddata", path, verbosity=0)
        finally:
            pre_save.disconnect(ignore)

    def state(self):
        """Every row, the many-to-many ones in the order they were added."""
        return [
            list(model.objects.order_by("pk").values_list())
            for model in [Author, Tag, Poll, Choice]
        ] + [list(Through.objects.order_by("pk").values_list("poll", "tag"))]

    def assertLoadsAsOneByOne(self, objects, before=None):
        """
        Assert that objects load into the same state, after before(), as
        when each is saved in turn.
        """
        states = []
        for one_by_one in [True, False]:
            with self.subTest(one_by_one=one_by_one):
                for model in [Through, Choice, Poll, Tag, Author]:
                    model.objects.all().delete()
                if before:
                    before()
                self.load(objects, one_by_one)
                states.append(self.state())
        self.assertEqual(states[0], states[1])
        return states[1]

    def test_same_rows_as_one_by_one(self):
        state = self.assertLoadsAsOneByOne(polls(30))
        self.assertEqual(len(state[2]), 30)
        self.assertEqual(len(state[4]), 45)

    def test_queries_do_not_grow_with_the_objects(self):
        # 304 objects: 100 polls, each with 2 choices and some of 3 tags.
        # Saved one by one, an object costs 2 queries or more.
        with CaptureQueriesContext(connection) as queries:
            self.load(polls(100))
        self.assertEqual(Poll.objects.count(), 100)
        self.assertLess(len(queries), 30)

    def test_existing_objects_are_updated(self):
        def before():
            Author.objects.create(pk=1, name="Old")
            Tag.objects.create(pk=1, name="old")
            old = Poll.objects.create(
                pk=2,
                question="Old?",
                pub_date=datetime.datetime(2000, 1, 1),
                creator_id=1,
                valid_for=0,
            )
            old.tags.set([1])

        state = self.assertLoadsAsOneByOne(polls(4), before)
        self.assertEqual(state[2][1][1], "Q2?")

    def test_existing_objects_are_saved_in_order(self):
        # Saving profile 2 first clashes with profile 1's author; saved in
        # the table's order, they wouldn't.
        def before():
            Author.objects.bulk_create(Author(pk=n, name=f"A{n}") for n in [1, 2, 3])
            Profile.objects.create(pk=1, author_id=1, bio="one")
            Profile.objects.create(pk=2, author_id=2, bio="two")

        objects = [
            {
                "model": "serializers_regress.profile",
                "pk": pk,
                "fields": {"author": author, "bio": "new"},
            }
            for pk, author in [(2, 1), (1, 3)]
        ]
        for one_by_one in [True, False]:
            with self.subTest(one_by_one=one_by_one):
                Profile.objects.all().delete()
                Author.objects.all().delete()
                before()
                with self.assertRaisesMessage(
                    IntegrityError, "Could not load serializers_regress.Profile(pk=2)"
                ):
                    self.load(objects, one_by_one)
                self.assertEqual(
                    list(Profile.objects.order_by("pk").values_list("author", "bio")),
                    [(1, "one"), (2, "two")],
                )

    def test_repeated_object(self):
        objects = polls(3) + [poll(2, [3], question="Again?")]
        state = self.assertLoadsAsOneByOne(objects)
        self.assertEqual(state[2][1][1], "Again?")

    def test_rows_left_without_their_object(self):
        # Many-to-many rows whose poll was deleted without them: set()
        # removes those it doesn't keep.
        def before():
            Author.objects.create(pk=1, name="A")
            Tag.objects.bulk_create(Tag(pk=n, name=f"t{n}") for n in range(1, 4))
            Through.objects.create(poll_id=3, tag_id=2)

        with connection.constraint_checks_disabled():
            state = self.assertLoadsAsOneByOne(polls(4), before)
        self.assertIn((3, 3), state[4])

    def test_receivers_see_each_object(self):
        seen = []

        def receiver(sender, instance, raw, **kwargs):
            seen.append((sender, instance.pk, raw))

        pre_save.connect(receiver, sender=Choice)
        self.addCleanup(pre_save.disconnect, receiver, sender=Choice)
        self.load(polls(2))
        self.assertEqual(
            seen,
            [(Choice, 2, True), (Choice, 3, True)]
            + [(Choice, 4, True), (Choice, 5, True)],
        )

    def test_m2m_changed_receivers_see_each_object(self):
        seen = []

        def receiver(sender, instance, action, pk_set, **kwargs):
            seen.append((instance.pk, action, pk_set))

        m2m_changed.connect(receiver, sender=Through)
        self.addCleanup(m2m_changed.disconnect, receiver, sender=Through)
        self.load(polls(2))
        self.assertEqual(
            seen,
            [
                (1, "pre_add", {3}),
                (1, "post_add", {3}),
                (2, "pre_add", {1, 3}),
                (2, "post_add", {1, 3}),
            ],
        )

    def test_error_names_the_object_and_rolls_back(self):
        objects = polls(5)
        objects[10]["fields"]["question"] = None  # The third poll.
        messages = []
        for one_by_one in [True, False]:
            with self.subTest(one_by_one=one_by_one):
                with self.assertRaises(IntegrityError) as cm:
                    self.load(objects, one_by_one)
                # The message, without the fixture's temporary path.
                messages.append(str(cm.exception).split("': ", 1)[1])
                self.assertEqual(self.state(), [[], [], [], [], []])
        self.assertEqual(messages[0], messages[1])
        self.assertIn("Could not load serializers_regress.Poll(pk=3):", messages[1])

    def test_failed_batch_is_saved_one_by_one(self):
        # Whatever fails in a batch, its objects are saved again one by one,
        # with their many-to-many rows.
        insert_new = InsertBatch.insert_new
        calls = []

        def fail_once(batch, model, objects):
            calls.append(model)
            if len(calls) == 4:  # The choices, after the polls' rows.
                raise DatabaseError("Batch failed.")
            insert_new(batch, model, objects)

        with mock.patch.object(InsertBatch, "insert_new", fail_once):
            self.assertLoadsAsOneByOne(polls(4))
        self.assertEqual(calls, [Author, Tag, Poll, Choice])
        self.assertEqual(Through.objects.count(), 6)

    def test_save_error_before_a_broken_object(self):
        # The broken object is read after the poll that can't be saved: the
        # poll's error is raised, as when each object is saved when read.
        objects = polls(3)
        objects[7]["fields"]["question"] = None  # The second poll.
        objects.append({"model": "serializers_regress.nothing", "pk": 1})
        messages = []
        for one_by_one in [True, False]:
            with self.assertRaises(IntegrityError) as cm:
                self.load(objects, one_by_one)
            messages.append(str(cm.exception).split("': ", 1)[1])
        self.assertEqual(messages[0], messages[1])
        self.assertIn("Poll(pk=2)", messages[1])
