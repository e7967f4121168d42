"""
Relation specs of serializers: which related objects to write in full,
checked against the models before any output, and the queries that fetch
them.
"""

import dis
import functools
import heapq
import inspect

from django.core.exceptions import FieldDoesNotExist
from django.db import models

# The keys of a relation's options in relations={name: {...}}.
RELATION_OPTIONS = frozenset({"fields", "extras", "relations", "inherited", "pk_name"})

# How deep objects may nest: the deserializers refuse deeper input rather
# than exhaust the stack, so serializers refuse to write it (a depth, or
# relations, deeper than this) before any output.
MAX_NESTING = 100

# How many forward to-one hops a query joins: databases limit the tables a
# query joins (SQLite to 64), so deeper hops are fetched a query a hop.
MAX_JOINED_HOPS = 8


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
    if not field.is_relation or not field.concrete:
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
                instruction.opname == "FORMAT_VALUE"
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
