#!/usr/bin/env bash
# PostgreSQL's archive_command: copies one finished WAL segment into the archive directory.
#   archive_command = '/opt/sujarit/ops/archive-wal.sh %p %f /var/backups/sujarit/wal'
# The copy is written under a temporary name, flushed to disk and then renamed, so the archive
# never holds half a segment, and PostgreSQL recycles a segment only after it is safely there.
# A segment already archived with the same content (a retry after a crash) counts as done; one
# with other content is refused: two clusters writing into one archive would destroy each other.
set -euo pipefail
. "$(dirname "$0")/common.sh"

if [ $# -ne 3 ]; then
  echo "usage: $(basename "$0") WAL_PATH WAL_NAME ARCHIVE_DIR   (archive_command: '... %p %f /archive/dir')" >&2
  exit 2
fi
source_file=$1
name=$2
archive=$3

[ -d "$archive" ] || die "the archive directory $archive does not exist"
target="$archive/$name"
if [ -e "$target" ]; then
  cmp -s "$source_file" "$target" && exit 0
  die "$target is already archived with other content; refusing to overwrite it (is another cluster archiving here?)"
fi
partial="$archive/.$name.partial"
cp "$source_file" "$partial"
sync "$partial"
mv "$partial" "$target"
sync "$archive"
