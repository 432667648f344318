"""A fault-injecting TCP proxy for HTTP/1.1 on loopback: drops, resets mid-request and mid-response,
delays, 500s and duplicated deliveries, chosen per request by a seeded random generator."""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Faults:
    drop: float = 0.0  # close the connection before forwarding the request
    reset_request: float = 0.0  # forward half the request, then reset
    reset_response: float = 0.0  # forward the request, pass half the response, then reset
    error_500: float = 0.0  # answer 500 without forwarding
    delay: float = 0.0  # hold the request 50-300 ms
    duplicate: float = 0.0  # deliver the request twice (the copy's answer is thrown away)
    seed: int = 0
    injected: Counter[str] = field(default_factory=Counter)

    @classmethod
    def everything(cls, rate: float, seed: int = 0) -> Faults:
        share = rate / 6
        return cls(share, share, share, share, share, share, seed)


def _reset(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
    sock.close()


def _read_request(conn: socket.socket, buffer: bytearray) -> bytes | None:
    while b"\r\n\r\n" not in buffer:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buffer += chunk
    head, _, _ = bytes(buffer).partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    total = len(head) + 4 + length
    while len(buffer) < total:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        buffer += chunk
    request = bytes(buffer[:total])
    del buffer[:total]
    return request


def _read_response(upstream: socket.socket) -> bytes | None:
    data = bytearray()
    while b"\r\n\r\n" not in data:
        chunk = upstream.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, _ = bytes(data).partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    total = len(head) + 4 + length
    while len(data) < total:
        chunk = upstream.recv(65536)
        if not chunk:
            return None
        data += chunk
    return bytes(data[:total])


class FaultyProxy:
    def __init__(self, upstream_port: int, faults: Faults) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.faults = faults
        self._rng = random.Random(faults.seed)
        self._lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _pick(self) -> str | None:
        with self._lock:
            roll = self._rng.random()
        f = self.faults
        for name, rate in (
            ("drop", f.drop),
            ("reset_request", f.reset_request),
            ("reset_response", f.reset_response),
            ("error_500", f.error_500),
            ("delay", f.delay),
            ("duplicate", f.duplicate),
        ):
            if roll < rate:
                with self._lock:
                    f.injected[name] += 1
                return name
            roll -= rate
        return None

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = bytearray()
        upstream = socket.create_connection(self.upstream)
        try:
            while True:
                request = _read_request(conn, buffer)
                if request is None:
                    break
                fault = self._pick()
                if fault == "drop":
                    conn.close()
                    return
                if fault == "reset_request":
                    upstream.sendall(request[: len(request) // 2])
                    _reset(upstream)
                    _reset(conn)
                    return
                if fault == "error_500":
                    body = b'{"detail":"injected fault"}'
                    conn.sendall(
                        b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\n"
                        b"content-length: %d\r\nconnection: close\r\n\r\n%s" % (len(body), body)
                    )
                    conn.close()
                    return
                if fault == "delay":
                    time.sleep(self._rng.uniform(0.05, 0.3))
                if fault == "duplicate":
                    with socket.create_connection(self.upstream) as twin:
                        twin.sendall(request)
                        _read_response(twin)
                upstream.sendall(request)
                response = _read_response(upstream)
                if response is None:
                    break
                if fault == "reset_response":
                    conn.sendall(response[: len(response) // 2])
                    _reset(conn)
                    return
                conn.sendall(response)
        except OSError:
            pass
        finally:
            conn.close()
            upstream.close()
