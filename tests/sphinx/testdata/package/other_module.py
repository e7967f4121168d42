class MyOtherClass:
    pass
