"""An outside integrator's client: plain http.client from Python's standard library, no Java.

Reads a JSON list of paths, GETs each through one kept-alive connection (as a polling client
does), then again with If-None-Match carrying the ETag it got. Prints, as JSON, what it saw of
each answer's framing and headers. One connection for everything is the point: an answer whose
framing lies (a 304 announcing a chunked body it never sends) breaks the answer after it, or
this client, exactly as it breaks real Python clients.

usage: outside_client.py HOST PORT PATHS_JSON
"""
import http.client
import json
import sys


def answer(conn, path, headers):
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()  # http.client raises IncompleteRead when the framing lies
    return {
        "status": response.status,
        "etags": response.headers.get_all("ETag") or [],
        "transferEncoding": response.headers.get("Transfer-Encoding"),
        "contentLength": response.headers.get("Content-Length"),
        "vary": response.headers.get_all("Vary") or [],
        "contentType": response.headers.get("Content-Type"),
        "bodyBytes": len(body),
    }


def main():
    host, port, paths_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(paths_file, encoding="utf-8") as f:
        paths = json.load(f)
    conn = http.client.HTTPConnection(host, port, timeout=30)
    results = []
    for path in paths:
        result = {"path": path}
        try:
            first = answer(conn, path, {"Accept": "application/json"})
            result["first"] = first
            if first["etags"]:
                result["conditional"] = answer(conn, path, {"Accept": "application/json",
                                                            "If-None-Match": first["etags"][0]})
        except Exception as e:  # what a real client would crash with
            result["error"] = type(e).__name__ + ": " + str(e)
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
        results.append(result)
    conn.close()
    json.dump(results, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
