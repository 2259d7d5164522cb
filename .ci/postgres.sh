#!/usr/bin/env bash
# Makes the PostgreSQL server binaries (initdb, pg_ctl) available for the storage tests on a
# fresh Debian machine. Idempotent: does nothing when initdb is already on PATH or under
# /usr/lib/postgresql/*/bin. The tests start their own throwaway server (tests/conftest.py),
# so no cluster is created or started here; under CI (CI set) those tests fail, not skip,
# when the binaries are missing.
set -euo pipefail

find_initdb() {
  if command -v initdb >/dev/null 2>&1; then
    command -v initdb
    return 0
  fi
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V -r); do
    if [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if found=$(find_initdb); then
  echo "postgres.sh: PostgreSQL binaries already installed ($found)"
  exit 0
fi

source "$(dirname "$0")/apt.sh"
# postgresql-common first, told not to create and start the default "main" cluster.
apt_install postgresql-common
if [ -f /etc/postgresql-common/createcluster.conf ]; then
  $SUDO sed -ri 's/^#?\s*(create_main_cluster)\s*=.*$/\1 = false/' /etc/postgresql-common/createcluster.conf
fi
apt_install postgresql

if found=$(find_initdb); then
  echo "postgres.sh: installed PostgreSQL ($found)"
else
  echo "postgres.sh: apt-get installed postgresql but initdb was not found" >&2
  exit 1
fi
