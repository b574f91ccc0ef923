"""Scenario simulator: publishes the zone's feeds over MQTT (docs/simulator.md).

Pure core: :mod:`sim.registry` (sensor registry), :mod:`sim.model` (messages,
time map), :mod:`sim.payloads` (wire-contract payloads), :mod:`sim.scenarios`
(one generator per scenario), :mod:`sim.truth` (ground truth), :mod:`sim.recording`
(JSONL lines). Shell: :mod:`sim.publisher` (paho-mqtt clients, pacing) and
:mod:`sim.cli` (``soc simulate``).
"""
