#!/usr/bin/env python3
"""A partner webhook receiver on loopback for bench/notification-figures: verifies each delivery as Standard Webhooks
1.0 prescribes (HMAC-SHA256 over "<webhook-id>.<webhook-timestamp>.<body>", base64, any of the space-separated v1
signatures) and records the lag between the CloudEvent's time and its arrival.
Usage: webhook-receiver.py PORT SECRET OUTFILE   (SECRET: the whsec_… the hub answered when subscribing)"""
import base64, hashlib, hmac, json, sys, time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, secret, out = int(sys.argv[1]), sys.argv[2], open(sys.argv[3], "a", buffering=1)
key = base64.b64decode(secret[len("whsec_"):]) if secret.startswith("whsec_") else secret.encode()

class Hook(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        wid, ts = self.headers["webhook-id"], self.headers["webhook-timestamp"]
        expected = base64.b64encode(hmac.new(key, f"{wid}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
        given = [s.split(",", 1)[1] for s in self.headers["webhook-signature"].split(" ") if s.startswith("v1,")]
        ok = any(hmac.compare_digest(expected, g) for g in given) and abs(time.time() - int(ts)) < 300
        event = json.loads(body)
        sent = datetime.fromisoformat(event["time"].replace("Z", "+00:00")).timestamp()
        out.write(json.dumps({"id": wid, "type": event["type"], "ok": ok, "lag": time.time() - sent}) + "\n")
        self.send_response(204 if ok else 401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass

ThreadingHTTPServer(("127.0.0.1", port), Hook).serve_forever()
