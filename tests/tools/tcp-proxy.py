#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""A TCP proxy on 127.0.0.1 for the tests of a library server that goes away: it passes
bytes both ways between its clients and HOST:PORT. Its own port (LISTEN_PORT, or one the
system picks) is the first line of stdout. When its stdin closes it closes every
connection at once, as a network that drops does.

usage: tcp-proxy.py HOST PORT [LISTEN_PORT]
"""
import asyncio
import socket
import sys


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def main():
    host, port = sys.argv[1], int(sys.argv[2])
    listen_port = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    connections = []

    async def serve(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(host, port)
        except OSError:
            client_writer.close()
            return
        connections.extend([client_writer, server_writer])
        await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))

    server = await asyncio.start_server(serve, "127.0.0.1", listen_port, reuse_address=True)
    print(server.sockets[0].getsockname()[1], flush=True)
    # Until the test closes stdin, or dies.
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    server.close()
    for writer in connections:
        try:
            writer.transport.abort()
        except Exception:
            pass


if __name__ == "__main__":
    asyncio.run(main())
