"""
Custom serializer classes, from the 2009 serialization proposal: a
ModelSerializer's custom_format describes the shape of each object's
output, in every format.
"""

import inspect
import warnings
import weakref

from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.core.serializers.base import SerializationError, SerializerWarning
from django.core.serializers.planning import (
    MAX_JOINED_HOPS,
    _extra_getter,
    _guarded,
    find_relation,
    is_many,
    is_own_field,
    is_reverse,
)
from django.db import models
from django.utils.encoding import is_protected_type


class ModelSerializer:
    """
    Describe the output of a model's objects. Subclass it with a
    custom_format (and optionally the model), and pass the class as
    serialize(format, queryset, custom_serializer=PollSerializer).

    custom_format holds one item, the shape of each object: a list or a
    tuple gives a list of shaped objects, a one-entry dict {key: shape} a
    mapping of each object's key to its shaped item. Inside a shape, lists,
    tuples and dicts (whose keys are descriptions) nest to any depth; a
    string names a field (of the model or its parents), a method of this
    class (called with the object), an attribute, property or
    argument-less method of the object, or else stands for itself (a
    Literal always does); a callable is called with the object.
    """

    model = None
    custom_format = None


class Literal(str):
    """A string of a custom_format that stands for itself, never a name."""

    __slots__ = ()

    def __repr__(self):
        return f"Literal({super().__repr__()})"


def edits(a, b, limit=2):
    """
    The number of single-character insertions, deletions, substitutions and
    swaps of adjacent characters that make a into b, or limit + 1 if more.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before, previous = None, list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            distance = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)
            )
            if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == other:
                distance = min(distance, before[j - 2] + 1)
            current.append(distance)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


# For each serializer class, the models its literals were checked for: a
# class warns once, not at every serialize() call.
_checked_literals = weakref.WeakKeyDictionary()


# The nodes of a compiled shape.


class Seq:
    def __init__(self, kind, items):
        self.kind, self.items = kind, items


class Described:
    """A dict of a shape: (description, node) entries."""

    def __init__(self, entries):
        self.entries = entries


class Leaf:
    """A value of the object: its kind says how it is got and written."""

    def __init__(self, kind, name, get=None, field=None, relation=None):
        self.kind = (
            kind  # "field", "relation", "method", "attribute", "call", "literal"
        )
        self.name = name
        self.get = get
        self.field = field
        self.relation = relation


class Shape:
    """A ModelSerializer's custom_format, compiled for its model."""

    def __init__(self, serializer_class, model, registry):
        self.serializer_class = serializer_class
        self.model = model._meta.concrete_model
        self.label = model._meta.label
        self.registry = registry
        self.instance = serializer_class()
        # The strings of the shape that resolve() found no name for.
        self.literals = []
        name = serializer_class.__name__
        custom_format = serializer_class.custom_format
        if isinstance(custom_format, (list, tuple)):
            self.container = type(custom_format)
            if len(custom_format) != 1:
                raise SerializationError(
                    f"{name}.custom_format holds exactly one item, the shape of "
                    f"each object, not {len(custom_format)}"
                    + (
                        " (a one-item tuple needs its trailing comma: (shape,))."
                        if isinstance(custom_format, tuple)
                        else "."
                    )
                )
            self.key = None
            item = custom_format[0]
        elif isinstance(custom_format, dict):
            self.container = dict
            if len(custom_format) != 1:
                raise SerializationError(
                    f"{name}.custom_format, a dict, holds exactly one entry "
                    f"{{key: shape}}, not {len(custom_format)}."
                )
            ((key, item),) = custom_format.items()
            if not isinstance(key, str):
                raise SerializationError(
                    f"{name}.custom_format: the key of {{key: shape}} names a "
                    f"field, method or attribute, not {key!r}."
                )
            self.key = self.compile(key, f"{name}.custom_format")
            if self.key.kind == "literal":
                raise SerializationError(
                    f"{name}.custom_format: the key {key!r} of {{key: shape}} is "
                    f"not a field, method or attribute of {self.label}."
                )
        else:
            hint = (
                f" (a one-item tuple needs its trailing comma: ({custom_format!r},))"
                if isinstance(custom_format, str)
                else ""
            )
            raise SerializationError(
                f"{name}.custom_format is a list, a tuple or a dict holding one "
                f"item, not {custom_format!r}{hint}."
            )
        self.item = self.compile(item, f"{name}.custom_format")
        checked = _checked_literals.setdefault(serializer_class, set())
        if self.model not in checked:
            checked.add(self.model)
            self.warn_misspelt_names()

    def compile(self, shape, where):
        if isinstance(shape, Literal):
            # A plain str: formats write it, YAML's safe dumper included.
            return Leaf("literal", str(shape))
        if isinstance(shape, str):
            return self.resolve(shape)
        if isinstance(shape, (list, tuple)):
            return Seq(type(shape), [self.compile(s, where) for s in shape])
        if isinstance(shape, dict):
            entries = []
            for description, value in shape.items():
                if not isinstance(description, str):
                    raise SerializationError(
                        f"{where}: dict keys in a shape are descriptions "
                        f"(strings), not {description!r}."
                    )
                entries.append((description, self.compile(value, where)))
            return Described(entries)
        if callable(shape):
            name = getattr(shape, "__name__", repr(shape))
            get = _guarded(shape, self.label, name, "the item")
            return Leaf("call", name, get=get)
        raise SerializationError(
            f"{where}: {shape!r} is not a shape; shapes are lists, tuples, "
            "dicts, strings and callables."
        )

    def resolve(self, name):
        """A string of a shape: field, method, attribute, or literal."""
        opts = self.model._meta
        try:
            field = opts.get_field(name)
        except FieldDoesNotExist:
            field = None
        if field is not None and is_own_field(field):
            if field.is_relation:
                return Leaf("relation", name, field=field, relation=field)
            return Leaf("field", name, field=field)
        try:
            relation = find_relation(self.model, name)
        except Exception:
            relation = None
        if relation is not None and is_reverse(relation):
            return Leaf("relation", name, relation=relation)
        method = inspect.getattr_static(self.serializer_class, name, None)
        if callable(method) and not hasattr(ModelSerializer, name):
            bound = getattr(self.instance, name)
            label = f"{self.serializer_class.__name__}.{name}()"
            get = _guarded(bound, self.label, label, "the method")
            return Leaf("method", name, get=get)
        # getattr_static() finds what the class can't give, as a composite
        # primary key's "pk".
        if hasattr(self.model, name) or inspect.getattr_static(self.model, name, None):
            getter = _extra_getter(self.model, self.model, self.label, name, ())
            get = _guarded(getter, self.label, name, "the item")
            return Leaf("attribute", name, get=get)
        self.literals.append(name)
        return Leaf("literal", name)

    def names(self):
        """
        The names that resolve() finds: fields, the serializer's methods and
        the attributes that the model adds to Model's.
        """
        opts = self.model._meta
        names = [
            field.get_accessor_name() if is_reverse(field) else field.name
            for field in opts.get_fields()
        ]
        names += [
            name
            for name in dir(self.serializer_class)
            if not hasattr(ModelSerializer, name)
            and callable(inspect.getattr_static(self.serializer_class, name))
        ]
        # Model's own API (save, clean, check...) is rarely meant and would
        # make plain words look like typos ("same"); managers aren't read
        # from objects.
        managers = {manager.name for manager in opts.managers}
        names += [
            name
            for name in dir(self.model)
            if not name.startswith("_")
            and not hasattr(models.Model, name)
            and name not in managers
        ]
        return [name for name in dict.fromkeys(names) if name]

    def warn_misspelt_names(self):
        """Warn about each literal that is one or two edits from a name."""
        if not self.literals:
            return
        names = self.names()
        for literal in dict.fromkeys(self.literals):
            # An edit per three characters of either string at most: every
            # short string is two edits from "id" or "pk".
            limit = min(2, len(literal) // 3)
            if not limit:
                continue
            distance, match = min(
                ((edits(literal, name, limit), name) for name in names),
                key=lambda pair: pair[0],
                default=(limit + 1, ""),
            )
            if 0 < distance <= min(limit, len(match) // 3):
                warnings.warn(
                    f"{self.serializer_class.__name__}.custom_format: {literal!r} "
                    f"is written as a literal; did you mean {match!r}?",
                    SerializerWarning,
                )

    # Evaluation to Python data.

    def key_of(self, obj, ancestors=()):
        return self.leaf_value(self.key, obj, ancestors)

    def value(self, obj, ancestors=()):
        return self.node_value(self.item, obj, (*ancestors, (self.model, obj.pk)))

    def node_value(self, node, obj, ancestors):
        if isinstance(node, Seq):
            return node.kind(self.node_value(n, obj, ancestors) for n in node.items)
        if isinstance(node, Described):
            return {
                description: self.node_value(n, obj, ancestors)
                for description, n in node.entries
            }
        return self.leaf_value(node, obj, ancestors)

    def leaf_value(self, leaf, obj, ancestors):
        if leaf.kind == "literal":
            return leaf.name
        if leaf.kind == "field":
            value = leaf.field.value_from_object(obj)
            return (
                value if is_protected_type(value) else leaf.field.value_to_string(obj)
            )
        if leaf.kind == "relation":
            related, shape = self.related(leaf, obj)
            if is_many(leaf.relation):
                return [self.related_value(r, shape, ancestors) for r in related]
            if related is None:
                return None
            return self.related_value(related, shape, ancestors)
        return leaf.get(obj)

    def unwritable(self, label, pk, value, encode, format_name, error):
        """
        Return the SerializationError naming the item of an object's shaped
        value that encode() can't write, or error if none is to blame.
        """
        for name, item in self._named_values(self.item, value):
            try:
                encode(item)
            except Exception as e:
                return self.unwritable_item(label, pk, name, format_name, e)
        return error

    def unwritable_item(self, label, pk, name, format_name, error):
        """The SerializationError of an item that a format can't write."""
        return SerializationError(
            f"{label} (pk={pk!r}): the item {name!r} of "
            f"{self.serializer_class.__name__}.custom_format can't be written "
            f"in {format_name}: {error}"
        )

    def _named_values(self, node, value):
        """The (leaf name, value) pairs of a shaped value."""
        if isinstance(node, Seq):
            for item, item_value in zip(node.items, value):
                yield from self._named_values(item, item_value)
        elif isinstance(node, Described):
            for (_, item), item_value in zip(node.entries, value.values()):
                yield from self._named_values(item, item_value)
        else:
            yield node.name, value

    def related(self, leaf, obj):
        """The related object(s) of a relation leaf, and their Shape if any."""
        relation = leaf.relation
        shape = self.registry.shape(relation.related_model)
        if is_many(relation):
            return getattr(obj, leaf.name).all(), shape
        if shape is None and not is_reverse(relation):
            # A key: no need to fetch the object.
            return getattr(obj, relation.attname), None
        try:
            return getattr(obj, leaf.name), shape
        except ObjectDoesNotExist:
            return None, shape

    def related_value(self, related, shape, ancestors):
        if shape is None or (related._meta.concrete_model, related.pk) in ancestors:
            # A key: no custom serializer, or an object already being shaped
            # higher up (a loop).
            return related.pk if isinstance(related, models.Model) else related
        return shape.value(related, ancestors)

    def lookups(self, prefix="", joined=True, seen=()):
        """The (select_related, prefetch_related) lookups the shape needs."""
        select, prefetch = [], []
        seen = (*seen, self.serializer_class)
        for leaf in self.leaves(self.item):
            if leaf.kind != "relation":
                continue
            relation = leaf.relation
            shape = self.registry.shape(relation.related_model)
            if shape is None and not is_many(relation) and not is_reverse(relation):
                continue
            path = prefix + leaf.name
            join = (
                joined
                and not is_many(relation)
                and not is_reverse(relation)
                # Each hop of prefix (field names hold no "__") is joined.
                and prefix.count("__") < MAX_JOINED_HOPS
            )
            (select if join else prefetch).append(path)
            if shape is not None and shape.serializer_class not in seen:
                s, p = shape.lookups(path + "__", join, seen)
                select += s
                prefetch += p
        return select, prefetch

    def leaves(self, node):
        if isinstance(node, Seq):
            for n in node.items:
                yield from self.leaves(n)
        elif isinstance(node, Described):
            for _, n in node.entries:
                yield from self.leaves(n)
        else:
            yield node


class CustomSerializers:
    """
    The custom serializer of the objects asked for and those of related
    models, each compiled once.
    """

    def __init__(self, custom_serializer, related_custom_serializers=None):
        if not (
            isinstance(custom_serializer, type)
            and issubclass(custom_serializer, ModelSerializer)
        ):
            raise SerializationError(
                "custom_serializer takes a subclass of "
                f"django.core.serializers.ModelSerializer, not {custom_serializer!r}."
            )
        self.main = custom_serializer
        self.related = {}
        for key, serializer in (related_custom_serializers or {}).items():
            if isinstance(key, str):
                try:
                    from django.apps import apps

                    key = apps.get_model(key)
                except (LookupError, ValueError):
                    raise SerializationError(
                        f"related_custom_serializers: unknown model {key!r}."
                    )
            if not (
                isinstance(serializer, type) and issubclass(serializer, ModelSerializer)
            ):
                raise SerializationError(
                    f"related_custom_serializers[{key._meta.label!r}] is not a "
                    f"ModelSerializer subclass: {serializer!r}."
                )
            self.related[key._meta.concrete_model] = serializer
        self.model = None
        if custom_serializer.model is not None:
            self.model = custom_serializer.model._meta.concrete_model
        self._shapes = {}
        self.main_shape = None
        if self.model is not None:
            self.main_shape = self.shape(self.model, main=True)
        elif custom_serializer.custom_format is None:
            raise SerializationError(
                f"{custom_serializer.__name__} has no custom_format."
            )

    def check_model(self, model):
        """
        Refuse a model other than the serializer's; without a model of its
        own, the serializer takes the first one it is given.
        """
        model = model._meta.concrete_model
        if self.model is None:
            self.model = model
            self.main_shape = self.shape(model, main=True)
        elif model is not self.model:
            raise SerializationError(
                f"{self.main.__name__} serializes {self.model._meta.label} "
                f"objects, not {model._meta.label} objects."
            )

    def check(self, obj):
        """Refuse an object of another model than the serializer's."""
        if obj._meta.concrete_model is not self.model:
            raise SerializationError(
                f"{self.main.__name__} serializes {self.model._meta.label} "
                f"objects, not {obj._meta.label} (pk={obj.pk!r})."
            )

    def shape(self, model, main=False):
        model = model._meta.concrete_model
        if model in self._shapes:
            return self._shapes[model]
        if main or model is self.model:
            serializer = self.main
        else:
            serializer = self.related.get(model)
        if serializer is None:
            self._shapes[model] = None
            return None
        self._shapes[model] = None  # A shape that refers to itself.
        shape = self._shapes[model] = Shape(serializer, model, self)
        for related_model in self.related:
            # Check every related serializer before any output.
            if related_model not in self._shapes:
                self.shape(related_model)
        return shape
