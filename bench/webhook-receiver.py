#!/usr/bin/env python3
"""A partner webhook receiver on loopback for bench/notification-figures: verifies each signature and records the lag
between the event's time and its arrival. Usage: webhook-receiver.py PORT SECRET OUTFILE"""
import hashlib, hmac, json, sys, time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, secret, out = int(sys.argv[1]), sys.argv[2].encode(), open(sys.argv[3], "a", buffering=1)

class Hook(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        ts = self.headers["Thv-Tijdstempel"]
        expected = "v1=" + hmac.new(secret, ts.encode() + b"." + body, hashlib.sha256).hexdigest()
        ok = hmac.compare_digest(expected, self.headers["Thv-Handtekening"])
        event = json.loads(body)
        sent = datetime.fromisoformat(event["tijdstip"].replace("Z", "+00:00")).timestamp()
        out.write(json.dumps({"id": self.headers["Thv-Aflevering-Id"], "ok": ok, "lag": time.time() - sent}) + "\n")
        self.send_response(204 if ok else 401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass

ThreadingHTTPServer(("127.0.0.1", port), Hook).serve_forever()
