"""HTTP and websocket routes, one module per resource; :data:`ROUTERS` lists them."""

from __future__ import annotations

from fastapi import APIRouter

from web.routes import alerts, auth, incidents, kpis, sensors, system, vocabulary, wall

ROUTERS: tuple[APIRouter, ...] = (
    auth.router,
    alerts.router,
    kpis.router,
    incidents.router,
    sensors.router,
    system.router,
    vocabulary.router,
    wall.router,
)
