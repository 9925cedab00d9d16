# shellcheck shell=bash
# A local PostgreSQL server for the tests (ADR 0038), sourced by .ci/run; also usable by hand (README):
#   . .ci/postgres.sh && start_test_postgres   # prints and exports LOGICHECK_TEST_PG_URL
#   stop_test_postgres                         # stops the cluster if this started it (on CI: always)
# Needs root (apt-get, pg_ctlcluster) on Debian/Ubuntu. Any step that fails stops with a message and a non-zero status.
PG_TEST_ROLE=logicheck_ci
PG_TEST_PASSWORD=logicheck_ci
PG_STARTED_CLUSTER=""

pg_fail() {
  echo "== PostgreSQL for the tests: $* ==" >&2
  echo "== CI runs the integration tests on H2 and on PostgreSQL; without a server it fails (README, PostgreSQL tests) ==" >&2
  return 1
}

start_test_postgres() {
  [ "$(id -u)" = 0 ] || { pg_fail "must run as root to install and start PostgreSQL"; return 1; }
  if ! command -v pg_lsclusters >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || { pg_fail "no apt-get to install the postgresql package"; return 1; }
    echo "== installing PostgreSQL (Debian package postgresql) =="
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1; }; } \
      || { pg_fail "could not install the postgresql package"; return 1; }
  fi
  local version="" cluster="" port="" status=""
  # the newest installed cluster; none (the package may be installed without one): create one for the newest server
  read -r version cluster port status < <(pg_lsclusters -h 2>/dev/null | sort -k1,1V | tail -n 1 | awk '{print $1, $2, $3, $4}') || true
  if [ -z "${version:-}" ]; then
    version="$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$version" ] || { pg_fail "no PostgreSQL server binaries under /usr/lib/postgresql"; return 1; }
    pg_createcluster "$version" main >/dev/null || { pg_fail "could not create a cluster for PostgreSQL $version"; return 1; }
    read -r version cluster port status < <(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $1, $2, $3, $4}') || true
  fi
  [ -n "$port" ] || { pg_fail "no PostgreSQL cluster found after creating one"; return 1; }
  if [ "$status" != online ]; then
    pg_ctlcluster "$version" "$cluster" start || { pg_fail "could not start cluster $version/$cluster"; return 1; }
    PG_STARTED_CLUSTER="$version $cluster"
  elif [ "${CI:-}" = true ]; then
    PG_STARTED_CLUSTER="$version $cluster"   # CI's machine is its own: the server goes down with the run
  fi
  local sql="DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${PG_TEST_ROLE}') THEN
        CREATE ROLE ${PG_TEST_ROLE} LOGIN CREATEDB PASSWORD '${PG_TEST_PASSWORD}';
      END IF; END \$\$;"
  local tries=0
  until printf '%s\n' "$sql" | su postgres -c "psql -q -p $port -d postgres -v ON_ERROR_STOP=1" >/dev/null 2>&1; do
    tries=$((tries + 1))
    [ "$tries" -lt 30 ] || { pg_fail "cluster $version/$cluster on port $port does not accept connections"; return 1; }
    sleep 1
  done
  export LOGICHECK_TEST_PG_URL="jdbc:postgresql://localhost:${port}/postgres?user=${PG_TEST_ROLE}&password=${PG_TEST_PASSWORD}"
  echo "== PostgreSQL ${version} (cluster ${cluster}, port ${port}) for the tests: LOGICHECK_TEST_PG_URL is set =="
}

stop_test_postgres() {
  if [ -n "$PG_STARTED_CLUSTER" ]; then
    # shellcheck disable=SC2086
    pg_ctlcluster $PG_STARTED_CLUSTER stop >/dev/null 2>&1 || true
    PG_STARTED_CLUSTER=""
  fi
}
