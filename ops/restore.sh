#!/usr/bin/env bash
# Makes a new data directory from a base backup (ops/backup-base.sh) and the WAL archive
# (ops/archive-wal.sh), set to recover when PostgreSQL 17 starts on it: to the end of the archive,
# or to a moment (-t) or a named restore point (-n) made with pg_create_restore_point. This script
# does not start PostgreSQL; see docs/deployment.md, "Backups and point-in-time recovery".
set -euo pipefail
. "$(dirname "$0")/common.sh"

usage() {
  cat >&2 <<USAGE
usage: $(basename "$0") -b BASE_BACKUP -a WAL_ARCHIVE -D NEW_DATA_DIR [-t TIME | -n RESTORE_POINT] [-x]
  -b BASE_BACKUP   a directory made by ops/backup-base.sh (BACKUP_ROOT/base-...)
  -a WAL_ARCHIVE   the directory archive_command copied WAL into
  -D NEW_DATA_DIR  where the restored cluster goes; must not exist or be empty
  -t TIME          recover up to this moment, e.g. "2026-12-07 14:05:00+07" (recovery_target_time)
  -n RESTORE_POINT recover up to this named restore point (recovery_target_name)
  -x               a trial restore beside the running server: archive_mode off, so that the
                   restored cluster never writes into the production WAL archive
Without -t or -n, recovery replays all the archive holds. Either way the server is promoted when
it gets there and then takes writes on a new timeline. Start PostgreSQL on NEW_DATA_DIR, as the
user that owns it, with the same major version (17) and settings as the backed-up server.
USAGE
  exit 2
}

backup=
archive=
data=
target_setting=
target=
trial=
while getopts "b:a:D:t:n:xh" option; do
  case $option in
    b) backup=$OPTARG ;;
    a) archive=$OPTARG ;;
    D) data=$OPTARG ;;
    t) [ -z "$target_setting" ] || usage; target_setting=recovery_target_time; target=$OPTARG ;;
    n) [ -z "$target_setting" ] || usage; target_setting=recovery_target_name; target=$OPTARG ;;
    x) trial=yes ;;
    *) usage ;;
  esac
done
[ -n "$backup" ] && [ -n "$archive" ] && [ -n "$data" ] || usage

[ -f "$backup/backup_label" ] && [ -f "$backup/backup_manifest" ] || die "$backup is not a base backup made by ops/backup-base.sh (no backup_label or backup_manifest)"
[ -d "$archive" ] || die "the WAL archive $archive does not exist"
if [ -e "$data" ] && [ -n "$(ls -A "$data")" ]; then
  die "$data is not empty; restore into a new directory, never over a cluster"
fi
case "$archive$target" in
  *\'*|*\"*|*%*) die "the archive path and the recovery target may not contain quotes or %" ;;
esac

started=$(now)
verifybackup=$(pg_tool pg_verifybackup)
parse_wal=()
[ -x "$(dirname "$(readlink -f "$verifybackup")")/pg_waldump" ] || parse_wal=(--no-parse-wal)
"$verifybackup" --quiet "${parse_wal[@]}" "$backup" || die "pg_verifybackup found $backup damaged; not restored"

mkdir -p "$data"
chmod 700 "$data"
cp -a "$backup/." "$data/"
rm -f "$data/backup_manifest"
archive=$(cd "$archive" && pwd)
{
  echo
  echo "# ops/restore.sh, $(date -u +%FT%TZ): recovery from $backup and the WAL archive $archive"
  echo "restore_command = 'cp \"$archive/%f\" \"%p\"'"
  [ -z "$target_setting" ] || echo "$target_setting = '$target'"
  echo "recovery_target_action = 'promote'"
  [ -z "$trial" ] || echo "archive_mode = 'off'"
} >> "$data/postgresql.auto.conf"
touch "$data/recovery.signal"
goal="to the end of the archive"
[ -z "$target_setting" ] || goal="up to $target_setting '$target'"
echo "restored $backup into $data in $(since "$started") s; start PostgreSQL 17 on it to recover $goal"
