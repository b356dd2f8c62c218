#!/usr/bin/env bash
# A logical backup of one database with pg_dump 17 (custom format): enough for a small install
# (one municipality, a few GB), restorable into any PostgreSQL 17 or newer with ops/restore-dump.sh.
# It restores to the moment it was taken, not to a later one; for that, base backups and the WAL
# archive (ops/backup-base.sh). See docs/deployment.md, "Backups and point-in-time recovery".
set -euo pipefail
. "$(dirname "$0")/common.sh"

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") -d CONNINFO -o DUMP_DIR
  -d CONNINFO  the database, in libpq's words, e.g. "host=db1 dbname=sujarit user=sujarit"
  -o DUMP_DIR  where the dump goes, as DUMP_DIR/<database>-<UTC time>.dump
The content and escrow key files are NOT in it: back them up apart (docs/deployment.md).
USAGE
  exit 2
}

conninfo=
dir=
while getopts "d:o:h" option; do
  case $option in
    d) conninfo=$OPTARG ;;
    o) dir=$OPTARG ;;
    *) usage ;;
  esac
done
[ -n "$conninfo" ] && [ -n "$dir" ] || usage

dump=$(pg_tool pg_dump)
restore=$(pg_tool pg_restore)
psql=$(pg_tool psql)
database=$("$psql" --dbname="$conninfo" --no-psqlrc --tuples-only --no-align --command="select current_database()") \
  || die "cannot connect with \"$conninfo\""
mkdir -p "$dir"
file="$dir/$database-$(date -u +%Y%m%dT%H%M%SZ).dump"

started=$(now)
"$dump" --dbname="$conninfo" --format=custom --file="$file.partial" || { rm -f "$file.partial"; die "pg_dump failed; nothing was kept"; }
# A dump whose table of contents pg_restore cannot read is no backup.
"$restore" --list "$file.partial" > /dev/null || die "pg_restore cannot read $file.partial"
mv "$file.partial" "$file"
echo "dump $file: $(du -h "$file" | cut -f1) in $(since "$started") s"
