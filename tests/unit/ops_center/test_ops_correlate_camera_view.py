"""A camera stands where it looks from: its detection does not place the hazard.

Described situation (a crash): the junction camera at 環中路 × 中清路 sees two cars collide
140 m west of it, down the 環中路 approach (its analytics at confidence 0.9). Two minutes later
a patrol reports the crash at the cars, then 119 sends an ambulance there. The coordinator runs
one job: the camera's image, the patrol and the ambulance are one crash, wherever the camera
is mounted.

Described situation (a car fire): a junction camera sees smoke down the road; a driver who
stopped behind the burning car calls 1999 from 200 m west of the camera; a minute later 119
sends an engine to the car, 165 m from the camera. One fire, one engine.

What stays apart: two patrols placing two crashes 200 m apart along one road are two jobs,
camera or not.
"""

from __future__ import annotations

from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from tests.unit.ops_center.scene import Scene, replay, two_jobs

SCENE = Scene(215_189.0, 2_677_099.0, 1_779_470_000.0)  # the camera at 環中路 × 中清路; T0 = 17:00


def camera(key: str, category: str, minute: float, text: str) -> Item:
    """The junction camera's detection, at the camera's own position, rated sure."""
    return Item(key, ItemKind.EVENT, "police", "cctv", category, CapSeverity.UNKNOWN, SCENE.x0, SCENE.y0,
                SCENE.t0 + minute * 60.0, "CAM-1", text, confidence=0.9)


def test_a_crash_the_camera_sees_down_the_road_is_one_job_with_the_patrol_at_it() -> None:
    c = replay(
        [
            camera("cam", "accident", 0.0, "影像分析：路口西側車道偵測碰撞事故"),
            SCENE.item("patrol", "incident", "accident", "police", -140.0, 10.0, 2.0,
                       "環中路二段西向近中清路口 自小客兩車追撞，佔用內側車道"),
            SCENE.item("ambulance", "119", "ambulance", "fire", -145.0, 12.0, 3.0,
                       "環中路二段近中清路 車禍 1人頸部疼痛 派遣救護車1"),
        ]
    )
    job = c.where("cam")
    assert job is not None
    assert c.where("patrol") == job
    assert c.where("ambulance") == job
    assert c.snapshot(job).type is IncidentType.TRAFFIC


def test_a_car_fire_the_camera_sees_down_the_road_is_one_job_with_its_engine() -> None:
    c = replay(
        [
            camera("smoke", "smoke", 0.0, "影像分析：路口西側車道偵測到濃煙"),
            SCENE.item("driver", "1999", "fire_smoke", "citizen", -200.0, -70.0, 1.0,
                       "環中路往中清路方向，前面一台休旅車引擎蓋冒煙起火"),
            SCENE.item("engine", "119", "fire", "fire", -160.0, -40.0, 2.0,
                       "環中路二段近中清路（東向）自小客車火警 引擎室起火"),
        ]
    )
    job = c.where("engine")
    assert job is not None
    assert c.where("smoke") == job
    assert c.where("driver") == job
    assert c.snapshot(job).type is IncidentType.FIRE


def test_two_crashes_that_patrols_place_200_m_apart_stay_two_jobs() -> None:
    c = replay(
        [
            camera("cam", "accident", 0.0, "影像分析：路口偵測碰撞事故"),
            SCENE.item("first", "incident", "accident", "police", -20.0, 0.0, 2.0, "環中路中清路口 兩車擦撞"),
            SCENE.item("second", "incident", "accident", "police", -220.0, 0.0, 4.0,
                       "環中路二段西向 機車自撞分隔島"),
        ]
    )
    two_jobs(c, "first", "second")
