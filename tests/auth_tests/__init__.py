# The password for the fixture data users is 'password'
