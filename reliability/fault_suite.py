#!/usr/bin/env python3
"""THV-hub fault suite (issue 16): starts its own PostgreSQL 15, Keycloak and hub processes on loopback, drives constant
load with a client ledger (every request, its Idempotency-Key and its answer) through each fault, then compares the
ledger with the database. Run it through reliability/run, which builds the hub and fetches Keycloak first.
Writes reliability/out/<stamp>/results.json and the table in docs/reliability.md."""
import base64, datetime, hashlib, hmac, json, os, random, shutil, signal, subprocess, sys, tempfile, threading, time
import urllib.error, urllib.parse, urllib.request, uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PGBIN = "/usr/lib/postgresql/15/bin"
PG_PORT, KC_PORT, KC_MGMT, RECV_PORT = 26432, 8182, 9182, 18090
HUBS = {"A": (8082, 9082), "B": (8083, 9083), "C": (8084, 9084)}
KC_VERSION = "26.5.6"
WORK = tempfile.mkdtemp(prefix="thv-reliability.")
STAMP = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
OUT = os.path.join(ROOT, "reliability", "out", STAMP)
os.makedirs(OUT, exist_ok=True)
PROCS = {}
RESULTS = []
SECRET = "betrouwbaarheid-webhook-geheim"


def say(msg):
    print(f"[reliability {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def as_pg(args, **kw):
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--"] + args
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def psql(sql):
    r = subprocess.run(["psql", f"postgresql://postgres@127.0.0.1:{PG_PORT}/postgres", "-AtX", "-c", sql],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    return r.stdout.strip()


# ---------------------------------------------------------------- processes

def start(name, args, env=None, log=None):
    log = open(os.path.join(OUT, (log or name) + ".log"), "a")
    p = subprocess.Popen(args, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT,
                         stdin=subprocess.DEVNULL, start_new_session=True, cwd=ROOT)
    PROCS[name] = p
    return p


def stop(name, sig=signal.SIGTERM, wait=30):
    p = PROCS.pop(name, None)
    if p is None:
        return
    try:
        os.killpg(p.pid, sig)
    except ProcessLookupError:
        return
    try:
        p.wait(wait)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait(10)


def http(method, url, token=None, body=None, headers=None, timeout=10):
    """(status, parsed body or text, headers); status None when no answer came."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, parse(raw), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, parse(e.read()), dict(e.headers)
    except Exception:
        return None, None, {}


def parse(raw):
    try:
        return json.loads(raw)
    except Exception:
        return raw.decode(errors="replace") if isinstance(raw, bytes) else raw


def wait_until(what, seconds, check):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if check():
            return True
        time.sleep(0.25)
    raise RuntimeError(f"timed out after {seconds} s waiting for {what}")


def ready(hub):
    s, _, _ = http("GET", f"http://127.0.0.1:{HUBS[hub][1]}/q/health/ready", timeout=3)
    return s == 200


def start_postgres():
    os.makedirs(f"{WORK}/pg")
    if os.geteuid() == 0:
        shutil.chown(WORK, "postgres")
        shutil.chown(f"{WORK}/pg", "postgres")
    as_pg([f"{PGBIN}/initdb", "-D", f"{WORK}/pg", "-U", "postgres", "--auth=trust", "-E", "UTF8"])
    with open(f"{WORK}/pg/postgresql.conf", "a") as c:
        # durable, as the run command's database: fsync, synchronous_commit and full_page_writes on (the defaults)
        c.write(f"listen_addresses = '127.0.0.1'\nport = {PG_PORT}\nunix_socket_directories = '{WORK}'\n"
                "fsync = on\nsynchronous_commit = on\nfull_page_writes = on\nrestart_after_crash = on\nmax_connections = 200\n")
    pg_ctl("start")
    psql(open(os.path.join(ROOT, "deploy/db/rollen.sql")).read())
    psql("alter role thv_eigenaar password 'eigenaar'; alter role thv_app password 'app'")


def pg_ctl(action, mode=None):
    args = [f"{PGBIN}/pg_ctl", "-D", f"{WORK}/pg", "-l", f"{WORK}/pg/server.log", "-w", action]
    if mode:
        args += ["-m", mode]
    as_pg(args)


def start_keycloak():
    kc = f"{WORK}/kc"
    if not os.path.isdir(kc):
        shutil.copytree(os.path.join(ROOT, f".local/keycloak-{KC_VERSION}"), kc)
        shutil.rmtree(f"{kc}/data", ignore_errors=True)
        os.makedirs(f"{kc}/data/import")
        realm = json.load(open(os.path.join(ROOT, "keycloak/thv-realm.json")))
        realm["accessTokenLifespan"] = 3600
        realm["ssoSessionIdleTimeout"] = realm["ssoSessionMaxLifespan"] = 3600
        realm["bruteForceProtected"] = False  # the suite logs the same users in many times
        for c in realm["clients"]:
            if c["clientId"] == "partner-om":  # short-lived tokens, for the expired-token check
                c.setdefault("attributes", {})["access.token.lifespan"] = "15"
        demo = next(c for c in realm["clients"] if c["clientId"] == "thv-hub-demo")
        other = json.loads(json.dumps(demo))
        other["clientId"] = "thv-zonder-audience"
        other.pop("id", None)
        other["protocolMappers"] = [m for m in other.get("protocolMappers", []) if "audience" not in m["name"]]
        for m in other["protocolMappers"]:
            m.pop("id", None)
        realm["clients"].append(other)
        json.dump(realm, open(f"{kc}/data/import/thv-realm.json", "w"))
    start("keycloak", [f"{kc}/bin/kc.sh", "start-dev", "--http-host=127.0.0.1", f"--http-port={KC_PORT}",
                       f"--http-management-port={KC_MGMT}", "--import-realm", "--cache=local"],
          env={"KC_BOOTSTRAP_ADMIN_USERNAME": "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD": "admin",
               "JAVA_OPTS_APPEND": "-Xms64m -Xmx512m"})
    wait_until("Keycloak", 180, lambda: http("GET", f"http://127.0.0.1:{KC_PORT}/realms/thv/.well-known/openid-configuration",
                                              timeout=2)[0] == 200)


KEYS = {"pseudonym": os.urandom(32).hex(), "webhook": os.urandom(32).hex()}


def start_hub(name, anchor=None, extra=None):
    port, mgmt = HUBS[name]
    env = {"THV_DATABASE_URL": f"postgresql://127.0.0.1:{PG_PORT}/postgres", "THV_DATABASE_USER": "thv_app",
           "THV_DATABASE_PASSWORD": "app", "THV_DATABASE_OWNER_USER": "thv_eigenaar", "THV_DATABASE_OWNER_PASSWORD": "eigenaar",
           "THV_OIDC_ISSUER": f"http://127.0.0.1:{KC_PORT}/realms/thv", "THV_LOG_JSON": "false",
           "THV_AUDIT_PSEUDONYM_KEY": KEYS["pseudonym"], "THV_WEBHOOK_SECRET_KEY": KEYS["webhook"],
           "THV_AUDIT_ANCHOR_FILE": anchor or f"{WORK}/anker.log", "THV_WEBHOOKS_HTTP_LOOPBACK": "true",
           "THV_QUOTA_PER_CLIENT": "1000000000", "THV_QUOTA_PER_GEBRUIKER": "1000000000",
           "QUARKUS_HTTP_HOST": "127.0.0.1", "QUARKUS_HTTP_PORT": str(port), "THV_MANAGEMENT_HOST": "127.0.0.1",
           "THV_MANAGEMENT_PORT": str(mgmt), "QUARKUS_LOG_LEVEL": "WARN"}
    args = ["java", "-Xmx384m", f"-Dquarkus.config.locations={ROOT}/deploy/local/demo.properties"] + (extra or []) + \
           ["-jar", "target/quarkus-app/quarkus-run.jar"]
    start("hub" + name, args, env=env, log="hub" + name)
    wait_until(f"hub {name} ready", 120, lambda: ready(name))


# ---------------------------------------------------------------- tokens and load

def token(user, client="thv-hub-demo", realm="thv", extra=None):
    form = {"grant_type": "password", "client_id": client, "username": user, "password": "demo", **(extra or {})}
    return login(realm, form)


def partner_token(client):
    return login("thv", {"grant_type": "client_credentials", "client_id": client, "client_secret": client + "-demo-secret"})


def login(realm, form, field="access_token", attempts=3):
    data = urllib.parse.urlencode(form).encode()
    for i in range(attempts):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{KC_PORT}/realms/{realm}/protocol/openid-connect/token", data,
                                        timeout=10) as r:
                body = json.loads(r.read())
            return body if field is None else body[field]
        except urllib.error.URLError:
            if i == attempts - 1:
                raise
            time.sleep(1)


def case_body(key, gemeente="AMSTERDAM"):
    now = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=10)
    n = random.randint(1, 99999)
    return {"gemeente": gemeente, "wijk": "centrum", "opgelegdOp": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "adres": {"straat": "Ledgerstraat", "huisnummer": str(n), "postcode": "1011AB", "plaats": "Amsterdam"},
            "betrokkenen": [{"rol": "UITHUISGEPLAATSTE", "naam": "RL " + key, "geboortedatum": "1980-01-01"},
                            {"rol": "ACHTERBLIJVER", "naam": "RA " + key, "geboortedatum": "1982-02-02"}],
            "geweld": {"type": "PARTNERGEWELD", "ernst": "ERNSTIG", "intiemeTerreur": "NEE"}, "strafrechtelijkTraject": True,
            "criteria": {"ernstigEnOnmiddellijkGevaar": True, "plegerMeerderjarig": True, "vakerDanIncidenteelAanwezig": True}}


class Ledger:
    """Every request with its key and answer; a request without answer or with a 5xx is retried with the same key."""

    def __init__(self, scenario):
        self.scenario, self.entries, self.lock, self.stop = scenario, [], threading.Lock(), threading.Event()
        self.fault_at, self.first_ok_after_fault = None, None

    def impose(self, hubs, tok, gemeente="AMSTERDAM", key=None, deadline_s=90, probe=False):
        key = key or str(uuid.uuid4())
        body = case_body(key, gemeente)
        entry = {"key": key, "attempts": [], "status": None, "id": None, "replayed": False, "probe": probe}
        started = time.time()
        i = 0
        while time.time() - started < deadline_s:
            hub = hubs[i % len(hubs)]
            i += 1
            s, b, h = http("POST", f"http://127.0.0.1:{HUBS[hub][0]}/api/v1/huisverboden", tok, body,
                           {"Idempotency-Key": key})
            entry["attempts"].append([round(time.time(), 3), hub, s])
            if s is not None and s < 500 and s != 409:
                entry["status"] = s
                if s == 201:
                    entry["id"] = b.get("id")
                    entry["replayed"] = h.get("Idempotent-Replayed") == "true"
                    with self.lock:
                        # availability is measured by a probe that writes with fresh keys: workers retrying a key whose
                        # request died with the database wait out that key's claim lease (30 s), which is reported apart
                        if probe and self.fault_at and not self.first_ok_after_fault and time.time() > self.fault_at:
                            self.first_ok_after_fault = time.time()
                break
            time.sleep(0.3)
        with self.lock:
            self.entries.append(entry)
        return entry

    def load(self, hubs, tok, workers=4):
        def run():
            while not self.stop.is_set():
                self.impose(hubs, tok)

        def probe():
            while not self.stop.is_set():
                self.impose(hubs, tok, deadline_s=0.1, probe=True)
                time.sleep(0.5)
        threads = [threading.Thread(target=run, daemon=True) for _ in range(workers)]
        threads.append(threading.Thread(target=probe, daemon=True))
        for t in threads:
            t.start()
        return threads

    def finish(self, threads):
        self.stop.set()
        for t in threads:
            t.join(120)

    def compare(self):
        """The ledger against the database: lost, duplicated and unaudited acknowledged writes."""
        acked = [e for e in self.entries if e["status"] == 201]
        ids = [e["id"] for e in acked]
        keys = [e["key"] for e in self.entries]
        lost = unaudited = dup = 0
        if ids:
            arr = "array[" + ",".join(f"'{i}'" for i in ids) + "]::uuid[]"
            present = set(psql(f"select id from huisverbod where id = any({arr})").split())
            lost = len([i for i in ids if i not in present])
            unaudited = int(psql(f"""select count(*) from unnest({arr}) z(id) where (select count(*) from audit_regel a
                                   where a.huisverbod_id = z.id and a.actie = 'OPLEGGEN') < 2"""))
        if keys:
            names = "array[" + ",".join(f"'RL {k}'" for k in keys) + "]"
            dup = int(psql(f"""select count(*) from (select naam from betrokkene where naam = any({names})
                             group by naam having count(distinct huisverbod_id) > 1) d"""))
            orphans = int(psql(f"""select count(*) from betrokkene b where b.naam = any({names}) and not exists
                              (select 1 from audit_regel a where a.huisverbod_id = b.huisverbod_id)"""))
        else:
            orphans = 0
        fivexx = sum(1 for e in self.entries for a in e["attempts"] if a[2] is not None and a[2] >= 500)
        noanswer = sum(1 for e in self.entries for a in e["attempts"] if a[2] is None)
        stuck = [e for e in self.entries if e["status"] == 201 and len(e["attempts"]) > 1]
        key_recovery = max([e["attempts"][-1][0] - e["attempts"][0][0] for e in stuck], default=0)
        return {"requests": sum(len(e["attempts"]) for e in self.entries), "writes": len(self.entries),
                "longestRetrySeconds": round(key_recovery, 2),
                "acknowledged": len(acked), "lost": lost, "duplicated": dup, "unaudited": unaudited,
                "halfWritten": orphans, "answered5xx": fivexx, "noAnswer": noanswer,
                "unfinished": len([e for e in self.entries if e["status"] is None and not e.get("probe")])}


class Readiness:
    """Polls a hub's readiness and records the transitions."""

    def __init__(self, hub):
        self.hub, self.log, self.stop = hub, [], threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        last = None
        while not self.stop.is_set():
            up = ready(self.hub)
            if up != last:
                self.log.append([round(time.time(), 3), "UP" if up else "DOWN"])
                last = up
            time.sleep(0.25)

    def finish(self):
        self.stop.set()
        self.thread.join(5)
        return self.log


def record(name, what, how_often, figures, ok, command="reliability/run", **extra):
    row = {"scenario": name, "what": what, "howOften": how_often, **figures, "ok": ok, "command": command, **extra}
    RESULTS.append(row)
    say(f"{name}: {'PASS' if ok else 'FAIL'} {json.dumps(figures)} {json.dumps(extra)}")


def clean(f):
    return f["lost"] == 0 and f["duplicated"] == 0 and f["unaudited"] == 0 and f["halfWritten"] == 0 and f["unfinished"] == 0


# ---------------------------------------------------------------- webhook receiver

class Receiver:
    def __init__(self):
        self.deliveries, self.lock = [], threading.Lock()
        outer = self

        class Hook(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                ts = self.headers["Thv-Tijdstempel"]
                ok = hmac.compare_digest("v1=" + hmac.new(SECRET.encode(), ts.encode() + b"." + body, hashlib.sha256)
                                         .hexdigest(), self.headers.get("Thv-Handtekening", ""))
                event = json.loads(body)
                with outer.lock:
                    outer.deliveries.append({"delivery": self.headers["Thv-Aflevering-Id"], "event": event["id"],
                                             "case": event["huisverbodId"], "signed": ok})
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", RECV_PORT), Hook)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def about(self, cases):
        with self.lock:
            return [d for d in self.deliveries if d["case"] in cases]


def subscribe(hub, events):
    tok = partner_token("partner-blijfgroep")
    s, b, _ = http("POST", f"http://127.0.0.1:{HUBS[hub][0]}/api/v1/abonnementen", tok,
                   {"callbackUrl": f"http://127.0.0.1:{RECV_PORT}/hook", "events": events, "secret": SECRET},
                   {"Idempotency-Key": str(uuid.uuid4())})
    assert s == 201, (s, b)
    return b["id"]


def unsubscribe(hub, sub):
    http("DELETE", f"http://127.0.0.1:{HUBS[hub][0]}/api/v1/abonnementen/{sub}", partner_token("partner-blijfgroep"))


def check_deliveries(receiver, cases, seconds=90):
    try:
        wait_until("every event delivered", seconds,
                   lambda: len({d["case"] for d in receiver.about(cases)}) >= len(cases))
    except RuntimeError:
        pass
    got = receiver.about(cases)
    per_event = {}
    for d in got:
        per_event.setdefault(d["event"], set()).add(d["delivery"])
    return {"events": len(cases), "delivered": len({d["case"] for d in got}), "deliveries": len(got),
            "duplicateDeliveries": len(got) - len(per_event),
            "duplicatesWithNewDeliveryId": sum(1 for ids in per_event.values() if len(ids) > 1),
            "unsigned": sum(1 for d in got if not d["signed"])}


# ---------------------------------------------------------------- a minimal graphql-transport-ws client (stdlib only)

class Subscription:
    """One GraphQL subscription over a websocket (RFC 6455 text frames, client-masked), collecting its `next` payloads."""

    def __init__(self, hub, tok, query):
        import socket
        self.messages, self.sock = [], socket.create_connection(("127.0.0.1", HUBS[hub][0]), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                           f"Sec-WebSocket-Protocol: graphql-transport-ws\r\nAuthorization: Bearer {tok}\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("websocket upgrade refused: " + head.split(b"\r\n")[0].decode())
        self.send({"type": "connection_init", "payload": {}})
        threading.Thread(target=self.read, daemon=True).start()
        wait_until("connection_ack", 10, lambda: any(m.get("type") == "connection_ack" for m in self.messages))
        self.send({"id": "1", "type": "subscribe", "payload": {"query": query}})

    def send(self, obj):
        data = json.dumps(obj).encode()
        mask = os.urandom(4)
        n = len(data)
        head = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + n.to_bytes(2, "big"))
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def read(self):
        try:
            text = b""
            while True:
                b0, b1 = self.recv(2)
                n = b1 & 0x7F
                if n == 126:
                    n = int.from_bytes(self.recv(2), "big")
                elif n == 127:
                    n = int.from_bytes(self.recv(8), "big")
                payload = self.recv(n)
                opcode = b0 & 0x0F
                if opcode == 8:
                    return
                if opcode in (0, 1):  # a large message arrives as a text frame and continuation frames
                    text += payload
                    if b0 & 0x80:
                        msg = json.loads(text)
                        text = b""
                        if msg.get("type") == "ping":
                            self.send({"type": "pong"})
                        self.messages.append(msg)
        except Exception as e:
            self.messages.append({"type": "client-error", "error": repr(e)})
            return

    def recv(self, n):
        out = b""
        self.sock.settimeout(None)
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise EOFError
            out += chunk
        return out

    def nexts(self):
        return [m for m in self.messages if m.get("type") == "next"]

    def close(self):
        try:
            self.sock.close()
        except Exception:
            pass


# ---------------------------------------------------------------- scenarios

def backends():
    return [int(p) for p in psql("select pid from pg_stat_activity where usename = 'thv_app'").split()]


def scenario_backend_kill():
    tok = token("politie-thv")
    ledger, rd = Ledger("backend-kill"), Readiness("A")
    threads = ledger.load(["A"], tok)
    recoveries = []
    for _ in range(5):
        time.sleep(6)
        pids = backends()
        if not pids:
            continue
        victim = random.choice(pids)
        t0 = time.time()
        ledger.fault_at, ledger.first_ok_after_fault = t0, None
        os.kill(victim, signal.SIGKILL)  # the postmaster then drops every connection and runs crash recovery
        try:
            wait_until("a write after the kill", 60, lambda: ledger.first_ok_after_fault is not None)
            recoveries.append(round(ledger.first_ok_after_fault - t0, 2))
        except RuntimeError:
            recoveries.append(None)
    time.sleep(3)
    ledger.finish(threads)
    f = ledger.compare()
    log = rd.finish()
    ok = clean(f) and all(r is not None and r < 30 for r in recoveries)
    record("PostgreSQL backend SIGKILL (crash recovery)", "one backend of the hub killed with SIGKILL during writes",
           "5 times", f, ok, recoverySeconds=recoveries, readiness=summarise(log))


def summarise(log):
    return [s for _, s in log]


def scenario_immediate_stop():
    tok = token("politie-thv")
    ledger, rd = Ledger("immediate-stop"), Readiness("A")
    threads = ledger.load(["A"], tok)
    time.sleep(5)
    pg_ctl("stop", "immediate")
    time.sleep(10)
    pg_ctl("start")
    t0 = time.time()
    ledger.fault_at = t0
    wait_until("a write after the restart", 60, lambda: ledger.first_ok_after_fault is not None)
    recovery = round(ledger.first_ok_after_fault - t0, 2)  # from the database being back
    time.sleep(3)
    ledger.finish(threads)
    f = ledger.compare()
    log = rd.finish()
    down_seen = "DOWN" in summarise(log) and summarise(log)[-1] == "UP"
    record("PostgreSQL stopped immediately", "pg_ctl stop -m immediate during writes, started again after 10 s", "once",
           f, clean(f) and down_seen and recovery < 30, recoverySeconds=recovery, readiness=summarise(log))


def scenario_hub_kill():
    receiver = RECEIVER
    sub = subscribe("A", ["huisverbod.opgelegd"])
    tok = token("politie-thv")
    ledger = Ledger("hub-kill")
    cases = []
    for _ in range(40):
        e = ledger.impose(["A"], tok)
        if e["id"]:
            cases.append(e["id"])
    pending = psql("select count(*) from outbox where verwerkt_op is null")
    stop("hubA", signal.SIGKILL)
    t0 = time.time()
    start_hub("A")
    restart = round(time.time() - t0, 2)
    # a delivery the killed instance had claimed is retried when its 2-minute lease runs out
    d = check_deliveries(receiver, set(cases), seconds=180)
    unsubscribe("A", sub)
    f = ledger.compare()
    ok = clean(f) and d["delivered"] == d["events"] and d["duplicatesWithNewDeliveryId"] == 0 and d["unsigned"] == 0
    record("Hub SIGKILL with undelivered events", "40 cases imposed, the hub killed with SIGKILL right after "
           f"(outbox still held {pending} events), restarted", "once", f, ok, restartSeconds=restart, **d)


def scenario_keycloak_down():
    tok = token("politie-thv")
    rd = Readiness("A")
    stop("keycloak")
    wait_until("Keycloak down", 30, lambda: http("GET", f"http://127.0.0.1:{KC_PORT}/realms/thv", timeout=1)[0] is None)
    statuses = [http("GET", f"http://127.0.0.1:{HUBS['A'][0]}/api/v1/huisverboden?limiet=5", tok)[0] for _ in range(20)]
    time.sleep(3)
    still_ready = ready("A")
    try:
        token("politie-thv")
        login_failed = False
    except Exception:
        login_failed = True
    t0 = time.time()
    start_keycloak()
    back = round(time.time() - t0, 2)
    fresh = token("politie-thv")
    after = http("GET", f"http://127.0.0.1:{HUBS['A'][0]}/api/v1/ik", fresh)[0]
    log = rd.finish()
    ok = all(s == 200 for s in statuses) and still_ready and login_failed and after == 200 and "DOWN" not in summarise(log)
    record("Keycloak stopped", "Keycloak stopped; 20 requests with valid tokens; a new login; Keycloak started again",
           "once", {"requests": 20, "acknowledged": statuses.count(200), "lost": 0, "duplicated": 0, "unaudited": 0},
           ok, readiness=summarise(log), newLoginFailedAtKeycloak=login_failed, keycloakBackSeconds=back,
           afterRestart=after)


def scenario_two_hubs():
    start_hub("B")
    receiver = RECEIVER
    sub = subscribe("A", ["huisverbod.opgelegd"])
    tok = token("politie-thv")
    om = token("om-zsm")
    # the inbox and priority-list subscriptions, one on each instance, while both take writes
    subs = {f"{kind}@{hub}": Subscription(hub, om, query) for hub in ("A", "B") for kind, query in
            (("inbox", "subscription { notificatieOntvangen { id huisverbodId } }"),
             ("prioriteitenlijst", "subscription { prioriteitenlijstGewijzigd { items { huisverbodId } } }"))}
    ledger = Ledger("two-hubs")
    threads = ledger.load(["A", "B"], tok, workers=6)
    time.sleep(20)
    ledger.finish(threads)
    time.sleep(6)
    pushed = {name: len(sub.nexts()) for name, sub in subs.items()}
    for sub in subs.values():
        sub.close()
    # a key first used on one instance and retried on the other replays
    cross = []
    for _ in range(10):
        key = str(uuid.uuid4())
        body = case_body(key)
        s1, b1, _ = http("POST", f"http://127.0.0.1:{HUBS['A'][0]}/api/v1/huisverboden", tok, body, {"Idempotency-Key": key})
        s2, b2, h2 = http("POST", f"http://127.0.0.1:{HUBS['B'][0]}/api/v1/huisverboden", tok, body, {"Idempotency-Key": key})
        cross.append(s1 == 201 and s2 == 201 and b1["id"] == b2["id"] and h2.get("Idempotent-Replayed") == "true")
        ledger.entries.append({"key": key, "attempts": [[time.time(), "A", s1], [time.time(), "B", s2]], "status": s1,
                               "id": b1.get("id") if isinstance(b1, dict) else None, "replayed": False})
    cases = {e["id"] for e in ledger.entries if e["id"]}
    d = check_deliveries(receiver, cases)
    unsubscribe("A", sub)
    time.sleep(3)
    fg = token("fg")
    s, v, _ = http("GET", f"http://127.0.0.1:{HUBS['B'][0]}/api/v1/audit/verificatie", fg, timeout=120)
    f = ledger.compare()
    sealers = psql("select count(*) from pg_locks where locktype = 'advisory'")
    ok = clean(f) and f["answered5xx"] == 0 and all(cross) and d["delivered"] == d["events"] \
        and d["duplicateDeliveries"] == 0 and s == 200 and v.get("geldig") is True and all(n > 0 for n in pushed.values())
    record("Two hub processes on one PostgreSQL", "mixed writes on two JVMs for 20 s, one webhook subscriber, "
           "10 keys retried on the other instance", "once", f, ok, crossInstanceReplays=sum(cross),
           chainValid=(v or {}).get("geldig") if isinstance(v, dict) else None, chainChecked=(v or {}).get("gecontroleerd")
           if isinstance(v, dict) else None, advisoryLocksNow=sealers, subscriptionPushes=pushed, **d)
    stop("hubB")


def scenario_audit_insert_fails():
    tok = token("politie-thv")
    ledger = Ledger("audit-insert-fails")
    threads = ledger.load(["A"], tok)
    time.sleep(4)
    psql("revoke insert on audit_regel from thv_app")  # as a full disk or a read-only table would: the INSERT fails
    time.sleep(6)
    during = [http("GET", f"http://127.0.0.1:{HUBS['A'][0]}/api/v1/huisverboden?limiet=5", tok)[0] for _ in range(5)]
    psql("grant insert on audit_regel to thv_app")
    time.sleep(5)
    ledger.finish(threads)
    f = ledger.compare()
    refused = sum(1 for e in ledger.entries for a in e["attempts"] if a[2] == 503)
    ok = clean(f) and refused > 0 and all(s == 503 for s in during)
    record("Audit INSERT fails", "INSERT on audit_regel revoked for 6 s during writes and reads (as a full disk would)",
           "once", f, ok, refused503=refused, readsDuringFault=during)


def b64(d):
    return base64.urlsafe_b64encode(d if isinstance(d, bytes) else json.dumps(d).encode()).rstrip(b"=").decode()


def unb64(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def scenario_bad_tokens():
    good = token("om-zsm")
    h, p, sig = good.split(".")
    header, payload = json.loads(unb64(h)), json.loads(unb64(p))
    expired = partner_token("partner-om")
    ids = login("thv", {"grant_type": "password", "client_id": "thv-hub-demo", "username": "om-zsm", "password": "demo",
                        "scope": "openid"}, field=None)
    certs = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{KC_PORT}/realms/thv/protocol/openid-connect/certs").read())
    pub = next(k for k in certs["keys"] if k.get("use") == "sig")
    pem = ("-----BEGIN CERTIFICATE-----\n" + pub["x5c"][0] + "\n-----END CERTIFICATE-----\n").encode()
    hs = b64({**header, "alg": "HS256"}) + "." + p
    cases = {
        "altered payload": h + "." + b64({**payload, "preferred_username": "politie-thv"}) + "." + sig,
        "alg=none": b64({"alg": "none", "typ": "JWT"}) + "." + p + ".",
        "HS256 signed with the public key": hs + "." + b64(hmac.new(pem, hs.encode(), hashlib.sha256).digest()),
        "unknown kid": b64({**header, "kid": "onbekend"}) + "." + p + "." + sig,
        "ID token": ids["id_token"],
        "refresh token": ids["refresh_token"],
        "wrong issuer (master realm)": login("master", {"grant_type": "password", "client_id": "admin-cli",
                                                        "username": "admin", "password": "admin"}),
        "wrong audience": token("om-zsm", client="thv-zonder-audience"),
    }
    time.sleep(17)  # partner-om tokens live 15 s in this realm
    cases["expired"] = expired
    results = {}
    for name, t in cases.items():
        rest = http("GET", f"http://127.0.0.1:{HUBS['A'][0]}/api/v1/ik", t)[0]
        gs, gb, _ = http("POST", f"http://127.0.0.1:{HUBS['A'][0]}/graphql", t, {"query": "{ ik { gebruikersnaam } }"})
        gql = gs if gs != 200 else (gb.get("errors") or [{}])[0].get("extensions", {}).get("problem", {}).get("status")
        results[name] = [rest, gql]
    control = http("GET", f"http://127.0.0.1:{HUBS['A'][0]}/api/v1/ik", good)[0]
    ok = control == 200 and all(v == [401, 401] for v in results.values())
    record("Bad tokens", "each token sent to REST /api/v1/ik and GraphQL { ik }", f"{len(cases)} kinds × 2 APIs",
           {"requests": 2 * len(cases), "acknowledged": 0, "lost": 0, "duplicated": 0, "unaudited": 0}, ok,
           answers=results, goodTokenControl=control)


def scenario_anchor_fails():
    anchor_dir = f"{WORK}/anker-is-een-map"
    os.makedirs(anchor_dir)
    start_hub("C", anchor=anchor_dir, extra=["-Dthv.audit.anker-interval=2s"])
    tok = token("politie-thv")
    http("GET", f"http://127.0.0.1:{HUBS['C'][0]}/api/v1/huisverboden?limiet=1", tok)
    try:
        wait_until("readiness DOWN", 30, lambda: not ready("C"))
        down = True
    except RuntimeError:
        down = False
    _, health, _ = http("GET", f"http://127.0.0.1:{HUBS['C'][1]}/q/health/ready")
    stop("hubC")
    failing = [c for c in (health or {}).get("checks", []) if c.get("status") == "DOWN"] if isinstance(health, dict) else []
    record("Audit anchor cannot be written", "hub started with an anchor target it cannot append to", "once",
           {"requests": 1, "acknowledged": 0, "lost": 0, "duplicated": 0, "unaudited": 0}, down,
           downChecks=[c.get("name") for c in failing])


def write_docs():
    lines = ["# Reliability: what the hub promises, and the fault suite that checks it", "",
             f"Last run: {STAMP} on commit `{git('rev-parse', '--short', 'HEAD')}`, this 2-core machine, "
             "PostgreSQL 15 (Debian; `fsync`, `synchronous_commit`, `full_page_writes` on), Keycloak " + KC_VERSION +
             ", the hub in its production profile. Command: `reliability/run` (about 8 minutes; outside `mvn verify`). "
             "Raw results: `reliability/out/<stamp>/results.json`.", "",
             "Every write goes through a **client ledger**: each request, its `Idempotency-Key` and its answer; a request "
             "that got no answer or a 5xx is retried with the same key. Afterwards the ledger is compared with the "
             "database: *lost* = answered 201 but not in the database; *duplicated* = one key, more than one case; "
             "*unaudited* = acknowledged without its two `OPLEGGEN` audit lines; *half-written* = a case row without any "
             "audit line. *Recovery* is measured by a probe that writes with fresh keys (for the immediate stop: from the "
             "database being back); a key whose request died with the database is answered after its claim lease "
             "(`thv.idempotentie.claim-duur`, 30 s) — *longest retry of one key* — and then learns from the audit trace "
             "whether its write committed.", "",
             "| scenario | what was done | how often | requests | acknowledged | lost | duplicated | unaudited | recovery | longest retry of one key | result |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in RESULTS:
        rec = r.get("recoverySeconds", r.get("restartSeconds", r.get("keycloakBackSeconds", "–")))
        if isinstance(rec, list):
            rec = "max " + str(max([x for x in rec if x is not None], default="–")) + " s"
        elif rec != "–":
            rec = f"{rec} s"
        lines.append(f"| {r['scenario']} | {r['what']} | {r['howOften']} | {r.get('requests', '–')} | "
                     f"{r.get('acknowledged', '–')} | {r.get('lost', '–')} | {r.get('duplicated', '–')} | "
                     f"{r.get('unaudited', '–')} | {rec} | {str(r['longestRetrySeconds']) + ' s' if 'longestRetrySeconds' in r else '–'} | "
                     f"{'pass' if r['ok'] else '**FAIL**'} |")
    lines += ["", "Details per scenario (readiness transitions, deliveries, token answers) are in `results.json`.", ""]
    lines += open(os.path.join(ROOT, "reliability", "promises.md")).read().splitlines()
    open(os.path.join(ROOT, "docs", "reliability.md"), "w").write("\n".join(lines) + "\n")


def git(*args):
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()


RECEIVER = None


def main():
    global RECEIVER
    only = set(sys.argv[1:])
    scenarios = [("backend-kill", scenario_backend_kill), ("immediate-stop", scenario_immediate_stop),
                 ("hub-kill", scenario_hub_kill), ("keycloak", scenario_keycloak_down), ("two-hubs", scenario_two_hubs),
                 ("audit-fails", scenario_audit_insert_fails), ("tokens", scenario_bad_tokens),
                 ("anchor", scenario_anchor_fails)]
    try:
        say(f"PostgreSQL 15 on 127.0.0.1:{PG_PORT} (durable settings)")
        start_postgres()
        say(f"Keycloak {KC_VERSION} on 127.0.0.1:{KC_PORT}")
        start_keycloak()
        say("hub A")
        start_hub("A")
        RECEIVER = Receiver()
        for name, fn in scenarios:
            if only and name not in only:
                continue
            say(f"scenario {name}")
            try:
                fn()
            except Exception as e:  # a scenario that breaks is a failure, and the others still run
                record(name, "scenario aborted", "–", {}, False, error=repr(e))
                if "hubA" not in PROCS or not ready("A"):
                    stop("hubA", signal.SIGKILL)
                    start_hub("A")
    finally:
        json.dump(RESULTS, open(os.path.join(OUT, "results.json"), "w"), indent=2)
        if not only:
            write_docs()
        for name in list(PROCS):
            stop(name)
        try:
            pg_ctl("stop", "fast")
        except Exception:
            pass
        shutil.rmtree(WORK, ignore_errors=True)
    failed = [r["scenario"] for r in RESULTS if not r["ok"]]
    say("all scenarios passed" if not failed else f"FAILED: {failed}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
