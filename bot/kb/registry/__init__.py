"""The MPSV register of social services (data.mpsv.cz, data set "rpss") as a knowledge-base source.

`source` reads the register and its code lists (streaming), `mapping` holds the coordinator's
table from register names to profile codes, `convert` turns one register item into HSDS rows,
`merge` writes them (a merge keyed by the register's ids), `provenance` tells cards where a
service's data comes from. See docs/knowledge-base.md, "The MPSV register".
"""
