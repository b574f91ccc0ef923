"""Local TimescaleDB + PostGIS and Mosquitto, owned and started by the project.

``soc services up | down | status`` calls :func:`up`, :func:`down` and
:func:`status`. Each *instance* (``main`` for the demo, ``test`` for the test
suite, or any name a fault test picks) has its own ports and data, so a test
can stop and restart its own database without touching anyone else's.

How PostgreSQL 17 with TimescaleDB and PostGIS is obtained, by host:

* Debian 13 (trixie) or newer: Debian's ``postgresql-17-timescaledb`` and
  ``postgresql-17-postgis-3`` on the host (``native`` backend).
* Debian 12 (bookworm): those packages are not built for bookworm, so a
  Debian 13 root made with ``debootstrap --variant=minbase trixie`` is cached
  under ``cache_dir`` and PostgreSQL runs in it with ``chroot`` (``chroot``
  backend). Data lives inside that root under ``/srv/soc/<instance>``.
* Where a Docker engine answers, ``docker compose`` runs the services of
  ``docker-compose.yml`` instead (``docker`` backend).

Mosquitto always comes from the host's Debian package, with the project's own
configuration written under ``state_dir/<instance>/mosquitto``: password file,
per-agency ACLs, the client-id guard plugin (``docker/mosquitto/clientid_guard.c``,
compiled here), persistence, queue limits and ``set_tcp_nodelay``.

All functions here are idempotent: ``up`` twice is fine; ``down`` keeps data.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import logging
import os
import pwd
import random
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from psycopg.conninfo import make_conninfo

from common import scram
from common.errors import PrerequisiteError, ServiceError
from common.logging import log_event
from common.settings import DISPATCH_AGENCIES, FEED_ACCOUNTS, Settings

log = logging.getLogger(__name__)

PG_MAJOR = 17
PG_PACKAGES = (f"postgresql-{PG_MAJOR}-timescaledb", f"postgresql-{PG_MAJOR}-postgis-3")
_READY_MARK = ".soc-ready"


@dataclass(frozen=True, slots=True)
class Layout:
    """Everything needed to run one instance's services; derived from :class:`Settings`."""

    instance: str
    state_dir: Path
    cache_dir: Path
    debian_mirror: str
    backend: str
    pg_port: int
    db_name: str
    db_user: str
    db_password: str
    mqtt_port: int
    mqtt_passwords: dict[str, str] = field(hash=False)
    max_queued_messages: int = 2_000_000
    max_queued_bytes: int = 1_073_741_824
    max_inflight_messages: int = 10_000
    max_packet_bytes: int = 1_048_576
    # Persistence: save after this many changes (queued messages, subscriptions);
    # 0 = every ``autosave_s`` seconds instead. Bounds what a kill -9 loses (docs/mqtt.md).
    autosave_changes: int = 5000
    autosave_s: int = 1

    @classmethod
    def from_settings(cls, settings: Settings) -> Layout:
        """The layout of the instance that ``settings`` describe."""
        mqtt = settings.mqtt
        return cls(
            instance=settings.services.instance,
            state_dir=settings.services.state_dir.expanduser(),
            cache_dir=settings.services.cache_dir.expanduser(),
            debian_mirror=settings.services.debian_mirror,
            backend=settings.services.backend,
            pg_port=settings.db.port,
            db_name=settings.db.name,
            db_user=settings.db.user,
            db_password=settings.db.password.get_secret_value(),
            mqtt_port=mqtt.port,
            mqtt_passwords={a: mqtt.password_for(a) for a in mqtt.accounts()},
            max_queued_messages=mqtt.max_queued_messages,
            max_queued_bytes=mqtt.max_queued_bytes,
            max_inflight_messages=mqtt.max_inflight_messages,
            max_packet_bytes=mqtt.max_packet_bytes,
            autosave_changes=mqtt.autosave_changes,
            autosave_s=mqtt.autosave_s,
        )

    @property
    def instance_dir(self) -> Path:
        """Host directory with this instance's Mosquitto files and logs."""
        return self.state_dir / self.instance

    @property
    def mqtt_dir(self) -> Path:
        """Mosquitto configuration, password file, ACL, persistence and log."""
        return self.instance_dir / "mosquitto"


# --------------------------------------------------------------------------- helpers


def _run(argv: Sequence[str], *, check: bool = True, input_text: str | None = None,
         timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing output; raise :class:`ServiceError` with its stderr on failure."""
    proc = subprocess.run(
        list(argv), capture_output=True, text=True, input=input_text, timeout=timeout, check=False
    )
    if check and proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise ServiceError(f"{argv[0]} failed ({proc.returncode}): {' | '.join(tail)}")
    return proc


def port_open(port: int, host: str = "127.0.0.1", timeout: float = 0.3) -> bool:
    """Whether something accepts TCP connections on ``host:port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        return s.connect_ex((host, port)) == 0


def _ephemeral_top() -> int:
    """The highest port the kernel hands to outgoing connections (Linux; its default elsewhere)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        return 60999


#: How long a port handed out by :func:`free_port` stays claimed for every process on this
#: host: longer than any caller takes between choosing a port and binding it (a center started
#: after its reference run), so that two callers choosing before either binds never share one.
PORT_CLAIM_S = 1800.0


def _claims_dir() -> Path:
    """Where :func:`free_port` records its claims, one file per port (per user, shared by
    every process of that user on this host)."""
    path = Path(tempfile.gettempdir()) / f"soc-port-claims-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def _claimed(claims: Path, port: int) -> bool:
    """Whether a claim younger than :data:`PORT_CLAIM_S` holds ``port``."""
    try:
        return time.time() - (claims / str(port)).stat().st_mtime < PORT_CLAIM_S
    except FileNotFoundError:
        return False


def _claim(claims: Path, port: int) -> bool:
    """Claim ``port`` unless another claim holds it."""
    with open(claims / ".lock", "a") as lock:  # one claimer at a time: a stale claim is taken once
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _claimed(claims, port):
            return False
        (claims / str(port)).touch()
        return True


def free_port() -> int:
    """A TCP port on loopback that is free right now (for tests' private instances), outside
    the kernel's ephemeral range: a port from that range can be taken by any outgoing
    connection between this choice and the server's bind. The port is claimed for
    :data:`PORT_CLAIM_S`, so no other caller on this host is handed it before it is bound."""
    above = range(_ephemeral_top() + 1, 65536)  # below it lie the project's fixed instance ports
    if len(above) > 1000:  # every port above the range once, from a random one on
        start = random.SystemRandom().randrange(len(above))
        order: Sequence[int] = [*above[start:], *above[:start]]
    else:
        order = [0] * 200
    claims = _claims_dir()
    for port in order:
        if port and _claimed(claims, port):
            continue
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            chosen = int(s.getsockname()[1])
        if _claim(claims, chosen):
            return chosen
    raise ServiceError("no free port on loopback outside the ephemeral range")


def _wait(predicate: object, what: str, timeout: float = 60.0) -> None:
    """Poll ``predicate()`` with growing intervals until it is true or ``timeout`` passes."""
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    delay = 0.05
    while not predicate():
        if time.monotonic() > deadline:
            raise ServiceError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 1.5, 1.0)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive file lock, so concurrent ``up`` calls do not build things twice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def debian_major() -> int:
    """The host's Debian major version, or 0 when it is not Debian."""
    try:
        text = Path("/etc/debian_version").read_text().strip()
    except OSError:
        return 0
    head = text.split(".", 1)[0]
    if head.isdigit():
        return int(head)
    # Testing/unstable say e.g. "trixie/sid": newer than 12.
    return 13 if "/" in text else 0


def docker_available() -> bool:
    """Whether a Docker engine answers (the client alone is not enough)."""
    if shutil.which("docker") is None:
        return False
    proc = subprocess.run(["docker", "info"], capture_output=True, check=False, timeout=20)
    return proc.returncode == 0


def choose_backend(layout: Layout) -> str:
    """Pick ``native``, ``chroot`` or ``docker`` for PostgreSQL on this host."""
    if layout.backend != "auto":
        return layout.backend
    if debian_major() >= 13:
        return "native"
    if docker_available():
        return "docker"
    return "chroot"


# --------------------------------------------------------------------------- PostgreSQL


class PgRuntime:
    """How to run PostgreSQL programs as the ``postgres`` user, natively or in the trixie root."""

    def __init__(self, layout: Layout, backend: str) -> None:
        self.layout = layout
        self.backend = backend
        self.root = layout.cache_dir / "trixie-root" if backend == "chroot" else Path("/")
        inner = Path("/srv/soc") / layout.instance if backend == "chroot" else layout.instance_dir
        self.data_inner = inner / "pgdata"

    @property
    def data_host(self) -> Path:
        """The data directory as seen from the host."""
        if self.backend == "chroot":
            return self.root / self.data_inner.relative_to("/")
        return self.data_inner

    def argv(self, program: str, *args: str) -> list[str]:
        """argv running ``program`` from PostgreSQL's bin directory as user postgres."""
        binary = f"/usr/lib/postgresql/{PG_MAJOR}/bin/{program}"
        if self.backend == "chroot":
            return ["chroot", "--userspec=postgres:postgres", str(self.root), binary, *args]
        return ["runuser", "-u", "postgres", "--", binary, *args]

    def ensure_installed(self) -> None:
        """Make sure PostgreSQL 17 with TimescaleDB and PostGIS can run; build the root if needed."""
        if self.backend == "chroot":
            ensure_trixie_root(self.layout)
            return
        if not Path(f"/usr/lib/postgresql/{PG_MAJOR}/bin/postgres").exists() or not Path(
            f"/usr/share/postgresql/{PG_MAJOR}/extension/timescaledb.control"
        ).exists():
            _require_root("install PostgreSQL packages")
            env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
            subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                            *PG_PACKAGES], check=True, env=env)

    def chown_postgres(self, path: Path) -> None:
        """Give ``path`` (a host path) to the postgres user of the runtime."""
        if self.backend == "chroot":
            inner = "/" + str(path.relative_to(self.root))
            _run(["chroot", str(self.root), "chown", "-R", "postgres:postgres", inner])
        else:
            _run(["chown", "-R", "postgres:postgres", str(path)])


def _require_root(why: str) -> None:
    if os.geteuid() != 0:
        raise PrerequisiteError(f"soc services: must run as root to {why} (try sudo)")


def ensure_trixie_root(layout: Layout) -> Path:
    """Build (once) the cached Debian 13 root with PostgreSQL 17, TimescaleDB and PostGIS."""
    root = layout.cache_dir / "trixie-root"
    if (root / _READY_MARK).exists():
        return root
    _require_root("build the Debian 13 root with debootstrap and chroot")
    if shutil.which("debootstrap") is None:
        raise PrerequisiteError("soc services: debootstrap is missing: apt-get install -y debootstrap")
    with _locked(layout.cache_dir / ".lock"):
        if (root / _READY_MARK).exists():
            return root
        building = layout.cache_dir / "trixie-root.building"
        if building.exists():
            shutil.rmtree(building)
        log_event(log, "trixie_root_building", path=root)
        _run(["debootstrap", "--variant=minbase", "trixie", str(building), layout.debian_mirror],
             timeout=1800)
        script = (
            "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && "
            "apt-get install -y -qq --no-install-recommends " + " ".join(PG_PACKAGES)
        )
        _run(["chroot", str(building), "sh", "-c", script], timeout=1800)
        (building / _READY_MARK).write_text("ok\n")
        if root.exists():
            shutil.rmtree(root)
        building.rename(root)
        log_event(log, "trixie_root_ready", path=root)
    return root


#: The server's preloaded libraries, here and in docker-compose.yml: pg_stat_statements
#: counts what each role and database ran (docs/development.md, "Statements counted by
#: the server").
PRELOAD_LIBRARIES = "timescaledb,pg_stat_statements"


def _pg_conf(layout: Layout, rt: PgRuntime) -> str:
    return "\n".join([
        "# Written by soc services up; edits are overwritten.",
        f"port = {layout.pg_port}",
        "listen_addresses = '127.0.0.1'",
        f"unix_socket_directories = '{rt.data_inner}'",
        f"shared_preload_libraries = '{PRELOAD_LIBRARIES}'",
        "timescaledb.telemetry_level = off",
        # The chroot has no /dev/shm mount; mmap works everywhere.
        "dynamic_shared_memory_type = mmap",
        "max_connections = 300",
        "shared_buffers = 512MB",
        "work_mem = 16MB",
        "maintenance_work_mem = 128MB",
        # A 5-minute run at 26,000 readings/s writes 3.7 GB of WAL; fewer
        # size-triggered checkpoints (each followed by a burst of full-page images).
        "max_wal_size = 4GB",
        "wal_compression = lz4",  # pglz cost CPU on every full-page image
        "checkpoint_timeout = 10min",
        "timescaledb.max_background_workers = 8",
        "logging_collector = off",
        "log_min_messages = warning",
        "",
    ])


_PG_HBA = """# Written by soc services up.
# The postgres superuser only over the Unix socket inside the data directory;
# every TCP client authenticates with SCRAM.
local   all   postgres                 trust
host    all   all        127.0.0.1/32  scram-sha-256
host    all   all        ::1/128       scram-sha-256
"""


def _pg_running(rt: PgRuntime) -> bool:
    if not (rt.data_host / "PG_VERSION").exists():
        return False
    proc = subprocess.run(rt.argv("pg_ctl", "-D", str(rt.data_inner), "status"),
                          capture_output=True, check=False)
    return proc.returncode == 0


def _conf_text(rt: PgRuntime) -> str:
    """The instance's soc.conf ('' if there is none)."""
    try:
        return (rt.data_host / "soc.conf").read_text()
    except OSError:
        return ""


def _psql_super(rt: PgRuntime, sql: str, dbname: str = "postgres", **variables: str) -> str:
    """Run SQL as the postgres superuser over the instance's Unix socket.

    Values are passed as psql variables (``:'name'`` quotes a literal, ``:"name"``
    an identifier), so psql does the quoting, never string formatting here. They
    travel on standard input (``\\set`` lines before the SQL), never in the argument
    list, which every local user can read in ``/proc/PID/cmdline``.
    """
    argv = rt.argv("psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", str(rt.data_inner),
                   "-p", str(rt.layout.pg_port), "-U", "postgres", "-d", dbname)
    prelude = "".join(psql_set(name, value) for name, value in variables.items())
    return _run([*argv, "-f", "-"], input_text=prelude + sql).stdout


def psql_set(name: str, value: str) -> str:
    """A psql ``\\set name 'value'`` line; the value quoted the way psql reads it back."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"bad psql variable name {name!r}")
    # In a single-quoted meta-command argument psql reads '' as a quote and \\x escapes.
    quoted = (value.replace("\\", "\\\\").replace("'", "''")
              .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    return f"\\set {name} '{quoted}'\n"


def pg_up(layout: Layout, backend: str | None = None) -> PgRuntime:
    """Start (initialising on first use) the instance's PostgreSQL; ensure role and database."""
    backend = backend or choose_backend(layout)
    if backend == "docker":
        _compose_up(layout, ["timescaledb"])
        return PgRuntime(layout, backend)
    _require_root("run PostgreSQL as the postgres user")
    rt = PgRuntime(layout, backend)
    rt.ensure_installed()
    if not _pg_running(rt):
        if port_open(layout.pg_port):
            raise PrerequisiteError(
                f"soc services: port {layout.pg_port} is taken by another process; "
                "set SOC_DB__PORT to a free port"
            )
        if not (rt.data_host / "PG_VERSION").exists():
            rt.data_host.parent.mkdir(parents=True, exist_ok=True)
            rt.chown_postgres(rt.data_host.parent)
            _run(rt.argv("initdb", "-D", str(rt.data_inner), "-U", "postgres", "-E", "UTF8",
                         "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256"))
            with (rt.data_host / "postgresql.conf").open("a") as fh:
                fh.write("\ninclude_if_exists = 'soc.conf'\n")
            log_event(log, "pg_initialised", instance=layout.instance, data=rt.data_host)
        (rt.data_host / "soc.conf").write_text(_pg_conf(layout, rt))
        (rt.data_host / "pg_hba.conf").write_text(_PG_HBA)
        rt.chown_postgres(rt.data_host)
        _run(rt.argv("pg_ctl", "-D", str(rt.data_inner), "-l", str(rt.data_inner / "server.log"),
                     "-w", "-t", "120", "start"))
        log_event(log, "pg_started", instance=layout.instance, port=layout.pg_port)
    elif _conf_text(rt) != _pg_conf(layout, rt):
        # The file is written when the server starts, never under a running one.
        log_event(log, "pg_restart_needed", logging.WARNING, instance=layout.instance,
                  why="soc.conf is older than soc services writes; soc services down, then up, applies it")
    _ensure_role_and_db(rt)
    return rt


# psql interpolates :'var' / :"var" only outside dollar quoting, hence \gexec. The
# password is a SCRAM verifier (common/scram.py), never the password itself, and this
# session is not counted by pg_stat_statements, which keeps a utility statement's text
# with its literals (docs/security.md).
SQL_ENSURE_ROLE = """
SET pg_stat_statements.track_utility = off;
SELECT CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = :'role')
            THEN format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'password')
            ELSE format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'password') END
\\gexec
"""
SQL_TEMPLATE_EXTENSIONS = "CREATE EXTENSION IF NOT EXISTS timescaledb; CREATE EXTENSION IF NOT EXISTS postgis;"
# The view of every database's statements, for the superuser in the maintenance database.
SQL_STATEMENTS_EXTENSION = "CREATE EXTENSION IF NOT EXISTS pg_stat_statements;"
# A statement that set a password in the clear stays in pg_stat_statements (the view, and
# the texts file in the data directory) until reset, and only a reset of every count
# empties that file. The literals of other statements are counted as placeholders, so
# only a utility statement holds a quoted password.
SQL_FORGET_PASSWORDS = r"""
DO $$
BEGIN
  -- The view raises where the library is not preloaded (a server started before it was).
  IF current_setting('shared_preload_libraries') ~ '\mpg_stat_statements\M' THEN
    IF EXISTS (SELECT FROM pg_stat_statements
               WHERE query ~* '\mPASSWORD\s+''' AND query !~* 'PASSWORD\s+''SCRAM-SHA-256\$') THEN
      PERFORM pg_stat_statements_reset();
    END IF;
  END IF;
END
$$;
"""
SQL_ENSURE_DB = """
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')
\\gexec
"""


def _ensure_role_and_db(rt: PgRuntime) -> None:
    layout = rt.layout
    # The application role owns its databases; TimescaleDB and PostGIS are created
    # once in template1 by the superuser, so the role needs no superuser rights.
    _psql_super(rt, SQL_STATEMENTS_EXTENSION)
    _psql_super(rt, SQL_ENSURE_ROLE, role=layout.db_user, password=scram.verifier(layout.db_password))
    _psql_super(rt, SQL_FORGET_PASSWORDS)
    _psql_super(rt, SQL_TEMPLATE_EXTENSIONS, dbname="template1")
    _psql_super(rt, SQL_ENSURE_DB, role=layout.db_user, db=layout.db_name)


def superuser_conninfo(layout: Layout, backend: str | None = None) -> str:
    """libpq conninfo of the instance's ``postgres`` superuser in the ``postgres`` database.

    Over the Unix socket in the data directory (trusted for ``postgres`` only, see
    ``_PG_HBA``; the directory is open to root and postgres alone); not for the
    ``docker`` backend.
    """
    backend = backend or choose_backend(layout)
    if backend == "docker":
        raise ServiceError("soc services: the docker backend has no superuser socket on the host")
    rt = PgRuntime(layout, backend)
    return make_conninfo(host=str(rt.data_host), port=str(layout.pg_port), user="postgres", dbname="postgres")


def pg_down(layout: Layout, backend: str | None = None) -> None:
    """Stop the instance's PostgreSQL (fast shutdown); data stays."""
    backend = backend or choose_backend(layout)
    if backend == "docker":
        _compose(layout, ["stop", "timescaledb"])
        return
    rt = PgRuntime(layout, backend)
    if _pg_running(rt):
        _run(rt.argv("pg_ctl", "-D", str(rt.data_inner), "-m", "fast", "-w", "stop"))
        log_event(log, "pg_stopped", instance=layout.instance)


def pg_kill(layout: Layout, backend: str | None = None) -> None:
    """Stop PostgreSQL abruptly (immediate mode), as a crash would; for fault tests."""
    rt = PgRuntime(layout, backend or choose_backend(layout))
    if _pg_running(rt):
        _run(rt.argv("pg_ctl", "-D", str(rt.data_inner), "-m", "immediate", "-w", "stop"))


# --------------------------------------------------------------------------- Mosquitto


#: Mosquitto's count of PUBLISHes dropped at its in-flight/queue limits (since it started).
BROKER_DROPPED_TOPIC = "$SYS/broker/publish/messages/dropped"


#: Client-id prefixes reserved for one account (the holders of persistent sessions):
#: the broker refuses any other account that connects with such an id, so nobody
#: can take over (and, with a clean session, discard) ingest's or the ops center's
#: session. Enforced by the ``clientid_guard`` plugin (docker/mosquitto/clientid_guard.c).
RESERVED_CLIENT_IDS: dict[str, str] = {"soc-ingest-": "ingest", "soc-ops-": "center"}


def reserved_client_ids(accounts: Sequence[str]) -> dict[str, str]:
    """Every reserved client-id prefix and its account: :data:`RESERVED_CLIENT_IDS`, and
    each account's own namespace, its name and a hyphen (``agency-fire-…``), so that no
    account can disconnect another's client (an agency's desk) by connecting with its id."""
    return RESERVED_CLIENT_IDS | {f"{account}-": account for account in accounts}
GUARD_SOURCE = Path(__file__).resolve().parents[1] / "docker" / "mosquitto" / "clientid_guard.c"
#: Where the compose image (docker/mosquitto/Dockerfile) has the plugin.
GUARD_IN_IMAGE = Path("/mosquitto/plugins/clientid_guard.so")


def clientid_guard(layout: Layout) -> Path:
    """The client-id guard plugin, compiled for the host's Mosquitto into the cache if needed.

    The file name carries a hash of the source: a running broker has its
    plugin mapped, so a changed plugin is a new file, never one rewritten in
    place (rewriting a mapped library crashes the broker that uses it).
    """
    digest = hashlib.sha256(GUARD_SOURCE.read_bytes()).hexdigest()[:12]
    out = layout.cache_dir / "mosquitto" / f"clientid_guard-{digest}.so"
    if out.exists():
        return out
    if not Path("/usr/include/mosquitto_broker.h").exists() or shutil.which("gcc") is None:
        raise PrerequisiteError("soc services: building Mosquitto's client-id guard needs gcc and "
                                "mosquitto-dev: apt-get install -y gcc mosquitto-dev (or make host-deps)")
    out.parent.mkdir(parents=True, exist_ok=True)
    # One temporary file per builder (brokers may start in threads of one process):
    # each build is complete before its atomic rename, and the last rename wins.
    tmp = out.with_suffix(f".{os.getpid()}.{threading.get_native_id()}.tmp")
    try:
        _run(["gcc", "-O2", "-Wall", "-fPIC", "-shared", "-o", str(tmp), str(GUARD_SOURCE)])
        tmp.chmod(0o755)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def acl_text(accounts: Sequence[str]) -> str:
    """Mosquitto ACL: each feed account publishes only under its own domain, and so on.

    * ``ingest`` reads every feed tree ``soc/v1/{domain}/#`` (and shared subscriptions
      over them), exactly the trees it subscribes, and the broker's dropped-messages
      counter; nothing of the dispatch tree;
    * a feed account (disaster, traffic, police, citizen, fire) writes ``soc/v1/{domain}/#``;
    * ``center`` (the ops center) reads and writes the dispatch tree, and nothing else;
    * ``agency-{name}`` reads only its assignments, ``soc/v1/dispatch/{name}/assignment/#``,
      and the center's replies to its reports, ``.../reply/#``, and writes only
      its status reports and acknowledgements under
      ``soc/v1/dispatch/{name}/status/#`` and ``.../ack/#``: an agency cannot write
      an assignment, not even in its own tree.
    """
    lines = ["# Written by soc services up; edits are overwritten.", ""]
    for account in accounts:
        lines.append(f"user {account}")
        if account == "ingest":
            lines.extend(f"topic read soc/v1/{domain}/#" for domain in FEED_ACCOUNTS)
            # Messages the broker discarded at its queue limits: ingest reports them.
            lines.append(f"topic read {BROKER_DROPPED_TOPIC}")
        elif account == "center":
            lines.append("topic readwrite soc/v1/dispatch/#")
        elif account in FEED_ACCOUNTS:
            lines.append(f"topic write soc/v1/{account}/#")
        elif account.startswith("agency-") and account.removeprefix("agency-") in DISPATCH_AGENCIES:
            agency = account.removeprefix("agency-")
            lines.append(f"topic read soc/v1/dispatch/{agency}/assignment/#")
            lines.append(f"topic read soc/v1/dispatch/{agency}/reply/#")
            lines.append(f"topic write soc/v1/dispatch/{agency}/status/#")
            lines.append(f"topic write soc/v1/dispatch/{agency}/ack/#")
        lines.append("")
    return "\n".join(lines)


def mosquitto_conf(layout: Layout, conf_dir: Path | None = None, data_dir: Path | None = None,
                   listen: str = "127.0.0.1", log_to_file: bool = True, *, guard: Path | None = None) -> str:
    """The broker configuration of an instance (paths overridable for the compose container).

    ``guard``: the client-id guard plugin's path (default: the compose image's).
    """
    d = conf_dir or layout.mqtt_dir
    reserved = reserved_client_ids(sorted(layout.mqtt_passwords))
    reserve = " ".join(f"{prefix}={account}" for prefix, account in reserved.items())
    data = data_dir or d / "data"
    port = layout.mqtt_port if conf_dir is None else 1883
    lines = [
        "# Written by soc services; edits are overwritten.",
        f"pid_file {d / 'mosquitto.pid'}",
        "per_listener_settings false",
        f"listener {port} {listen}",
        "allow_anonymous false",
        f"password_file {d / 'passwd'}",
        f"acl_file {d / 'acl'}",
        # Client ids reserved for an account are refused to every other account.
        f"plugin {guard or GUARD_IN_IMAGE}",
        f"plugin_opt_reserve {reserve}",
        "persistence true",
        f"persistence_location {data}/",
        # What a kill -9 of the broker can lose is what it accepted since its last
        # save: measured and written down in docs/mqtt.md ("Broker crash window").
        *(["autosave_on_changes true", f"autosave_interval {layout.autosave_changes}"]
          if layout.autosave_changes > 0 else [f"autosave_interval {max(1, layout.autosave_s)}"]),
        # Acknowledging after commit needs Nagle off, or every PUBACK waits (docs/mqtt.md).
        "set_tcp_nodelay true",
        # Queue for subscribers that are away (ingest restart or DB outage), sized in docs/mqtt.md.
        f"max_queued_messages {layout.max_queued_messages}",
        f"max_queued_bytes {layout.max_queued_bytes}",
        # Ingest acknowledges after COMMIT: the window must hold several batches, or
        # the broker stops sending while a batch commits (docs/mqtt.md).
        f"max_inflight_messages {layout.max_inflight_messages}",
        "max_inflight_bytes 67108864",  # and at most 64 MiB of them (payloads may be 256 KiB)
        # No client may send a packet larger than this (settings.mqtt.max_packet_bytes):
        # the sender is disconnected and nothing is delivered or acknowledged.
        f"max_packet_size {layout.max_packet_bytes}",
        "max_keepalive 300",
        "persistent_client_expiration 7d",
        f"log_dest file {d / 'mosquitto.log'}" if log_to_file else "log_dest stdout",
        "log_type error",
        "log_type warning",
        "log_type notice",
        "connection_messages false",
        "",
    ]
    return "\n".join(lines)


def mosquitto_password_hash(password: str, salt: bytes | None = None, iterations: int = 101) -> str:
    """Mosquitto 2's password-file hash (``$7$``: PBKDF2-HMAC-SHA512), as mosquitto_passwd writes it.

    Computed here so the compose deployment needs no mosquitto_passwd in the app image.
    """
    salt = salt if salt is not None else os.urandom(12)
    digest = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, iterations)
    return f"$7${iterations}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def write_private(path: Path, text: str) -> None:
    """Write ``path`` readable by its owner only from its first byte: a new file made 0600
    with ``O_EXCL`` (no planted link followed), then renamed over ``path``, so no other
    user can open it while it is readable (a chmod after the write leaves that moment,
    and a descriptor opened in it reads on) and a reader sees the old file or the new."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    tmp.replace(path)

def write_mosquitto_files(layout: Layout, conf_dir: Path, data_dir: Path | None = None,
                          listen: str = "127.0.0.1", log_to_file: bool = True) -> None:
    """Write mosquitto.conf, the hashed password file and the ACL into ``conf_dir``.

    For the instance's own broker the client-id guard is compiled and copied in
    next to the configuration (the broker runs as ``mosquitto``); for another
    directory (the compose volume) the image's plugin path is written.
    """
    data = data_dir or conf_dir / "data"
    data.mkdir(parents=True, exist_ok=True)
    custom = conf_dir != layout.mqtt_dir
    guard: Path | None = None
    if not custom:
        built = clientid_guard(layout)
        guard = conf_dir / built.name
        if not guard.exists():  # a new name per build: never rewrite a mapped plugin in place
            tmp = guard.with_suffix(f".{os.getpid()}.tmp")
            shutil.copy2(built, tmp)
            tmp.replace(guard)
    (conf_dir / "mosquitto.conf").write_text(mosquitto_conf(
        layout, conf_dir if custom else None, data if custom else None, listen, log_to_file, guard=guard))
    write_private(conf_dir / "acl", acl_text(sorted(layout.mqtt_passwords)))
    write_private(conf_dir / "passwd", "".join(f"{u}:{mosquitto_password_hash(p)}\n"
                                                for u, p in sorted(layout.mqtt_passwords.items())))
    owner = _mosquitto_user()
    if owner is not None:
        for path in [conf_dir, data, *conf_dir.iterdir(), *data.iterdir()]:
            os.chown(path, owner.pw_uid, owner.pw_gid)


def _mosquitto_pid(layout: Layout) -> int | None:
    """The pid of this instance's running Mosquitto, or None.

    The pid file outlives a broker killed with SIGKILL (or a reboot), and pids are
    reused (``kernel.pid_max`` may be 32,768): the process it names counts only if
    it runs this instance's configuration, so a stale file never makes another
    instance's broker look like this one's, to be reloaded or stopped in its place.
    """
    pid_file = layout.mqtt_dir / "mosquitto.pid"
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    cmdline = Path(f"/proc/{pid}/cmdline")
    try:
        argv = cmdline.read_bytes().split(b"\0")
    except FileNotFoundError:
        return None  # gone since
    except OSError:
        return pid  # not ours to read: the pid file is all there is
    if str(layout.mqtt_dir / "mosquitto.conf").encode() not in argv:
        return None
    return pid


def mqtt_up(layout: Layout) -> None:
    """Start the instance's Mosquitto, or reload its password file and ACL if it runs."""
    mosquitto = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
    if not Path(mosquitto).exists():
        raise PrerequisiteError("soc services: mosquitto is missing: apt-get install -y mosquitto")
    d = layout.mqtt_dir
    d.mkdir(parents=True, exist_ok=True)
    write_mosquitto_files(layout, d)
    pid = _mosquitto_pid(layout)
    if pid is not None:
        os.kill(pid, signal.SIGHUP)  # reloads password file and ACL
        return
    if port_open(layout.mqtt_port):
        raise PrerequisiteError(
            f"soc services: port {layout.mqtt_port} is taken by another process; "
            "set SOC_MQTT__PORT to a free port"
        )
    _run([mosquitto, "-c", str(d / "mosquitto.conf"), "-d"])
    _wait(lambda: port_open(layout.mqtt_port), f"mosquitto on port {layout.mqtt_port}", 30)
    log_event(log, "mqtt_started", instance=layout.instance, port=layout.mqtt_port)


def _mosquitto_user() -> pwd.struct_passwd | None:
    try:
        return pwd.getpwnam("mosquitto")
    except KeyError:
        return None


def mqtt_down(layout: Layout) -> None:
    """Stop the instance's Mosquitto (it saves its persistence file on the way out)."""
    pid = _mosquitto_pid(layout)
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)
    # The process gone means its listener is closed. Not the layout's port: when the
    # ports were not given, that port may be another instance's, and waiting for it
    # would wait on the main instance's broker.
    _wait(lambda: _mosquitto_pid(layout) is None, "mosquitto to stop", 30)
    log_event(log, "mqtt_stopped", instance=layout.instance)


# --------------------------------------------------------------------------- docker


def _compose(layout: Layout, args: list[str]) -> None:
    env = {**os.environ, "COMPOSE_PROJECT_NAME": f"soc-{layout.instance}"}
    root = Path(__file__).resolve().parents[1]
    subprocess.run(["docker", "compose", "-f", str(root / "docker-compose.yml"), *args],
                   check=True, env=env)


def _compose_up(layout: Layout, services: list[str]) -> None:
    _compose(layout, ["up", "-d", "--wait", *services])


# --------------------------------------------------------------------------- commands


@dataclass(frozen=True, slots=True)
class ServiceStatus:
    """What ``soc services status`` reports for one service."""

    name: str
    running: bool
    port: int
    detail: str


def up(layout: Layout) -> list[ServiceStatus]:
    """Start PostgreSQL and Mosquitto for ``layout`` (idempotent) and report their status."""
    backend = choose_backend(layout)
    if backend == "docker":
        _compose_up(layout, ["timescaledb", "mosquitto"])
        return status(layout)
    pg_up(layout, backend)
    mqtt_up(layout)
    return status(layout)


def down(layout: Layout) -> list[ServiceStatus]:
    """Stop both services of ``layout``; their data stays for the next ``up``."""
    backend = choose_backend(layout)
    if backend == "docker":
        _compose(layout, ["stop"])
        return status(layout)
    mqtt_down(layout)
    pg_down(layout, backend)
    return status(layout)


def status(layout: Layout) -> list[ServiceStatus]:
    """Truthful status: process state and whether the port answers."""
    backend = choose_backend(layout)
    if backend == "docker":
        return [
            ServiceStatus("timescaledb", port_open(layout.pg_port), layout.pg_port, "docker compose"),
            ServiceStatus("mosquitto", port_open(layout.mqtt_port), layout.mqtt_port, "docker compose"),
        ]
    rt = PgRuntime(layout, backend)
    pg_running = _pg_running(rt) and port_open(layout.pg_port)
    mq_running = _mosquitto_pid(layout) is not None and port_open(layout.mqtt_port)
    return [
        ServiceStatus("timescaledb", pg_running, layout.pg_port, f"{backend}, data {rt.data_host}"),
        ServiceStatus("mosquitto", mq_running, layout.mqtt_port, f"config {layout.mqtt_dir}"),
    ]


def remove_instance(layout: Layout) -> None:
    """Delete a stopped instance's data (PostgreSQL data and Mosquitto files); for test instances."""
    if layout.instance in ("main",):
        raise ServiceError("refusing to delete the main instance's data")
    if any(s.running for s in status(layout)):
        raise ServiceError(f"instance {layout.instance} is still running")
    backend = choose_backend(layout)
    if backend != "docker":
        rt = PgRuntime(layout, backend)
        shutil.rmtree(rt.data_host.parent, ignore_errors=True)
    shutil.rmtree(layout.instance_dir, ignore_errors=True)
