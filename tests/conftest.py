"""Test configuration: the fixture plugins of the project.

Services are real: `tests/fix_services.py` starts the test instance of
TimescaleDB+PostGIS and Mosquitto (ports 55433 / 51884) with the project's own
`soc services` code. In CI a missing service is a failure, never a skip.
"""

pytest_plugins = ["tests.fix_services", "tests.fix_db", "tests.fix_mqtt"]
