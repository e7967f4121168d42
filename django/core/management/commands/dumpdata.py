import gzip
import os
import warnings

from django.apps import apps
from django.core import serializers
from django.core.management.base import BaseCommand, CommandError
from django.core.management.utils import parse_apps_and_model_labels
from django.core.serializers.base import MAX_NESTING, QuerySets, SerializationError
from django.core.serializers.planning import Options, Planner, resolve_extras
from django.db import DEFAULT_DB_ALIAS, connections, router
from django.utils.module_loading import import_string

try:
    import bz2

    has_bz2 = True
except ImportError:
    has_bz2 = False

try:
    import lzma

    has_lzma = True
except ImportError:
    has_lzma = False


class ProxyModelWarning(Warning):
    pass


class Command(BaseCommand):
    help = (
        "Output the contents of the database as a fixture of the given format "
        "(using each model's default manager unless --all is specified)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "args",
            metavar="app_label[.ModelName]",
            nargs="*",
            help=(
                "Restricts dumped data to the specified app_label or "
                "app_label.ModelName."
            ),
        )
        parser.add_argument(
            "--format",
            default="json",
            help="Specifies the output serialization format for fixtures.",
        )
        parser.add_argument(
            "--indent",
            type=int,
            help="Specifies the indent level to use when pretty-printing output.",
        )
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            choices=tuple(connections),
            help="Nominates a specific database to dump fixtures from. "
            'Defaults to the "default" database.',
        )
        parser.add_argument(
            "-e",
            "--exclude",
            action="append",
            default=[],
            help="An app_label or app_label.ModelName to exclude "
            "(use multiple --exclude to exclude multiple apps/models).",
        )
        parser.add_argument(
            "--natural-foreign",
            action="store_true",
            dest="use_natural_foreign_keys",
            help="Use natural foreign keys if they are available.",
        )
        parser.add_argument(
            "--natural-primary",
            action="store_true",
            dest="use_natural_primary_keys",
            help="Use natural primary keys if they are available.",
        )
        parser.add_argument(
            "-a",
            "--all",
            action="store_true",
            dest="use_base_manager",
            help=(
                "Use Django's base manager to dump all models stored in the database, "
                "including those that would otherwise be filtered or modified by a "
                "custom manager."
            ),
        )
        parser.add_argument(
            "--pks",
            dest="primary_keys",
            help="Only dump objects with given primary keys. Accepts a comma-separated "
            "list of keys. This option only works when you specify one model.",
        )
        parser.add_argument(
            "-o", "--output", help="Specifies file to which the output is written."
        )
        parser.add_argument(
            "--pk-name",
            action="store_true",
            help="Name each object's primary key field (pk_name).",
        )
        parser.add_argument(
            "--inherited",
            action="store_true",
            help="Include the fields of multi-table inheritance parents.",
        )
        parser.add_argument(
            "--relations",
            action="append",
            default=[],
            metavar="app_label.ModelName.path",
            help="Serialize a relation of a model (a field, or a reverse "
            "relation by its accessor; a__b goes deeper) as nested objects "
            "instead of keys. Can be used multiple times.",
        )
        parser.add_argument(
            "--depth",
            type=int,
            default=0,
            help="Serialize every forward relation as nested objects, this many "
            "levels deep.",
        )
        parser.add_argument(
            "--select-related",
            action="store_true",
            help="Add every object the dumped objects depend on, ordered so "
            "that the output loads.",
        )
        parser.add_argument(
            "--custom-serializer",
            action="append",
            default=[],
            metavar="app_label.ModelName=dotted.path.Class",
            help="Shape a model's objects with a custom serializer class "
            "(a django.core.serializers.ModelSerializer). Can be used multiple "
            "times: the dumped model's shapes the output, the others shape "
            "its related objects.",
        )
        parser.add_argument(
            "--extras",
            action="append",
            default=[],
            metavar="app_label.ModelName.name",
            help="Serialize an attribute, property or argument-less method of a "
            "model as an extra value. Can be used multiple times.",
        )

    def model_of(self, option, spec, label):
        """The concrete model that an option's spec names by its label."""
        try:
            return apps.get_model(label)._meta.concrete_model
        except (LookupError, ValueError):
            raise CommandError(f"{option} {spec}: unknown model {label!r}.")

    def parse_relations(self, specs):
        """Map models to the paths of "app_label.ModelName.path" specs."""
        relations = {}
        for spec in specs:
            label, _, path = spec.rpartition(".")
            if label.count(".") != 1 or not path:
                raise CommandError(
                    f"--relations {spec}: expected app_label.ModelName.path."
                )
            model = self.model_of("--relations", spec, label)
            relations.setdefault(model, []).append(path)
        return relations

    def parse_custom_serializers(self, specs):
        """Map models to the classes of "app_label.ModelName=path" specs."""
        custom = {}
        for spec in specs:
            label, _, path = spec.partition("=")
            if not label or not path:
                raise CommandError(
                    f"--custom-serializer {spec}: expected "
                    "app_label.ModelName=dotted.path.Class."
                )
            model = self.model_of("--custom-serializer", spec, label)
            try:
                custom[model] = import_string(path)
            except ImportError as e:
                raise CommandError(f"--custom-serializer {spec}: {e}")
        return custom

    def parse_extras(self, specs):
        """
        Map models to the extras of "app_label.ModelName.name" specs, checked
        before anything is written.
        """
        extras = {}
        for spec in specs:
            label, _, name = spec.rpartition(".")
            if label.count(".") != 1 or not name:
                raise CommandError(
                    f"--extras {spec}: expected app_label.ModelName.name."
                )
            model = self.model_of("--extras", spec, label)
            extras.setdefault(model, []).append(name)
        for model, names in extras.items():
            try:
                resolve_extras(model, names)
            except SerializationError as e:
                raise CommandError(f"--extras: {e}")
        return extras

    def handle(self, *app_labels, **options):
        format = options["format"]
        indent = options["indent"]
        using = options["database"]
        excludes = options["exclude"]
        output = options["output"]
        show_traceback = options["traceback"]
        use_natural_foreign_keys = options["use_natural_foreign_keys"]
        use_natural_primary_keys = options["use_natural_primary_keys"]
        use_base_manager = options["use_base_manager"]
        pks = options["primary_keys"]
        extras = self.parse_extras(options["extras"])
        relations = self.parse_relations(options["relations"])
        depth = options["depth"]
        if depth < 0:
            raise CommandError(f"--depth must be 0 or more, not {depth}.")
        if depth > MAX_NESTING:
            # What loaddata reads.
            raise CommandError(
                f"--depth must be at most {MAX_NESTING}, the nesting limit of "
                f"the deserializers, not {depth}."
            )

        if pks:
            primary_keys = [pk.strip() for pk in pks.split(",")]
        else:
            primary_keys = []

        excluded_models, excluded_apps = parse_apps_and_model_labels(excludes)

        if not app_labels:
            if primary_keys:
                raise CommandError("You can only use --pks option with one model")
            app_list = dict.fromkeys(
                app_config
                for app_config in apps.get_app_configs()
                if app_config.models_module is not None
                and app_config not in excluded_apps
            )
        else:
            if len(app_labels) > 1 and primary_keys:
                raise CommandError("You can only use --pks option with one model")
            app_list = {}
            for label in app_labels:
                try:
                    app_label, model_label = label.split(".")
                    try:
                        app_config = apps.get_app_config(app_label)
                    except LookupError as e:
                        raise CommandError(str(e))
                    if app_config.models_module is None or app_config in excluded_apps:
                        continue
                    try:
                        model = app_config.get_model(model_label)
                    except LookupError:
                        raise CommandError(
                            "Unknown model: %s.%s" % (app_label, model_label)
                        )

                    app_list_value = app_list.setdefault(app_config, [])

                    # We may have previously seen an "all-models" request for
                    # this app (no model qualifier was given). In this case
                    # there is no need adding specific models to the list.
                    if app_list_value is not None and model not in app_list_value:
                        app_list_value.append(model)
                except ValueError:
                    if primary_keys:
                        raise CommandError(
                            "You can only use --pks option with one model"
                        )
                    # This is just an app - no model qualifier
                    app_label = label
                    try:
                        app_config = apps.get_app_config(app_label)
                    except LookupError as e:
                        raise CommandError(str(e))
                    if app_config.models_module is None or app_config in excluded_apps:
                        continue
                    app_list[app_config] = None

        # Check that the serialization format exists; this is a shortcut to
        # avoid collating all the objects and _then_ failing.
        if format not in serializers.get_public_serializer_formats():
            try:
                serializers.get_serializer(format)
            except serializers.SerializerDoesNotExist:
                pass

            raise CommandError("Unknown serialization format: %s" % format)

        custom_serializers = self.parse_custom_serializers(options["custom_serializer"])
        custom_serializer = None
        if custom_serializers:
            dumped = [
                model._meta.concrete_model
                for app_config, model_list in app_list.items()
                for model in (
                    model_list if model_list is not None else app_config.get_models()
                )
            ]
            if len(dumped) != 1:
                raise CommandError(
                    "--custom-serializer: dump one model (app_label.ModelName) "
                    f"and name its custom serializer, not {len(dumped)} models; "
                    "the others shape its related objects."
                )
            if dumped[0] not in custom_serializers:
                named = ", ".join(
                    sorted(model._meta.label for model in custom_serializers)
                )
                raise CommandError(
                    f"--custom-serializer: {dumped[0]._meta.label} is dumped, but "
                    f"the custom serializers named are for {named}, the models "
                    f"of its related objects; name one for {dumped[0]._meta.label}."
                )
            custom_serializer = custom_serializers.pop(dumped[0])

        # What is written is checked, and the relations' queries planned,
        # before any output; it doesn't depend on the format.
        try:
            settings = Options(
                use_natural_foreign_keys=use_natural_foreign_keys,
                use_natural_primary_keys=use_natural_primary_keys,
                pk_name=options["pk_name"],
                inherited=options["inherited"],
                extras=extras,
                relations=relations,
                depth=depth,
                select_related=options["select_related"],
                # What --exclude leaves out isn't added as a dependency either.
                select_related_exclude=excludes,
                custom_serializer=custom_serializer,
                related_custom_serializers=custom_serializers or None,
            )
        except SerializationError as e:
            raise CommandError(f"--custom-serializer: {e}")
        planner = Planner(settings)
        for model in relations:
            try:
                planner.query_lookups(model)
            except SerializationError as e:
                raise CommandError(f"--relations: {e}")

        def get_objects(count_only=False):
            """
            Collate the querysets to be serialized, a model each. If
            count_only is True, just count the number of objects to be
            serialized.
            """
            if use_natural_foreign_keys:
                models = serializers.sort_dependencies(
                    app_list.items(), allow_cycles=True
                )
            else:
                # There is no need to sort dependencies when natural foreign
                # keys are not used.
                models = []
                for app_config, model_list in app_list.items():
                    if model_list is None:
                        models.extend(app_config.get_models())
                    else:
                        models.extend(model_list)
            for model in models:
                if model in excluded_models:
                    continue
                if model._meta.proxy and model._meta.proxy_for_model not in models:
                    warnings.warn(
                        "%s is a proxy model and won't be serialized."
                        % model._meta.label,
                        category=ProxyModelWarning,
                    )
                if not model._meta.proxy and router.allow_migrate_model(using, model):
                    if use_base_manager:
                        objects = model._base_manager
                    else:
                        objects = model._default_manager

                    queryset = objects.using(using).order_by(model._meta.pk.name)
                    if primary_keys:
                        queryset = queryset.filter(pk__in=primary_keys)
                    if count_only:
                        yield queryset.order_by().count()
                    else:
                        yield queryset

        try:
            self.stdout.ending = None
            progress_output = None
            object_count = 0
            # If dumpdata is outputting to stdout, there is no way to display progress
            if output and self.stdout.isatty() and options["verbosity"] > 0:
                progress_output = self.stdout
                object_count = sum(get_objects(count_only=True))
            if output:
                file_root, file_ext = os.path.splitext(output)
                compression_formats = {
                    ".bz2": (open, {}, file_root),
                    ".gz": (gzip.open, {}, output),
                    ".lzma": (open, {}, file_root),
                    ".xz": (open, {}, file_root),
                    ".zip": (open, {}, file_root),
                }
                if has_bz2:
                    compression_formats[".bz2"] = (bz2.open, {}, output)
                if has_lzma:
                    compression_formats[".lzma"] = (
                        lzma.open,
                        {"format": lzma.FORMAT_ALONE},
                        output,
                    )
                    compression_formats[".xz"] = (lzma.open, {}, output)
                try:
                    open_method, kwargs, file_path = compression_formats[file_ext]
                except KeyError:
                    open_method, kwargs, file_path = (open, {}, output)
                if file_path != output:
                    file_name = os.path.basename(file_path)
                    warnings.warn(
                        f"Unsupported file extension ({file_ext}). "
                        f"Fixtures saved in '{file_name}'.",
                        RuntimeWarning,
                    )
                stream = open_method(file_path, "wt", **kwargs)
            else:
                stream = None
            try:
                serializers.serialize(
                    format,
                    QuerySets(get_objects()),
                    indent=indent,
                    stream=stream or self.stdout,
                    progress_output=progress_output,
                    object_count=object_count,
                    **settings.kwargs(),
                )
            finally:
                if stream:
                    stream.close()
        except Exception as e:
            if show_traceback:
                raise
            raise CommandError("Unable to serialize database: %s" % e)
