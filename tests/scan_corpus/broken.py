# expect: error
def broken(:
    pass
