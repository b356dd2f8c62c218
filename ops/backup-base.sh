#!/usr/bin/env bash
# Takes a base backup of the whole PostgreSQL cluster (every database, Sujarit's among them) with
# pg_basebackup 17, checks it with pg_verifybackup, and prints where it is, its size, how long it
# took and the first WAL segment it needs. With the WAL archive (ops/archive-wal.sh), it restores
# to any moment after it ended (ops/restore.sh). See docs/deployment.md, "Backups and
# point-in-time recovery".
set -euo pipefail
. "$(dirname "$0")/common.sh"

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") -d CONNINFO -o BACKUP_ROOT
  -d CONNINFO     how to reach the server as a role with REPLICATION, in libpq's words,
                  e.g. "host=db1 port=5432 user=backup" (a password from ~/.pgpass or PGPASSWORD)
  -o BACKUP_ROOT  the directory of base backups; this one goes to BACKUP_ROOT/base-<UTC time>
The backup is plain files (the data directory as it was, the WAL that makes it consistent, and
a manifest with SHA-256 sums); it is written under a .partial name and renamed only once verified.
The content and escrow key files are NOT in it: back them up apart (docs/deployment.md).
USAGE
  exit 2
}

conninfo=
root=
while getopts "d:o:h" option; do
  case $option in
    d) conninfo=$OPTARG ;;
    o) root=$OPTARG ;;
    *) usage ;;
  esac
done
[ -n "$conninfo" ] && [ -n "$root" ] || usage

basebackup=$(pg_tool pg_basebackup)
verifybackup=$(pg_tool pg_verifybackup)
mkdir -p "$root"
name="base-$(date -u +%Y%m%dT%H%M%SZ)"
target="$root/$name"
partial="$target.partial"
[ ! -e "$target" ] || die "$target already exists"
[ ! -e "$partial" ] || die "$partial is left from a backup that did not finish; remove it and run again"

started=$(now)
"$basebackup" --dbname="$conninfo" --pgdata="$partial" --format=plain --wal-method=stream \
  --checkpoint=fast --manifest-checksums=SHA256 --label="sujarit $name" \
  || { rm -rf "$partial"; die "pg_basebackup failed; nothing was kept"; }
took=$(since "$started")

# pg_verifybackup reads the WAL with pg_waldump when it is installed beside it (the server
# package); the client tools alone check every file against the manifest and leave the WAL to
# the restore.
parse_wal=()
[ -x "$(dirname "$(readlink -f "$verifybackup")")/pg_waldump" ] || parse_wal=(--no-parse-wal)
"$verifybackup" --quiet "${parse_wal[@]}" "$partial" || die "pg_verifybackup found $partial damaged; it was kept for a look, not as a backup"
mv "$partial" "$target"

start_wal=$(sed -n 's/^START WAL LOCATION: .*(file \([0-9A-F]*\))$/\1/p' "$target/backup_label")
echo "base backup $target: $(du -sh "$target" | cut -f1) in $took s, verified${parse_wal:+ (files only, no pg_waldump)}; first WAL segment needed: $start_wal"
