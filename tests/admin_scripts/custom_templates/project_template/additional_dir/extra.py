# this file uses the {{ extra }} variable
