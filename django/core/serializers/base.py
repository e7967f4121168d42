"""
Module for abstract serializer/unserializer base classes.
"""

import difflib
import functools
import inspect
import itertools
import math
import operator
import reprlib
from io import StringIO

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers.planning import (
    MAX_NESTING,
    Node,
    SpecError,
    is_reverse,
    order_by_dependencies,
    parse_relations,
    query_lookups,
    reads_related,
)
from django.db import connections, models, router
from django.db.models import CompositePrimaryKey
from django.db.models.fields import AutoFieldMixin
from django.db.models.query import ModelIterable
from django.db.models.signals import post_init, pre_init

DEFER_FIELD = object()


class SerializerDoesNotExist(KeyError):
    """The requested serializer was not found."""

    pass


class SerializationError(Exception):
    """Something bad happened during serialization."""

    pass


class SerializerWarning(RuntimeWarning):
    """A serializer is written in a way that is likely a mistake."""

    pass


class InputRepr(reprlib.Repr):
    def repr_int(self, x, level):
        # str() of an int of more than sys.get_int_max_str_digits() digits
        # raises ValueError.
        if x.bit_length() > 4 * self.maxlong:
            return f"<int of {x.bit_length()} bits>"
        return super().repr_int(x, level)


# Untrusted input in messages: a YAML document's aliases can make a small
# document a value whose full repr() would take gigabytes.
_input_repr = InputRepr()
_input_repr.maxlevel = 2
_input_repr.maxstring = _input_repr.maxother = 80
_input_repr.maxlist = _input_repr.maxtuple = _input_repr.maxdict = 6
_input_repr.maxset = _input_repr.maxfrozenset = 6


def bounded_repr(value):
    """repr() of untrusted input, bounded in length and in the time it takes."""
    return _input_repr.repr(value)


def bounded_str(value, limit=80):
    """str() of untrusted input, bounded as bounded_repr() is."""
    if isinstance(value, str):
        return value if len(value) <= limit else value[: limit - 3] + "..."
    if value is None or isinstance(value, (bool, float)):
        return str(value)
    return bounded_repr(value)


def bounded_error(exc):
    """str() of exc, with the input that a ValidationError holds bounded."""
    from django.core.exceptions import ValidationError

    if isinstance(exc, ValidationError) and not hasattr(exc, "error_dict"):
        errors = [
            ValidationError(
                error.message,
                error.code,
                error.params and {k: bounded_str(v) for k, v in error.params.items()},
            )
            for error in exc.error_list
        ]
        exc = ValidationError(errors)
    return str(exc)


class DeserializationError(Exception):
    """Something bad happened during deserialization."""

    @classmethod
    def WithData(cls, original_exc, model, fk, field_value):
        """
        Factory method for creating a deserialization error which has a more
        explanatory message.
        """
        return cls(
            "%s: (%s:pk=%s) field_value was '%s'"
            % (
                bounded_error(original_exc),
                bounded_str(model),
                bounded_str(fk),
                bounded_str(field_value),
            )
        )


class M2MDeserializationError(Exception):
    """Something bad happened during deserialization of a ManyToManyField."""

    def __init__(self, original_exc, pk):
        self.original_exc = original_exc
        self.pk = pk


class ProgressBar:
    progress_width = 75

    def __init__(self, output, total_count):
        self.output = output
        self.total_count = total_count
        self.prev_done = 0

    def update(self, count):
        if not self.output:
            return
        perc = count * 100 // self.total_count
        done = perc * self.progress_width // 100
        if self.prev_done >= done:
            return
        self.prev_done = done
        cr = "" if self.total_count == 1 else "\r"
        self.output.write(
            cr + "[" + "." * done + " " * (self.progress_width - done) + "]"
        )
        if done == self.progress_width:
            self.output.write("\n")
        self.output.flush()


def release_written(objects, private=()):
    """
    Yield objects, a chunk's list, then release each one's related objects
    (see release_related()) once they've all been written: objects may share
    related objects, which a prefetch ties to the last of them.
    """
    yield from objects
    for obj in objects:
        release_related(obj, private)


def fetch_m2m_keys(objects, fields):
    """
    Fetch the keys of the many-to-many fields of objects (model instances
    of one model) in a query a field, without building the related objects,
    and keep them on each object for m2m_keys().
    """
    for field in fields:
        keys, source_fields, source_key = query_m2m_keys(objects, field)
        for obj in objects:
            key = source_key([getattr(obj, f.attname) for f in source_fields])
            obj.__dict__.setdefault("_m2m_keys", {})[field.name] = keys.setdefault(
                key, []
            )


def query_m2m_keys(objects, field):
    """
    Return the keys that the many-to-many field relates objects to, fetched
    in a query without building the related objects, as a dict {source key:
    [key, ...]}; the source's fields that the join table refers to; and a
    function of their values, in order, returning the source key. objects
    are model instances of one model or, but for the first, which
    the routers are given as a hint, their primary keys. The query is the
    prefetch of the field's related manager, or the same query by a range of
    keys (see query_int_m2m_keys()), so it has the same filters and
    ordering; an unordered one is ordered by the related objects' keys.
    """
    manager = getattr(objects[0], field.name)
    source = manager.through._meta.get_field(manager.source_field_name)
    source_fields = source.foreign_related_fields
    if len(source_fields) == 1 and plain_int_field(source_fields[0]):
        keys = query_int_m2m_keys(manager, objects, source_fields[0])
        if keys is not None:
            return keys, source_fields, operator.itemgetter(0)
    queryset = by_key(manager.get_prefetch_querysets(objects)[0])
    connection = connections[queryset.db]
    keys = {}
    # The prefetch selects the source's key from the join table; the
    # values of each source are prepared once, not once a row.
    rows = queryset.values_list(*queryset.query.extra_select, "pk")
    prepared = {}
    for row in rows:
        values = row[:-1]
        key = prepared.get(values)
        if key is None:
            key = prepared[values] = tuple(
                related_field.get_db_prep_value(value, connection)
                for related_field, value in zip(source.local_related_fields, values)
            )
        keys.setdefault(key, []).append(row[-1])

    def source_key(values):
        return tuple(
            field.get_db_prep_value(value, connection)
            for field, value in zip(source_fields, values)
        )

    return keys, source_fields, source_key


def by_key(queryset):
    """
    Return queryset of related objects ordered by their keys, unless it's
    ordered: the order that a query of one object's related objects gets
    from the join table's unique index, as the databases plan it, while a
    query of many objects' may get the table's order on PostgreSQL.
    """
    return queryset if queryset.ordered else queryset.order_by("pk")


def plain_int_field(field):
    """
    Whether field is one of Django's integer fields, whose values are the
    ints the database holds, as they are.
    """
    cls = type(field)
    return (
        isinstance(field, models.IntegerField)
        and cls.get_prep_value is models.IntegerField.get_prep_value
        and cls.get_db_prep_value
        in (models.IntegerField.get_db_prep_value, AutoFieldMixin.get_db_prep_value)
        and cls.get_db_converters is models.Field.get_db_converters
        and not hasattr(field, "from_db_value")
    )


def query_int_m2m_keys(manager, objects, source_field):
    """
    query_m2m_keys() for sources whose key is source_field, a plain integer
    field (see plain_int_field()): when the keys fill at least half of the
    range from the least to the greatest, the join table's rows are selected
    by that range, a query that costs the same to build and to run for any
    number of keys, unlike a list of them; the keys of the range's other
    sources are fetched too, and left unused. Return {key: [key, ...]}, or
    None when the keys aren't ints or are too sparse.
    """
    attname = source_field.attname
    first, *others = objects
    sources = {getattr(first, attname)}
    for obj in others:
        sources.add(getattr(obj, attname) if isinstance(obj, models.Model) else obj)
    if any(type(key) is not int for key in sources):
        return None
    low, high = min(sources), max(sources)
    queryset = super(type(manager), manager).get_queryset()
    if high - low >= 2 * len(sources) or queryset.query.is_sliced:
        return None
    # The queryset of get_prefetch_querysets(), filtered by the range.
    queryset._add_hints(instance=first)
    queryset = queryset.using(queryset._db or manager._db)
    path = f"{manager.query_field_name}__{source_field.name}"
    queryset.query.add_q(
        models.Q(**{f"{path}__gte": low, f"{path}__lte": high}), reuse_all=True
    )
    keys = {}
    for source, key in by_key(queryset).values_list(path, "pk"):
        keys.setdefault(source, []).append(key)
    return keys


def m2m_keys(obj, field):
    """
    The keys of obj's many-to-many field that fetch_m2m_keys() fetched, or
    None.
    """
    fetched = obj.__dict__.get("_m2m_keys")
    return None if fetched is None else fetched.get(field.name)


def release_related(obj, private=()):
    """
    Empty the caches of related objects in obj and in the objects they hold,
    and the private prefetch attributes named in private.
    Prefetching ties an object and its related objects in reference cycles
    that only the cyclic garbage collector frees, so that, read in chunks, the
    chunks already written would pile up in memory until it runs.
    """
    # Each object's caches are emptied when it's visited, so that an object
    # reached twice adds nothing the second time.
    stack = [obj]
    while stack:
        obj = stack.pop()
        if obj is None:
            # A nullable relation's cache.
            continue
        attrs = obj.__dict__
        attrs.pop("_m2m_keys", None)
        prefetched = attrs.pop("_prefetched_objects_cache", None)
        if prefetched:
            for related in prefetched.values():
                stack.extend(getattr(related, "_result_cache", None) or ())
        for name in private:
            related = attrs.pop(name, None)
            if related:
                stack += related
        # Read without building an empty cache.
        fields_cache = attrs["_state"].__dict__.get("fields_cache")
        if fields_cache:
            stack += fields_cache.values()
            fields_cache.clear()


def related_objects(obj, child):
    """The objects of obj that child, a followed relation's Node, writes."""
    if child.many:
        # The serializer's own prefetch, or the related manager's.
        related = obj.__dict__.get(child.private_attr)
        return getattr(obj, child.accessor).all() if related is None else related
    try:
        related = getattr(obj, child.accessor)
    except ObjectDoesNotExist:
        return ()
    return () if related is None else (related,)


def add_lookups(queryset, select, prefetch):
    """
    Return queryset with the select_related() and prefetch_related()
    lookups added, keeping those it has.
    """
    if select and queryset.query.select_related is not True:
        queryset = loading(queryset, {path.split("__")[0] for path in select})
        queryset = queryset.select_related(*select)
    existing = prefetched_lookups(queryset)
    prefetch = [
        lookup
        for lookup in prefetch
        if (lookup if isinstance(lookup, str) else lookup.prefetch_to) not in existing
    ]
    if prefetch:
        queryset = queryset.prefetch_related(*prefetch)
    return queryset


def loading(queryset, names):
    """
    Return queryset with the fields names (the first hops of select_related()
    paths, which can't be deferred) loaded, if only() or defer() left them
    out.
    """
    fields, defer = queryset.query.deferred_loading
    if defer:
        if fields & names:
            queryset = queryset.defer(None).defer(*(fields - names))
    elif fields and not names <= fields:
        queryset = queryset.only(*fields, *(names - fields))
    return queryset


def prefetched_lookups(queryset):
    """The paths that queryset's prefetch_related() lookups prefetch."""
    return {
        lookup if isinstance(lookup, str) else lookup.prefetch_to
        for lookup in queryset._prefetch_related_lookups
    }


def excluded_models(labels, option):
    """
    Return a function that tells whether a model is one of labels: models,
    "app_label.ModelName" labels, and app labels (every model of the app),
    as dumpdata --exclude takes them.
    """
    from django.core.management import CommandError
    from django.core.management.utils import parse_apps_and_model_labels

    if isinstance(labels, str):
        raise SerializationError(
            f"{option} takes a list of models and labels, not {labels!r} (a "
            f"list: [{labels!r}])."
        )
    classes, strings = [], []
    for label in labels:
        if isinstance(label, type) and issubclass(label, models.Model):
            classes.append(label)
        elif isinstance(label, str) and label.count(".") <= 1:
            strings.append(label)
        else:
            raise SerializationError(
                f"{option} takes models, app_label.ModelName labels and app "
                f"labels, not {label!r}."
            )
    try:
        found, app_configs = parse_apps_and_model_labels(strings)
    except CommandError as e:
        raise SerializationError(f"{option}: {e}") from None
    concrete = {model._meta.concrete_model for model in [*classes, *found]}
    app_labels = {app_config.label for app_config in app_configs}
    return lambda model: (
        model._meta.concrete_model in concrete or model._meta.app_label in app_labels
    )


def queryset_refusal(queryset):
    """
    Why the objects of queryset aren't its rows' as they are (model
    instances built by from_db(), with no annotation, extra, deferred field
    or combinator), or None.
    """
    query = queryset.query
    if queryset._iterable_class is not ModelIterable:
        return "the queryset doesn't give model instances"
    for name in ("iterator", "_iterator", "values_list"):
        if getattr(type(queryset), name) is not getattr(models.QuerySet, name):
            return f"{type(queryset).__qualname__} overrides {name}()"
    if query.combinator:
        return f"the queryset is a {query.combinator}()"
    if query.annotations or query.extra:
        return "the queryset selects values of its own (annotate(), extra())"
    if query.is_sliced:
        return "the queryset is sliced"
    if query.deferred_loading != (frozenset(), True):
        return "the queryset defers fields (only(), defer())"
    return model_refusal(queryset.model)


def plain_queryset(queryset):
    """Whether the objects of queryset are its rows' as they are."""
    return queryset_refusal(queryset) is None


def model_refusal(model):
    """Why model's objects aren't built from their rows as they are, or None."""
    label = model._meta.label
    if isinstance(model._meta.pk, CompositePrimaryKey):
        return f"{label} has a composite primary key"
    if model.__init__ is not models.Model.__init__:
        return f"{label} overrides __init__()"
    if model.from_db.__func__ is not models.Model.from_db.__func__:
        return f"{label} overrides from_db()"
    if pre_init.has_listeners(model) or post_init.has_listeners(model):
        return f"a receiver of pre_init or post_init listens to {label}"
    return None


def plain_model(model):
    """Whether model's objects are built from their rows as they are."""
    return model_refusal(model) is None


class ModelPlan:
    """What a serializer writes for each object of one model."""

    __slots__ = ("fields", "extras", "pk_name", "relations", "m2m_keys", "inherits")

    def __init__(self):
        # Whether the fields of multi-table parents are written.
        self.inherits = False
        # (relation, child Node) pairs of the relations followed.
        self.relations = []
        # The many-to-many fields written as lists of keys.
        self.m2m_keys = []
        # The primary key's name, when pk_name=True.
        self.pk_name = None
        # (handler, field) pairs in output order.
        self.fields = []
        # (name, getter) pairs; a getter takes the object.
        self.extras = []


def pk_name_of(opts):
    """The name of a model's primary key field; a list for a composite key."""
    if isinstance(opts.pk, models.CompositePrimaryKey):
        return [field.name for field in opts.pk]
    return opts.pk.name


def check_pk_name(model, pk_name):
    """Refuse a serialized pk_name that isn't the model's primary key."""
    expected = pk_name_of(model._meta)
    if pk_name != expected:
        raise DeserializationError(
            f"{model._meta.label}: pk_name {pk_name!r} is not the name of its "
            f"primary key field, {expected!r}."
        )


def has_inherited_fields(model, fields):
    """Whether fields include a field a multi-table parent of model owns."""
    concrete_model = model._meta.concrete_model
    if not concrete_model._meta.parents:
        return False
    return any(
        field.model._meta.concrete_model is not concrete_model for field in fields
    )


def save_parents(obj, using):
    """
    Save, raw, the multi-table parents of obj from its own attributes, the
    top-most parent first: a raw save writes the child's table only.
    """
    opts = obj._meta.concrete_model._meta
    parents = opts.get_parent_list()
    for model in [opts.model, *parents]:
        for parent, link in model._meta.parents.items():
            if link and getattr(obj, parent._meta.pk.attname) is None:
                setattr(obj, parent._meta.pk.attname, getattr(obj, link.attname))
    for parent in reversed(parents):
        obj._save_table(raw=True, cls=parent, using=using)


def relations_of_models(spec):
    """
    Return None when spec, a relations spec, is one for every model; else
    the spec of each model that spec, a dict keyed by models and
    "app_label.ModelName" labels, gives, by concrete model.
    """
    if not isinstance(spec, dict) or not any(
        isinstance(key, type) or (isinstance(key, str) and "." in key) for key in spec
    ):
        return None
    by_model = {}
    for key, value in spec.items():
        if isinstance(key, type) and issubclass(key, models.Model):
            model = key
        elif isinstance(key, str) and "." in key:
            try:
                model = apps.get_model(key)
            except (LookupError, ValueError) as e:
                raise SerializationError(f"relations: {e}") from None
        else:
            raise SerializationError(
                "relations keyed by model take models and app_label.ModelName "
                f"labels, not {key!r}: a relation's name can't be one of the "
                "keys."
            )
        model = model._meta.concrete_model
        if model in by_model:
            raise SerializationError(f"relations: {model._meta.label} is given twice.")
        by_model[model] = value
    return by_model


def get_model_extras(extras, model):
    """
    Return the extras that apply to model: extras is a list of names and
    (name, callable) pairs for every object, or a mapping of models (or
    "app_label.ModelName" labels) to such lists.
    """
    if not isinstance(extras, dict):
        return extras
    for key in (model, model._meta.label, model._meta.label_lower):
        if key in extras:
            return extras[key]
    return ()


def resolve_extras(obj_or_model, extras, queryset=None):
    """
    Return (name, getter) pairs for the extras of a model, checking every
    name up front: an attribute, a property, a method that takes no
    argument, a value the queryset selects (annotate(), extra()), or an
    explicit (name, callable) pair.
    """
    model = obj_or_model._meta.concrete_model
    label = obj_or_model._meta.label
    selected = set()
    if isinstance(extras, str):
        raise SerializationError(
            f"{label}: extras takes a list of names and (name, callable) pairs, "
            f"not {extras!r} (a list: [{extras!r}])."
        )
    if isinstance(queryset, models.QuerySet):
        selected.update(queryset.query.annotation_select)
        selected.update(queryset.query.extra_select)
    resolved = []
    seen = set()
    for extra in extras:
        if isinstance(extra, str):
            name, function = extra, None
        elif (
            isinstance(extra, (list, tuple))
            and len(extra) == 2
            and isinstance(extra[0], str)
            and callable(extra[1])
        ):
            name, function = extra
        else:
            raise SerializationError(
                f"{label}: extras take names or (name, callable) pairs, not "
                f"{extra!r}."
            )
        if name in seen:
            raise SerializationError(f"{label}: the extra {name!r} is given twice.")
        seen.add(name)
        if function is None:
            function = _extra_getter(obj_or_model, model, label, name, selected)
            # What the getter runs: a selected value is the row's.
            source = (
                None
                if name in selected
                else inspect.getattr_static(model, name, function)
            )
        else:
            source = function
        get_value = _guarded(function, label, name)
        # Whether the extra needs the object with the caches of its related
        # objects, or can read an instance built from its row.
        get_value.reads_related = source is not None and reads_related(source, model)
        resolved.append((name, get_value))
    return resolved


def _extra_getter(obj_or_model, model, label, name, selected):
    if name in selected:
        return operator.attrgetter(name)
    try:
        attr = inspect.getattr_static(model, name)
    except AttributeError:
        if isinstance(obj_or_model, models.Model) and hasattr(obj_or_model, name):
            # An attribute of the instance only (set by __init__, say).
            return operator.attrgetter(name)
        raise SerializationError(
            f"{label} has no attribute, property, method or selected value "
            f"named {name!r} to serialize as an extra."
        )
    if isinstance(attr, staticmethod):
        function, bound = attr.__func__, False
    elif isinstance(attr, classmethod):
        function, bound = attr.__func__, True
    elif inspect.isfunction(attr):
        function, bound = attr, True
    elif isinstance(attr, functools.partialmethod):
        # A method Django adds, such as get_FOO_display().
        function, bound = getattr(model, name), True
    else:
        # A property, a field, or another descriptor or plain attribute.
        return operator.attrgetter(name)
    required = [
        parameter.name
        for parameter in inspect.signature(function).parameters.values()
        if parameter.default is parameter.empty
        and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    ][1 if bound else 0 :]
    if required:
        raise SerializationError(
            f"{label}.{name}() needs arguments ({', '.join(required)}); an "
            "extra can only call a method that takes none."
        )
    return operator.methodcaller(name)


def _guarded(function, label, name, what="the extra"):
    """Turn an extra's exception into a SerializationError that names it."""

    def get_value(obj):
        try:
            value = function(obj)
            # Related objects are written by key, as relation fields are.
            if isinstance(value, models.Model):
                return value.pk
            if isinstance(value, models.Manager):
                return list(value.values_list("pk", flat=True))
            return value
        except SerializationError:
            raise
        except Exception as e:
            raise SerializationError(
                f"{label} (pk={obj.pk!r}): {what} {name!r} raised "
                f"{e.__class__.__name__}: {e}"
            ) from e

    return get_value


def raise_unwritable_extra(objects, error, encode, format_name):
    """
    Raise a SerializationError naming the first extra in objects (the python
    serializer's dicts, with those of their related objects) whose value
    encode() can't write; return if none is to blame for error.
    """
    for data in _envelopes(objects):
        for name, value in (data.get("extras") or {}).items():
            try:
                encode(value)
            except Exception as e:
                try:
                    label = apps.get_model(data["model"])._meta.label
                except (LookupError, ValueError):
                    label = data["model"]
                raise unwritable_extra(
                    label, data.get("pk"), name, format_name, e
                ) from error


def unwritable_extra(label, pk, name, format_name, error):
    """The SerializationError of an extra whose value a format can't write."""
    where = "" if pk is None else f" (pk={pk!r})"
    return SerializationError(
        f"{label}{where}: the extra {name!r} can't be written in {format_name}: "
        f"{error}"
    )


def _envelopes(objects):
    """The dicts in objects, and those of the related objects they hold."""
    for data in objects:
        if isinstance(data, dict) and "model" in data and "fields" in data:
            yield data
            if isinstance(data["fields"], dict):
                for value in data["fields"].values():
                    yield from _envelopes(value if isinstance(value, list) else [value])


def json_options(options):
    """
    The options of json.dumps() and of its encoder class, options["cls"]
    (DjangoJSONEncoder's), or None when the class takes any.
    """
    cls = options.get("cls")
    if cls is None:
        from django.core.serializers.json import DjangoJSONEncoder as cls
    try:
        parameters = inspect.signature(cls).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(parameter.kind is parameter.VAR_KEYWORD for parameter in parameters):
        return None
    return frozenset({"cls", *(parameter.name for parameter in parameters)})


@functools.cache
def yaml_options():
    """The options of yaml.dump() but the dumper, which the serializer sets."""
    try:
        import yaml
    except ImportError:
        return frozenset()
    names = set(inspect.signature(yaml.dump_all).parameters)
    return frozenset(names - {"documents", "stream", "Dumper"})


class QuerySets:
    """
    Querysets to serialize one after the other, as dumpdata does, iterated as
    their objects, which chunks(queryset) yields (see Serializer.chunks()).
    serialize() writes the rows of each queryset without building its objects
    where its serializer's dump_rows() can.
    """

    def __init__(self, querysets, chunks):
        self.querysets = querysets
        self.chunks = chunks

    def __iter__(self):
        for queryset in self.querysets:
            yield from self.chunks(queryset)


class Serializer:
    """
    Abstract serializer base class.
    """

    # Indicates if the implemented serializer is only available for
    # internal Django use.
    internal_use_only = False
    progress_class = ProgressBar
    stream_class = StringIO

    def serialize(
        self,
        queryset,
        *,
        stream=None,
        fields=None,
        use_natural_foreign_keys=False,
        use_natural_primary_keys=False,
        progress_output=None,
        object_count=0,
        pk_name=False,
        inherited=False,
        extras=(),
        relations=(),
        depth=0,
        select_related=False,
        select_related_exclude=(),
        custom_serializer=None,
        related_custom_serializers=None,
        **options,
    ):
        """
        Serialize a queryset.
        """
        self.check_options(options)
        self.options = options

        self.stream = stream if stream is not None else self.stream_class()
        self.configure(
            fields=fields,
            use_natural_foreign_keys=use_natural_foreign_keys,
            use_natural_primary_keys=use_natural_primary_keys,
            pk_name=pk_name,
            inherited=inherited,
            extras=extras,
            relations=relations,
            depth=depth,
            select_related=select_related,
            select_related_exclude=select_related_exclude,
            custom_serializer=custom_serializer,
            related_custom_serializers=related_custom_serializers,
        )
        progress_bar = self.progress_class(progress_output, object_count)
        # A queryset is read in chunks, with the many-to-many keys fetched
        # per chunk, whether the output is a stream or a string (a stream of
        # the serializer's own), so that memory doesn't grow with the table
        # and a many-to-many field costs a query a chunk.
        self.chunked = not select_related
        if (
            isinstance(queryset, models.QuerySet)
            and queryset.query.combinator
            and (relations or depth or custom_serializer)
        ):
            # union() and the like take no select_related() or
            # prefetch_related(): their objects are prefetched as a list's.
            queryset = list(queryset)
        objects = self._validate_options(queryset)
        if self.custom is not None:
            objects = self._prepare_custom(objects, queryset)
        # The parts of the output: (False, objects), or (True, the data of
        # objects that dump_rows() gives).
        if select_related:
            self.rows_refused = "select_related orders the objects themselves"
            objects = self.with_dependencies(objects, queryset)
            if self.custom is not None:
                self._check_no_mapping(objects)
            parts = [(False, objects)]
        elif isinstance(objects, models.QuerySet):
            dumps = self.dump_rows(objects)
            parts = (
                [(False, self.iterate(objects))] if dumps is None else [(True, dumps)]
            )
        elif isinstance(objects, QuerySets):
            parts = self._queryset_parts(objects)
        else:
            parts = [(False, objects)]

        self.start_serialization()
        self.first = True
        count = 0
        for dumped, part in parts:
            if dumped:
                for chunk in part:
                    self.write_chunk(chunk)
                    for count in range(count + 1, count + len(chunk) + 1):
                        progress_bar.update(count)
            else:
                count = self._write_objects(part, queryset, progress_bar, count)
        self.end_serialization()
        return self.getvalue()

    # The options of serialize() itself, as an unknown one's suggestions.
    serialize_options = (
        "stream",
        "fields",
        "use_natural_foreign_keys",
        "use_natural_primary_keys",
        "progress_output",
        "object_count",
        "pk_name",
        "inherited",
        "extras",
        "relations",
        "depth",
        "select_related",
        "select_related_exclude",
        "custom_serializer",
        "related_custom_serializers",
    )

    def check_options(self, options):
        """
        Refuse an option that neither serialize() nor the format takes,
        before any output, naming the closest known one: a misspelt option
        would otherwise be ignored, or fail once output has begun. A
        serializer class outside Django that doesn't define format_options()
        takes any option, as upstream's serializers do.
        """
        for klass in type(self).__mro__:
            if "format_options" in vars(klass):
                break
            if not klass.__module__.startswith("django."):
                return
        accepted = self.format_options(options)
        if accepted is None:
            return
        for name in options:
            if name not in accepted:
                known = [*self.serialize_options, *sorted(accepted)]
                match = difflib.get_close_matches(name, known, n=1)
                hint = f"; did you mean {match[0]!r}?" if match else "."
                raise SerializationError(
                    f"Unknown serialization option {bounded_repr(name)}{hint}"
                )

    def format_options(self, options):
        """
        The options, beside its own, that serialize() passes on to the
        format, given options; None for any. Formats that use none ignore
        those of the built-in formats' encoders, as upstream's do.
        """
        return json_options(options) | yaml_options() | {"encoding"}

    def _queryset_parts(self, querysets):
        """The parts of the output of QuerySets (see serialize())."""
        for queryset in querysets.querysets:
            dumps = self.dump_rows(queryset)
            if dumps is None:
                yield False, querysets.chunks(queryset)
            else:
                yield True, dumps

    def _write_objects(self, objects, queryset, progress_bar, count):
        """Write objects, counting from count; return the last count."""
        for count, obj in enumerate(objects, start=count + 1):
            if not hasattr(obj, "_meta"):
                # Let the format reject a non-model object its own way.
                self.start_object(obj)
            if self.custom is not None:
                shape = self._custom_shape(obj)
                if shape is not None:
                    key = None if shape.key is None else self._mapping_key(obj, shape)
                    self.handle_custom_object(obj, shape, key)
                    progress_bar.update(count)
                    self.first = False
                    continue
            # Use the concrete parent class' _meta instead of the object's _meta
            # This is to avoid local_fields problems for proxy models. Refs #17717.
            concrete_model = obj._meta.concrete_model
            node = self._nodes.get(concrete_model) or self.get_node(concrete_model)
            plan = self._plans.get(node) or self.get_plan(obj, queryset, node)
            self.plan = plan
            self.start_object(obj)
            self.write_fields(obj, plan)
            self.end_object(obj)
            progress_bar.update(count)
            self.first = self.first and False
        return count

    def dump_rows(self, queryset):
        """
        Return an iterator of sequences, a chunk each, of the data of the
        objects of queryset that write_object() writes, built without the
        objects; or None to write the objects. Formats that write an object's
        data in one piece may implement it, and set rows_refused to why it
        returns None.
        """
        self.rows_refused = "the format writes the objects through its hooks"
        return None

    # Why the objects of the last queryset were built rather than written
    # from rows, or None (for tests and debugging).
    rows_refused = None

    def write_chunk(self, objects):
        """Write the data of the objects of a chunk that dump_rows() gave."""
        for data in objects:
            self.write_object(data)
            self.first = False

    def write_object(self, data):
        """Write the data of an object that dump_rows() gave."""
        raise NotImplementedError(
            "subclasses of Serializer that implement dump_rows() must provide a "
            "write_object() method"
        )

    def configure(
        self,
        *,
        fields=None,
        use_natural_foreign_keys=False,
        use_natural_primary_keys=False,
        pk_name=False,
        inherited=False,
        extras=(),
        relations=(),
        depth=0,
        select_related=False,
        select_related_exclude=(),
        custom_serializer=None,
        related_custom_serializers=None,
    ):
        """
        Set the options that decide what is written, as serialize() takes
        them; plan_queryset() and get_node() then work before serializing.
        """
        self.selected_fields = fields
        self.use_natural_foreign_keys = use_natural_foreign_keys
        self.use_natural_primary_keys = use_natural_primary_keys
        self.pk_name = pk_name
        self.inherited = inherited
        self.extras = extras
        self.relations = relations
        self._relations_by_model = relations_of_models(relations)
        self.depth = depth
        self.select_related = select_related
        self._excluded_dependencies = excluded_models(
            select_related_exclude, "select_related_exclude"
        )
        self._nodes = {}
        self._plans = {}
        # The private prefetch attributes of the objects (see plan_queryset()).
        self._private = set()
        self._selected_models = None
        self.custom = None
        # The keys of the objects a {key: shape} custom_format has written.
        self._mapping_keys = set()
        if custom_serializer is not None:
            from django.core.serializers.custom import CustomSerializers

            # These shape the objects asked for, which custom_format shapes.
            given = [
                name
                for name, value in [
                    ("fields", fields),
                    ("extras", extras),
                    ("relations", relations),
                    ("depth", depth),
                ]
                if value
            ]
            if given:
                raise SerializationError(
                    f"custom_serializer takes no {' or '.join(given)}: its "
                    "custom_format gives the shape of the objects."
                )

            self.custom = CustomSerializers(
                custom_serializer, related_custom_serializers
            )
        elif related_custom_serializers:
            raise SerializationError(
                "related_custom_serializers needs a custom_serializer."
            )

    def _prepare_custom(self, objects, queryset):
        """
        Bind the custom serializer to the model of the objects, check the
        objects that can be checked before any output, and plan the queries
        its shape needs.
        """
        custom = self.custom
        if isinstance(objects, models.QuerySet):
            custom.check_model(objects.model)
            return add_lookups(objects, *custom.main_shape.lookups())
        if isinstance(objects, (list, tuple)):
            if objects:
                custom.check_model(objects[0]._meta.model)
                for obj in objects:
                    custom.check(obj)
                models.prefetch_related_objects(
                    list(objects), *sum(custom.main_shape.lookups(), [])
                )
            return objects
        # An iterator: bound to its first object's model.
        objects = iter(objects)
        first = next(objects, None)
        if first is None:
            return ()
        custom.check_model(first._meta.model)
        return itertools.chain([first], objects)

    def _custom_shape(self, obj):
        """The Shape of obj, or None for the default output."""
        custom = self.custom
        if obj._meta.concrete_model is custom.model:
            return custom.main_shape
        if self._selected_models is not None:
            # A dependency that select_related added.
            return custom.shape(obj._meta.model)
        custom.check(obj)

    def _mapping_key(self, obj, shape):
        """
        The key of obj in the mapping that shape's {key: shape} custom_format
        gives, refused if it's a collection or an earlier object's.
        """
        key = shape.key_of(obj)
        if isinstance(key, (list, tuple, dict, set, frozenset)):
            problem = "which can't key a mapping; it must be a single value"
        elif key in self._mapping_keys:
            problem = "as an earlier object's; the keys of a mapping must be unique"
        else:
            self._mapping_keys.add(key)
            return key
        raise SerializationError(
            f"{obj._meta.label} (pk={obj.pk!r}): the key {shape.key.name!r} of "
            f"{shape.serializer_class.__name__}.custom_format is {key!r}, "
            f"{problem}."
        )

    def _check_no_mapping(self, objects):
        """
        Refuse a {key: shape} custom_format for the objects that
        select_related lists: the objects it adds have no key.
        """
        custom = self.custom
        for model in {obj._meta.concrete_model for obj in objects}:
            shape = custom.main_shape if model is custom.model else custom.shape(model)
            if shape is not None and shape.key is not None:
                raise SerializationError(
                    f"{shape.serializer_class.__name__}.custom_format is a "
                    "{key: shape} mapping, which select_related can't add the "
                    "objects it depends on to; use a list or a tuple."
                )

    def handle_custom_object(self, obj, shape, key):
        """
        Called for each object a custom serializer shapes; key is its key in
        the mapping that a {key: shape} custom_format gives (shape.key isn't
        None), else None.
        """
        raise NotImplementedError(
            "subclasses of Serializer must provide a handle_custom_object() method"
        )

    chunk_size = 500

    def iterate(self, objects):
        """Iterate objects, a chunk at a time where that's possible."""
        if (
            getattr(self, "chunked", False)
            and isinstance(objects, models.QuerySet)
            and objects._result_cache is None
        ):
            return self.chunks(objects)
        return objects

    def chunks(self, queryset, release=True):
        """
        Yield the objects of queryset read a chunk at a time, each chunk with
        the keys of the many-to-many fields its objects write fetched in a
        query a field, and, with release, each object's related objects
        released once it's been written (see release_related()).
        """
        # Custom serializers plan their own queries.
        fields = self.m2m_key_fields(queryset) if self.custom is None else []
        names = {field.name for field in fields}
        lookups = queryset._prefetch_related_lookups
        if any(lookup in names for lookup in lookups):
            # A plain prefetch of keys makes the same query as
            # fetch_m2m_keys(), and builds the related objects.
            queryset = queryset.prefetch_related(None).prefetch_related(
                *[lookup for lookup in lookups if lookup not in names]
            )
        objects = queryset.iterator(chunk_size=self.chunk_size)
        while chunk := list(itertools.islice(objects, self.chunk_size)):
            # A prefetch that relations plan may hold a field's objects.
            cache = getattr(chunk[0], "_prefetched_objects_cache", {})
            unfetched = [field for field in fields if field.name not in cache]
            if unfetched:
                fetch_m2m_keys(chunk, unfetched)
            yield from release_written(chunk, self._private) if release else chunk

    def write_fields(self, obj, plan):
        """Call the handlers of obj's fields and extras, as plan says."""
        for handle, field in plan.fields:
            handle(obj, field)
        for name, get_value in plan.extras:
            self.handle_extra(obj, name, get_value(obj))

    def _validate_options(self, queryset):
        """
        Check the options against the models before anything is written, and
        return the objects to serialize, with the queries that relations
        need planned. Extras are checked on the first object of each model,
        which may hold attributes its class lacks.
        """
        if not (self.extras or self.relations or self.depth):
            return self._prefetch_chunks(queryset)
        if (
            not isinstance(self.depth, int)
            or self.depth < 0
            or self.depth > MAX_NESTING
        ):
            if isinstance(queryset, models.QuerySet):
                where = f"{queryset.model._meta.label}: "
            elif isinstance(queryset, (list, tuple)) and queryset:
                where = f"{queryset[0]._meta.label}: "
            else:
                where = ""
            if isinstance(self.depth, int) and self.depth > MAX_NESTING:
                # What the deserializers read (see check_nesting()).
                raise SerializationError(
                    f"{where}depth must be at most {MAX_NESTING}, the nesting "
                    f"limit of the deserializers, not {self.depth}."
                )
            raise SerializationError(
                f"{where}depth must be a non-negative integer, not "
                f"{bounded_repr(self.depth)}."
            )
        if isinstance(queryset, models.QuerySet):
            model = queryset.model
            node = self.get_node(model._meta.concrete_model)
            if not node.extras or (
                # Its objects hold no attribute their class lacks.
                plain_queryset(queryset)
                and not queryset._prefetch_related_lookups
            ):
                # Checked against the model, the objects may not be needed.
                if node not in self._plans:
                    self.get_plan(model, queryset, node)
                self.query_lookups(node.model)
                if self.dump_rows(queryset) is not None:
                    return queryset
            queryset = self._prefetch_chunks(self.plan_queryset(queryset))
            objects = iter(self.iterate(queryset))
            first = next(objects, None)
            to_check = [] if first is None else [first]
            objects = itertools.chain(to_check, objects)
        elif isinstance(queryset, (list, tuple)):
            objects = to_check = queryset
            by_model = {}
            for obj in objects:
                if hasattr(obj, "_meta"):
                    by_model.setdefault(obj._meta.concrete_model, []).append(obj)
            for model, instances in by_model.items():
                select, prefetch = self.query_lookups(model)
                models.prefetch_related_objects(instances, *select, *prefetch)
        else:
            # A generator, as dumpdata's: checked at each model's first object.
            return queryset
        for obj in to_check:
            if hasattr(obj, "_meta"):
                node = self.get_node(obj._meta.concrete_model)
                if node not in self._plans:
                    self.get_plan(obj, queryset, node)
                self.query_lookups(node.model)  # Plans the nested objects.
        return objects

    def _prefetch_chunks(self, objects):
        """Prefetch the many-to-many keys of a queryset read in chunks."""
        if (
            getattr(self, "chunked", False)
            and self.custom is None
            and isinstance(objects, models.QuerySet)
            and objects._result_cache is None
            # union() and the like can't prefetch.
            and not objects.query.combinator
        ):
            return self.prefetch_m2m_keys(objects)
        return objects

    def get_node(self, model):
        """
        Return the relations Node of the top-level objects of model: the
        serializer's options, and the relations spec checked on the model.
        """
        node = self._nodes.get(model)
        if node is None:
            spec = self.relations
            by_model = self._relations_by_model is not None
            if by_model:
                # A spec for each model (as dumpdata gives).
                spec = self._relations_by_model.get(model, ())
            # Objects that select_related adds are written plainly, but for
            # the options given model by model.
            selected = self._selected_models is None or model in self._selected_models
            extras = self.extras if selected or isinstance(self.extras, dict) else ()
            try:
                node = Node(
                    model,
                    fields=self.selected_fields if selected else None,
                    extras=get_model_extras(extras, model),
                    inherited=self.inherited,
                    pk_name=self.pk_name,
                    depth=self.depth if selected else 0,
                    spec=parse_relations(spec if selected or by_model else ()),
                )
            except SpecError as e:
                raise SerializationError(f"{model._meta.label}: {e}") from None
            self._nodes[model] = node
        return node

    def query_lookups(self, model, caller_paths=None):
        """
        The (select_related, prefetch_related) lookups that fetch what the
        objects of model write: one query a relation hop. caller_paths is as
        planning.query_lookups() takes it.
        """
        node = self.get_node(model)
        if not (node.explicit or node.depth):
            return [], []

        def plan_for(planned):
            if planned is node and node not in self._plans:
                # Extras wait for the first object; the lookups don't need
                # them.
                return self.get_plan(model, node=node, extras=False)
            return self._plan_for(planned)

        return query_lookups(node, plan_for, caller_paths)

    def plan_queryset(self, queryset):
        """
        Return queryset with the joins and prefetches its relations need,
        keeping those the caller made. The objects it builds are the
        serializer's own, so the to-many relations that the caller doesn't
        prefetch may be prefetched into private lists.
        """
        caller_paths = None
        if self.custom is None:
            # The paths the caller prefetches, and those they go through.
            caller_paths = {
                "__".join(parts[:end])
                for parts in (path.split("__") for path in prefetched_lookups(queryset))
                for end in range(1, len(parts) + 1)
            }
        select, prefetch = self.query_lookups(
            queryset.model._meta.concrete_model, caller_paths
        )
        self._private |= {
            lookup.to_attr for lookup in prefetch if isinstance(lookup, models.Prefetch)
        }
        return add_lookups(queryset, select, prefetch)

    def prefetch_m2m_keys(self, queryset):
        """
        Return queryset with the many-to-many fields its objects write with
        natural keys prefetched, keeping the caller's prefetches: read in
        chunks, each chunk then costs a query a field rather than a query an
        object. The other many-to-many fields need only keys: chunks() fetches
        them.
        """
        return add_lookups(
            queryset, [], [field.name for field in self._m2m_fields(queryset, True)]
        )

    def m2m_key_fields(self, queryset):
        """
        The many-to-many fields that the objects of queryset write as keys,
        but those that the queryset prefetches with a Prefetch object.
        """
        return self._m2m_fields(queryset, False)

    def _m2m_fields(self, queryset, natural):
        model = queryset.model._meta.concrete_model
        plan = self.get_plan(model, node=self.get_node(model), extras=False)
        prefetched = prefetched_lookups(queryset)
        if not natural:
            prefetched -= set(queryset._prefetch_related_lookups)
        return [
            field
            for field in plan.m2m_keys
            if field.name not in prefetched
            and natural
            == (
                self.use_natural_foreign_keys
                and hasattr(field.remote_field.model, "natural_key")
            )
        ]

    def _plan_for(self, node, obj_or_model=None, queryset=None):
        plan = self._plans.get(node)
        if plan is None:
            plan = self.get_plan(obj_or_model or node.model, queryset, node)
        return plan

    def get_plan(self, obj_or_model, queryset=None, node=None, extras=True):
        """
        Decide once per model, and per way of reaching it, what to write for
        its objects: the fields in order with their handlers, the relations
        to follow, and the extras with their getters.
        """
        model = obj_or_model._meta.concrete_model
        if node is None:
            node = self.get_node(model)
        opts = model._meta
        # When using natural primary keys, retrieve the pk field of the
        # parent for multi-table inheritance child models. That field must
        # be serialized, otherwise deserialization isn't possible.
        pk_parent = None
        if self.use_natural_primary_keys:
            pk = opts.pk
            if pk.remote_field and pk.remote_field.parent_link:
                pk_parent = pk
        if node.inherited:
            # Parents' fields first, top-most parent first, each once.
            owners = [*reversed(opts.get_parent_list()), model]
        else:
            owners = [model]
        selected = node.fields
        written = []
        for owner in owners:
            for field in owner._meta.local_fields:
                if not (field.serialize or field is pk_parent):
                    continue
                if field is node.leave_out:
                    continue
                if field.remote_field is None:
                    if selected is None or field.attname in selected:
                        written.append((self.field_handler(field), field))
                elif selected is None or field.attname[:-3] in selected:
                    written.append((self.handle_fk_field, field))
            for field in owner._meta.local_many_to_many:
                if field.serialize and (selected is None or field.attname in selected):
                    if field is not node.leave_out:
                        written.append((self.handle_m2m_field, field))
        plan = ModelPlan()
        plan.inherits = node.inherited
        if node.pk_name:
            plan.pk_name = pk_name_of(opts)
        children = node.children([field for _, field in written])
        for handle, field in written:
            child = children.get(field)
            if child is not None:
                handle = functools.partial(self.handle_relation, child=child)
                plan.relations.append((field, child))
            elif handle == self.handle_m2m_field:
                if field.remote_field.through._meta.auto_created:
                    plan.m2m_keys.append(field)
            plan.fields.append((handle, field))
        # Relations that aren't among the written fields: reverse ones, and
        # forward ones left out by fields or inherited.
        for relation, child in children.items():
            if all(field is not relation for _, field in written):
                owner = relation.model._meta.concrete_model
                if not is_reverse(relation) and owner is not model:
                    # Loading it back would save a parent row from it alone.
                    raise SerializationError(
                        f"{opts.label}: the relation {relation.name!r} is a "
                        f"field of its parent {owner._meta.label}; serialize "
                        "with inherited=True to write it."
                    )
                handle = functools.partial(self.handle_relation, child=child)
                plan.fields.append((handle, relation))
                plan.relations.append((relation, child))
        if extras:
            if node.extras:
                plan.extras = resolve_extras(obj_or_model, node.extras, queryset)
            self._plans[node] = plan
        return plan

    def with_dependencies(self, objects, queryset=None):
        """
        Return objects and every object they depend on (the targets of
        their foreign keys, one-to-ones and many-to-manys, their multi-table
        parents), transitively, each once, ordered so that each object comes
        after those it references.
        """
        objects = list(objects)
        self._selected_models = {
            obj._meta.concrete_model for obj in objects if hasattr(obj, "_meta")
        }
        collected = {}  # (model, pk) -> object
        edges = {}  # (model, pk) -> [((model, attname, value), hard)]
        pending = objects
        while pending:
            wanted = {}  # (model, attname) -> values to fetch
            by_model = {}
            for obj in pending:
                by_model.setdefault(obj._meta.concrete_model, []).append(obj)
            for model, instances in by_model.items():
                plan = self._plan_for(self.get_node(model), instances[0], queryset)
                # The keys of the many-to-many fields of the objects and of
                # the related objects they hold, a query a field.
                batches = [(plan, instances)]
                while batches:
                    batch_plan, batch = batches.pop()
                    if batch_plan.m2m_keys:
                        models.prefetch_related_objects(
                            batch, *[field.name for field in batch_plan.m2m_keys]
                        )
                    for _, child in batch_plan.relations:
                        nested = [
                            related
                            for obj in batch
                            for related in related_objects(obj, child)
                        ]
                        if nested:
                            batches.append((self._plan_for(child, nested[0]), nested))
                for obj in instances:
                    key = (model, obj.pk)
                    if key in collected:
                        continue
                    collected[key] = obj
                    refs = edges[key] = self._references(obj, plan)
                    for (target, attname, value), _ in refs:
                        wanted.setdefault((target, attname), set()).add(value)
            pending = []
            using = objects[0]._state.db if objects else None
            for (model, attname), values in wanted.items():
                if self._excluded_dependencies(model):
                    continue
                if attname == model._meta.pk.attname:
                    values = {v for v in values if (model, v) not in collected}
                values = sorted(values, key=repr)
                for start in range(0, len(values), 1000):
                    pending += model._base_manager.db_manager(using).filter(
                        **{f"{attname}__in": values[start : start + 1000]}
                    )
            queryset = None
        # Keys of the objects by the field a reference uses (a to_field, or
        # the primary key).
        index = {}
        for model, attname in {ref[0][:2] for refs in edges.values() for ref in refs}:
            index.update(
                ((model, attname, getattr(obj, attname)), key)
                for key, obj in collected.items()
                if key[0] is model
            )
        resolved = {
            key: [(index[ref], hard) for ref, hard in refs if ref in index]
            for key, refs in edges.items()
        }
        try:
            ordered = order_by_dependencies(
                list(collected), resolved, lambda key: key[0]._meta.label
            )
        except SpecError as e:
            raise SerializationError(f"select_related: {e}") from None
        return [collected[key] for key in ordered]

    def _references(self, obj, plan):
        """
        The ((model, attname, value), hard) references of obj to the objects
        it depends on: keys written as keys, and multi-table parents, its
        own and those of the related objects it holds in full, which load
        with it.
        """
        refs = []
        for relation, child in plan.relations:
            for related in related_objects(obj, child):
                refs += self._references(related, self._plan_for(child, related))
        for handle, field in plan.fields:
            if handle == self.handle_fk_field:
                value = getattr(obj, field.attname)
                if value is not None:
                    target = field.target_field
                    refs.append(
                        (
                            (
                                field.related_model._meta.concrete_model,
                                target.attname,
                                value,
                            ),
                            not field.null,
                        )
                    )
            elif handle == self.handle_m2m_field and field in plan.m2m_keys:
                model = field.related_model._meta.concrete_model
                keys = m2m_keys(obj, field)
                if keys is None:
                    keys = [related.pk for related in getattr(obj, field.name).all()]
                for key in keys:
                    refs.append(((model, model._meta.pk.attname, key), False))
        if not plan.inherits:
            for parent, link in obj._meta.concrete_model._meta.parents.items():
                if link is not None:
                    value = getattr(obj, link.attname)
                    refs.append(((parent, parent._meta.pk.attname, value), True))
        return refs

    def field_handler(self, field):
        """
        Return the handler that plans give a non-relational field:
        handle_field(), or a function that does the same for that field.
        """
        return self.handle_field

    def handle_relation(self, obj, relation, child):
        """
        Write the objects of a followed relation in full, in the same
        envelope as top-level objects, as child's plan says.
        """
        name = child.accessor
        many = child.many
        plan = self.plan
        child_plan = self._plan_for(child)
        self.start_relation(obj, name, relation, many)
        count = 0
        for count, related_obj in enumerate(related_objects(obj, child), start=1):
            self.plan = child_plan
            self.start_related_object(related_obj)
            self.write_fields(related_obj, child_plan)
            self.end_related_object(related_obj)
        self.plan = plan
        self.end_relation(obj, name, relation, many, count)

    def start_serialization(self):
        """
        Called when serializing of the queryset starts.
        """
        raise NotImplementedError(
            "subclasses of Serializer must provide a start_serialization() method"
        )

    def end_serialization(self):
        """
        Called when serializing of the queryset ends.
        """
        pass

    def start_object(self, obj):
        """
        Called when serializing of an object starts.
        """
        raise NotImplementedError(
            "subclasses of Serializer must provide a start_object() method"
        )

    def end_object(self, obj):
        """
        Called when serializing of an object ends.
        """
        pass

    def handle_field(self, obj, field):
        """
        Called to handle each individual (non-relational) field on an object.
        """
        raise NotImplementedError(
            "subclasses of Serializer must provide a handle_field() method"
        )

    def handle_fk_field(self, obj, field):
        """
        Called to handle a ForeignKey field.
        """
        raise NotImplementedError(
            "subclasses of Serializer must provide a handle_fk_field() method"
        )

    def handle_m2m_field(self, obj, field):
        """
        Called to handle a ManyToManyField.
        """
        raise NotImplementedError(
            "subclasses of Serializer must provide a handle_m2m_field() method"
        )

    def start_relation(self, obj, name, relation, many):
        """
        Called before the objects of a followed relation (a field, or a
        reverse relation) are written in full; many tells whether the
        relation gives a list.
        """
        raise NotImplementedError(
            "subclasses of Serializer must provide a start_relation() method"
        )

    def end_relation(self, obj, name, relation, many, count):
        """Called after the count objects of a followed relation."""
        raise NotImplementedError(
            "subclasses of Serializer must provide an end_relation() method"
        )

    def start_related_object(self, obj):
        """Called as each object of a followed relation starts."""
        self.start_object(obj)

    def end_related_object(self, obj):
        """Called as each object of a followed relation ends."""
        self.end_object(obj)

    def handle_extra(self, obj, name, value):
        """
        Called to handle each extra (non-field) value of an object, after its
        fields.
        """
        raise NotImplementedError(
            "subclasses of Serializer must provide a handle_extra() method"
        )

    def getvalue(self):
        """
        Return the fully serialized queryset (or None if the output stream is
        not seekable).
        """
        if callable(getattr(self.stream, "getvalue", None)):
            return self.stream.getvalue()


class Deserializer:
    """
    Abstract base deserializer class.
    """

    def __init__(self, stream_or_string, **options):
        """
        Init this serializer given a stream or a string
        """
        self.options = options
        if isinstance(stream_or_string, str):
            self.stream = StringIO(stream_or_string)
        else:
            self.stream = stream_or_string

    def __iter__(self):
        return self

    def __next__(self):
        """Iteration interface -- return the next item in the stream"""
        raise NotImplementedError(
            "subclasses of Deserializer must provide a __next__() method"
        )


class DeserializedObject:
    """
    A deserialized model.

    Basically a container for holding the pre-saved deserialized data along
    with the many-to-many data saved with the object.

    Call ``save()`` to save the object (with the many-to-many data) to the
    database; call ``save(save_m2m=False)`` to save just the object fields
    (and not touch the many-to-many stuff.)
    """

    def __init__(self, obj, m2m_data=None, deferred_fields=None, save_parents=False):
        self.object = obj
        self.m2m_data = m2m_data
        self.deferred_fields = deferred_fields
        # Whether the data holds fields of multi-table parents, which are
        # saved with the object.
        self.save_parents = save_parents

    def __repr__(self):
        return "<%s: %s(pk=%s)>" % (
            self.__class__.__name__,
            self.object._meta.label,
            self.object.pk,
        )

    def save(self, save_m2m=True, using=None, **kwargs):
        # Call save on the Model baseclass directly. This bypasses any
        # model-defined save. The save is also forced to be raw.
        # raw=True is passed to any pre/post_save signals.
        if self.save_parents:
            save_parents(
                self.object,
                using
                or router.db_for_write(self.object.__class__, instance=self.object),
            )
        models.Model.save_base(self.object, using=using, raw=True, **kwargs)
        if self.m2m_data and save_m2m:
            for accessor_name, object_list in self.m2m_data.items():
                getattr(self.object, accessor_name).set(object_list)

        # prevent a second (possibly accidental) call to save() from saving
        # the m2m data twice.
        self.m2m_data = None

    def save_deferred_fields(self, using=None):
        self.m2m_data = {}
        for field, field_value in self.deferred_fields.items():
            opts = self.object._meta
            label = opts.app_label + "." + opts.model_name
            if isinstance(field.remote_field, models.ManyToManyRel):
                try:
                    values = deserialize_m2m_values(
                        field, field_value, using, handle_forward_references=False
                    )
                except M2MDeserializationError as e:
                    raise DeserializationError.WithData(
                        e.original_exc, label, self.object.pk, e.pk
                    )
                self.m2m_data[field.name] = values
            elif isinstance(field.remote_field, models.ManyToOneRel):
                try:
                    value = deserialize_fk_value(
                        field, field_value, using, handle_forward_references=False
                    )
                except Exception as e:
                    raise DeserializationError.WithData(
                        e, label, self.object.pk, field_value
                    )
                setattr(self.object, field.attname, value)
        db = using or router.db_for_write(type(self.object), instance=self.object)
        check_integers(self.object, db, self.m2m_data)
        self.save()


def check_nesting(depth, label, pk):
    """
    Refuse objects nested more than MAX_NESTING levels deep, as serializers
    refuse to write them, rather than exhaust the stack.
    """
    if depth > MAX_NESTING:
        raise DeserializationError(
            f"{bounded_str(label)} (pk={bounded_repr(pk)}): objects are nested "
            f"more than {MAX_NESTING} "
            "levels deep."
        )


def unknown_field(Model, pk, exc):
    """The DeserializationError of a field Model doesn't have."""
    return DeserializationError(
        f"{Model._meta.label} (pk={bounded_repr(pk)}): {bounded_str(str(exc), 200)}"
    )


def reverse_relations(model):
    """model's reverse relations by accessor name ("choices", "choice_set")."""
    return {
        relation.get_accessor_name(): relation
        for relation in model._meta.related_objects
    }


def is_nested(value):
    """Whether a serialized field value holds objects rather than keys."""
    if isinstance(value, dict):
        return "model" in value
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and "model" in item for item in value)
    )


def key_value(obj, target):
    """
    The value of obj's field target, which a key points to. A primary key
    may be a multi-table parent's, which a child instance doesn't set: its
    value is the child's.
    """
    return obj.pk if target.primary_key else getattr(obj, target.attname)


class DeserializedTree:
    """
    A deserialized object and the objects nested in it, built in the order
    they load: the objects it points to (forward and many-to-many relations,
    and reverse many-to-many ones, which don't point back) before it, and
    those that point back to it (reverse foreign keys and one-to-ones) after
    it, with their key to it filled in. Each instance is built when its turn
    comes, after the objects before it have been yielded (and, by loaddata,
    saved): its keys to them are theirs, and an object written without its
    primary key (natural keys) is looked up by its natural key then, so that
    an object nested twice is found the second time.
    """

    def __init__(self, model, data, m2m_data, deferred_fields, db):
        self.model = model
        # The instance's values, until it's built.
        self.data = data
        self.m2m_data = m2m_data
        self.deferred_fields = deferred_fields
        self.db = db
        self.save_parents = False
        self.main = None  # The DeserializedObject, once built.
        self.before = []  # Trees loaded before the object.
        self.forward = []  # (field, trees)
        self.reverse_m2m = []  # (relation, trees)
        self.reverse = []  # (relation, trees)

    def where(self):
        """The object, as errors name it."""
        pk = self.data.get(self.model._meta.pk.attname)
        return f"{self.model._meta.label} (pk={bounded_repr(pk)})"

    def check_nested(self, name, related_model, to_many, trees, listed):
        """
        Refuse objects of another model than the one name relates to, and a
        list where one object belongs or one object where a list does.
        listed is whether the document gave a list, or None in a format
        whose nesting doesn't say (XML): then only the count is checked.
        """
        for tree in trees:
            if not issubclass(tree.model, related_model._meta.concrete_model):
                raise DeserializationError(
                    f"{self.where()}: {name!r} relates to "
                    f"{related_model._meta.label} objects, not to "
                    f"{tree.model._meta.label}."
                )
        if to_many and listed is False:
            raise DeserializationError(
                f"{self.where()}: {name!r} relates to many objects: its nested "
                "objects are given in a list."
            )
        if not to_many and (listed or len(trees) > 1):
            given = "a list" if listed else f"{len(trees)}"
            raise DeserializationError(
                f"{self.where()}: {name!r} relates to one object: it takes one "
                f"nested object or null, not {given}."
            )

    def add_forward(self, field, trees, listed=None):
        """Add the trees of a forward field, whose keys the object takes."""
        self.check_nested(
            field.name, field.related_model, field.many_to_many, trees, listed
        )
        self.before += trees
        self.forward.append((field, trees))

    def add_reverse(self, relation, trees, listed=None):
        """Add the trees of a reverse relation."""
        self.check_nested(
            relation.get_accessor_name(),
            relation.related_model,
            relation.one_to_many or relation.many_to_many,
            trees,
            listed,
        )
        if relation.many_to_many:
            self.before += trees
            self.reverse_m2m.append((relation, trees))
        else:
            self.reverse.append((relation, trees))

    def objects(self):
        """Build and yield the DeserializedObjects, in load order."""
        for tree in self.before:
            yield from tree.objects()
        for field, trees in self.forward:
            if field.many_to_many:
                # Rows of a through model of its own are its objects', which
                # loading the related objects never creates.
                if field.remote_field.through._meta.auto_created:
                    self.m2m_data[field.name] = [tree.main.object.pk for tree in trees]
            elif trees:
                self.data[field.attname] = key_value(
                    trees[0].main.object, field.target_field
                )
            else:
                self.data[field.attname] = None
        for relation, trees in self.reverse_m2m:
            if relation.through._meta.auto_created:
                self.m2m_data[relation.get_accessor_name()] = [
                    tree.main.object.pk for tree in trees
                ]
        self.main = DeserializedObject(
            build_instance(self.model, self.data, self.db, self.m2m_data),
            self.m2m_data,
            self.deferred_fields,
            save_parents=self.save_parents,
        )
        yield self.main
        for relation, trees in self.reverse:
            value = key_value(self.main.object, relation.field.target_field)
            for tree in trees:
                tree.data[relation.field.attname] = value
                yield from tree.objects()


def build_instance(Model, data, db, m2m_data=None):
    """
    Build a model instance, refusing integers the database can't hold in data
    and in m2m_data, its many-to-many data (see check_integers()).

    If the model instance doesn't have a primary key and the model supports
    natural keys, try to retrieve it from the database.
    """
    default_manager = Model._meta.default_manager
    pk = data.get(Model._meta.pk.attname)
    obj = Model(**data)
    check_integers(obj, db, m2m_data)
    if (
        pk is None
        and hasattr(default_manager, "get_by_natural_key")
        and hasattr(Model, "natural_key")
    ):
        obj._state.db = db
        natural_key = obj.natural_key()
        try:
            data[Model._meta.pk.attname] = Model._meta.pk.to_python(
                default_manager.db_manager(db).get_by_natural_key(*natural_key).pk
            )
        except Model.DoesNotExist:
            pass
        return Model(**data)
    return obj


@functools.cache
def integer_fields(model, db):
    """
    The fields of model whose values the database db holds as integers in a
    range, as [(attname, min, max, field)], and its many-to-many fields, as
    [(name, min, max, field)]; a key's range is its target's.
    """
    connection = connections[db]

    def with_range(field, name):
        target = field
        while target.many_to_many or isinstance(target, models.ForeignKey):
            target = target.target_field
        internal_type = target.get_internal_type()
        if not isinstance(target, models.IntegerField) or (
            internal_type not in connection.ops.integer_field_ranges
        ):
            return []
        low, high = connection.ops.integer_field_range(internal_type)
        if low is None and high is None:
            return []
        low = -math.inf if low is None else low
        high = math.inf if high is None else high
        return [(name, low, high, field)]

    opts = model._meta
    return (
        [
            item
            for field in opts.concrete_fields
            for item in with_range(field, field.attname)
        ],
        [item for field in opts.many_to_many for item in with_range(field, field.name)],
    )


def check_integers(obj, db, m2m_data=None):
    """
    Refuse integers in obj's fields, and keys in m2m_data, its many-to-many
    data, that the database db can't hold: saving would raise OverflowError
    or DataError.
    """
    fields, m2m_fields = integer_fields(type(obj), db)
    values = obj.__dict__
    for attname, low, high, field in fields:
        value = values.get(attname)
        if isinstance(value, int) and not low <= value <= high:
            raise out_of_range(obj, field, value, low, high)
    if m2m_data:
        for name, low, high, field in m2m_fields:
            for value in m2m_data.get(name) or ():
                if isinstance(value, int) and not low <= value <= high:
                    raise out_of_range(obj, field, value, low, high)


def out_of_range(obj, field, value, low, high):
    return DeserializationError(
        f"{obj._meta.label} (pk={bounded_repr(obj.pk)}): {field.name!r} holds "
        f"{bounded_repr(value)}, beyond the database's range for it "
        f"({low} to {high})."
    )


def deserialize_m2m_values(field, field_value, using, handle_forward_references):
    model = field.remote_field.model
    if hasattr(model._default_manager, "get_by_natural_key"):

        def m2m_convert(value):
            if hasattr(value, "__iter__") and not isinstance(value, str):
                return (
                    model._default_manager.db_manager(using)
                    .get_by_natural_key(*value)
                    .pk
                )
            else:
                return model._meta.pk.to_python(value)

    else:

        def m2m_convert(v):
            return model._meta.pk.to_python(v)

    try:
        pks_iter = iter(field_value)
    except TypeError as e:
        raise M2MDeserializationError(e, field_value)
    try:
        values = []
        for pk in pks_iter:
            values.append(m2m_convert(pk))
        return values
    except Exception as e:
        if isinstance(e, ObjectDoesNotExist) and handle_forward_references:
            return DEFER_FIELD
        else:
            raise M2MDeserializationError(e, pk)


def deserialize_fk_value(field, field_value, using, handle_forward_references):
    if field_value is None:
        return None
    model = field.remote_field.model
    default_manager = model._default_manager
    field_name = field.remote_field.field_name
    if (
        hasattr(default_manager, "get_by_natural_key")
        and hasattr(field_value, "__iter__")
        and not isinstance(field_value, str)
    ):
        try:
            obj = default_manager.db_manager(using).get_by_natural_key(*field_value)
        except ObjectDoesNotExist:
            if handle_forward_references:
                return DEFER_FIELD
            else:
                raise
        value = getattr(obj, field_name)
        # If this is a natural foreign key to an object that has a FK/O2O as
        # the foreign key, use the FK value.
        if model._meta.pk.remote_field:
            value = value.pk
        return value
    return model._meta.get_field(field_name).to_python(field_value)
