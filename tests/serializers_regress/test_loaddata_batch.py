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

from .models import (
    Author,
    Book,
    Category,
    Choice,
    Gadget,
    Label,
    Memo,
    Note,
    Poll,
    Profile,
    Shelf,
    Span,
    Tag,
)

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

    def state(self, models=(Author, Tag, Poll, Choice, Through)):
        """
        Every row, the many-to-many ones in the order they were added,
        without their generated keys.
        """
        return [
            list(
                model._base_manager.order_by("pk").values_list(
                    *[
                        field.attname
                        for field in model._meta.concrete_fields
                        if not (model._meta.auto_created and field.primary_key)
                    ]
                )
            )
            for model in models
        ]

    def assertLoadsAsOneByOne(
        self, objects, before=None, models=(Author, Tag, Poll, Choice, Through)
    ):
        """
        Assert that objects load into the same state of models, after
        before(), as when each is saved in turn.
        """
        states = []
        for one_by_one in [True, False]:
            with self.subTest(one_by_one=one_by_one):
                for model in reversed(models):
                    model._base_manager.all().delete()
                if before:
                    before()
                self.load(objects, one_by_one)
                states.append(self.state(models))
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
        for rows_exist in [False, True]:
            messages = []
            for one_by_one in [True, False]:
                with self.subTest(rows_exist=rows_exist, one_by_one=one_by_one):
                    for model in [Through, Choice, Poll, Tag, Author]:
                        model.objects.all().delete()
                    if rows_exist:
                        self.load(polls(5))
                    before = self.state()
                    with self.assertRaises(IntegrityError) as cm:
                        self.load(objects, one_by_one)
                    # The message, without the fixture's temporary path.
                    messages.append(str(cm.exception).split("': ", 1)[1])
                    self.assertEqual(self.state(), before)
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

    def test_existing_rows_are_updated_in_one_statement_a_model(self):
        self.load(polls(100))
        objects = polls(100)
        for obj in objects:
            if obj["model"] == "serializers_regress.poll":
                obj["fields"]["question"] += " (edited)"
        with CaptureQueriesContext(connection) as queries:
            self.load(objects)
        updates = [query["sql"] for query in queries if "UPDATE" in query["sql"]]
        # One for each of the author, the tags, the polls and the choices.
        self.assertEqual(len(updates), 4, updates)
        self.assertLess(len(queries), 30)
        self.assertEqual(
            Poll.objects.filter(question__endswith="? (edited)").count(), 100
        )
        self.assertEqual(Through.objects.count(), 150)

    def test_existing_rows_loaded_as_one_by_one(self):
        objects = polls(30)
        for obj in objects[4:]:
            if obj["model"] == "serializers_regress.poll":
                obj["fields"]["question"] += " (edited)"
            else:
                obj["fields"]["votes"] += 100
        state = self.assertLoadsAsOneByOne(objects, lambda: self.load(polls(30)))
        self.assertEqual(state[2][1][1], "Q2? (edited)")

    def test_existing_many_to_many_rows(self):
        # The polls' tags before loading, and in the fixture: the same, in
        # another order, some removed, some added, repeated, as strings.
        before_tags = [[1, 2], [1, 2, 3], [3], [], [2], [1, 3]]
        fixture_tags = [[2, 1], [2], [1, 3], [1, 2, 3], [2, 2, 3], ["3", "1"]]

        def before():
            Author.objects.create(pk=1, name="A")
            Tag.objects.bulk_create(Tag(pk=n, name=f"t{n}") for n in range(1, 4))
            for pk, tags in enumerate(before_tags, 1):
                Poll.objects.create(
                    pk=pk,
                    question="Old?",
                    pub_date=datetime.datetime(2000, 1, 1),
                    creator_id=1,
                    valid_for=0,
                ).tags.set(tags)

        objects = [poll(pk, tags) for pk, tags in enumerate(fixture_tags, 1)]
        state = self.assertLoadsAsOneByOne(objects, before)
        self.assertEqual(
            sorted(state[4]),
            [(1, 1), (1, 2), (2, 2), (3, 1), (3, 3)]
            + [(4, 1), (4, 2), (4, 3), (5, 2), (5, 3), (6, 1), (6, 3)],
        )

    def test_many_to_many_rows_of_every_key_and_filtered_targets(self):
        # set() doesn't see the rows to a hidden label: it neither removes
        # them nor adds them again.
        def before():
            Book.objects.bulk_create(Book(isbn=f"{n}", title="B") for n in [1, 2])
            Gadget.objects.bulk_create(
                Gadget(id=f"00000000-0000-0000-0000-00000000000{n}", name="G")
                for n in [1, 2]
            )
            Span.objects.bulk_create(
                Span(length=datetime.timedelta(days=n)) for n in [1, 2]
            )
            Label.objects.bulk_create(
                Label(pk=n, name=f"L{n}", hidden=n == 2) for n in [1, 2, 3]
            )
            for pk in [1, 2]:
                shelf = Shelf.objects.create(pk=pk, name="Old")
                shelf.books.set(["1"])
                shelf.gadgets.set(["00000000-0000-0000-0000-000000000001"])
                shelf.spans.set([datetime.timedelta(days=1)])
                shelf.labels.set([1])
                Shelf.labels.through.objects.create(shelf_id=pk, label_id=2)

        objects = [
            {
                "model": "serializers_regress.shelf",
                "pk": pk,
                "fields": {
                    "name": "New",
                    "books": ["2", "1"][:pk],
                    "gadgets": ["00000000-0000-0000-0000-000000000002"],
                    "spans": ["2 00:00:00", "1 00:00:00"][:pk],
                    "labels": {1: [3], 2: [2, 3], 3: [2]}[pk],
                },
            }
            for pk in [1, 2, 3]
        ]
        # A model without other fields: its rows are up to date.
        objects += [
            {"model": "serializers_regress.span", "pk": "1 00:00:00", "fields": {}}
        ]
        models = [Book, Gadget, Span, Label, Shelf] + [
            Shelf._meta.get_field(name).remote_field.through
            for name in ["books", "gadgets", "spans", "labels"]
        ]
        state = self.assertLoadsAsOneByOne(objects, before, models)
        self.assertEqual(sorted(state[-1]), [(1, 2), (1, 3), (2, 2), (2, 3), (3, 2)])

    def test_fields_left_null_in_turn(self):
        # Objects that leave parent NULL and those that don't can't share an
        # UPDATE statement; statements are run in the objects' order.
        objects = [
            {
                "model": "serializers_regress.category",
                "pk": pk,
                "fields": {"name": f"C{pk}", "parent": parent},
            }
            for pk, parent in [(1, None), (2, 1), (3, 1), (4, None), (5, 4)]
        ]

        def before():
            Category.objects.bulk_create(
                Category(pk=pk, name="Old") for pk in [1, 2, 3, 4, 5]
            )

        self.assertLoadsAsOneByOne(objects, before, [Category])
        Category.objects.update(name="Old", parent=None)
        with CaptureQueriesContext(connection) as queries:
            self.load(objects)
        updates = [query["sql"] for query in queries if "UPDATE" in query["sql"]]
        self.assertEqual(len(updates), 4, updates)
        self.assertIn('"parent_id" = NULL', updates[0])
        self.assertIn('"parent_id" = NULL', updates[2])

    def test_value_dependent_sql_is_sent_for_each_object(self):
        objects = [
            {"model": "serializers_regress.note", "pk": pk, "fields": {"text": text}}
            for pk, text in [(1, "quiet"), (2, "loud!"), (3, "quiet")]
        ]

        def before():
            Note.objects.bulk_create(Note(pk=pk, text="old") for pk in [1, 2, 3])

        state = self.assertLoadsAsOneByOne(objects, before, [Note])
        self.assertEqual(state, [[(1, "quiet"), (2, "LOUD!"), (3, "quiet")]])

    def test_update_through_a_filtering_base_manager(self):
        # save() updates through the base manager, whose filter is part of
        # the statement: each object is saved in turn.
        objects = [
            {"model": "serializers_regress.memo", "pk": pk, "fields": {"text": "new"}}
            for pk in [1, 2, 3]
        ]

        def before():
            Memo.objects.bulk_create(Memo(pk=pk, text="old") for pk in [1, 2, 3])

        state = self.assertLoadsAsOneByOne(objects, before, [Memo])
        self.assertEqual(state, [[(1, "new"), (2, "new"), (3, "new")]])
        Memo.objects.update(text="old")
        with CaptureQueriesContext(connection) as queries:
            self.load(objects)
        updates = [query["sql"] for query in queries if "UPDATE" in query["sql"]]
        self.assertEqual(len(updates), 3, updates)
        self.assertFalse(any("times" in sql for sql in updates), updates)

    def test_row_deleted_before_its_update(self):
        # A row deleted after the batch found it: save_base() would insert
        # it, so the batch is saved again one by one.
        update = InsertBatch.update
        calls = []

        def delete_a_poll(batch, model, objects):
            calls.append(model)
            if model is Poll:
                Poll.objects.filter(pk=1)._raw_delete(batch.using)
            update(batch, model, objects)

        self.load(polls(3))
        Poll.objects.update(question="Old?")
        with mock.patch.object(InsertBatch, "update", delete_a_poll):
            self.load(polls(3))
        # The choices were saved one by one, after the polls.
        self.assertEqual(calls, [Author, Tag, Poll])
        self.assertEqual(
            list(Poll.objects.order_by("pk").values_list("question", flat=True)),
            ["Q1?", "Q2?", "Q3?"],
        )
