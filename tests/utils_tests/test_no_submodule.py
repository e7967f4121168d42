# Used to test for modules which don't have submodules.
