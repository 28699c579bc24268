#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""A web server for the tests of fetching pages: Python's own HTTP server, on 127.0.0.1
only, at a port the system picks, printed on the first line of stdout. It serves a news
story in three versions and the ways a server can go wrong. The test stops it (it also
stops when its stdin closes).

    /story               the story in its current version, with an ETag; 304 when the
                         request's If-None-Match names the current version
    /set-version?n=N     makes version N (1, 2 or 3) the current one
    /redirect/N          N redirects, then the story
    /loop                redirects to itself
    /missing, /broken    404, 500
    /slow                says nothing for 5 seconds (or as many as /set-slow?s=N says),
                         then gives the story
    /drop                announces 1000 bytes, sends 10, closes the connection
    /huge                60 MB of page, its length announced; /huge-unannounced, without
    /cp1252              a page in windows-1252, the charset only in the HTTP header
    /gzip                the story, gzip-compressed when the client accepts it
    /big                 a story of about 200 KB
    /source/N            story N of many, with an ETag (304 when unchanged), after 20 ms
    /change-sources?count=N   a new version of sources 0 to N-1
    /stats               how many requests were answered at most at once, as text
    /robots.txt          the rules /set-robots gave (404 before any); /set-robots?status=500
                         makes it fail
    /set-robots?text=T   serves T as robots.txt from now on
    /robots-asked        how many times robots.txt was asked for, as text

usage: page-server.py
"""
import gzip
import http.server
import sys
import threading
import time
import urllib.parse

FILLER = ("Rescuers searched the rubble of the mosque, the school and the market through the "
          "night with their hands and with two borrowed diggers, the governor said on Sunday.")

VERSIONS = {
    1: ["At least 5 people were killed when the quake struck the mountain town of Lorem on "
        "Saturday evening, officials said, and dozens more were taken to the hospital.",
        FILLER,
        "The quake had a magnitude of 6.1, the national seismological institute said in a "
        "statement, and it was felt as far away as the capital, 200 kilometres to the north."],
    2: ["At least 24 people were killed when the quake struck the mountain town of Lorem on "
        "Saturday evening, officials said, and dozens more were taken to the hospital.",
        FILLER,
        "The quake had a magnitude of 6.1, the national seismological institute said in a "
        "statement, and it was felt as far away as the capital, 200 kilometres to the north.",
        "The government declared three days of mourning and sent soldiers to help clear the "
        "roads into the valley, which the landslides had closed in several places overnight."],
    3: ["At least 31 people were killed when the quake struck the mountain town of Lorem on "
        "Saturday evening, officials said, and dozens more were taken to the hospital.",
        "The quake had a magnitude of 6.1, the national seismological institute said in a "
        "statement, and it was felt as far away as the capital, 200 kilometres to the north.",
        "The government declared three days of mourning and sent soldiers to help clear the "
        "roads into the valley, which the landslides had closed in several places overnight."],
}

state = {"version": 1, "sources": {}, "inflight": 0, "most_inflight": 0, "robots": None, "robots_status": 404,
         "robots_asked": 0, "slow": 5.0}
lock = threading.Lock()


def source_page(number, version):
    paragraphs = "\n".join(
        f"<p>Source {number}, version {version}: {FILLER} Paragraph {i} of the report on the quake.</p>" for i in range(4))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report {number}</title></head>"
            f"<body><article><h1>Report {number}</h1>\n{paragraphs}</article></body></html>").encode("utf-8")


def story(version):
    paragraphs = "\n".join(f"<p>{p}</p>" for p in VERSIONS[version])
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Quake kills dozens in Lorem | Daily Example</title>"
            f"<meta property=\"og:site_name\" content=\"Daily Example\"></head><body>"
            f"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            f"<article><h1>Quake kills dozens in Lorem</h1>"
            f"<p class=\"byline\">By Jane Doe</p>\n{paragraphs}</article>"
            f"<aside class=\"related\"><a href=\"/other\">Another story entirely</a></aside>"
            f"</body></html>").encode("utf-8")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def not_modified(self, etag):
        self.send_response(304)
        self.send_header("ETag", etag)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        with lock:
            state["inflight"] += 1
            state["most_inflight"] = max(state["most_inflight"], state["inflight"])
        try:
            self.answer()
        finally:
            with lock:
                state["inflight"] -= 1

    def answer(self):
        url = urllib.parse.urlparse(self.path)
        path = url.path
        if path.startswith("/source/"):
            number = int(path.rsplit("/", 1)[1])
            time.sleep(0.02)
            version = state["sources"].get(number, 1)
            etag = f'"s{number}-v{version}"'
            if self.headers.get("If-None-Match") == etag:
                self.not_modified(etag)
                return
            self.send(200, source_page(number, version), headers=[("ETag", etag)])
        elif path == "/change-sources":
            for number in range(int(urllib.parse.parse_qs(url.query)["count"][0])):
                state["sources"][number] = state["sources"].get(number, 1) + 1
            self.send(200, b"ok", "text/plain")
        elif path == "/robots.txt":
            with lock:
                state["robots_asked"] += 1
            if state["robots"] is None:
                self.send(state["robots_status"], b"no robots.txt here", "text/plain")
            else:
                self.send(200, state["robots"].encode(), "text/plain")
        elif path == "/set-robots":
            query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            state["robots"] = query["text"][0] if "text" in query else None
            state["robots_status"] = int(query.get("status", ["404"])[0])
            state["robots_asked"] = 0
            self.send(200, b"ok", "text/plain")
        elif path == "/robots-asked":
            self.send(200, str(state["robots_asked"]).encode(), "text/plain")
        elif path == "/stats":
            self.send(200, str(state["most_inflight"]).encode(), "text/plain")
        elif path == "/big":
            paragraphs = "\n".join(f"<p>{i}: {FILLER}</p>" for i in range(1100))
            self.send(200, (f"<html><head><title>A long report</title></head><body><article><h1>A long report</h1>"
                            f"{paragraphs}</article></body></html>").encode())
        elif path == "/story":
            etag = f'"v{state["version"]}"'
            if self.headers.get("If-None-Match") == etag:
                self.not_modified(etag)
                return
            self.send(200, story(state["version"]), headers=[("ETag", etag), ("Last-Modified", "Sat, 05 Dec 2026 10:00:00 GMT")])
        elif path == "/set-version":
            state["version"] = int(urllib.parse.parse_qs(url.query)["n"][0])
            self.send(200, b"ok", "text/plain")
        elif path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/redirect/{left - 1}" if left > 1 else "/story")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/missing":
            self.send(404, b"<html><body><p>No such page</p></body></html>")
        elif path == "/broken":
            self.send(500, b"<html><body><p>Something broke</p></body></html>")
        elif path == "/set-slow":
            state["slow"] = float(urllib.parse.parse_qs(url.query)["s"][0])
            self.send(200, b"ok", "text/plain")
        elif path == "/slow":
            time.sleep(state["slow"])
            self.send(200, story(1))
        elif path == "/drop":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"<html><bod")
            self.wfile.flush()
            self.close_connection = True
        elif path in ("/huge", "/huge-unannounced"):
            chunk = b"<p>" + FILLER.encode() * 50 + b"</p>\n"
            count = 60 * 1024 * 1024 // len(chunk) + 1
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if path == "/huge":
                self.send_header("Content-Length", str(len(chunk) * count))
            else:
                self.close_connection = True
            self.end_headers()
            try:
                for _ in range(count):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/cp1252":
            text = ("<html><head><title>Caf\u00e9 prices</title></head><body><article><h1>Caf\u00e9 prices</h1>"
                    "<p>A caf\u00e9 cr\u00e8me in the old town now costs \u20ac4.50, up from \u20ac3.20 last "
                    "year, the na\u00efve tourist learns \u2013 and the owners say the rent doubled.</p>"
                    + f"<p>{FILLER}</p></article></body></html>")
            self.send(200, text.encode("cp1252"), "text/html; charset=windows-1252")
        elif path == "/gzip":
            body = story(1)
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                self.send(200, gzip.compress(body), headers=[("Content-Encoding", "gzip")])
            else:
                self.send(200, body)
        else:
            self.send(404, b"not found")


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # until the test closes it, or dies
    server.shutdown()


if __name__ == "__main__":
    main()
