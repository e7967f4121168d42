"""
XML serializer.
"""

import datetime
import decimal
import json
import uuid
from contextlib import contextmanager
from io import BytesIO, StringIO
from xml.dom import minidom, pulldom
from xml.sax import SAXParseException, handler
from xml.sax.expatreader import ExpatParser as _ExpatParser
from xml.sax.saxutils import escape, quoteattr

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.core.serializers import base, planning, python
from django.core.serializers.custom import Described, Seq
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.planning import find_relation, is_many, is_reverse
from django.core.serializers.python import Related
from django.db import DEFAULT_DB_ALIAS, models
from django.utils.duration import duration_iso_string
from django.utils.xmlutils import (
    CONTROL_CHARACTERS,
    SimplerXMLGenerator,
    UnserializableContentError,
)


@contextmanager
def fast_cache_clearing():
    """Workaround for performance issues in minidom document checks.

    Speeds up repeated DOM operations by skipping unnecessary full traversal
    of the DOM tree.
    """
    module_helper_was_lambda = False
    if original_fn := getattr(minidom, "_in_document", None):
        module_helper_was_lambda = original_fn.__name__ == "<lambda>"
        if not module_helper_was_lambda:
            minidom._in_document = lambda node: bool(node.ownerDocument)
    try:
        yield
    finally:
        if original_fn and not module_helper_was_lambda:
            minidom._in_document = original_fn


def xml_attribute(obj, value, what="the primary key"):
    """
    Refuse an attribute of obj's element that XML 1.0 can't hold, as
    characters() refuses text: written raw, it would make a document nothing
    can read.
    """
    if CONTROL_CHARACTERS.search(value):
        raise base.SerializationError(
            f"{obj._meta.label} (pk={obj.pk!r}): {what} contains "
            "unserializable characters (control characters aren't supported "
            "in XML 1.0)."
        )
    return value


def pk_name_string(pk_name):
    """A pk_name as an attribute: a composite key's names as a JSON list."""
    return pk_name if isinstance(pk_name, str) else json.dumps(pk_name)


def extra_to_string(value):
    """Return the type name and the text of an extra value."""
    if value is None:
        return "none", ""
    # bool before int: bool is a subclass of int.
    for types, type_name in (
        (bool, "bool"),
        (int, "int"),
        (float, "float"),
        (str, "str"),
        (datetime.datetime, "datetime"),
        (datetime.date, "date"),
        (datetime.time, "time"),
        (datetime.timedelta, "duration"),
        (decimal.Decimal, "decimal"),
        (uuid.UUID, "uuid"),
    ):
        if isinstance(value, types):
            break
    else:
        return "json", json.dumps(value, cls=DjangoJSONEncoder)
    if type_name == "bool":
        return type_name, "true" if value else "false"
    if type_name in ("datetime", "date", "time"):
        return type_name, value.isoformat()
    if type_name == "duration":
        return type_name, duration_iso_string(value)
    return type_name, str(value)


class Serializer(base.Serializer):
    """Serialize a QuerySet to XML."""

    # How deep the current object sits in followed relations, and in the
    # related objects of a custom format.
    nesting = 0
    _custom_nesting = 0

    def indent(self, level):
        if self.options.get("indent") is not None:
            level += 2 * self.nesting
            self.xml.ignorableWhitespace(
                "\n" + " " * self.options.get("indent") * level
            )

    # The hooks whose work write_chunk() does (see overridden_hook()).
    record_hooks = (
        "start_object",
        "end_object",
        "write_fields",
        "field_handler",
        "handle_field",
        "_write_field_value",
        "handle_fk_field",
        "handle_m2m_field",
        "handle_extra",
        "indent",
        "_start_field",
        "_start_relational_field",
        "handle_relation",
        "start_relation",
        "end_relation",
        "start_related_object",
        "end_related_object",
    )

    # The fields' value_to_string() whose text write_chunk() gives from the
    # value a python record holds for the field: str() of it, or (None, see
    # _field_text()) the isoformat() of a date or a time and the JSON of a
    # JSONField's. Any other may read the object, which XML then builds.
    _texts = {
        models.Field.value_to_string: str,
        models.DateField.value_to_string: None,
        models.DateTimeField.value_to_string: None,
        models.TimeField.value_to_string: None,
        models.DurationField.value_to_string: str,
        models.BinaryField.value_to_string: str,
        models.JSONField.value_to_string: None,
    }
    # Those of a related model's key whose text, str() of the key, is also
    # str() of what a record holds for it.
    _key_texts = {
        models.Field.value_to_string,
        models.DateField.value_to_string,
        models.DateTimeField.value_to_string,
        models.TimeField.value_to_string,
    }

    def dump_rows(self, queryset):
        """
        The python format's records of queryset's objects, read from its
        rows (see python.Serializer.dump_rows()), which write_chunk() writes
        as the hooks would write the objects; or None, with rows_refused
        saying why.
        """
        hook = self.overridden_hook()
        if hook:
            self.rows_refused = f"{type(self).__qualname__} overrides {hook}()"
            return None
        source = Records()
        source.configure(self.serialization_options)
        source.planner, source.custom = self.planner, self.custom
        source.chunked, source.chunk_size = self.chunked, self.chunk_size
        dumps = source.dump_rows(queryset)
        self.rows_refused = source.rows_refused
        return dumps

    def write_chunk(self, rows):
        """Write the objects of rows, a chunk of dump_rows(), in one piece."""
        self.xml.ignorableWhitespace("".join(self._object_texts(rows, 0)))

    def _object_texts(self, rows, nesting):
        """
        The XML of each object of rows, nested nesting levels of followed
        relations deep, as the hooks write it.
        """
        model = apps.get_model(rows.label)
        opts = model._meta
        level = self.options.get("indent")
        indents = (
            ["", "", "", ""]
            if level is None
            else ["\n" + " " * level * (n + 2 * nesting) for n in range(4)]
        )
        keys = rows.keys
        pk_text = self._field_text(opts.pk)
        start = "%s<object model=%s" % (indents[1], quoteattr(rows.label))
        pk_name = ">"
        if rows.pk_name is not None:
            pk_name = " pk_name=%s>" % quoteattr(pk_name_string(rows.pk_name))
        starts = []
        for key in keys:
            if key is None:
                starts.append(start + pk_name)
                continue
            pk = pk_text(key)
            if CONTROL_CHARACTERS.search(pk):
                xml_attribute(self._stub(model, key), pk)
            starts.append("%s pk=%s%s" % (start, quoteattr(pk), pk_name))
        columns = []
        for name, column in zip(rows.names, rows.columns):
            if isinstance(column, Related):
                columns.append(
                    self._relation_texts(model, name, column, indents, nesting)
                )
            else:
                write = self._column_text(model, opts.get_field(name), indents)
                columns.append(list(map(write, column, keys)))
        for name, column in zip(rows.extra_names, rows.extra_columns):
            columns.append(
                [
                    self._extra_text(model, key, name, value, indents)
                    for value, key in zip(column, keys)
                ]
            )
        ends = [indents[1] + "</object>"] * len(keys)
        return list(map("".join, zip(starts, *columns, ends)))

    def _relation_texts(self, model, name, column, indents, nesting):
        """
        The XML of the <field> that holds each object's related objects of
        column, a followed relation's Related column, as the hooks write it.
        """
        relation = find_relation(model, name)
        rel = relation if is_reverse(relation) else relation.remote_field
        tag = indents[2] + self._start_tag(
            relation,
            "field",
            lambda: {
                "name": name,
                "rel": rel.__class__.__name__,
                "to": str(relation.related_model._meta),
            },
        )
        end = indents[2] + "</field>"
        objects = self._object_texts(column.rows, nesting + 1)
        if column.spans is None:
            return [
                tag + ("<None></None></field>" if key is None else text + end)
                for key, text in zip(column.rows.keys, objects)
            ]
        return [
            tag + ("".join(objects[start:stop]) + end if stop > start else "</field>")
            for start, stop in column.spans
        ]

    @staticmethod
    def _stub(model, key):
        """An object of model with only its key, for an error message."""
        return model.from_db(None, [model._meta.pk.attname], [key])

    def _field_text(self, field):
        """The function giving a record's value of field as XML text."""
        if field.get_internal_type() == "JSONField":
            return lambda value: json.dumps(value, cls=field.encoder)
        text = self._texts[type(field).value_to_string]
        if text is not None:
            return text

        def isoformat(value):
            if isinstance(value, (datetime.date, datetime.time)):
                return value.isoformat()
            return value

        return isoformat

    def _column_text(self, model, field, indents):
        """
        The function giving the XML of field's element from a record's
        value of it and the object's key, as the hooks write it.
        """
        if field.many_to_many:
            tag = indents[2] + self._field_tag(
                field,
                lambda: {
                    "name": field.name,
                    "rel": field.remote_field.__class__.__name__,
                    "to": str(field.remote_field.model._meta),
                },
            )
            related = field.remote_field.model

            def many(keys, key):
                if not keys:
                    return tag + "</field>"
                items = []
                for related_key in keys:
                    pk = str(related_key)
                    if CONTROL_CHARACTERS.search(pk):
                        xml_attribute(self._stub(related, related_key), pk)
                    items.append("<object pk=%s></object>" % quoteattr(pk))
                return tag + "".join(items) + "</field>"

            return many
        if field.is_relation:
            attrs = {
                "name": field.name,
                "rel": field.remote_field.__class__.__name__,
                "to": str(field.remote_field.model._meta),
            }
            text = str
        else:
            attrs = {"name": field.name, "type": field.get_internal_type()}
            text = self._field_text(field)
        tag = indents[2] + self._field_tag(field, lambda: attrs)
        name = field.name

        def one(value, key):
            if value is None:
                return tag + "<None></None></field>"
            value = text(value)
            if CONTROL_CHARACTERS.search(value):
                if field.is_relation:
                    # As SimplerXMLGenerator.characters() refuses it.
                    raise UnserializableContentError(
                        "Control characters are not supported in XML 1.0"
                    )
                raise ValueError(
                    "%s.%s (pk:%s) contains unserializable characters"
                    % (model.__name__, name, key)
                )
            return tag + escape(value) + "</field>"

        return one

    def _extra_text(self, model, key, name, value, indents):
        """The XML of an extra's element, as handle_extra() writes it."""
        try:
            type_name, text = extra_to_string(value)
        except (TypeError, ValueError) as e:
            raise base.unwritable_extra(model._meta.label, key, name, "XML", e) from e
        start = indents[2] + self._start_tag(
            ("extra", name, type_name),
            "extra",
            lambda: {"name": name, "type": type_name},
        )
        if value is None:
            return start + "<None></None></extra>"
        if CONTROL_CHARACTERS.search(text):
            raise base.SerializationError(
                "%s (pk=%s): the extra %r contains unserializable characters"
                % (model._meta.label, key, name)
            )
        return start + escape(text) + "</extra>"

    def start_serialization(self):
        """
        Start serialization -- open the XML document and the root element.
        """
        self.xml = SimplerXMLGenerator(
            self.stream, self.options.get("encoding", settings.DEFAULT_CHARSET)
        )
        # The start tag of each field's <field> element, rendered once.
        self._field_tags = {}
        self.xml.startDocument()
        attrs = {"version": "1.0"}
        if self.custom is not None:
            # Marks output that isn't a fixture (see the Deserializer).
            attrs["custom"] = self.custom.main.__name__
        self.xml.startElement("django-objects", attrs)

    def end_serialization(self):
        """
        End serialization -- end the document.
        """
        self.indent(0)
        self.xml.endElement("django-objects")
        self.xml.endDocument()

    def start_object(self, obj):
        """
        Called as each object is handled.
        """
        if not hasattr(obj, "_meta"):
            raise base.SerializationError(
                "Non-model object (%s) encountered during serialization" % type(obj)
            )

        self.indent(1)
        attrs = {"model": str(obj._meta)}
        if not self.use_natural_primary_keys or not hasattr(obj, "natural_key"):
            obj_pk = obj.pk
            if obj_pk is not None:
                attrs["pk"] = xml_attribute(obj, obj._meta.pk.value_to_string(obj))
        if self.plan.pk_name is not None:
            attrs["pk_name"] = pk_name_string(self.plan.pk_name)

        self.xml.startElement("object", attrs)

    def end_object(self, obj):
        """
        Called after handling all fields for an object.
        """
        self.indent(1)
        self.xml.endElement("object")

    def handle_field(self, obj, field):
        """
        Handle each field on an object (except for ForeignKeys and
        ManyToManyFields).
        """
        self.indent(2)
        self._start_field(
            field, lambda: {"name": field.name, "type": field.get_internal_type()}
        )
        self._write_field_value(obj, field)
        self.xml.endElement("field")

    def _write_field_value(self, obj, field):
        """Write the text of obj's field, or <None/>, in the open element."""
        # Get a "string version" of the object's data.
        if getattr(obj, field.name) is not None:
            value = field.value_to_string(obj)
            if field.get_internal_type() == "JSONField":
                # Dump value since JSONField.value_to_string() doesn't output
                # strings.
                value = json.dumps(value, cls=field.encoder)
            try:
                self.xml.characters(value)
            except UnserializableContentError:
                raise ValueError(
                    "%s.%s (pk:%s) contains unserializable characters"
                    % (obj.__class__.__name__, field.name, obj.pk)
                )
        else:
            self.xml.addQuickElement("None")

    def handle_fk_field(self, obj, field):
        """
        Handle a ForeignKey (they need to be treated slightly
        differently from regular fields).
        """
        self._start_relational_field(field)
        related_att = getattr(obj, field.attname)
        if related_att is not None:
            if self.use_natural_foreign_keys and hasattr(
                field.remote_field.model, "natural_key"
            ):
                related = getattr(obj, field.name)
                # If related object has a natural key, use it
                related = related.natural_key()
                # Iterable natural keys are rolled out as subelements
                for key_value in related:
                    self.xml.startElement("natural", {})
                    self.xml.characters(str(key_value))
                    self.xml.endElement("natural")
            else:
                self.xml.characters(str(related_att))
        else:
            self.xml.addQuickElement("None")
        self.xml.endElement("field")

    def handle_m2m_field(self, obj, field):
        """
        Handle a ManyToManyField. Related objects are only serialized as
        references to the object's PK (i.e. the related *data* is not dumped,
        just the relation).
        """
        if field.remote_field.through._meta.auto_created:
            self._start_relational_field(field)
            if self.use_natural_foreign_keys and hasattr(
                field.remote_field.model, "natural_key"
            ):
                # If the objects in the m2m have a natural key, use it
                def handle_m2m(value):
                    natural = value.natural_key()
                    # Iterable natural keys are rolled out as subelements
                    self.xml.startElement("object", {})
                    for key_value in natural:
                        self.xml.startElement("natural", {})
                        self.xml.characters(str(key_value))
                        self.xml.endElement("natural")
                    self.xml.endElement("object")

                def queryset_iterator(obj, field):
                    attr = getattr(obj, field.name)
                    chunk_size = (
                        2000 if getattr(attr, "prefetch_cache_name", None) else None
                    )
                    return attr.iterator(chunk_size)

            else:

                def handle_m2m(value):
                    pk = xml_attribute(value, str(value.pk))
                    self.xml.addQuickElement("object", attrs={"pk": pk})

                def queryset_iterator(obj, field):
                    query_set = getattr(obj, field.name).select_related(None).only("pk")
                    chunk_size = 2000 if query_set._prefetch_related_lookups else None
                    return query_set.iterator(chunk_size=chunk_size)

            keys = planning.m2m_keys(obj, field)
            if keys is not None:
                model = field.remote_field.model
                for key in keys:
                    pk = str(key)
                    if CONTROL_CHARACTERS.search(pk):
                        # Refused as the related object's key would be.
                        related = model.from_db(None, [model._meta.pk.attname], [key])
                        xml_attribute(related, pk)
                    self.xml.addQuickElement("object", attrs={"pk": pk})
            else:
                # Build a queryset only when no prefetch holds the objects.
                prefetched = getattr(obj, "_prefetched_objects_cache", {})
                if field.name in prefetched:
                    m2m_iter = prefetched[field.name]
                else:
                    m2m_iter = queryset_iterator(obj, field)
                for relobj in m2m_iter:
                    handle_m2m(relobj)

            self.xml.endElement("field")

    def handle_extra(self, obj, name, value):
        """
        Handle an extra value: <extra name="..." type="...">, its type the
        value's (bool, int, float, str, datetime, date, time, duration,
        decimal, uuid, or json for lists and dicts).
        """
        self.indent(2)
        try:
            type_name, text = extra_to_string(value)
        except (TypeError, ValueError) as e:
            raise base.unwritable_extra(obj._meta.label, obj.pk, name, "XML", e) from e
        self.xml.startElement("extra", {"name": name, "type": type_name})
        if value is None:
            self.xml.addQuickElement("None")
        else:
            try:
                self.xml.characters(text)
            except UnserializableContentError:
                raise base.SerializationError(
                    "%s (pk=%s): the extra %r contains unserializable characters"
                    % (obj._meta.label, obj.pk, name)
                )
        self.xml.endElement("extra")

    def handle_custom_object(self, obj, shape, key):
        """
        Write an object as its custom format shapes it: the first level of
        the shape gives <field> elements, the next <field1>, and so on.
        """
        self.indent(1)
        attrs = {
            "pk": xml_attribute(obj, obj._meta.pk.value_to_string(obj)),
            "model": str(obj._meta),
        }
        if key is not None:
            attrs["key"] = xml_attribute(
                obj,
                str(key),
                f"the key {shape.key.name!r} of "
                f"{shape.serializer_class.__name__}.custom_format",
            )
        self.xml.startElement("object", attrs)
        ancestors = ((obj._meta.concrete_model, obj.pk),)
        self._custom_items(shape, shape.item, obj, 0, ancestors)
        self.indent(1)
        self.xml.endElement("object")

    def _custom_items(self, shape, node, obj, level, ancestors):
        if isinstance(node, Seq):
            for item in node.items:
                self._custom_node(shape, item, obj, level, ancestors)
        elif isinstance(node, Described):
            for description, item in node.entries:
                self._custom_node(shape, item, obj, level, ancestors, description)
        else:
            self._custom_node(shape, node, obj, level, ancestors)

    def _custom_node(self, shape, node, obj, level, ancestors, description=None):
        tag = "field%s" % (level or "")
        attrs = {} if description is None else {"description": description}
        self.indent(2 + level + self._custom_nesting)
        if isinstance(node, (Seq, Described)):
            self.xml.startElement(tag, attrs)
            self._custom_items(shape, node, obj, level + 1, ancestors)
            self.indent(2 + level + self._custom_nesting)
            self.xml.endElement(tag)
        elif node.kind == "relation":
            self._custom_relation(shape, node, obj, level, ancestors, tag, attrs)
        else:
            try:
                if node.kind == "field":
                    field = node.field
                    attrs.update(name=field.name, type=field.get_internal_type())
                    self.xml.startElement(tag, attrs)
                    # The default format's text, and its check.
                    self._write_field_value(obj, field)
                    self.xml.endElement(tag)
                else:
                    if node.kind != "literal":
                        attrs["name"] = node.name
                    value = shape.leaf_value(node, obj, ancestors)
                    self._custom_value(tag, attrs, value, level)
            except (TypeError, ValueError) as e:
                # Text that XML 1.0 can't hold, among others.
                raise shape.unwritable_item(
                    obj._meta.label, obj.pk, node.name, "XML", e
                ) from e

    def _custom_relation(self, shape, node, obj, level, ancestors, tag, attrs):
        relation = node.relation
        rel = relation if is_reverse(relation) else relation.remote_field
        attrs.update(
            name=node.name,
            rel=rel.__class__.__name__,
            to=str(relation.related_model._meta),
        )
        self.xml.startElement(tag, attrs)
        related, related_shape = shape.related(node, obj)
        many = is_many(relation)
        if not many:
            if related is None:
                self.xml.addQuickElement("None")
                self.xml.endElement(tag)
                return
            related = [related]
        nested = False
        for item in related:
            pk = item.pk if isinstance(item, models.Model) else item
            key = (relation.related_model._meta.concrete_model, pk)
            if related_shape is None or key in ancestors:
                if many:
                    pk = xml_attribute(item, str(pk))
                    self.xml.addQuickElement("object", attrs={"pk": pk})
                    continue
                try:
                    self.xml.characters(str(pk))
                except UnserializableContentError as e:
                    raise shape.unwritable_item(
                        obj._meta.label, obj.pk, node.name, "XML", e
                    ) from e
                continue
            nested = True
            self._custom_nesting += 1
            self.indent(2 + level + self._custom_nesting)
            self.xml.startElement(
                "object",
                {
                    "pk": xml_attribute(item, item._meta.pk.value_to_string(item)),
                    "model": str(item._meta),
                },
            )
            self._custom_items(
                related_shape, related_shape.item, item, level + 1, (*ancestors, key)
            )
            self.indent(2 + level + self._custom_nesting)
            self.xml.endElement("object")
            self._custom_nesting -= 1
        if nested:
            self.indent(2 + level + self._custom_nesting)
        self.xml.endElement(tag)

    def _custom_value(self, tag, attrs, value, level):
        """Write a value that isn't a field's: lists and dicts nest."""
        if isinstance(value, (list, tuple, dict)):
            self.xml.startElement(tag, attrs)
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                self.indent(3 + level + self._custom_nesting)
                child = {"description": str(key)} if isinstance(value, dict) else {}
                self._custom_value(f"field{level + 1}", child, item, level + 1)
            self.indent(2 + level + self._custom_nesting)
            self.xml.endElement(tag)
            return
        type_name, text = extra_to_string(value)
        attrs["type"] = type_name
        self.xml.startElement(tag, attrs)
        if value is None:
            self.xml.addQuickElement("None")
        else:
            self.xml.characters(text)
        self.xml.endElement(tag)

    def start_relation(self, obj, name, relation, many):
        """Open the <field> that holds a followed relation's <object>s."""
        self.indent(2)
        rel = relation if is_reverse(relation) else relation.remote_field
        self.xml.startElement(
            "field",
            {
                "name": name,
                "rel": rel.__class__.__name__,
                "to": str(relation.related_model._meta),
            },
        )
        self.nesting += 1

    def end_relation(self, obj, name, relation, many, count):
        self.nesting -= 1
        if count:
            self.indent(2)
        elif not many:
            self.xml.addQuickElement("None")
        self.xml.endElement("field")

    def _start_relational_field(self, field):
        """Output the <field> element for relational fields."""
        self.indent(2)
        self._start_field(
            field,
            lambda: {
                "name": field.name,
                "rel": field.remote_field.__class__.__name__,
                "to": str(field.remote_field.model._meta),
            },
        )

    def _start_field(self, field, attrs):
        """
        Start field's <field> element, whose attributes attrs() gives: its
        start tag is the same for every object, so the generator renders it
        once and it's written as it is after that.
        """
        # The generator's own way to write text as it is.
        self.xml.ignorableWhitespace(self._field_tag(field, attrs))

    def _field_tag(self, field, attrs):
        """The start tag of field's <field> element, rendered once."""
        return self._start_tag(field, "field", attrs)

    def _start_tag(self, key, name, attrs):
        """
        The start tag of a name element whose attributes attrs() gives, as
        the generator renders it, once for each key.
        """
        tag = self._field_tags.get(key)
        if tag is None:
            rendered = StringIO()
            SimplerXMLGenerator(rendered).startElement(name, attrs())
            tag = self._field_tags[key] = rendered.getvalue()
        return tag


class Records(python.Serializer):
    """The python format's records of the objects that XML writes from rows."""

    def column_refusal(self, model, field):
        label = f"{model._meta.label}.{field.name}"
        if type(field).value_to_string not in Serializer._texts:
            return f"{label} has a value_to_string() of its own"
        if (
            field.many_to_many
            and type(field.target_field).value_to_string not in Serializer._key_texts
        ):
            # Related keys are written as str() of them, which records hold
            # unless their field has a text of its own for them.
            return f"the keys of {label} have a value_to_string() of their own"
        return None


class Deserializer(base.Deserializer):
    """Deserialize XML."""

    def __init__(
        self,
        stream_or_string,
        *,
        using=DEFAULT_DB_ALIAS,
        ignorenonexistent=False,
        **options,
    ):
        if isinstance(stream_or_string, bytes):
            stream_or_string = BytesIO(stream_or_string)
        super().__init__(stream_or_string, **options)
        self.handle_forward_references = options.pop("handle_forward_references", False)
        self.event_stream = pulldom.parse(self.stream, self._make_parser())
        self._reverse_relations = {}  # Model: {accessor name: relation}
        self.db = using
        self.ignore = ignorenonexistent

    def _make_parser(self):
        """Create a hardened XML parser (no custom/external entities)."""
        return DefusedExpatParser()

    def __next__(self):
        obj = next(self._pending, None) if self._pending is not None else None
        if obj is not None:
            return obj
        try:
            return self._next_object()
        except SAXParseException as e:
            raise base.DeserializationError(f"Invalid XML: {e}") from e
        except ElementsTooDeep as e:
            raise base.DeserializationError(f"{self._where_open()}{e}") from e

    def _where_open(self):
        """The object and field the parser is in, as errors name them."""
        where = "Invalid XML: "
        field = None
        for node in reversed(self.event_stream.pulldom.elementStack):
            if node.nodeName == "field" and field is None:
                field = node.getAttribute("name")
            elif node.nodeName == "object" and node.hasAttribute("model"):
                where = (
                    f"{base.bounded_str(node.getAttribute('model'))} "
                    f"(pk={base.bounded_repr(node.getAttribute('pk'))}): "
                )
                if field is not None:
                    where += f"{base.bounded_repr(field)}: "
                break
        return where

    def _next_object(self):
        for event, node in self.event_stream:
            if event == "START_ELEMENT" and node.nodeName == "django-objects":
                if node.hasAttribute("custom"):
                    raise base.DeserializationError(
                        "This is the output of a custom serializer (%s), which "
                        "isn't a fixture and can't be deserialized."
                        % node.getAttribute("custom")
                    )
            if event == "START_ELEMENT" and node.nodeName == "object":
                with fast_cache_clearing():
                    self.event_stream.expandNode(node)
                # The object, and the objects nested in it, in load order.
                self._pending = self._build(node).objects()
                return next(self._pending)
        raise StopIteration

    _pending = None

    def _handle_object(self, node):
        """Convert an <object> node to a DeserializedObject."""
        tree = self._build(node)
        for _ in tree.objects():
            pass
        return tree.main

    def _nested_nodes(self, field_node):
        """The <object model=...> children of a <field>: nested objects."""
        return [
            child
            for child in field_node.childNodes
            if child.nodeType == child.ELEMENT_NODE
            and child.nodeName == "object"
            and child.hasAttribute("model")
        ]

    def _build(self, node, depth=0):
        """
        Return the DeserializedTree of an <object> node and the objects nested
        in it.
        """
        # Look up the model using the model loading mechanism. If this fails,
        # bail.
        Model = self._get_model_from_node(node, "model")
        if depth:
            base.check_nesting(depth, Model._meta.label, node.getAttribute("pk"))

        # Start building a data dictionary from the object.
        data = {}
        if node.hasAttribute("pk"):
            pk = node.getAttribute("pk")
            try:
                data[Model._meta.pk.attname] = Model._meta.pk.to_python(pk)
            except Exception as e:
                raise base.DeserializationError(
                    f"{Model._meta.label} (pk={base.bounded_repr(pk)}): "
                    f"{Model._meta.pk.name!r}: {base.bounded_error(e)}"
                ) from e
        if node.hasAttribute("pk_name"):
            pk_name = node.getAttribute("pk_name")
            if isinstance(base.pk_name_of(Model._meta), list):
                try:
                    pk_name = json.loads(pk_name)
                except ValueError:
                    pass
            base.check_pk_name(Model, pk_name)

        # Also start building a dict of m2m data (this is saved as
        # {m2m_accessor_attribute : [list_of_related_objects]})
        m2m_data = {}
        deferred_fields = {}
        tree = base.DeserializedTree(Model, data, m2m_data, deferred_fields, self.db)

        field_names = {f.name for f in Model._meta.get_fields()}
        if Model not in self._reverse_relations:
            self._reverse_relations[Model] = base.reverse_relations(Model)
        reverse_relations = self._reverse_relations[Model]
        fields = []
        # Deserialize each field.
        for field_node in elements(node, "field"):
            if owner_object(field_node) is not node:
                # A field of an object nested in this one.
                continue
            # If the field is missing the name attribute, bail (are you
            # sensing a pattern here?)
            field_name = field_node.getAttribute("name")
            if not field_name:
                raise base.DeserializationError(
                    "<field> node is missing the 'name' attribute"
                )

            relation = reverse_relations.get(field_name)
            if relation is not None:
                # Objects that point back to this one.
                trees = [
                    self._build(child, depth + 1)
                    for child in self._nested_nodes(field_node)
                ]
                tree.add_reverse(relation, trees)
                continue

            # Get the field from the Model. This will raise a
            # FieldDoesNotExist if, well, the field doesn't exist, which will
            # be propagated correctly unless ignorenonexistent=True is used.
            if self.ignore and field_name not in field_names:
                continue
            try:
                field = Model._meta.get_field(field_name)
            except FieldDoesNotExist as e:
                raise base.unknown_field(Model, node.getAttribute("pk"), e) from e
            fields.append(field)

            if field.is_relation:
                children = self._nested_nodes(field_node)
                if children:
                    trees = [self._build(child, depth + 1) for child in children]
                    tree.add_forward(field, trees)
                    continue

            # As is usually the case, relation fields get the special treatment.
            if field.remote_field and isinstance(
                field.remote_field, models.ManyToManyRel
            ):
                try:
                    value = self._handle_m2m_field_node(field_node, field)
                except base.M2MDeserializationError as e:
                    raise base.DeserializationError.WithData(
                        e.original_exc,
                        Model._meta.label_lower,
                        node.getAttribute("pk"),
                        # The <object> node of the key.
                        e.pk.getAttribute("pk"),
                    ) from e.original_exc
                if value == base.DEFER_FIELD:
                    deferred_fields[field] = [
                        [
                            getInnerText(nat_node).strip()
                            for nat_node in elements(obj_node, "natural")
                        ]
                        for obj_node in elements(field_node, "object")
                    ]
                else:
                    m2m_data[field.name] = value
            elif field.remote_field and isinstance(
                field.remote_field, models.ManyToOneRel
            ):
                try:
                    value = self._handle_fk_field_node(field_node, field)
                except Exception as e:
                    raise base.DeserializationError.WithData(
                        e,
                        Model._meta.label_lower,
                        node.getAttribute("pk"),
                        getInnerText(field_node).strip(),
                    ) from e
                if value == base.DEFER_FIELD:
                    deferred_fields[field] = [
                        getInnerText(k).strip() for k in elements(field_node, "natural")
                    ]
                else:
                    data[field.attname] = value
            else:
                if elements(field_node, "None"):
                    value = None
                else:
                    text = getInnerText(field_node).strip()
                    try:
                        value = field.to_python(text)
                        # Load value since JSONField.to_python() outputs strings.
                        if field.get_internal_type() == "JSONField":
                            value = json.loads(value, cls=field.decoder)
                    except Exception as e:
                        raise base.DeserializationError.WithData(
                            e, Model._meta.label_lower, node.getAttribute("pk"), text
                        ) from e
                data[field.name] = value

        tree.save_parents = base.has_inherited_fields(Model, fields)
        return tree

    def _handle_fk_field_node(self, node, field):
        """
        Handle a <field> node for a ForeignKey
        """
        # Check if there is a child node named 'None', returning None if so.
        if elements(node, "None"):
            return None
        else:
            model = field.remote_field.model
            if hasattr(model._default_manager, "get_by_natural_key"):
                keys = elements(node, "natural")
                if keys:
                    # If there are 'natural' subelements, it must be a natural key
                    field_value = [getInnerText(k).strip() for k in keys]
                    try:
                        obj = model._default_manager.db_manager(
                            self.db
                        ).get_by_natural_key(*field_value)
                    except ObjectDoesNotExist:
                        if self.handle_forward_references:
                            return base.DEFER_FIELD
                        else:
                            raise
                    obj_pk = getattr(obj, field.remote_field.field_name)
                    # If this is a natural foreign key to an object that
                    # has a FK/O2O as the foreign key, use the FK value
                    if field.remote_field.model._meta.pk.remote_field:
                        obj_pk = obj_pk.pk
                else:
                    # Otherwise, treat like a normal PK
                    field_value = getInnerText(node).strip()
                    obj_pk = model._meta.get_field(
                        field.remote_field.field_name
                    ).to_python(field_value)
                return obj_pk
            else:
                field_value = getInnerText(node).strip()
                return model._meta.get_field(field.remote_field.field_name).to_python(
                    field_value
                )

    def _handle_m2m_field_node(self, node, field):
        """
        Handle a <field> node for a ManyToManyField.
        """
        model = field.remote_field.model
        default_manager = model._default_manager
        if hasattr(default_manager, "get_by_natural_key"):

            def m2m_convert(n):
                keys = elements(n, "natural")
                if keys:
                    # If there are 'natural' subelements, it must be a natural key
                    field_value = [getInnerText(k).strip() for k in keys]
                    obj_pk = (
                        default_manager.db_manager(self.db)
                        .get_by_natural_key(*field_value)
                        .pk
                    )
                else:
                    # Otherwise, treat like a normal PK value.
                    obj_pk = model._meta.pk.to_python(n.getAttribute("pk"))
                return obj_pk

        else:

            def m2m_convert(n):
                return model._meta.pk.to_python(n.getAttribute("pk"))

        values = []
        try:
            for c in elements(node, "object"):
                values.append(m2m_convert(c))
        except Exception as e:
            if isinstance(e, ObjectDoesNotExist) and self.handle_forward_references:
                return base.DEFER_FIELD
            else:
                raise base.M2MDeserializationError(e, c)
        else:
            return values

    def _get_model_from_node(self, node, attr):
        """
        Look up a model from a <object model=...> or a <field rel=... to=...>
        node.
        """
        model_identifier = node.getAttribute(attr)
        if not model_identifier:
            raise base.DeserializationError(
                "<%s> node is missing the required '%s' attribute"
                % (node.nodeName, attr)
            )
        try:
            return apps.get_model(model_identifier)
        except (LookupError, TypeError, ValueError):
            raise base.DeserializationError(
                "<%s> node has invalid model identifier: '%s'"
                % (node.nodeName, model_identifier)
            )


def owner_object(node):
    """The <object> element a node belongs to: its closest one above."""
    parent = node.parentNode
    while parent is not None and parent.nodeName != "object":
        parent = parent.parentNode
    return parent


def walk(node):
    """
    The nodes below node, in document order. Unlike minidom's walks, which
    recurse, it takes any depth of elements.
    """
    stack = [iter(node.childNodes)]
    while stack:
        for child in stack[-1]:
            yield child
            if child.nodeType == child.ELEMENT_NODE:
                stack.append(iter(child.childNodes))
                break
        else:
            stack.pop()


def elements(node, name):
    """node.getElementsByTagName(name), through walk()."""
    return [
        child
        for child in walk(node)
        if child.nodeType == child.ELEMENT_NODE and child.tagName == name
    ]


def getInnerText(node):
    """Get all the inner text of a DOM node, at any depth."""
    inner_text_list = getInnerTextList(node)
    return "".join(inner_text_list)


def getInnerTextList(node):
    """Return a list of the inner texts of a DOM node, at any depth."""
    return [
        child.data
        for child in walk(node)
        if child.nodeType == child.TEXT_NODE
        or child.nodeType == child.CDATA_SECTION_NODE
    ]


# Below code based on Christian Heimes' defusedxml


class DefusedExpatParser(_ExpatParser):
    """
    An expat parser hardened against XML bomb attacks.

    Forbid DTDs, external entity references
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFeature(handler.feature_external_ges, False)
        self.setFeature(handler.feature_external_pes, False)

    def start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        raise DTDForbidden(name, sysid, pubid)

    def entity_decl(
        self, name, is_parameter_entity, value, base, sysid, pubid, notation_name
    ):
        raise EntitiesForbidden(name, value, base, sysid, pubid, notation_name)

    def unparsed_entity_decl(self, name, base, sysid, pubid, notation_name):
        # expat 1.2
        raise EntitiesForbidden(name, None, base, sysid, pubid, notation_name)

    def external_entity_ref_handler(self, context, base, sysid, pubid):
        raise ExternalReferenceForbidden(context, base, sysid, pubid)

    # Far deeper than fixtures nest (two elements a level of objects, which
    # nest base.MAX_NESTING levels). The deserializer's walks don't recurse
    # (see walk()): minidom's would exhaust the stack at this depth.
    max_depth = 1000

    def start_element_ns(self, name, attrs):
        # pulldom turns namespaces on.
        self.depth += 1
        if self.depth > self.max_depth:
            raise ElementsTooDeep(
                f"elements nested more than {self.max_depth} levels deep, line "
                f"{self.getLineNumber()}, column {self.getColumnNumber()}."
            )
        super().start_element_ns(name, attrs)

    def end_element_ns(self, name):
        self.depth -= 1
        super().end_element_ns(name)

    def feed(self, data, isFinal=False):
        try:
            super().feed(data, isFinal)
        except LookupError as e:
            # expat looks up the codec of the document's declared encoding.
            raise base.DeserializationError(
                f"Invalid XML: {base.bounded_str(str(e), 200)}, line "
                f"{self.getLineNumber()}, column {self.getColumnNumber()}."
            ) from e

    def reset(self):
        _ExpatParser.reset(self)
        self.depth = 0
        parser = self._parser
        parser.StartDoctypeDeclHandler = self.start_doctype_decl
        parser.EntityDeclHandler = self.entity_decl
        parser.UnparsedEntityDeclHandler = self.unparsed_entity_decl
        parser.ExternalEntityRefHandler = self.external_entity_ref_handler


class DefusedXmlException(ValueError, base.DeserializationError):
    """Base exception: XML the deserializer refuses to process."""

    def __repr__(self):
        return str(self)


class ElementsTooDeep(base.DeserializationError):
    """Elements are nested deeper than the parser allows."""


class DTDForbidden(DefusedXmlException):
    """Document type definition is forbidden."""

    def __init__(self, name, sysid, pubid):
        super().__init__()
        self.name = name
        self.sysid = sysid
        self.pubid = pubid

    def __str__(self):
        tpl = "DTDForbidden(name='{}', system_id={!r}, public_id={!r})"
        return tpl.format(self.name, self.sysid, self.pubid)


class EntitiesForbidden(DefusedXmlException):
    """Entity definition is forbidden."""

    def __init__(self, name, value, base, sysid, pubid, notation_name):
        super().__init__()
        self.name = name
        self.value = value
        self.base = base
        self.sysid = sysid
        self.pubid = pubid
        self.notation_name = notation_name

    def __str__(self):
        tpl = "EntitiesForbidden(name='{}', system_id={!r}, public_id={!r})"
        return tpl.format(self.name, self.sysid, self.pubid)


class ExternalReferenceForbidden(DefusedXmlException):
    """Resolving an external reference is forbidden."""

    def __init__(self, context, base, sysid, pubid):
        super().__init__()
        self.context = context
        self.base = base
        self.sysid = sysid
        self.pubid = pubid

    def __str__(self):
        tpl = "ExternalReferenceForbidden(system_id='{}', public_id={})"
        return tpl.format(self.sysid, self.pubid)
