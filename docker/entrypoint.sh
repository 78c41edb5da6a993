#!/bin/sh
# The container's entry point: refuse to start without the source texts, then run the command (node as PID 1's
# child is not needed: exec hands PID 1 to node, so it receives SIGTERM from `docker stop` itself).
# Without the texts the seed's quotes cannot be checked against them; an empty /sources is what a missing
# host folder used to turn into, so both are refused with one plain message.
set -eu
dir="${SOURCES_DIR:-/sources}"
if [ ! -d "$dir" ] || [ -z "$(ls -A "$dir" 2>/dev/null)" ]; then
  echo "khorasan-graph: no source texts in $dir inside the container." >&2
  echo "  Mount the folder that holds the sources (e.g. iskp-globalsecurity.txt) read-only at $dir." >&2
  echo "  With docker-compose.yml: set SOURCES_DIR to that folder on the host (default ../shared/sources)." >&2
  exit 78
fi
exec "$@"
