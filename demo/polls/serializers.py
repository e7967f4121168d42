"""Custom serializers of the 2009 proposal's examples."""

import datetime

from django.core.serializers import ModelSerializer

from .models import Poll


class PollSerializer(ModelSerializer):
    """Example 1: each poll as a tuple, with a format version."""

    model = Poll
    custom_format = [("question", "valid_for", "till_date", "1.0")]

    def till_date(self, obj):
        return obj.pub_date + datetime.timedelta(days=obj.valid_for)


class ChoiceSerializer(ModelSerializer):
    custom_format = [{"Choice": "choice", "Votes": "votes"}]


class PollDescriptionSerializer(ModelSerializer):
    """Example 2: described values, nesting, and shaped related objects."""

    model = Poll
    custom_format = [
        {
            "Question": "question",
            "Validity": {"Days": "valid_for", "Until": "till_date"},
            "Choices": "choices",
            "Tags": "tags",
        }
    ]


class PollByIdSerializer(ModelSerializer):
    """Example 3: a mapping of each poll's key to its item."""

    custom_format = {"pk": ("question", "pub_date")}
