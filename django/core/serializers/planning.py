"""
What serializers write and how they read it, planned once per model before
any output: the options, the fields of each model, the relations followed
(checked against the models) and the queries that fetch them.
"""

import dataclasses
import dis
import functools
import heapq
import inspect
import itertools
import operator

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.core.serializers.base import (
    MAX_NESTING,
    SerializationError,
    bounded_repr,
    pk_name_of,
)
from django.db import connections, models
from django.db.models import CompositePrimaryKey
from django.db.models.fields import AutoFieldMixin
from django.db.models.query import ModelIterable
from django.db.models.signals import post_init, pre_init

# The keys of a relation's options in relations={name: {...}}.
RELATION_OPTIONS = frozenset({"fields", "extras", "relations", "inherited", "pk_name"})

# How many forward to-one hops a query joins: databases limit the tables a
# query joins (SQLite to 64), so deeper hops are fetched a query a hop.
MAX_JOINED_HOPS = 8

# The opcodes that format an f-string's values: FORMAT_VALUE before Python
# 3.13, FORMAT_SIMPLE and FORMAT_WITH_SPEC since.
FORMAT_OPNAMES = frozenset({"FORMAT_VALUE", "FORMAT_SIMPLE", "FORMAT_WITH_SPEC"})


class SpecError(Exception):
    """A relations spec that doesn't fit the models."""


def find_relation(model, name):
    """
    Return the relation of model called name: a forward ForeignKey,
    OneToOneField or ManyToManyField by its name, or a reverse relation
    (a ForeignObjectRel) by its accessor name ("choices", "choice_set").
    """
    opts = model._meta
    for relation in opts.related_objects:
        if relation.get_accessor_name() == name:
            return relation
    try:
        field = opts.get_field(name)
    except FieldDoesNotExist:
        field = None
    if field is None or (field.auto_created and not field.concrete):
        raise SpecError(
            f"{opts.label} has no relation named {name!r}; reverse relations "
            "are named by their accessor (related_name, or model_set)."
        )
    if not field.is_relation or not is_own_field(field):
        raise SpecError(
            f"{opts.label}.{name} is not a relation that can be followed; "
            "relations takes foreign keys, one-to-one and many-to-many "
            "fields, and reverse relations."
        )
    return field


def reads_related(function, model):
    """
    Whether function, an extra's getter of model's objects, may read their
    related objects or managers (which an instance built from a row holds no
    cache of) or anything but their fields' values: its code, or the code of
    the model's properties and methods and of the module's functions it
    names, names a relation of model or renders the object; a callable
    without Python code may do anything.
    """
    relations = {
        name
        for field in model._meta.get_fields()
        if field.is_relation
        for name in [field.get_accessor_name() if is_reverse(field) else field.name]
        if name
    }
    # Names that reach attributes dynamically, or the caches themselves.
    relations |= {"getattr", "vars", "__dict__", "_prefetched_objects_cache"}
    seen = set()
    stack = [function]
    while stack:
        function = stack.pop()
        while isinstance(function, (functools.partial, functools.partialmethod)):
            function = function.func
        if function is models.Model._get_FIELD_display:
            # get_FOO_display() reads the field's value.
            continue
        if isinstance(function, property):
            function = function.fget
        elif isinstance(function, functools.cached_property):
            function = function.func
        elif isinstance(function, (staticmethod, classmethod)):
            function = function.__func__
        code = getattr(function, "__code__", None)
        if code is None:
            return True
        if code in seen:
            continue
        seen.add(code)
        codes = [code]
        names = set()
        while codes:
            code = codes.pop()
            names.update(code.co_names)
            codes += [const for const in code.co_consts if inspect.iscode(const)]
            if any(
                instruction.opname in FORMAT_OPNAMES
                for instruction in dis.get_instructions(code)
            ):
                names.add("str")
        if names & relations:
            return True
        if names & {"str", "repr", "format"}:
            stack += [model.__str__, model.__repr__]
        # The key is a column (Model.pk reads it with getattr()).
        for name in names - {"pk"}:
            attr = inspect.getattr_static(model, name, None)
            if attr is None:
                attr = getattr(function, "__globals__", {}).get(name)
                if not inspect.isfunction(attr):
                    continue
            elif not isinstance(
                attr, (property, functools.cached_property, functools.partialmethod)
            ) and not inspect.isfunction(attr):
                continue
            stack.append(attr)
    return False


def is_reverse(relation):
    return isinstance(relation, models.ForeignObjectRel)


def is_own_field(field):
    """
    Whether field, which get_field() gave, is one of the model's own that
    hold its data: a field with a column or a many-to-many field (which
    Django 6.0+ doesn't call concrete, refs #35453), not a reverse relation
    or a private field such as a GenericForeignKey.
    """
    return field.concrete or (field.many_to_many and not is_reverse(field))


def is_many(relation):
    """Whether a relation leads to several objects."""
    if is_reverse(relation):
        return not relation.one_to_one
    return relation.many_to_many


def relation_name(relation):
    return relation.get_accessor_name() if is_reverse(relation) else relation.name


def parse_relations(spec, path=""):
    """
    Normalize a relations spec, a list of names and "a__b" paths or a dict
    of names to option dicts (nested to any depth), to
    {name: {option: value, ..., "relations": {...}}}.
    """
    if not spec:
        return {}
    if path.count("__") >= MAX_NESTING:
        raise SpecError(
            f"relations are nested more than {MAX_NESTING} levels deep (at "
            f"{path[:60]!r}...), beyond what the deserializers read."
        )
    if isinstance(spec, dict):
        items = list(spec.items())
    elif isinstance(spec, (list, tuple, set, frozenset)):
        items = [(name, None) for name in spec]
    else:
        hint = f" (a list: [{spec!r}])" if isinstance(spec, str) else ""
        raise SpecError(
            f"relations takes a list or a dict of relation names, not "
            f"{spec!r}{hint}."
        )
    result = {}
    for name, options in items:
        if not isinstance(name, str) or not name:
            raise SpecError(f"relation names are strings, not {name!r}.")
        if options is None or options is True:
            options = {}
        if not isinstance(options, dict):
            raise SpecError(
                f"the options of the relation {path + name!r} are a dict with "
                f"the keys {', '.join(sorted(RELATION_OPTIONS))}, not "
                f"{options!r}."
            )
        unknown = set(options) - RELATION_OPTIONS
        if unknown:
            raise SpecError(
                f"unknown option {', '.join(sorted(map(repr, unknown)))} for "
                f"the relation {path + name!r}; the options are "
                f"{', '.join(sorted(RELATION_OPTIONS))}."
            )
        head, _, rest = name.partition("__")
        entry = result.setdefault(head, {"relations": {}})
        if rest:
            nested = parse_relations({rest: options}, f"{path}{head}__")
        else:
            nested = parse_relations(options.get("relations"), f"{path}{head}__")
            entry.update(
                (key, value) for key, value in options.items() if key != "relations"
            )
        _merge(entry["relations"], nested)
    return result


def _merge(target, source):
    for name, options in source.items():
        entry = target.setdefault(name, {"relations": {}})
        _merge(entry["relations"], options["relations"])
        entry.update((k, v) for k, v in options.items() if k != "relations")


class Node:
    """
    What to write for the objects of one model reached along one path:
    their options and the relations to follow from them, each leading to a
    child Node. Explicit relations are resolved (and so checked) at once;
    those that depth implies are found when the plan knows its fields.
    """

    def __init__(
        self,
        model,
        *,
        fields=None,
        extras=(),
        inherited=False,
        pk_name=False,
        depth=0,
        spec=None,
        leave_out=None,
        relation=None,
    ):
        self.model = model._meta.concrete_model
        self.fields = fields
        self.extras = extras
        self.inherited = inherited
        self.pk_name = pk_name
        self.depth = depth
        # The field of this model that points back to the object this one
        # is nested in, left out of the output.
        self.leave_out = leave_out
        if relation is not None:
            # What writing the relation that leads here needs, worked out
            # once rather than for each object.
            self.accessor = relation_name(relation)
            self.many = is_many(relation)
            self.private_attr = private_attr(relation)
        self.explicit = {
            find_relation(self.model, name): options
            for name, options in (spec or {}).items()
        }
        self._children = {
            relation: self._child(relation, options)
            for relation, options in self.explicit.items()
        }
        self._complete = self.depth == 0

    def _child(self, relation, options):
        return Node(
            relation.related_model,
            fields=options.get("fields"),
            extras=options.get("extras", ()),
            inherited=options.get("inherited", self.inherited),
            pk_name=options.get("pk_name", self.pk_name),
            depth=max(self.depth - 1, 0),
            spec=options.get("relations"),
            leave_out=relation.field if is_reverse(relation) else None,
            relation=relation,
        )

    def children(self, written_fields):
        """
        {relation: child Node} of the relations to follow: the explicit
        ones and, while depth remains, each forward relation among the
        fields the plan writes.
        """
        if not self._complete:
            for field in written_fields:
                if field.is_relation and field not in self._children:
                    self._children[field] = self._child(field, {})
            self._complete = True
        return self._children


def private_attr(relation):
    """
    The attribute of an object that holds the objects of its to-many
    relation that the serializer prefetched for itself.
    """
    return f"_serialized_{relation_name(relation)}"


def query_lookups(node, plan_for, caller_paths=None):
    """
    Return the (select_related, prefetch_related) lookups that fetch what
    node's tree writes: forward to-one hops from the top are joined, up to
    MAX_JOINED_HOPS of them; the rest, and everything below a to-many hop
    or below the joined hops, are prefetched, one query a hop. plan_for(node)
    returns a node's ModelPlan.

    With caller_paths, the set of paths that the caller prefetches (and
    those they go through), the objects are the serializer's own: a to-many
    relation that the caller doesn't prefetch is prefetched into
    private_attr() lists, which cost less than filling each object's related
    manager. Not when the tree writes extras, which may read relations
    through the managers; nor for the many-to-many fields that the tree
    writes as keys anywhere, so that objects reached twice (a choice's poll
    is the poll it sits in) find them fetched.
    """
    if caller_paths is None or tree_has_extras(node, plan_for):
        caller_paths = keyed = None
    else:
        keyed = set(walk_m2m_keys(node, plan_for))
    return _query_lookups(node, plan_for, caller_paths, keyed, "", "", 0)


def _query_lookups(node, plan_for, caller_paths, keyed, prefix, through, joined):
    """
    The lookups of node's tree at prefix (its path from the top), which
    prefetches reach through through; joined is the number of to-one hops
    joined down to node, or None below a hop that isn't joined.
    """
    select, prefetch = [], []
    plan = plan_for(node)
    for field in plan.m2m_keys:
        prefetch.append(through + field.name)
    for relation, child in plan.relations:
        name = relation_name(relation)
        path = prefix + name
        join = (
            joined is not None
            and joined < MAX_JOINED_HOPS
            and not is_many(relation)
            and not is_reverse(relation)
        )
        if join:
            select.append(path)
            below = path
        elif (
            caller_paths is not None
            and is_many(relation)
            and relation not in keyed
            and path not in caller_paths
        ):
            attr = private_attr(relation)
            prefetch.append(models.Prefetch(through + name, to_attr=attr))
            below = through + attr
        else:
            prefetch.append(through + name)
            below = through + name
        child_select, child_prefetch = _query_lookups(
            child,
            plan_for,
            caller_paths,
            keyed,
            path + "__",
            below + "__",
            joined + 1 if join else None,
        )
        select += child_select
        prefetch += child_prefetch
    return select, prefetch


def tree_has_extras(node, plan_for):
    """Whether node or a node below it writes extras."""
    return bool(node.extras) or any(
        tree_has_extras(child, plan_for) for _, child in plan_for(node).relations
    )


def walk_m2m_keys(node, plan_for):
    """Yield the many-to-many fields that node's tree writes as keys."""
    plan = plan_for(node)
    yield from plan.m2m_keys
    for _, child in plan.relations:
        yield from walk_m2m_keys(child, plan_for)


def order_by_dependencies(keys, edges, label):
    """
    Order keys so that each comes after the keys it depends on, otherwise
    keeping their given order. edges maps a key to (dependency, hard)
    pairs; a soft edge (a nullable key, a many-to-many relation) is dropped
    to break a cycle, and a cycle of hard ones raises SpecError naming the
    models, label(key) giving a key's model label.
    """
    position = {key: index for index, key in enumerate(keys)}
    waiting = {key: {} for key in keys}  # key -> {dependency: hard}
    dependents = {key: set() for key in keys}
    for key in keys:
        for dependency, hard in edges.get(key, ()):
            if dependency in position and dependency != key:
                hard = hard or waiting[key].get(dependency, False)
                waiting[key][dependency] = hard
                dependents[dependency].add(key)
    ready = [position[key] for key in keys if not waiting[key]]
    heapq.heapify(ready)
    ordered = []
    while len(ordered) < len(keys):
        if not ready:
            # A cycle: drop one soft edge of the first waiting key that has
            # one, and go on.
            stuck = [key for key in keys if waiting[key]]
            for key in stuck:
                soft = [dep for dep, hard in waiting[key].items() if not hard]
                if soft:
                    del waiting[key][soft[0]]
                    dependents[soft[0]].discard(key)
                    if not waiting[key]:
                        heapq.heappush(ready, position[key])
                    break
            else:
                models_in_cycle = sorted({label(key) for key in stuck})
                raise SpecError(
                    "the objects depend on each other through non-nullable "
                    f"keys in a cycle that cannot be ordered: "
                    f"{', '.join(models_in_cycle)}."
                )
            continue
        key = keys[heapq.heappop(ready)]
        ordered.append(key)
        for dependent in dependents[key]:
            waiting[dependent].pop(key, None)
            if not waiting[dependent]:
                heapq.heappush(ready, position[dependent])
        dependents[key] = set()
    return ordered


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
    query of many objects' may get the table's order on PostgreSQL. Django
    6.1+ serializers order them by their keys after a partial ordering too
    (that's when QuerySet.totally_ordered came).
    """
    if not queryset.ordered:
        return queryset.order_by("pk")
    if getattr(queryset, "totally_ordered", True):
        return queryset
    ordering = queryset.query.order_by or queryset.model._meta.ordering or []
    return queryset.order_by(*ordering, "pk")


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
    field (see plain_int_field()), by a range of keys (see range_queryset()).
    Return {key: [key, ...]}, or None when the keys aren't ints or are too
    sparse.
    """
    attname = source_field.attname
    first, *others = objects
    sources = [getattr(first, attname)]
    for obj in others:
        sources.append(getattr(obj, attname) if isinstance(obj, models.Model) else obj)
    path = f"{manager.query_field_name}__{source_field.name}"
    queryset = range_queryset(manager, first, path, sources)
    if queryset is None:
        return None
    keys = {}
    for source, key in by_key(queryset).values_list(path, "pk"):
        keys.setdefault(source, []).append(key)
    return keys


def range_queryset(manager, first, path, keys):
    """
    The queryset of the related manager's get_prefetch_querysets() for the
    objects whose keys, ints, are keys (first is one of them, the routers'
    hint), selecting the related objects by the range of keys through path
    rather than by a list of them: a query that costs the same to build and
    to run for any number of keys. The range's other objects' related
    objects come too, to be left unused. None when the keys aren't ints or
    fill less than half of their range.
    """
    keys = set(keys)
    if not keys or any(type(key) is not int for key in keys):
        return None
    low, high = min(keys), max(keys)
    queryset = super(type(manager), manager).get_queryset()
    if high - low >= 2 * len(keys) or queryset.query.is_sliced:
        return None
    queryset._add_hints(instance=first)
    queryset = queryset.using(queryset._db or manager._db)
    queryset.query.add_q(
        models.Q(**{f"{path}__gte": low, f"{path}__lte": high}), reuse_all=True
    )
    return queryset


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


# The kinds of the fields of a ModelPlan: what a serializer calls for each.
FIELD, FK, M2M, RELATION = "field", "fk", "m2m", "relation"


@dataclasses.dataclass(frozen=True, eq=False)
class Options:
    """
    What serialize() writes, as it and dumpdata take it: checked as it's
    built, before any output.
    """

    fields: object = None
    use_natural_foreign_keys: bool = False
    use_natural_primary_keys: bool = False
    pk_name: bool = False
    inherited: bool = False
    extras: object = ()
    relations: object = ()
    depth: int = 0
    select_related: bool = False
    select_related_exclude: object = ()
    custom_serializer: object = None
    related_custom_serializers: object = None

    def __post_init__(self):
        depth = self.depth
        if not isinstance(depth, int) or depth < 0:
            raise SerializationError(
                f"depth must be a non-negative integer, not {bounded_repr(depth)}."
            )
        if depth > MAX_NESTING:
            # What the deserializers read (see check_nesting()).
            raise SerializationError(
                f"depth must be at most {MAX_NESTING}, the nesting limit of the "
                f"deserializers, not {depth}."
            )
        if self.custom_serializer is not None:
            # These shape the objects asked for, which custom_format shapes.
            given = [
                name
                for name in ("fields", "extras", "relations", "depth")
                if getattr(self, name)
            ]
            if given:
                raise SerializationError(
                    f"custom_serializer takes no {' or '.join(given)}: its "
                    "custom_format gives the shape of the objects."
                )
        elif self.related_custom_serializers:
            raise SerializationError(
                "related_custom_serializers needs a custom_serializer."
            )
        derived = {
            # None, or the relations spec of each model (as dumpdata gives).
            "relations_by_model": relations_of_models(self.relations),
            # Whether select_related leaves a model's objects out.
            "excluded": excluded_models(
                self.select_related_exclude, "select_related_exclude"
            ),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)

    @classmethod
    def pop_from(cls, options, **given):
        """Build the Options in options (a dict), removing them from it."""
        for field in dataclasses.fields(cls):
            if field.name in options:
                given[field.name] = options.pop(field.name)
        return cls(**given)

    def kwargs(self):
        """The options, as serialize() takes them."""
        return {
            field.name: getattr(self, field.name) for field in dataclasses.fields(self)
        }

    @property
    def shape_output(self):
        """Whether any of the fork's options shapes the output."""
        return any(
            getattr(self, name)
            for name in (
                "pk_name",
                "inherited",
                "extras",
                "relations",
                "depth",
                "select_related",
                "custom_serializer",
            )
        )


class Planner:
    """
    The plans of one serialization, made once per model: what its objects
    write (a ModelPlan), the relations followed and the queries that fetch
    them, the chunks a queryset is read in, and select_related's order.
    """

    def __init__(self, options):
        self.options = options
        self.custom = None
        if options.custom_serializer is not None:
            from django.core.serializers.custom import CustomSerializers

            self.custom = CustomSerializers(
                options.custom_serializer, options.related_custom_serializers
            )
        self._nodes = {}
        self._plans = {}
        # The private prefetch attributes of the objects (see plan_queryset()).
        self.private = set()
        # The models of the objects asked for, once select_related adds those
        # they depend on; None before.
        self.selected_models = None

    def chunks(self, queryset, chunk_size, release=True):
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
        objects = queryset.iterator(chunk_size=chunk_size)
        while chunk := list(itertools.islice(objects, chunk_size)):
            # A prefetch that relations plan may hold a field's objects.
            cache = getattr(chunk[0], "_prefetched_objects_cache", {})
            unfetched = [field for field in fields if field.name not in cache]
            if unfetched:
                fetch_m2m_keys(chunk, unfetched)
            yield from release_written(chunk, self.private) if release else chunk

    def node(self, model):
        """
        Return the relations Node of the top-level objects of model: the
        serializer's options, and the relations spec checked on the model.
        """
        node = self._nodes.get(model)
        if node is None:
            spec = self.options.relations
            by_model = self.options.relations_by_model is not None
            if by_model:
                # A spec for each model (as dumpdata gives).
                spec = self.options.relations_by_model.get(model, ())
            # Objects that select_related adds are written plainly, but for
            # the options given model by model.
            selected = self.selected_models is None or model in self.selected_models
            extras = (
                self.options.extras
                if selected or isinstance(self.options.extras, dict)
                else ()
            )
            try:
                node = Node(
                    model,
                    fields=self.options.fields if selected else None,
                    extras=get_model_extras(extras, model),
                    inherited=self.options.inherited,
                    pk_name=self.options.pk_name,
                    depth=self.options.depth if selected else 0,
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
        node = self.node(model)
        if not (node.explicit or node.depth):
            return [], []

        def plan_for(planned):
            if planned is node and node not in self._plans:
                # Extras wait for the first object; the lookups don't need
                # them.
                return self.plan(model, node=node, extras=False)
            return self.plan_of(planned)

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
        self.private |= {
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
        plan = self.plan(model, node=self.node(model), extras=False)
        prefetched = prefetched_lookups(queryset)
        if not natural:
            prefetched -= set(queryset._prefetch_related_lookups)
        return [
            field
            for field in plan.m2m_keys
            if field.name not in prefetched
            and natural
            == (
                self.options.use_natural_foreign_keys
                and hasattr(field.remote_field.model, "natural_key")
            )
        ]

    def plan_of(self, node, obj_or_model=None, queryset=None):
        plan = self._plans.get(node)
        if plan is None:
            plan = self.plan(obj_or_model or node.model, queryset, node)
        return plan

    def plan(self, obj_or_model, queryset=None, node=None, extras=True):
        """
        Decide once per model, and per way of reaching it, what to write for
        its objects: the fields in order with their handlers, the relations
        to follow, and the extras with their getters.
        """
        model = obj_or_model._meta.concrete_model
        if node is None:
            node = self.node(model)
        opts = model._meta
        # When using natural primary keys, retrieve the pk field of the
        # parent for multi-table inheritance child models. That field must
        # be serialized, otherwise deserialization isn't possible.
        pk_parent = None
        if self.options.use_natural_primary_keys:
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
                        written.append((FIELD, field))
                elif selected is None or field.attname[:-3] in selected:
                    written.append((FK, field))
            for field in owner._meta.local_many_to_many:
                if field.serialize and (selected is None or field.attname in selected):
                    if field is not node.leave_out:
                        written.append((M2M, field))
        plan = ModelPlan()
        plan.inherits = node.inherited
        if node.pk_name:
            plan.pk_name = pk_name_of(opts)
        children = node.children([field for _, field in written])
        for kind, field in written:
            child = children.get(field)
            if child is not None:
                kind = RELATION
                plan.relations.append((field, child))
            elif kind is M2M:
                if field.remote_field.through._meta.auto_created:
                    plan.m2m_keys.append(field)
            plan.fields.append((kind, field))
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
                plan.fields.append((RELATION, relation))
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
        self.selected_models = {
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
                plan = self.plan_of(self.node(model), instances[0], queryset)
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
                            batches.append((self.plan_of(child, nested[0]), nested))
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
                if self.options.excluded(model):
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
                refs += self._references(related, self.plan_of(child, related))
        for kind, field in plan.fields:
            if kind is FK:
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
            elif kind is M2M and field in plan.m2m_keys:
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
