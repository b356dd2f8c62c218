#!/usr/bin/env bash
# Restores a dump made by ops/backup-dump.sh into an empty database (create it first, owned by
# the role the application connects as). Stops at the first error rather than leave half a
# database. See docs/deployment.md, "Backups and point-in-time recovery".
set -euo pipefail
. "$(dirname "$0")/common.sh"

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") -f DUMP_FILE -d CONNINFO
  -f DUMP_FILE  a .dump made by ops/backup-dump.sh
  -d CONNINFO   the EMPTY database to restore into, e.g. "host=db2 dbname=sujarit user=sujarit"
Objects are owned by the role that restores; the application's role needs no more.
USAGE
  exit 2
}

file=
conninfo=
while getopts "f:d:h" option; do
  case $option in
    f) file=$OPTARG ;;
    d) conninfo=$OPTARG ;;
    *) usage ;;
  esac
done
[ -n "$file" ] && [ -n "$conninfo" ] || usage
[ -f "$file" ] || die "$file does not exist"

restore=$(pg_tool pg_restore)
psql=$(pg_tool psql)
tables=$("$psql" --dbname="$conninfo" --no-psqlrc --tuples-only --no-align \
  --command="select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'") \
  || die "cannot connect with \"$conninfo\""
[ "$tables" = 0 ] || die "the database of \"$conninfo\" is not empty ($tables relations in public); restore into a new, empty database"

started=$(now)
"$restore" --dbname="$conninfo" --exit-on-error --no-owner --no-privileges --single-transaction "$file" \
  || die "pg_restore failed; the database was left as it was (one transaction)"
echo "restored $file in $(since "$started") s"
