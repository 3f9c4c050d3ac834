"""The test suite, as a package: a dependency that installs a top-level `tests` package of its own
(everypolitician-popolo does) cannot then shadow this one."""
