"""
A fuzz campaign on the deserializers: valid output of every format, flat,
nested and select_related, mutated at random (truncated, spliced, values
replaced with other JSON values, keys dropped, XML declarations added).
Deserializing must give objects or raise DeserializationError, nothing
else.

CI runs a fixed-seed sample; the campaign itself:

    HYPOTHESIS_PROFILE=long ./runtests.py serializers_regress.test_fuzz
"""

import json
import unittest
from io import BytesIO

from django.core import serializers
from django.core.serializers.base import DeserializationError

from .models import Choice, FeaturedPoll, Poll
from .test_properties import hypothesis
from .utils import make_polls

if hypothesis:
    from hypothesis import given
    from hypothesis import strategies as st
    from hypothesis.extra.django import TestCase

    json_values = st.recursive(
        st.none()
        | st.booleans()
        | st.integers(min_value=-(10**30), max_value=10**30)
        | st.floats(allow_nan=False)
        | st.text(max_size=20),
        lambda children: st.lists(children, max_size=3)
        | st.dictionaries(st.text(max_size=8), children, max_size=3),
        max_leaves=8,
    )
else:  # pragma: no cover
    from django.test import TestCase

    def given(*args, **kwargs):
        return lambda f: f

    st = json_values = None

XML_INSERTS = [
    '<!DOCTYPE d [<!ENTITY e "x">]>',
    '<!DOCTYPE d SYSTEM "http://example.com/d.dtd">',
    "&e;",
    '<object model="serializers_regress.poll">',
    "<field>",
    '<field name="tags" rel="ManyToManyRel"><object pk="x"></object></field>',
    "<None/>",
    # Keys that don't convert, unknown encodings, elements nested deep.
    '<object model="serializers_regress.poll" pk="1x">',
    '<?xml version="1.0" encoding="nope"?>',
    "<a>" * 5000,
]
# Huge literals and runs of whitespace, integers beyond every database's
# range, and YAML aliases (a repeated anchor, a recursive one).
INSERTS = {
    "xml": XML_INSERTS,
    "json": ['"', "{", "]", "1" * 5000, " " * 100_000, str(2**70)],
    "jsonl": ['"', "{", "]", "1" * 5000, " " * 100_000, str(2**70)],
    "yaml": [
        '"',
        "{",
        "]",
        str(2**70),
        "&a [1, [2, 3]]",
        "*a",
        "&r [*r]",
        "{x: &b [[1, 2], [3]], y: [*b, *b, *b]}",
    ],
}


def paths(value, prefix=()):
    """Every path to a value inside nested lists and dicts."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def replace(value, path, new):
    if not path:
        return new
    head, *rest = path
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = replace(copy[head], rest, new)
    return copy


def drop(value, path):
    *parent, last = path

    def go(v, p):
        if not p:
            copy = dict(v) if isinstance(v, dict) else list(v)
            del copy[last]
            return copy
        head, *rest = p
        copy = dict(v) if isinstance(v, dict) else list(v)
        copy[head] = go(copy[head], rest)
        return copy

    return go(value, parent)


@unittest.skipUnless(hypothesis, "hypothesis isn't installed")
class FuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_polls()
        cls.documents = []
        for format in ["json", "jsonl", "yaml", "xml"]:
            for queryset, options in [
                (Poll.objects.all(), {"pk_name": True}),
                (Poll.objects.all(), {"relations": ["creator", "tags", "choices"]}),
                (FeaturedPoll.objects.all(), {"inherited": True}),
                (Choice.objects.all(), {"select_related": True}),
            ]:
                data = serializers.serialize(format, queryset, **options)
                cls.documents.append((format, data))

    def assertDeserializesOrRefuses(self, format, data):
        # From a string, and from a stream of bytes as loaddata gives.
        stream = BytesIO(data.encode(errors="surrogatepass"))
        for source in [data, stream]:
            try:
                objects = list(serializers.deserialize(format, source))
            except DeserializationError as e:
                self.assertTrue(str(e) or e.__cause__ is not None)
            else:
                for obj in objects:
                    self.assertIsNotNone(obj.object._meta)

    @given(st.data())
    def test_text_mutations(self, data):
        format, document = data.draw(st.sampled_from(self.documents))
        start = data.draw(st.integers(0, len(document)))
        end = data.draw(st.integers(start, min(len(document), start + 40)))
        mutation = data.draw(st.sampled_from(["truncate", "splice", "duplicate"]))
        if mutation == "truncate":
            mutated = document[:start]
        elif mutation == "splice":
            insert = data.draw(st.text(max_size=20) | st.sampled_from(INSERTS[format]))
            mutated = document[:start] + insert + document[end:]
        else:
            mutated = document[:end] + document[start:]
        self.assertDeserializesOrRefuses(format, mutated)

    @given(st.data())
    def test_json_structure_mutations(self, data):
        format = data.draw(st.sampled_from(["json", "jsonl"]))
        documents = [d for f, d in self.documents if f == "json"]
        objects = json.loads(data.draw(st.sampled_from(documents)))
        path = data.draw(st.sampled_from(list(paths(objects))))
        if path and data.draw(st.booleans()):
            mutated = drop(objects, path)
        else:
            mutated = replace(objects, path, data.draw(json_values))
        if format == "json":
            text = json.dumps(mutated)
        elif isinstance(mutated, list):
            text = "\n".join(json.dumps(item) for item in mutated)
        else:
            text = json.dumps(mutated)
        self.assertDeserializesOrRefuses(format, text)
