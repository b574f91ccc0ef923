"""The wall: what every screen in the room shows, kept current over ``/ws/wall``.

::

    repo.py (SQL: each topic's current content) ─► feed.py (poll + push.py's LISTEN,
    seen.py pure) ─► hub.py (pure: snapshot, typed deltas, sequence numbers)
    ─► frames.py (pure: encoded once) ─► broadcast.py (per-client bounded queues,
    never waits for a client) ─► the websocket route (web/routes/wall.py)
"""
