# Shared by the ops/ scripts (sourced, not run): where PostgreSQL 17's client tools are, and how to fail.

# Prints "<script>: <message>" on stderr and exits 1.
die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# The path of one PostgreSQL 17 client tool: from $PG_BIN when set, else the set-up's
# ~/.cache/sujarit/pg-dump-17 (.ci/pg-dump-17), else Debian's /usr/lib/postgresql/17/bin, else $PATH.
pg_tool() {
  local name=$1 dir
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/$name" ] || die "$name is not in PG_BIN=$PG_BIN"
    echo "$PG_BIN/$name"
    return
  fi
  for dir in "${XDG_CACHE_HOME:-$HOME/.cache}/sujarit/pg-dump-17" /usr/lib/postgresql/17/bin; do
    if [ -x "$dir/$name" ]; then
      echo "$dir/$name"
      return
    fi
  done
  command -v "$name" || die "$name (PostgreSQL 17's client) not found: install postgresql-client-17, run .ci/pg-dump-17, or set PG_BIN"
}

# Seconds since the epoch, with milliseconds.
now() {
  date +%s.%3N
}

# The seconds from $1 to now, to one decimal.
since() {
  awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'
}
