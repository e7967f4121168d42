# This file should never get imported. If it is, then something failed already.
raise Exception
