"""The editorial gate: every claim in claims.yaml must agree with the facts."""


def test_claim(claim, check_claim):
    check_claim(claim)
