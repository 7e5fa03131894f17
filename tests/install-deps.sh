#!/bin/sh
# Install what newsgraph needs to build and test, on Debian 12 (as root).
# Safe to run again: apt-get installs only what is missing.
set -eu

packages="build-essential autoconf automake libtool pkg-config
  libraptor2-dev raptor2-utils libgraphviz-dev graphviz
  libglib2.0-dev libjson-glib-dev librasqal3-dev rasqal-utils
  python3 python3-rdflib valgrind ca-certificates git time
  virtuoso-opensource curl"

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps.sh: run as root (apt-get needs it)" >&2
  exit 2
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps.sh: apt-get not found: this script is for Debian" >&2
  exit 2
fi

echo "install-deps.sh: apt-get update"
apt-get update
echo "install-deps.sh: apt-get install" $packages
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages
echo "install-deps.sh: done"
