#!/usr/bin/env bash
# The base of Sujarit's container image, made from Debian packages alone: no container registry is
# needed (none is reachable from the machines that build Sujarit), only the machine's own apt sources.
#
#   ops/image/base-image.sh OUTPUT.tar
#
# Writes OUTPUT.tar in the format of `docker save` (manifest.json, the configuration, one layer), which
# Jib takes as `tar://OUTPUT.tar` (the `image` profile of pom.xml, which runs this script first). The
# layer is a Debian 12 root made by mmdebstrap with the Java 17 runtime, the libraries the embedded
# PostgreSQL 17 needs, Chromium and the Thai fonts (PDF documents), the user `sujarit` (uid and gid
# 10001) and its directories /var/lib/sujarit/data and /var/lib/sujarit/keys, owned by it.
#
# The root is made again when this script changes or when it is older than
# SUJARIT_IMAGE_BASE_MAX_AGE_DAYS (default 7), so that an image built later carries Debian's security
# updates; otherwise the script returns at once. Needs mmdebstrap (apt-get install mmdebstrap) and root
# (or a user with subordinate ids: mmdebstrap's unshare mode). SUJARIT_IMAGE_APT_SOURCES names another
# apt sources file (one-line or deb822 format), e.g. a local mirror's.
set -euo pipefail

out=${1:?usage: $0 OUTPUT.tar}
max_age_days=${SUJARIT_IMAGE_BASE_MAX_AGE_DAYS:-7}

packages=(
  openjdk-17-jre-headless # the application
  libstdc++6              # the embedded PostgreSQL's binaries (zonky) link it
  chromium                # PDF documents, printed by headless Chromium
  fonts-thai-tlwg         # Thai in those PDFs
  ca-certificates         # SMTP over TLS, an external PostgreSQL with sslmode=verify-full
)
# Nothing on a server reads these; Chromium runs with --disable-gpu, so Mesa's drivers (and the LLVM
# and Z3 libraries only they load) go too: 190 MB less.
excluded=(
  '/usr/share/doc/*' '/usr/share/man/*' '/usr/share/info/*' '/usr/share/locale/*'
  '/usr/lib/x86_64-linux-gnu/dri/*' '/usr/lib/x86_64-linux-gnu/libLLVM-15.so*' '/usr/lib/x86_64-linux-gnu/libz3.so*'
)
uid=10001

recipe=$(sha256sum < "$0" | cut -c1-64)
stamp="$out.recipe"
if [ -f "$out" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ] \
   && [ -z "$(find "$out" -mtime "+$max_age_days")" ]; then
  echo "Base image $out is up to date (made $(date -r "$out" '+%Y-%m-%d %H:%M'))"
  exit 0
fi

command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install mmdebstrap" >&2; exit 1; }
sources=${SUJARIT_IMAGE_APT_SOURCES:-}
if [ -z "$sources" ]; then
  for candidate in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
    [ -s "$candidate" ] && { sources=$candidate; break; }
  done
fi
[ -n "$sources" ] || { echo "No apt sources file found: set SUJARIT_IMAGE_APT_SOURCES" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
echo "Making the base image's root from $sources (Debian 12 and ${packages[*]}); takes a few minutes"

dpkg_options=()
for path in "${excluded[@]}"; do dpkg_options+=(--dpkgopt="path-exclude=$path"); done
# --variant=essential: apt itself stays out of the image (mmdebstrap installs with the host's apt).
# openjdk's post-installation script links its manual page: the directory must exist though the pages don't.
mmdebstrap --variant=essential --include="$(IFS=,; echo "${packages[*]}")" "${dpkg_options[@]}" \
  --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook="echo 'sujarit:x:$uid:$uid:Sujarit:/var/lib/sujarit:/usr/sbin/nologin' >> \"\$1/etc/passwd\"" \
  --customize-hook="echo 'sujarit:x:$uid:' >> \"\$1/etc/group\"" \
  --customize-hook="mkdir -p \"\$1/var/lib/sujarit/data\" \"\$1/var/lib/sujarit/keys\" && chown -R $uid:$uid \"\$1/var/lib/sujarit\" && chmod 0700 \"\$1/var/lib/sujarit/data\" \"\$1/var/lib/sujarit/keys\"" \
  --customize-hook='rm -rf "$1/var/cache/apt" "$1/var/lib/apt/lists" "$1/var/log"/*' \
  bookworm "$work/rootfs.tar" "$sources" > "$work/mmdebstrap.log" 2>&1 \
  || { tail -30 "$work/mmdebstrap.log" >&2; echo "mmdebstrap failed (its log's end above)" >&2; exit 1; }

diff_id=$(sha256sum "$work/rootfs.tar" | cut -c1-64)
gzip -n "$work/rootfs.tar"
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created_by":"ops/image/base-image.sh: mmdebstrap bookworm ${packages[*]}"}]}
JSON
echo '[{"Config":"config.json","RepoTags":["sujarit-base:bookworm"],"Layers":["rootfs.tar.gz"]}]' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar -cf "$out.partial" -C "$work" manifest.json config.json rootfs.tar.gz
mv "$out.partial" "$out"
echo "$recipe" > "$stamp"
echo "Base image $out made in $(( $(date +%s) - started )) s ($(du -m "$out" | cut -f1) MB)"
