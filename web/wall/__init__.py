"""The wall: what every screen in the room shows, kept current over ``/ws/wall``.

::

    topics.py (each topic's content, from the packages' read models through their api.py)
    ─► feed.py (poll + push.py's LISTEN,
    seen.py pure) ─► hub.py (pure: snapshot, typed deltas, sequence numbers)
    ─► frames.py (pure: encoded once) ─► broadcast.py (per-client bounded queues,
    never waits for a client) ─► the websocket route (web/routes/wall.py)
"""
