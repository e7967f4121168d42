"""
Module for abstract serializer/unserializer base classes.
"""

import inspect
import itertools
import operator
from io import StringIO

from django.core.exceptions import ObjectDoesNotExist
from django.db import models, router

DEFER_FIELD = object()


class SerializerDoesNotExist(KeyError):
    """The requested serializer was not found."""

    pass


class SerializationError(Exception):
    """Something bad happened during serialization."""

    pass


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
            % (original_exc, model, fk, field_value)
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


class ModelPlan:
    """What a serializer writes for each object of one model."""

    __slots__ = ("fields", "extras", "pk_name")

    def __init__(self):
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
        resolved.append((name, _guarded(function, label, name)))
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


def _guarded(function, label, name):
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
                f"{label} (pk={obj.pk!r}): the extra {name!r} raised "
                f"{e.__class__.__name__}: {e}"
            ) from e

    return get_value


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
        **options,
    ):
        """
        Serialize a queryset.
        """
        self.options = options

        self.stream = stream if stream is not None else self.stream_class()
        self.selected_fields = fields
        self.use_natural_foreign_keys = use_natural_foreign_keys
        self.use_natural_primary_keys = use_natural_primary_keys
        self.pk_name = pk_name
        self.inherited = inherited
        self.extras = extras
        self._plans = {}
        progress_bar = self.progress_class(progress_output, object_count)
        objects = self._validate_options(queryset)

        self.start_serialization()
        self.first = True
        for count, obj in enumerate(objects, start=1):
            if not hasattr(obj, "_meta"):
                # Let the format reject a non-model object its own way.
                self.start_object(obj)
            # Use the concrete parent class' _meta instead of the object's _meta
            # This is to avoid local_fields problems for proxy models. Refs #17717.
            concrete_model = obj._meta.concrete_model
            plan = self._plans.get(concrete_model)
            if plan is None:
                plan = self._plans[concrete_model] = self.get_plan(obj, queryset)
            self.plan = plan
            self.start_object(obj)
            for handle, field in plan.fields:
                handle(obj, field)
            for name, get_value in plan.extras:
                self.handle_extra(obj, name, get_value(obj))
            self.end_object(obj)
            progress_bar.update(count)
            self.first = self.first and False
        self.end_serialization()
        return self.getvalue()

    def _validate_options(self, queryset):
        """
        Check the options against the models before anything is written, and
        return the objects to serialize. Extras are checked on the first
        object of each model, which may hold attributes its class lacks.
        """
        if not self.extras:
            return queryset
        if isinstance(queryset, models.QuerySet):
            objects = iter(queryset)
            first = next(objects, None)
            to_check = [] if first is None else [first]
            objects = itertools.chain(to_check, objects)
        elif isinstance(queryset, (list, tuple)):
            objects = to_check = queryset
        else:
            # A generator, as dumpdata's: checked at each model's first object.
            return queryset
        for obj in to_check:
            model = getattr(obj, "_meta", None) and obj._meta.concrete_model
            if model is not None and model not in self._plans:
                self._plans[model] = self.get_plan(obj, queryset)
        return objects

    def get_plan(self, obj_or_model, queryset=None):
        """
        Decide once per model what to write for its objects: the fields in
        order, split by kind, and the extras with their getters.
        """
        model = obj_or_model._meta.concrete_model
        opts = model._meta
        # When using natural primary keys, retrieve the pk field of the
        # parent for multi-table inheritance child models. That field must
        # be serialized, otherwise deserialization isn't possible.
        pk_parent = None
        if self.use_natural_primary_keys:
            pk = opts.pk
            if pk.remote_field and pk.remote_field.parent_link:
                pk_parent = pk
        if self.inherited:
            # Parents' fields first, top-most parent first, each once.
            owners = [*reversed(opts.get_parent_list()), model]
        else:
            owners = [model]
        selected = self.selected_fields
        plan = ModelPlan()
        if self.pk_name:
            plan.pk_name = pk_name_of(opts)
        for owner in owners:
            for field in owner._meta.local_fields:
                if not (field.serialize or field is pk_parent):
                    continue
                if field.remote_field is None:
                    if selected is None or field.attname in selected:
                        plan.fields.append((self.handle_field, field))
                elif selected is None or field.attname[:-3] in selected:
                    plan.fields.append((self.handle_fk_field, field))
            for field in owner._meta.local_many_to_many:
                if field.serialize and (selected is None or field.attname in selected):
                    plan.fields.append((self.handle_m2m_field, field))
        if self.extras:
            plan.extras = resolve_extras(
                obj_or_model, get_model_extras(self.extras, model), queryset
            )
        return plan

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
        self.save()


def build_instance(Model, data, db):
    """
    Build a model instance.

    If the model instance doesn't have a primary key and the model supports
    natural keys, try to retrieve it from the database.
    """
    default_manager = Model._meta.default_manager
    pk = data.get(Model._meta.pk.attname)
    if (
        pk is None
        and hasattr(default_manager, "get_by_natural_key")
        and hasattr(Model, "natural_key")
    ):
        obj = Model(**data)
        obj._state.db = db
        natural_key = obj.natural_key()
        try:
            data[Model._meta.pk.attname] = Model._meta.pk.to_python(
                default_manager.db_manager(db).get_by_natural_key(*natural_key).pk
            )
        except Model.DoesNotExist:
            pass
    return Model(**data)


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
