"""The one settings object of the project.

Built once in ``main()`` (or a test fixture) and passed down to factories such
as ``create_app(settings)`` or ``run_ingest(settings)``; nothing else reads the
environment. Variables use the ``SOC_`` prefix and ``__`` between a section
and its field, e.g. ``SOC_DB__PASSWORD``. Secrets have no default: a missing
secret stops start-up with a message naming the variable (see
:func:`load_settings`). ``.env.example`` lists every variable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from common.errors import ConfigError
from common.vocabulary import Agency

#: ``.env.example``'s value of every secret, which ``make env`` replaces with a random one.
PLACEHOLDER = "change-me"


def _not_placeholder(value: SecretStr) -> SecretStr:
    """Refuse ``.env.example``'s placeholder: a ``.env`` copied by hand would run every
    account of the broker and the database on one published word."""
    if value.get_secret_value().strip().lower() == PLACEHOLDER:
        raise ValueError(f"still {PLACEHOLDER!r} from .env.example: make env writes random secrets")
    return value


#: A password or key of the settings: required, never ``.env.example``'s placeholder.
Secret = Annotated[SecretStr, AfterValidator(_not_placeholder)]

#: The least a key holds from which other secrets are made: whoever knows the web's
#: token-signing key signs any token (an admin's), and whoever knows ``agency_secret``
#: derives every agency's MQTT password; a short one is found offline from one token or
#: from the one agency password a desk holds. ``make env`` writes 32 random URL-safe
#: characters (192 bits).
MIN_SECRET_KEY_CHARS = 32
MIN_SECRET_KEY_DISTINCT = 12


def _strong_key(value: SecretStr) -> SecretStr:
    """Refuse a key anyone could guess or search for (the message never quotes it)."""
    key = value.get_secret_value()
    if (len(key) < MIN_SECRET_KEY_CHARS or len(set(key)) < MIN_SECRET_KEY_DISTINCT
            or PLACEHOLDER in key.lower()):
        raise ValueError(f"the key must be at least {MIN_SECRET_KEY_CHARS} characters, "
                         f"{MIN_SECRET_KEY_DISTINCT} of them different, and no {PLACEHOLDER!r}: "
                         "make env writes a random one")
    return value


#: A key other secrets are made from (the web's token-signing key, ``agency_secret``).
Key = Annotated[SecretStr, AfterValidator(_not_placeholder), AfterValidator(_strong_key)]


#: MQTT accounts of the feed domains; each may publish only under ``soc/v1/{domain}/#``.
FEED_ACCOUNTS: tuple[str, ...] = ("disaster", "traffic", "police", "citizen", "fire")

#: Dispatch agencies (routing targets, :class:`common.vocabulary.Agency`); each has an
#: MQTT account ``agency-{name}`` that may publish acknowledgements and status under
#: ``soc/v1/dispatch/{agency}/#`` and read its own assignments there.
DISPATCH_AGENCIES: tuple[str, ...] = tuple(a.value for a in Agency)


#: Server settings of every session the project opens, so that a process killed or cut off
#: gives up its session, and every lock the session holds, within seconds. A killed
#: process's socket is closed by its kernel: an idle session reads the end at once, but a
#: backend busy in a statement (waiting on a lock, a long query) reads no socket and would
#: keep the session's locks (the evaluator's consumer lock among them) until the statement
#: ended; ``client_connection_check_interval`` (PostgreSQL 14+, in ms) has it poll its
#: socket once a second meanwhile. A host that vanishes without closing its sockets (power
#: lost, network cut) is found by the server's TCP keepalives: probes after 5 s of silence,
#: 1 s apart, given up after 5 unanswered (the kernel answers them for a live process, a
#: stopped one included); a session over a Unix socket ignores them. Not set:
#: ``idle_in_transaction_session_timeout``, which would end a live process's transaction
#: while it computes between statements, and which a killed process does not need.
SESSION_OPTIONS = ("-c client_connection_check_interval=1000 -c tcp_keepalives_idle=5"
                   " -c tcp_keepalives_interval=1 -c tcp_keepalives_count=5")


class DbSettings(BaseModel):
    """Connection to TimescaleDB + PostGIS."""

    host: str = "127.0.0.1"
    port: int = 55432
    name: str = "soc"
    user: str = "soc"
    password: Secret
    pool_min: int = 1
    pool_max: int = 8
    connect_timeout_s: float = 5.0
    #: How long a block guarded by :class:`common.answer.AnswerWatch` may wait on the
    #: database before the watch asks, over a fresh connection, whether its answer is lost
    #: (a silent network cut, a frozen server); a statement still running is left to run.
    answer_within_s: float = Field(default=10.0, gt=0)
    # The client's TCP settings (libpq, on every connection): the kernel gives up a
    # connection whose peer's kernel stops answering (a pulled cable, a dropping firewall)
    # after keepalives_idle_s + keepalives_interval_s * keepalives_count (11 s) while it waits
    # for an answer, and after tcp_user_timeout_s while something it sent stays
    # unacknowledged, where it would retransmit for about 15 minutes (tcp_retries2). The
    # server's side of the same: SESSION_OPTIONS.
    keepalives_idle_s: int = Field(default=5, ge=1)
    keepalives_interval_s: int = Field(default=2, ge=1)
    keepalives_count: int = Field(default=3, ge=1)
    tcp_user_timeout_s: float = Field(default=15.0, gt=0)
    #: A pool's chain of reconnection attempts (1 s, then 2 s apart) ends after this
    #: long; the next request that waits starts a new one (common.db.new_pool).
    pool_reconnect_s: float = Field(default=5.0, gt=0)

    def conninfo(self, dbname: str | None = None) -> str:
        """A libpq conninfo string; pass ``dbname`` to target another database of the cluster."""
        from psycopg.conninfo import make_conninfo

        return make_conninfo(
            host=self.host,
            port=self.port,
            dbname=dbname or self.name,
            user=self.user,
            password=self.password.get_secret_value(),
            connect_timeout=int(self.connect_timeout_s),
            application_name="soc",
            options=SESSION_OPTIONS,
            keepalives=1,
            keepalives_idle=self.keepalives_idle_s,
            keepalives_interval=self.keepalives_interval_s,
            keepalives_count=self.keepalives_count,
            tcp_user_timeout=int(self.tcp_user_timeout_s * 1000),
        )

    def redacted(self, dbname: str | None = None) -> str:
        """The DSN for logs, without the password."""
        return f"postgresql://{self.user}:***@{self.host}:{self.port}/{dbname or self.name}"


class MqttSettings(BaseModel):
    """Connection to Mosquitto and the passwords of the project's accounts."""

    host: str = "127.0.0.1"
    port: int = 51883
    # MQTT keepalive of every client: silent this long, a client sends PINGREQ, and it drops
    # a connection that stays silent another keepalive_s (paho), so a silent cut of the
    # broker is noticed within 2 * keepalive_s (+ 1 s, paho's loop); the broker drops a
    # client silent for 1.5 * keepalive_s.
    keepalive_s: int = Field(default=10, ge=2, le=600)
    # Reconnect backoff of every client of the center (ingest, ops, web, simulator, desks):
    # paho doubles the delay from the min to the max and keeps the max while the broker
    # stays away, so the max bounds how long a client misses the broker's return,
    # whatever the outage's length. One attempt per client every 2 s is nothing to a
    # broker (a refused TCP connect while it is down).
    reconnect_min_s: int = Field(default=1, ge=1, le=60)
    reconnect_max_s: int = Field(default=2, ge=1, le=60)
    ingest_password: Secret
    disaster_password: Secret
    traffic_password: Secret
    police_password: Secret
    citizen_password: Secret
    # The fire bureau's 119 dispatch feed. Optional: when unset, the password is
    # derived from agency_secret (HMAC(agency_secret, "feed-fire")), so an
    # installation's .env needs no new line for it.
    fire_password: Secret | None = None
    # The ops center publishes dispatch assignments and reads acknowledgements.
    center_password: Secret
    # One account per dispatch agency (see DISPATCH_AGENCIES); one shared secret
    # seeds them so that .env stays short: password = HMAC(agency_secret, agency).
    agency_secret: Key
    # Queue limits per client while a subscriber is away; sized in docs/mqtt.md.
    max_queued_messages: int = 2_000_000
    max_queued_bytes: int = 1_073_741_824
    # Unacknowledged QoS 1 messages per subscriber (MQTT 3.1.1): ingest holds a
    # batch until COMMIT, so this must exceed several batches (docs/mqtt.md).
    max_inflight_messages: int = 10_000
    # Largest MQTT packet the broker takes from any client (its max_packet_size); a larger
    # one disconnects the sender, unacknowledged. Above ingest.max_payload_bytes (256 KiB,
    # quarantined as oversize), so that the reason stays visible for what comes near it,
    # but far below MQTT's 256 MB, which one feed account could send on every publish.
    max_packet_bytes: int = Field(default=1_048_576, ge=65_536, le=268_435_460)
    # Broker persistence (docs/mqtt.md, "Broker crash window"): save every
    # autosave_s seconds, or after autosave_changes changes when that is > 0.
    autosave_s: int = 1
    autosave_changes: int = 5000

    @model_validator(mode="after")
    def _backoff_ordered(self) -> MqttSettings:
        if self.reconnect_min_s > self.reconnect_max_s:
            raise ValueError("mqtt.reconnect_min_s must not exceed mqtt.reconnect_max_s")
        return self

    def password_for(self, account: str) -> str:
        """The password of an account: ingest, center, a feed domain or ``agency-{name}``."""
        if account.startswith("agency-"):
            import hashlib
            import hmac

            agency = account.removeprefix("agency-")
            if agency not in DISPATCH_AGENCIES:
                raise ConfigError(f"unknown dispatch agency {agency!r}", variable=None)
            key = self.agency_secret.get_secret_value().encode()
            return hmac.new(key, agency.encode(), hashlib.sha256).hexdigest()[:32]
        if account == "fire" and self.fire_password is None:
            import hashlib
            import hmac

            key = self.agency_secret.get_secret_value().encode()
            return hmac.new(key, b"feed-fire", hashlib.sha256).hexdigest()[:32]
        field = f"{account}_password"
        value = getattr(self, field, None)
        if not isinstance(value, SecretStr):
            raise ConfigError(f"unknown MQTT account {account!r}")
        return value.get_secret_value()

    def accounts(self) -> tuple[str, ...]:
        """Every account the broker must know."""
        return (
            "ingest",
            "center",
            *FEED_ACCOUNTS,
            *(f"agency-{a}" for a in DISPATCH_AGENCIES),
        )


class ServicesSettings(BaseModel):
    """Where and how ``soc services`` runs the local TimescaleDB and Mosquitto."""

    # Instance name: "main" for the demo, "test" for the test suite; data of
    # different instances never mix.
    instance: str = "main"
    state_dir: Path = Path("/var/lib/soc")
    # The Debian 13 root (on Debian 12 hosts) is cached here, outside the repository.
    cache_dir: Path = Path("/var/cache/soc")
    debian_mirror: str = "http://deb.debian.org/debian"
    backend: Literal["auto", "native", "chroot", "docker"] = "auto"


class WebSettings(BaseModel):
    """The FastAPI server."""

    host: str = "127.0.0.1"
    port: int = 8080
    secret_key: Key
    token_ttl_minutes: int = 12 * 60
    display_token_ttl_days: int = 365
    # How often the wall feed polls the database (alerts, incidents, mode every poll;
    # sensor states and ingest health every ``wall_sensor_every`` polls). With the push
    # path on, the sensor poll is only reconciliation (severities, offline-by-silence,
    # newly registered sensors). bench/e2e.py measures what these cost in latency.
    wall_poll_interval_s: float = 0.5
    wall_sensor_every: int = 4
    # How often the server pings every wall and console socket (the snapshot states it as
    # ``ping_s``); a page that hears nothing for 2.5 pings' worth, never under 5 s, drops
    # its socket as lost and stops saying live (web/static/common.js, WallSocket): with 2 s,
    # a frozen server or a half-open network is shown within about 5 s (docs/web.md).
    wall_ping_s: float = Field(default=2.0, gt=0, le=300)
    # Redraw sensors as soon as ingest commits them: LISTEN on ingest's soc_ingest_seen
    # notifications (web/wall/push.py; needs SOC_INGEST__NOTIFY_SEEN, on by default).
    wall_push: bool = True
    # Tests only (0 in service): how long a coordinator command's route waits after recording a
    # new command before answering, so a test can kill the server between commit and answer.
    # At most 30 s, and the web logs a WARNING at start when it is set: set by mistake in
    # service it holds every coordinator command's answer.
    test_answer_delay_s: float = Field(default=0.0, ge=0, le=30)
    # Host names the server answers to (the Host header; anything else gets 400). Add the
    # names and addresses wall screens and consoles use, e.g. '["soc.shuinan.example"]'.
    allowed_hosts: list[str] = Field(
        default_factory=lambda: ["localhost", "127.0.0.1", "::1", "testserver"]
    )
    # Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed;
    # empty: the peer address is the client, whatever the headers say.
    trusted_proxies: list[str] = Field(default_factory=list)
    # Request bodies, counted while they are read (before any parsing): the login form,
    # JSON bodies of the API, and the KPI CSV upload (multipart, file plus envelope).
    max_login_body_bytes: int = 4096
    max_body_bytes: int = 1_048_576
    max_upload_bytes: int = 6 * 1024 * 1024
    # Login throttling: failures within the window before an account or an address is
    # refused (429 with Retry-After) for lockout_s, doubling with each further lockout
    # up to lockout_max_s.
    login_window_s: float = 900.0
    login_max_failures_account: int = 5
    login_max_failures_address: int = 20
    login_lockout_s: float = 60.0
    login_lockout_max_s: float = 900.0
    # Passwords checked at once (argon2id: 64 MiB and most of a second of a core each); a
    # login that finds no free place within login_wait_s is answered 429 with Retry-After.
    login_concurrency: int = Field(default=2, ge=1, le=64)
    login_wait_s: float = Field(default=2.0, gt=0, le=60)
    # Websocket tickets: one-time, short-lived; and how often open websockets are checked
    # against the accounts (deactivation, token_version bump, logout, expiry).
    #: A request head (and a new connection's first byte) must arrive within this many seconds
    #: (web/head_deadline.py): a slow-headers client is answered 408 and closed.
    header_timeout_s: float = Field(default=10.0, gt=0, le=300)
    #: The largest request head (request line and headers), in bytes: a larger one is
    #: answered 431 and closed (web/head_deadline.py; httptools keeps a head of any size).
    max_head_bytes: int = Field(default=65536, ge=4096, le=16 * 1024 * 1024)
    #: How long a kept-alive connection may idle between requests (uvicorn's timeout_keep_alive).
    keep_alive_s: int = Field(default=5, ge=1, le=300)
    #: How often the web process asks the database whether it answers (web/dbwatch.py):
    #: while it does not, requests are refused at once with 503 instead of waiting the pool.
    db_probe_s: float = Field(default=1.0, gt=0, le=60)
    #: How long a request waits for a pooled connection before it is answered 503
    #: /problems/database-busy (web/deps.py): with every connection lent to requests stuck
    #: on a lock or a slow statement, the probe still answers, so the watch cannot say it.
    pool_wait_s: float = Field(default=3.0, gt=0, le=300)
    #: The web's sessions wait this long for a lock (PostgreSQL lock_timeout), then the
    #: request is answered 503 /problems/database-busy and its connection goes back to the pool.
    lock_wait_s: float = Field(default=5.0, gt=0, le=3600)
    ws_ticket_ttl_s: float = 30.0
    ws_recheck_s: float = 2.0
    # Largest websocket message a client may send (whole or in fragments); a larger one
    # closes the socket with 1009. Clients send only pongs and resume requests (< 100
    # bytes, web/wall/frames.py); uvicorn's own default is 16 MiB.
    ws_max_message_bytes: int = Field(default=4096, ge=128, le=1_048_576)
    # Wall sockets one account may hold open at once; one more is closed with 1013. Every
    # socket costs the web a file descriptor and about 85 KiB, so without a bound one
    # display token (a year long, on a screen) could open sockets until the web had no
    # descriptor left for the console.
    ws_max_per_account: int = Field(default=50, ge=1, le=10_000)
    # One-time websocket tickets outstanding at once, over all accounts (web/tickets.py).
    ws_max_tickets: int = Field(default=10_000, ge=1, le=1_000_000)


class IngestSettings(BaseModel):
    """The MQTT → TimescaleDB ingest workers."""

    # "" = a plain subscription with a persistent session, which keeps messages
    # published while the broker restarts; a $share group does not (docs/mqtt.md).
    shared_subscription_group: str = ""
    client_id: str = "soc-ingest-1"
    # This worker's domains, comma-separated ("" = all): several workers partition
    # the topic space by domain, each with its own client id (docs/mqtt.md).
    domains: str = ""
    batch_max: int = 2000
    batch_max_wait_ms: int = 20
    # Batches committing concurrently, each on its own connection (ingest/consumer.py).
    db_threads: int = 2
    max_payload_bytes: int = 262_144
    max_future_skew_s: int = 300
    # Worker-side bound on received, unacknowledged messages; keep it at least
    # mqtt.max_inflight_messages, or the network thread waits on a full inbox.
    max_in_flight: int = 20_000
    # An observation older than this at receipt is counted as late (still stored).
    late_after_s: int = 600
    registry_refresh_s: float = 60.0
    # NOTIFY soc_ingest_seen with each batch's sources (the wall's push path, docs/mqtt.md).
    notify_seen: bool = True


class AlertsSettings(BaseModel):
    """Rule evaluation, escalation and notifications."""

    rules_file: Path = Path("alerts/rules.yaml")
    poll_interval_ms: int = 200
    #: Rows of each stream (readings, events) one evaluation step, and readings one
    #: priming statement, takes at most, never splitting a transaction; below it the
    #: number is sized by time (``health.unit_s`` a step), so a backlog is worked through
    #: in steps the evaluator beats between (docs/architecture.md, "Liveness").
    batch_max: int = Field(default=5_000, gt=0)
    escalate_after_s: int = 600
    auto_resolve_after_s: int = 600
    # Outbound webhooks per agency, e.g. SOC_ALERTS__WEBHOOKS='{"fire": "https://..."}'.
    # Each agency's HMAC-SHA256 key is HMAC(webhook_secret, agency); required once a URL is set.
    webhooks: dict[str, str] = Field(default_factory=dict)
    webhook_secret: Secret | None = None
    # Total time one webhook POST may take (connect, send, the whole answer); shorter
    # than the lease. A receiver that trickles is cut off here.
    webhook_deadline_s: float = Field(default=10.0, gt=0)
    # How long a claimed outbox row stays with the notifier that claimed it: one that dies
    # mid-POST leaves its row to be sent again once the lease ends. Longer than the
    # deadline, so a lease never ends while its POST is still running.
    webhook_lease_s: float = Field(default=60.0, gt=0, le=3600)

    @model_validator(mode="after")
    def _deadline_within_lease(self) -> AlertsSettings:
        if self.webhook_deadline_s >= self.webhook_lease_s:
            raise ValueError("alerts.webhook_deadline_s must be shorter than alerts.webhook_lease_s")
        return self


class OpsSettings(BaseModel):
    """Correlation, dispatch and KPIs."""

    routing_file: Path = Path("ops_center/routing.yaml")
    mode: Literal["peacetime", "emergency"] = "peacetime"
    poll_interval_ms: int = 200
    # The correlator's retention (correlator time): it forgets an item's key this long after
    # the item was fed, and an incident this long after it went quiet or was closed. The
    # start-up replay reads twice this back and the maintenance prunes the replay log by it
    # (docs/ops_center.md, "What a replay reads, and the prune"); the default is the
    # correlator's own (ops_center.policies.RETENTION_S).
    retention_s: float = Field(default=6 * 3600.0, gt=0)
    # Replay-log entries one unit of the maintenance prune deletes at most (one transaction).
    log_prune_chunk: int = Field(default=5000, gt=0)
    # `soc kpi run` recomputes the KPIs this often (the planner page can also ask at once).
    kpi_interval_s: float = Field(default=900.0, gt=0)
    # While a run finds no sensor reading yet (a center just started), the next comes this soon
    # instead, so the planner page has the center's figures minutes after its first readings.
    kpi_retry_s: float = Field(default=60.0, gt=0)
    # Plan year the KPIs are computed for; unset = this year, or the plan's last weighted year.
    kpi_plan_year: int | None = None


class HealthSettings(BaseModel):
    """Liveness: heartbeats, staleness, the runner's watchdog and supervision."""

    #: How often a healthy service writes its heartbeat.
    beat_every_s: float = 5.0
    #: A service whose freshest beat is older than this is stale (``/api/health`` 503,
    #: ``soc demo`` restarts it).
    stale_after_s: float = 30.0
    #: The services ``/api/health`` and the wall expect to beat.
    services: tuple[str, ...] = ("ingest", "alerts", "ops")
    #: A loop that has not come round for this long ends its process (0: never): the
    #: runner's, ingest's and the web's event loop (``common.runner.Watchdog``).
    stall_after_s: float = 300.0
    #: How long one unit of a worker's work (a part of its start-up replay, a batch of a
    #: backlog, a part of a prune) may take before the loop comes round to beat: units are
    #: cut by this time, not by a count, so a beat follows at most about this long after
    #: the last one whatever the data's size and the machine's load.
    unit_s: float = 0.5
    #: A supervised child's beat is judged only after it has run this long (its imports
    #: and first connection; at least twice ``stale_after_s``); past it, a start that has not
    #: beaten but keeps using CPU is spared (``common.supervise``).
    start_grace_s: float = 60.0


class Settings(BaseSettings):
    """All settings; sections mirror the packages."""

    model_config = SettingsConfigDict(
        env_prefix="SOC_",
        env_nested_delimiter="__",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    log_level: str = "INFO"
    db: DbSettings
    mqtt: MqttSettings
    web: WebSettings
    services: ServicesSettings = Field(default_factory=ServicesSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    alerts: AlertsSettings = Field(default_factory=AlertsSettings)
    ops: OpsSettings = Field(default_factory=OpsSettings)
    health: HealthSettings = Field(default_factory=HealthSettings)


def load_settings(env_file: Path | str | None = ".env") -> Settings:
    """Build :class:`Settings` from the environment (and ``env_file`` if it exists).

    Raises :class:`ConfigError` naming the first missing or invalid variable, e.g.
    ``SOC_DB__PASSWORD``, so a failed start-up says exactly what to set.
    """
    try:
        return Settings(_env_file=env_file)
    except ValidationError as exc:
        found = [(v, e["msg"] if e["type"] == "value_error" else "missing or invalid")
                 for e in exc.errors() for v in _variables(e["loc"], e["type"])]
        variables = [v for v, _ in found]
        # A value error's message is the validator's own words (never the value).
        problems = "; ".join(f"{v}: {why}" for v, why in found)
        raise ConfigError(f"invalid settings: {problems}", variable=variables[0]) from exc


def _variables(loc: tuple[int | str, ...], error_type: str) -> list[str]:
    """Environment variable names for a validation error location.

    A section missing as a whole (no ``SOC_DB__*`` at all) is reported as its
    required fields, so the message names ``SOC_DB__PASSWORD``, not ``SOC_DB``.
    """
    parts = [str(p) for p in loc]
    if error_type == "missing" and len(parts) == 1:
        field = Settings.model_fields.get(parts[0])
        section = field.annotation if field is not None else None
        if isinstance(section, type) and issubclass(section, BaseModel):
            required = [name for name, f in section.model_fields.items() if f.is_required()]
            return [f"SOC_{parts[0].upper()}__{name.upper()}" for name in required]
    return ["SOC_" + "__".join(p.upper() for p in parts)]
