"""placeholder"""

from tests.e2e.script import Step

USER = "P-1042"


def steps() -> list[Step]:
    return []
