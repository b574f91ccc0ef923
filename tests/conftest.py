"""Test configuration: the fixture plugins of the project.

Services are real: `tests/fix_services.py` starts the test instance of
TimescaleDB+PostGIS and Mosquitto (ports 15433 / 11884, one instance per xdist
worker) with the project's own `soc services` code. A missing service is a
failure, never a skip (`tests/fix_suite.py` also orders the modules for xdist).
"""

pytest_plugins = ["pytester", "tests.fix_suite", "tests.fix_services", "tests.fix_db", "tests.fix_mqtt",
                  "tests.fix_browser"]
