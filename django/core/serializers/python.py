"""
A Python "serializer". Doesn't do much serializing per se -- just converts to
and from basic Python data types (lists, dicts, strings, etc.). Useful as a basis for
other serializers.
"""

import datetime
import decimal
import inspect
import itertools

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.core.serializers import base, planning
from django.core.serializers.planning import MAX_JOINED_HOPS, is_many, is_reverse
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models import CompositePrimaryKey, Field
from django.db.models.fields.related_descriptors import (
    ForeignKeyDeferredAttribute,
    _filter_prefetch_queryset,
)
from django.db.models.query_utils import DeferredAttribute
from django.utils.encoding import is_protected_type

# Types whose values is_protected_type() keeps as they are.
PROTECTED_TYPES = frozenset(
    [
        type(None),
        bool,
        int,
        float,
        decimal.Decimal,
        datetime.datetime,
        datetime.date,
        datetime.time,
    ]
)
# And str, whose str() is the value: Field.value_to_string() keeps them.
KEPT_TYPES = PROTECTED_TYPES | {str}


class Rows:
    """
    The objects of a chunk that dump_rows() gives, as columns: the values
    of each field, in the order of keys. Iterated, the objects' dicts.
    """

    def __init__(self, label, pk_name, keys, names, columns, extras=((), ())):
        self.label = label
        self.pk_name = pk_name
        self.keys = keys
        self.names = names
        self.columns = columns
        # The names of the extras and their columns.
        self.extra_names, self.extra_columns = extras

    def __len__(self):
        return len(self.keys)

    @staticmethod
    def _dicts(names, columns, count):
        if columns:
            return map(dict, map(zip, itertools.repeat(names), zip(*columns)))
        return (dict() for _ in range(count))

    def __iter__(self):
        label, pk_name = self.label, self.pk_name
        fields = self._dicts(self.names, self.columns, len(self.keys))
        extras = None
        if self.extra_names:
            extras = self._dicts(self.extra_names, self.extra_columns, len(self.keys))
        for key, values in zip(self.keys, fields):
            if pk_name is None:
                data = {"model": label, "pk": key, "fields": values}
            else:
                data = {"model": label, "pk": key, "pk_name": pk_name, "fields": values}
            if extras is not None:
                data["extras"] = next(extras)
            yield data


class Related:
    """
    A column of Rows that holds a followed relation: rows, the Rows of the
    related objects, and spans, the (start, end) of each object's related
    objects among them, or None for a to-one relation, whose rows are the
    objects' own (a row without a key is no object). Iterated, each
    object's value: the list of its related objects' dicts, or the related
    object's dict or None.
    """

    def __init__(self, rows, spans=None):
        self.rows = rows
        self.spans = spans

    def __len__(self):
        return len(self.rows if self.spans is None else self.spans)

    def __iter__(self):
        dicts = list(self.rows)
        if self.spans is None:
            for key, data in zip(self.rows.keys, dicts):
                yield None if key is None else data
        else:
            for start, end in self.spans:
                yield dicts[start:end]


class NotFromRows(Exception):
    """Why a queryset's objects are built rather than written from rows."""


class RowReader:
    """
    How the objects of a model are read from the columns of a values_list()
    query, from the column start on: the fields' column names (attnames),
    and the functions of the query's columns (see Serializer._column())
    giving their keys and the (name, values) of their fields.
    """

    def __init__(self, model, pk_name, start, attnames, keys, values, extras=()):
        self.model = model
        self.label = str(model._meta)
        self.pk_name = pk_name
        self.start = start
        self.attnames = attnames
        self.keys = keys
        self.names = [name for name, _ in values]
        self.values = [value for _, value in values]
        # The (name, getter) pairs of the extras, read from the objects built
        # from the rows.
        self.extras = extras

    def builder(self, columns, db):
        """A function of i, building the object of row i of columns."""
        model, attnames = self.model, self.attnames
        own = columns[self.start : self.start + len(attnames)]

        def build(i):
            return model.from_db(db, attnames, [column[i] for column in own])

        return build

    def rows(self, columns, build):
        """The Rows of the objects of columns; build(i) builds row i's."""
        keys = self.keys(columns, build)
        extras = ((), ())
        if self.extras:
            # A row without a key is no object (a to-one relation's).
            objects = [None if key is None else build(i) for i, key in enumerate(keys)]
            extras = (
                [name for name, _ in self.extras],
                [
                    [None if obj is None else get_value(obj) for obj in objects]
                    for _, get_value in self.extras
                ],
            )
        return Rows(
            self.label,
            self.pk_name,
            keys,
            self.names,
            [value(columns, build) for value in self.values],
            extras,
        )


class Serializer(base.Serializer):
    """
    Serialize a QuerySet to basic Python objects.
    """

    internal_use_only = True

    def start_serialization(self):
        self._current = None
        self.objects = []

    def end_serialization(self):
        pass

    _related = None

    def start_object(self, obj):
        self._current = {}
        self._extras = {}

    def end_object(self, obj):
        self.write_object(self.get_dump_object(obj))
        self._current = None

    def write_object(self, data):
        """Write the dict of an object, as get_dump_object() returns it."""
        self.objects.append(data)

    def get_dump_object(self, obj):
        plan = self.plan
        return self._envelope(
            obj, plan.pk_name, self._current, self._extras if plan.extras else None
        )

    def _envelope(self, obj, pk_name, fields, extras, pk_value=None):
        """
        The dict of obj: its model, key, key's name, fields and extras (None
        when none are written). pk_value, a function of obj, gives the key.
        """
        data = {"model": str(obj._meta)}
        if not self.use_natural_primary_keys or not hasattr(obj, "natural_key"):
            if pk_value is None:
                data["pk"] = self._value_from_field(obj, obj._meta.pk)
            else:
                data["pk"] = pk_value(obj)
        if pk_name is not None:
            # A composite key's names: each object's own list, as its key is,
            # so that YAML doesn't write them as an alias.
            data["pk_name"] = pk_name if isinstance(pk_name, str) else [*pk_name]
        data["fields"] = fields
        if extras is not None:
            data["extras"] = extras
        return data

    def _value_from_field(self, obj, field):
        if isinstance(field, CompositePrimaryKey):
            return [self._value_from_field(obj, f) for f in field]
        value = field.value_from_object(obj)
        # Protected types (i.e., primitives like None, numbers, dates,
        # and Decimals) are passed through as is. All other values are
        # converted to string first.
        return value if is_protected_type(value) else field.value_to_string(obj)

    def handle_field(self, obj, field):
        self._current[field.name] = self._value_from_field(obj, field)

    def column_values(self, values):
        """
        The values of a column read from rows (a sequence), as
        _value_from_field() gives them: a format that changes those changes
        these.
        """
        return values

    def extra_value(self, value):
        """An extra's value, as handle_extra() writes it."""
        return value

    def configure(self, options):
        super().configure(options)
        # Node -> function building the dicts of a followed relation, or None.
        self._dumpers = {}

    def _value_getter(self, field):
        """
        Return a function of an object that returns what
        _value_from_field() returns for field, its checks made once when
        neither the serializer nor the field's type overrides them.
        """
        if (
            type(self)._value_from_field is not Serializer._value_from_field
            or type(field).value_from_object is not Field.value_from_object
            or type(field).value_to_string is not Field.value_to_string
        ):

            def value(obj):
                return self._value_from_field(obj, field)

        else:
            attname = field.attname

            def value(obj):
                value = getattr(obj, attname)
                # Field.value_to_string() is str() of the value.
                return value if is_protected_type(value) else str(value)

        return value

    def field_handler(self, field):
        if self.overridden_hook(["handle_field"]):
            return self.handle_field
        name = field.name
        value = self._value_getter(field)

        def handle_field(obj, field):
            self._current[name] = value(obj)

        return handle_field

    def handle_fk_field(self, obj, field):
        if self.use_natural_foreign_keys and hasattr(
            field.remote_field.model, "natural_key"
        ):
            related = getattr(obj, field.name)
            if related:
                value = related.natural_key()
            else:
                value = None
        else:
            value = self._value_from_field(obj, field)
        self._current[field.name] = value

    # The hooks that build the objects' dicts. dump_rows() and the dumpers of
    # followed relations do their work; a subclass outside Django that
    # overrides one has its objects written through the hooks.
    record_hooks = (
        "start_object",
        "write_fields",
        "field_handler",
        "handle_field",
        "handle_fk_field",
        "handle_m2m_field",
        "_value_from_field",
        "_m2m_key_values",
        "get_dump_object",
        "_envelope",
        "handle_extra",
        "end_object",
        "write_object",
        "handle_relation",
        "start_relation",
        "end_relation",
        "start_related_object",
        "end_related_object",
    )

    def dump_rows(self, queryset):
        """
        Return an iterator of Rows, a chunk each, of the objects of queryset,
        read from its rows without building the objects: iterated, each
        gives the dicts that the hooks would build. Return None when the objects
        are needed: options that read them (natural keys, extras,
        relations), a hook or a model method that a subclass overrides,
        pre_init or post_init receivers, or a field whose value isn't the
        one its column holds.
        """
        self.rows_refused = None
        try:
            rows, reader = self._rows_plan(queryset)
        except NotFromRows as refusal:
            # Kept for tests and debugging: why the objects are built.
            self.rows_refused = str(refusal)
            return None
        return self._dump_rows(rows, reader)

    def _rows_plan(self, queryset):
        """
        Return the values_list() queryset, the RowReader and the many-to-many
        fields of the keys that write queryset's objects from its rows; or
        raise NotFromRows saying why the objects must be built.
        """
        cls = type(self)
        if not getattr(self, "chunked", False):
            raise NotFromRows("select_related orders the objects themselves")
        if self.custom is not None:
            raise NotFromRows("a custom serializer shapes the objects")
        if self.use_natural_primary_keys or self.use_natural_foreign_keys:
            raise NotFromRows("natural keys are read from the objects")
        if not isinstance(queryset, models.QuerySet):
            raise NotFromRows("the objects aren't a queryset")
        if queryset._result_cache is not None:
            raise NotFromRows("the queryset's objects are already built")
        hook = self.overridden_hook()
        if hook:
            raise NotFromRows(f"{cls.__qualname__} overrides {hook}()")
        refusal = planning.queryset_refusal(queryset)
        if refusal:
            raise NotFromRows(refusal)
        model = queryset.model
        node = self.planner.node(model._meta.concrete_model)
        plan = self.planner.plan_of(node, model, queryset)
        # Prefetched keys are fetched again, by a query a chunk.
        names = {field.name for field in plan.m2m_keys}
        for lookup in queryset._prefetch_related_lookups:
            if lookup not in names:
                raise NotFromRows(f"the queryset prefetches {lookup!r}")
        paths = []
        reader = self._row_reader(model, plan, paths, "", queryset.db)
        return queryset.values_list(*paths), reader

    def _row_reader(self, model, plan, paths, prefix, db):
        """
        Add the columns of the objects of model to paths, a values_list()'s,
        each prefixed by prefix, and return the RowReader of the dicts that
        plan says to write for them; or None when their values aren't their
        columns'. The many-to-many fields in m2m_written are read as keys,
        with a [keys, source_key] pair for each kept in m2m_fields (see
        _m2m_column()); the relations that plan follows are read as Related
        columns: a forward to-one one from columns joined to the query when
        prefix isn't None, a to-many one by a query a chunk.
        """
        refusal = planning.model_refusal(model)
        if refusal:
            raise NotFromRows(refusal)
        for name, get_value in plan.extras:
            if get_value.reads_related:
                raise NotFromRows(
                    f"the extra {name!r} of {model._meta.label} may read related "
                    "objects, which the objects' prefetches hold"
                )
        opts = model._meta
        start = len(paths)
        attnames = [field.attname for field in opts.concrete_fields]
        paths += [(prefix or "") + attname for attname in attnames]
        index = {attname: start + i for i, attname in enumerate(attnames)}
        children = dict(plan.relations)
        values = []
        for field in [opts.pk, *(field for _, field in plan.fields)]:
            child = children.get(field)
            if child is not None:
                name = child.accessor
                value = self._related_column(field, child, paths, prefix, db, index)
            elif field.many_to_many:
                if not field.remote_field.through._meta.auto_created:
                    # Through a model of its own: not written.
                    continue
                self._check_column(model, field)
                name = field.name
                value = self._m2m_column(field, index[opts.pk.attname])
            elif field.attname in index:
                self._check_column(model, field)
                name = field.name
                value = self._converted(
                    self._column(model, field, index[field.attname])
                )
            else:
                raise NotFromRows(f"{model._meta.label}.{field.name} has no column")
            values.append((name, value))
        (_, keys), *values = values
        extras = [(name, self._converted_extra(get)) for name, get in plan.extras]
        return RowReader(model, plan.pk_name, start, attnames, keys, values, extras)

    def _check_column(self, model, field):
        """
        Raise NotFromRows when what the format writes for field can't come
        from the records' values (see column_refusal()).
        """
        refusal = self.column_refusal(model, field)
        if refusal:
            raise NotFromRows(refusal)

    def column_refusal(self, model, field):
        """
        Why the format's text of model's field can't be given from the
        records' value of it, or None: a format that writes more than the
        records hold says so here.
        """
        return None

    def _converted(self, column):
        convert = self.column_values

        def values(columns, build):
            return convert(column(columns, build))

        return values

    def _converted_extra(self, get_value):
        convert = self.extra_value

        def extra(obj):
            return convert(get_value(obj))

        return extra

    def _related_column(self, relation, child, paths, prefix, db, index):
        """
        Return a function of a chunk's columns returning the Related column
        of the relation that child follows from the objects whose columns
        index gives (see _row_reader()); or raise NotFromRows when its
        objects can't be read from rows.
        """
        model = relation.related_model
        plan = self.planner.plan_of(child)
        if not is_many(relation):
            # A reverse one-to-one, a to-one relation below a to-many one,
            # or one below the hops a query joins: prefetched, a query a hop,
            # by the objects' plan, not joined.
            if is_reverse(relation):
                raise NotFromRows(f"{child.accessor!r} is a reverse one-to-one")
            if prefix is None:
                raise NotFromRows(
                    f"{relation.name!r} is a to-one relation below a to-many one"
                )
            # Each hop of prefix (field names hold no "__") is joined.
            if prefix.count("__") >= MAX_JOINED_HOPS:
                raise NotFromRows(
                    f"{relation.name!r} is more than {MAX_JOINED_HOPS} joins deep"
                )
            reader = self._row_reader(
                model, plan, paths, f"{prefix}{relation.name}__", db
            )

            def related(columns, build):
                return Related(reader.rows(columns, reader.builder(columns, db)))

            return related
        # A to-many relation: the query of Django's prefetch of the related
        # manager, a query a chunk, its rows grouped by the column first in
        # own, the key of the object they belong to.
        refusal = planning.queryset_refusal(model._default_manager.get_queryset())
        if refusal:
            raise NotFromRows(f"{model._meta.label}'s default manager: {refusal}")
        own = [None]
        reader = self._row_reader(model, plan, own, None, db)
        reverse_fk = is_reverse(relation) and not relation.many_to_many
        if reverse_fk:
            field = relation.field
            if not isinstance(field, models.ForeignKey):
                raise NotFromRows(f"{child.accessor!r} isn't a foreign key's")
            source = field.target_field
        else:
            if is_reverse(relation):
                through = relation.through
                name = relation.field.m2m_reverse_field_name()
            else:
                through = relation.remote_field.through
                name = relation.m2m_field_name()
            fk = through._meta.get_field(name)
            source = fk.target_field
            if len(fk.local_related_fields) != 1 or not planning.plain_int_field(
                source
            ):
                # The join table's values would need preparing to be
                # compared with the keys.
                raise NotFromRows(
                    f"the join table of {child.accessor!r} refers to a key that "
                    "isn't an integer field"
                )
        key_index = index.get(source.attname)
        if key_index is None:
            raise NotFromRows(f"{child.accessor!r} refers to a field that isn't read")
        accessor = child.accessor
        # Integer keys select the related objects by their range, unless
        # they're sparse (see range_queryset()).
        by_range = planning.plain_int_field(source)

        def related(columns, build):
            keys = columns[key_index]
            present = [i for i, key in enumerate(keys) if key is not None]
            rows = []
            if present:
                first = build(present[0])
                manager = getattr(first, accessor)
                queryset = None
                if by_range:
                    group = (
                        field.attname
                        if reverse_fk
                        else f"{manager.query_field_name}__{source.name}"
                    )
                    queryset = planning.range_queryset(
                        manager, first, group, [keys[i] for i in present]
                    )
                if queryset is None:
                    others = list(dict.fromkeys(keys[i] for i in present[1:]))
                    if reverse_fk:
                        # The prefetch's own queryset and filter, which
                        # get_prefetch_querysets() runs at once.
                        queryset = super(type(manager), manager).get_queryset()
                        queryset._add_hints(instance=first)
                        queryset = _filter_prefetch_queryset(
                            queryset.using(queryset._db or manager._db),
                            field.name,
                            [first, *others],
                        )
                        group = field.attname
                    else:
                        queryset = manager.get_prefetch_querysets([first, *others])[0]
                        (group,) = queryset.query.extra_select
                rows = list(queryset.values_list(group, *own[1:]))
                query_db = queryset.db
            else:
                query_db = db
            groups = {}
            for i, row in enumerate(rows):
                groups.setdefault(row[0], []).append(i)
            order, spans = [], []
            for key in keys:
                owned = groups.get(key, ())
                spans.append((len(order), len(order) + len(owned)))
                order += owned
            ordered = [rows[i] for i in order]
            related_columns = list(zip(*ordered)) or [()] * len(own)
            return Related(
                reader.rows(related_columns, reader.builder(related_columns, query_db)),
                spans,
            )

        return related

    def _column(self, model, field, index):
        """
        Return a function of a chunk's columns returning what
        _value_from_field() returns for field in each row, or raise
        NotFromRows when the value of field isn't the column's. The
        function's build(i) gives the object of the chunk's row i, for a
        value_to_string() of the field's.
        """
        descriptor = inspect.getattr_static(model, field.attname, None)
        if (
            type(descriptor) not in (DeferredAttribute, ForeignKeyDeferredAttribute)
            or type(field).value_from_object is not Field.value_from_object
        ):
            raise NotFromRows(
                f"{model._meta.label}.{field.name}'s value isn't its column's (a "
                "descriptor or value_from_object() of its own)"
            )
        if type(field).value_to_string is Field.value_to_string:

            def to_string(value):
                # Field.value_to_string() is str() of the value.
                return value if is_protected_type(value) else str(value)

            def values(columns, build):
                column = columns[index]
                if KEPT_TYPES.issuperset(map(type, column)):
                    return column
                return list(map(to_string, column))

        else:

            def values(columns, build):
                column = columns[index]
                if PROTECTED_TYPES.issuperset(map(type, column)):
                    return column
                return [
                    (
                        value
                        if is_protected_type(value)
                        else field.value_to_string(build(i))
                    )
                    for i, value in enumerate(column)
                ]

        return values

    def _dump_rows(self, rows, reader):
        """Yield the Rows of each chunk of rows (a values_list() queryset)."""
        db = rows.db
        rows = rows.iterator(chunk_size=self.chunk_size)
        while chunk := list(itertools.islice(rows, self.chunk_size)):
            columns = list(zip(*chunk))
            build = reader.builder(columns, db)
            built = {}

            def build_row(i):
                # The object of the chunk's row i, built once.
                obj = built.get(i)
                if obj is None:
                    obj = built[i] = build(i)
                return obj

            yield reader.rows(columns, build_row)

    def _m2m_column(self, field, pk_index):
        """
        Return a function of a chunk's columns returning the keys of the
        many-to-many field of the object of each row, fetched by a query (see
        query_m2m_keys()); a row without a key is no object.
        """
        key_values = self._m2m_key_values

        def values(columns, build):
            sources = columns[pk_index]
            present = [i for i, key in enumerate(sources) if key is not None]
            if not present:
                return [[] for _ in sources]
            # The first object is built: the routers are given it as a hint,
            # as they are given the first of built objects.
            others = dict.fromkeys(sources[i] for i in present[1:])
            others.pop(sources[present[0]], None)
            keys, _, source_key = planning.query_m2m_keys(
                [build(present[0]), *others], field
            )
            get = keys.get
            related = [
                () if source is None else get(source_key((source,)), ())
                for source in sources
            ]
            if PROTECTED_TYPES.issuperset(
                map(type, itertools.chain.from_iterable(related))
            ):
                # What _m2m_key_values() returns for them.
                return list(map(list, related))
            return [key_values(field, keys) for keys in related]

        return values

    def handle_m2m_field(self, obj, field):
        if field.remote_field.through._meta.auto_created:
            if self.use_natural_foreign_keys and hasattr(
                field.remote_field.model, "natural_key"
            ):

                def m2m_value(value):
                    return value.natural_key()

                def queryset_iterator(obj, field):
                    attr = getattr(obj, field.name)
                    chunk_size = (
                        2000 if getattr(attr, "prefetch_cache_name", None) else None
                    )
                    return attr.iterator(chunk_size)

            else:

                def m2m_value(value):
                    return self._value_from_field(value, value._meta.pk)

                def queryset_iterator(obj, field):
                    query_set = getattr(obj, field.name).select_related(None).only("pk")
                    chunk_size = 2000 if query_set._prefetch_related_lookups else None
                    return query_set.iterator(chunk_size=chunk_size)

            keys = planning.m2m_keys(obj, field)
            if keys is not None:
                self._current[field.name] = self._m2m_key_values(field, keys)
                return
            # Build a queryset only when no prefetch holds the objects.
            prefetched = getattr(obj, "_prefetched_objects_cache", {})
            if field.name in prefetched:
                m2m_iter = prefetched[field.name]
            else:
                m2m_iter = queryset_iterator(obj, field)
            self._current[field.name] = [m2m_value(related) for related in m2m_iter]

    def _m2m_key_values(self, field, keys):
        """The values of fetched keys, as the related objects' would be."""
        if all(map(is_protected_type, keys)):
            return list(keys)
        model = field.remote_field.model
        pk = model._meta.pk
        if type(pk).value_to_string is Field.value_to_string:
            return [key if is_protected_type(key) else str(key) for key in keys]
        return [
            self._value_from_field(model.from_db(None, [pk.attname], [key]), pk)
            for key in keys
        ]

    def handle_extra(self, obj, name, value):
        self._extras[name] = value

    def handle_relation(self, obj, relation, child):
        dumper = self._dumpers.get(child, False)
        if dumper is False:
            dumper = self._dumpers[child] = self._dumper(child)
        if dumper is None:
            super().handle_relation(obj, relation, child)
        else:
            self._current[child.accessor] = dumper(obj)

    def _dumper(self, node):
        """
        Return a function of an object that returns the dicts (a list, or one
        dict or None for a to-one relation) of the objects the relation
        node follows, as the hooks would build them; or None when the
        serializer's hooks or the node's tree need the hooks: natural keys,
        many-to-many fields written as keys, or extras written by an
        overridden handle_extra().
        """
        if self.overridden_hook():
            return None
        plan = self.planner.plan_of(node)
        if plan.m2m_keys:
            return None
        children = dict(plan.relations)
        values = []
        for _, field in plan.fields:
            child = children.get(field)
            if child is not None:
                name, value = child.accessor, self._dumper(child)
                if value is None:
                    return None
            elif field.many_to_many:
                # Through a model of its own: not written.
                continue
            elif (
                field.remote_field is not None
                and self.use_natural_foreign_keys
                and hasattr(field.remote_field.model, "natural_key")
            ):
                return None
            else:
                name, value = field.name, self._value_getter(field)
            values.append((name, value))
        extras = [(name, self._converted_extra(get)) for name, get in plan.extras]
        # A proxy's pk is its concrete model's.
        pk_value = self._value_getter(node.model._meta.pk)
        pk_name = plan.pk_name
        envelope = self._envelope

        def dump(obj):
            fields = {name: value(obj) for name, value in values}
            extra_values = (
                {name: get_value(obj) for name, get_value in extras} if extras else None
            )
            return envelope(obj, pk_name, fields, extra_values, pk_value)

        if node.many:

            def dump_related(obj):
                return [
                    dump(related) for related in planning.related_objects(obj, node)
                ]

        else:

            def dump_related(obj):
                related = planning.related_objects(obj, node)
                return dump(related[0]) if related else None

        return dump_related

    def start_relation(self, obj, name, relation, many):
        # The object's dicts wait while its related objects are built.
        self._parents = getattr(self, "_parents", [])
        self._parents.append((self._current, self._extras, self._related))
        self._related = []

    def end_related_object(self, obj):
        self._related.append(self.get_dump_object(obj))

    def end_relation(self, obj, name, relation, many, count):
        related = self._related
        self._current, self._extras, self._related = self._parents.pop()
        self._current[name] = related if many else (related[0] if count else None)

    def handle_custom_object(self, obj, shape, key):
        value = shape.value(obj)
        self.objects.append(value if shape.key is None else (key, value))

    def custom_data(self):
        """The shaped objects in the container of the custom format."""
        container = self.custom.main_shape.container
        return dict(self.objects) if container is dict else container(self.objects)

    def getvalue(self):
        if self.custom is not None and self.custom.main_shape is not None:
            return self.custom_data()
        return self.objects


class Deserializer(base.Deserializer):
    """
    Deserialize simple Python objects back into Django ORM instances.

    It's expected that you pass the Python objects themselves (instead of a
    stream or a string) to the constructor
    """

    def __init__(
        self, object_list, *, using=DEFAULT_DB_ALIAS, ignorenonexistent=False, **options
    ):
        super().__init__(object_list, **options)
        self.handle_forward_references = options.pop("handle_forward_references", False)
        self.using = using
        self.ignorenonexistent = ignorenonexistent
        self.field_names_cache = {}  # Model: <list of field_names>
        self.reverse_relations_cache = {}  # Model: {accessor name: relation}
        self._iterator = None

    def __iter__(self):
        try:
            objects = iter(self.stream)
        except TypeError:
            raise base.DeserializationError(
                "Expected a list of serialized objects, not "
                f"{base.bounded_repr(self.stream)}."
            )
        for obj in objects:
            yield from self._handle_object(obj)

    def __next__(self):
        if self._iterator is None:
            self._iterator = iter(self)
        return next(self._iterator)

    def _handle_object(self, obj):
        tree = self._build(obj)
        if tree is not None:
            yield from tree.objects()

    def _build_nested(self, value, depth, parent, name):
        if not isinstance(value, dict):
            raise base.DeserializationError(
                f"{parent.where()}: {base.bounded_repr(name)} holds nested objects, "
                "dicts with "
                f"model, pk and fields, not {base.bounded_repr(value)}."
            )
        tree = self._build(value, depth)
        return [] if tree is None else [tree]

    def _build(self, obj, depth=0):
        """
        Return the DeserializedTree of obj and the objects nested in it, or
        None for an object of an unknown model that's ignored.
        """
        if not isinstance(obj, dict) or "model" not in obj:
            raise base.DeserializationError(
                f"Invalid serialized object {base.bounded_repr(obj)}: objects are "
                "dicts with model, pk and fields. The output of a custom serializer "
                "(custom_format) isn't a fixture and can't be deserialized."
            )
        data = {}
        m2m_data = {}
        deferred_fields = {}

        # Look up the model and starting build a dict of data for it.
        try:
            Model = self._get_model_from_node(obj["model"])
        except base.DeserializationError:
            if self.ignorenonexistent:
                return None
            raise
        tree = base.DeserializedTree(Model, data, m2m_data, deferred_fields, self.using)
        if "pk" in obj:
            try:
                data[Model._meta.pk.attname] = Model._meta.pk.to_python(obj.get("pk"))
            except Exception as e:
                raise base.DeserializationError.WithData(
                    e, obj["model"], obj.get("pk"), None
                )
        if "pk_name" in obj:
            base.check_pk_name(Model, obj["pk_name"])

        if Model not in self.field_names_cache:
            self.field_names_cache[Model] = {f.name for f in Model._meta.get_fields()}
        field_names = self.field_names_cache[Model]
        if Model not in self.reverse_relations_cache:
            self.reverse_relations_cache[Model] = base.reverse_relations(Model)
        reverse_relations = self.reverse_relations_cache[Model]

        if depth:
            base.check_nesting(depth, obj["model"], obj.get("pk"))
        if not isinstance(obj.get("fields"), dict):
            raise base.DeserializationError(
                f"{base.bounded_str(obj['model'])} "
                f"(pk={base.bounded_repr(obj.get('pk'))}): fields must be a dict "
                "of field names to values."
            )

        # Handle each field
        fields = []
        for field_name, field_value in obj["fields"].items():
            relation = reverse_relations.get(field_name)
            if relation is not None:
                # Objects that point back to this one.
                listed = isinstance(field_value, list)
                if listed:
                    values = field_value
                elif field_value is None and relation.one_to_one:
                    values = []
                else:
                    values = [field_value]
                trees = [
                    child
                    for v in values
                    for child in self._build_nested(v, depth + 1, tree, field_name)
                ]
                tree.add_reverse(relation, trees, listed)
                continue

            if self.ignorenonexistent and field_name not in field_names:
                # skip fields no longer on model
                continue

            try:
                field = Model._meta.get_field(field_name)
            except FieldDoesNotExist as e:
                raise base.unknown_field(Model, obj.get("pk"), e) from e
            fields.append(field)

            if field.is_relation and base.is_nested(field_value):
                listed = isinstance(field_value, list)
                trees = [
                    child
                    for v in (field_value if listed else [field_value])
                    for child in self._build_nested(v, depth + 1, tree, field_name)
                ]
                tree.add_forward(field, trees, listed)
                continue

            # Handle M2M relations
            if field.remote_field and isinstance(
                field.remote_field, models.ManyToManyRel
            ):
                try:
                    values = self._handle_m2m_field_node(field, field_value)
                    if values == base.DEFER_FIELD:
                        deferred_fields[field] = field_value
                    else:
                        m2m_data[field.name] = values
                except base.M2MDeserializationError as e:
                    raise base.DeserializationError.WithData(
                        e.original_exc, obj["model"], obj.get("pk"), e.pk
                    )

            # Handle FK fields
            elif field.remote_field and isinstance(
                field.remote_field, models.ManyToOneRel
            ):
                try:
                    value = self._handle_fk_field_node(field, field_value)
                    if value == base.DEFER_FIELD:
                        deferred_fields[field] = field_value
                    else:
                        data[field.attname] = value
                except Exception as e:
                    raise base.DeserializationError.WithData(
                        e, obj["model"], obj.get("pk"), field_value
                    )

            # Handle all other fields
            else:
                try:
                    data[field.name] = field.to_python(field_value)
                except Exception as e:
                    raise base.DeserializationError.WithData(
                        e, obj["model"], obj.get("pk"), field_value
                    )

        tree.save_parents = base.has_inherited_fields(Model, fields)
        return tree

    def _handle_m2m_field_node(self, field, field_value):
        return base.deserialize_m2m_values(
            field, field_value, self.using, self.handle_forward_references
        )

    def _handle_fk_field_node(self, field, field_value):
        return base.deserialize_fk_value(
            field, field_value, self.using, self.handle_forward_references
        )

    @staticmethod
    def _get_model_from_node(model_identifier):
        """Look up a model from an "app_label.model_name" string."""
        try:
            return apps.get_model(model_identifier)
        except (LookupError, TypeError, ValueError, AttributeError):
            raise base.DeserializationError(
                f"Invalid model identifier: {base.bounded_str(model_identifier)}"
            )
