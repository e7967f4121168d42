"""The polls app of the 2009 serialization proposal."""

import datetime

from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)


class Tag(models.Model):
    name = models.CharField(max_length=50)


class Poll(models.Model):
    question = models.CharField(max_length=200)
    pub_date = models.DateTimeField("date published")
    creator = models.ForeignKey(Author, models.CASCADE)
    valid_for = models.IntegerField()
    tags = models.ManyToManyField(Tag)

    @property
    def till_date(self):
        return self.pub_date + datetime.timedelta(days=self.valid_for)


class Choice(models.Model):
    poll = models.ForeignKey(Poll, models.CASCADE, related_name="choices")
    choice = models.CharField(max_length=200)
    votes = models.IntegerField()


class FeaturedPoll(Poll):
    headline = models.CharField(max_length=100)


class Book(models.Model):
    isbn = models.CharField(max_length=13, primary_key=True)
    title = models.CharField(max_length=100)
