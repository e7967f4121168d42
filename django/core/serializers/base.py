"""
Module for abstract serializer/unserializer base classes.
"""

import dataclasses
import difflib
import functools
import inspect
import itertools
import math
import reprlib
from io import StringIO

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db import connections, models, router

# How deep objects may nest: the deserializers refuse deeper input rather
# than exhaust the stack, so serializers refuse to write it (a depth, or
# relations, deeper than this) before any output.
MAX_NESTING = 100

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
    Querysets to serialize one after the other, as dumpdata does, each read
    as serialize() reads a queryset.
    """

    def __init__(self, querysets):
        self.querysets = querysets


class Serializer:
    """
    Abstract serializer base class.
    """

    # Indicates if the implemented serializer is only available for
    # internal Django use.
    internal_use_only = False
    progress_class = ProgressBar
    stream_class = StringIO
    # How many objects of a queryset are read at a time.
    chunk_size = 500

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
        **options,
    ):
        """
        Serialize a queryset.
        """
        from django.core.serializers.planning import Options

        settings = Options.pop_from(
            options,
            fields=fields,
            use_natural_foreign_keys=use_natural_foreign_keys,
            use_natural_primary_keys=use_natural_primary_keys,
        )
        self.check_options(options)
        self.options = options

        self.stream = stream if stream is not None else self.stream_class()
        self.configure(settings)
        progress_bar = self.progress_class(progress_output, object_count)
        if isinstance(queryset, QuerySets):
            sources = queryset.querysets
        else:
            sources = [queryset]
        parts = self._parts(sources)
        # The first part's options are checked before any output.
        first = next(parts, None)
        self.start_serialization()
        self.first = True
        count = 0
        for dumped, part, source in itertools.chain([first] if first else [], parts):
            if dumped:
                for chunk in part:
                    self.write_chunk(chunk)
                    for count in range(count + 1, count + len(chunk) + 1):
                        progress_bar.update(count)
            else:
                count = self._write_objects(part, source, progress_bar, count)
        self.end_serialization()
        return self.getvalue()

    # The options of serialize() itself, beside planning.Options's, as an
    # unknown one's suggestions.
    serialize_options = ("stream", "progress_output", "object_count")

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
        from django.core.serializers.planning import Options

        accepted = self.format_options(options)
        if accepted is None:
            return
        for name in options:
            if name not in accepted:
                known = [
                    *self.serialize_options,
                    *(field.name for field in dataclasses.fields(Options)),
                    *sorted(accepted),
                ]
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

    def configure(self, options):
        """
        Set what serialize() writes: options, a planning.Options, and the
        Planner that plans it.
        """
        from django.core.serializers.planning import Planner

        self.serialization_options = options
        self.selected_fields = options.fields
        self.use_natural_foreign_keys = options.use_natural_foreign_keys
        self.use_natural_primary_keys = options.use_natural_primary_keys
        self.planner = Planner(options)
        self.custom = self.planner.custom
        # Whether querysets are read a chunk at a time (select_related orders
        # all the objects it writes).
        self.chunked = not options.select_related
        # The bound handlers of each ModelPlan (see handlers()).
        self._handlers = {}
        # The keys of the objects a {key: shape} custom_format has written.
        self._mapping_keys = set()

    def _parts(self, sources):
        """
        Yield the parts of the output, one for each of sources (querysets,
        lists or iterators of objects) but with select_related, which writes
        all their objects, and those they depend on, in one: (True, the
        chunks of records that dump_rows() gives, source) or (False, the
        objects, source).
        """
        planner = self.planner
        if not self.serialization_options.select_related:
            for source in sources:
                yield self._part(source)
            return
        self.rows_refused = "select_related orders the objects themselves"
        objects, queryset = [], None
        for source in sources:
            _, part, queryset = self._part(source)
            objects += part
        objects = planner.with_dependencies(objects, queryset)
        if self.custom is not None:
            self._check_no_mapping(objects)
        yield False, objects, queryset

    def _part(self, objects):
        """
        The part of the output of objects, a queryset, a list or an iterator
        of objects (see _parts()), with the options checked against their
        models and the queries that relations need planned. Extras are
        checked on the first object of each model, which may hold attributes
        its class lacks.
        """
        from django.core.serializers.planning import queryset_refusal

        planner, settings = self.planner, self.serialization_options
        chunked = self.chunked
        source = objects
        if isinstance(objects, models.QuerySet) and objects.query.combinator:
            if settings.relations or settings.depth or self.custom is not None:
                # union() and the like take no select_related() or
                # prefetch_related(): their objects are prefetched as a
                # list's.
                objects = list(objects)
        if self.custom is not None:
            objects = self._prepare_custom(objects)
            if chunked and isinstance(objects, models.QuerySet):
                objects = planner.chunks(objects, self.chunk_size)
            return False, objects, source
        if isinstance(objects, models.QuerySet):
            model = objects.model
            node = planner.node(model._meta.concrete_model)
            if chunked and (
                not node.extras
                # Its objects hold no attribute their class lacks.
                or (
                    queryset_refusal(objects) is None
                    and not objects._prefetch_related_lookups
                )
            ):
                # Checked against the model, the objects may not be needed.
                planner.plan(model, objects, node)
                planner.query_lookups(node.model)
                dumps = self.dump_rows(objects)
                if dumps is not None:
                    return True, dumps, source
            else:
                self.rows_refused = "select_related orders the objects themselves"
            queryset = planner.plan_queryset(objects)
            if chunked and objects._result_cache is None:
                if not queryset.query.combinator:
                    queryset = planner.prefetch_m2m_keys(queryset)
                objects = planner.chunks(queryset, self.chunk_size, release=chunked)
            else:
                objects = queryset
            objects = iter(objects)
            first = next(objects, None)
            to_check = [] if first is None else [first]
            objects = itertools.chain(to_check, objects)
        elif isinstance(objects, (list, tuple)):
            to_check = objects
            by_model = {}
            for obj in objects:
                if hasattr(obj, "_meta"):
                    by_model.setdefault(obj._meta.concrete_model, []).append(obj)
            for model, instances in by_model.items():
                select, prefetch = planner.query_lookups(model)
                models.prefetch_related_objects(instances, *select, *prefetch)
        else:
            # An iterator: checked at each model's first object.
            return False, objects, source
        for obj in to_check:
            if hasattr(obj, "_meta"):
                planner.plan_of(planner.node(obj._meta.concrete_model), obj, source)
        return False, objects, source

    def _write_objects(self, objects, queryset, progress_bar, count):
        """Write objects, counting from count; return the last count."""
        planner = self.planner
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
            node = planner.node(obj._meta.concrete_model)
            plan = self.plan = planner.plan_of(node, obj, queryset)
            self.start_object(obj)
            self.write_fields(obj, plan)
            self.end_object(obj)
            progress_bar.update(count)
            self.first = self.first and False
        return count

    # The hooks whose work dump_rows() does: a subclass outside Django that
    # overrides one has its objects written through the hooks.
    record_hooks = ()

    def overridden_hook(self, names=None):
        """
        The first of names (record_hooks by default), hooks of Django's
        serializers, that this serializer's class overrides outside Django,
        or None: the one place that asks, so that the records built without
        the hooks are built only where the hooks would build the same.
        """
        cls = type(self)
        for name in self.record_hooks if names is None else names:
            if not getattr(cls, name).__module__.startswith("django.core.serializers."):
                return name
        return None

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

    def _prepare_custom(self, objects):
        """
        Bind the custom serializer to the model of the objects, check the
        objects that can be checked before any output, and plan the queries
        its shape needs.
        """
        from django.core.serializers.planning import add_lookups

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
        if self.planner.selected_models is not None:
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

    def handlers(self, plan):
        """
        The (handler, field) pairs of plan's fields, in order: the hooks
        that write each kind of field.
        """
        handlers = self._handlers.get(plan)
        if handlers is None:
            from django.core.serializers import planning

            children = dict(plan.relations)
            handlers = self._handlers[plan] = []
            for kind, field in plan.fields:
                if kind is planning.FIELD:
                    handle = self.field_handler(field)
                elif kind is planning.FK:
                    handle = self.handle_fk_field
                elif kind is planning.M2M:
                    handle = self.handle_m2m_field
                else:
                    handle = functools.partial(
                        self.handle_relation, child=children[field]
                    )
                handlers.append((handle, field))
        return handlers

    def write_fields(self, obj, plan):
        """Call the handlers of obj's fields and extras, as plan says."""
        for handle, field in self.handlers(plan):
            handle(obj, field)
        for name, get_value in plan.extras:
            self.handle_extra(obj, name, get_value(obj))

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
        from django.core.serializers.planning import related_objects

        name = child.accessor
        many = child.many
        plan = self.plan
        child_plan = self.planner.plan_of(child)
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
