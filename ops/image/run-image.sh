#!/usr/bin/env bash
# Starts Sujarit's container image from its tar alone, without a container engine, and checks it:
#
#   ops/image/run-image.sh [IMAGE.tar]        (default target/sujarit-image.tar; needs root, jq)
#
# What a container runtime does, done by hand, so that the image's content and configuration are what
# is tested (no engine runs on the machines that build Sujarit, and podman needs options of the machine's
# own to run in a sandbox; docs/deployment.md): the layers listed in manifest.json are unpacked in order
# into a root directory; each volume of the configuration gets a fresh directory of its own, owned as the
# image's directory is, mounted over it; the entrypoint runs in that root (chroot) as the configuration's
# user, with its environment and working directory only, in new mount and PID namespaces, with /proc,
# a minimal /dev and the host's /etc/hosts and /etc/resolv.conf; the network is the host's. The
# application is given SERVER_PORT=0 (Tomcat takes a free port) and the script then checks that
#   - the Thai portal of the demo answers 200, and the public risk-assessment PDF (headless Chromium in
#     the image) answers 200 with a PDF;
#   - the process runs as the configuration's user, and PostgreSQL's data and the content key are in
#     the volumes;
#   - on SIGTERM the application stops within 60 s.
# It prints the time each step took, and removes everything it made, also when a check fails.
set -euo pipefail

image=${1:-target/sujarit-image.tar}
[ "$(id -u)" -eq 0 ] || { echo "run-image.sh needs root (namespaces, chroot, a change of user)" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install jq" >&2; exit 1; }
[ -f "$image" ] || { echo "$image is missing: ./mvnw -Pimage -DskipTests package" >&2; exit 1; }

work=$(mktemp -d /tmp/sujarit-image.XXXXXX)
runtime_pid=""
cleanup() {
  # The entrypoint is PID 1 of its namespace: killing it ends every process of the namespace
  # (PostgreSQL, Chromium), and with the namespace its mounts.
  if [ -n "$runtime_pid" ] && kill -0 "$runtime_pid" 2>/dev/null; then
    kill -KILL "$(pgrep -P "$runtime_pid")" 2>/dev/null || true
    wait "$runtime_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
seconds() { echo "$(( ($(date +%s%N) - $1) / 1000000 ))" | sed -E 's/([0-9]{3})$/.\1/; s/^\./0./'; }
fail() { echo "FAILED: $*" >&2; [ -f "$work/app.log" ] && tail -40 "$work/app.log" >&2; exit 1; }

started=$(date +%s%N)
mkdir -p "$work/image" "$work/root" "$work/volumes"
tar -xf "$image" -C "$work/image"
manifest="$work/image/manifest.json"
config="$work/image/$(jq -r '.[0].Config' "$manifest")"
while read -r layer; do
  # Whiteouts (files deleted by a later layer) need a runtime's overlay logic; Jib's layers and the base
  # made by base-image.sh have none, so one found here is refused rather than half-applied.
  if tar --warning=no-unknown-keyword -tf "$work/image/$layer" | grep -q '\(^\|/\)\.wh\.'; then fail "layer $layer deletes files (whiteouts): not supported here"; fi
  tar --numeric-owner --warning=no-unknown-keyword -xpf "$work/image/$layer" -C "$work/root"
done < <(jq -r '.[0].Layers[]' "$manifest")
echo "Unpacked $(jq '.[0].Layers | length' "$manifest") layers ($(du -sm "$work/root" | cut -f1) MB) in $(seconds "$started") s"

user=$(jq -r '.config.User // "0:0"' "$config")
[[ "$user" =~ ^[0-9]+(:[0-9]+)?$ ]] || fail "user '$user' is not numeric"
uid=${user%%:*}
workdir=$(jq -r '.config.WorkingDir // "/"' "$config")
mapfile -t environment < <(jq -r '.config.Env[]?' "$config")
mapfile -t command < <(jq -r '(.config.Entrypoint // []) + (.config.Cmd // []) | .[]' "$config")
mapfile -t volumes < <(jq -r '.config.Volumes // {} | keys[]' "$config")
[ ${#command[@]} -gt 0 ] || fail "the image has no entrypoint"

mounts=""
for volume in "${volumes[@]}"; do
  source="$work/volumes/$(echo "$volume" | tr / _)"
  mkdir -p "$source" "$work/root$volume"
  chown "$(stat -c %u:%g "$work/root$volume")" "$source"
  chmod "$(stat -c %a "$work/root$volume")" "$source"
  mounts+="mount --bind '$source' '$work/root$volume'; "
done

# Inside the new namespaces: the mounts a runtime makes, then the entrypoint in place of this shell.
inside="set -e; root='$work/root'; $mounts
mount -t proc proc \"\$root/proc\"
mount -t tmpfs -o nosuid,mode=0755 dev \"\$root/dev\"
for node in null zero full random urandom tty; do touch \"\$root/dev/\$node\"; mount --bind /dev/\$node \"\$root/dev/\$node\"; done
mkdir \"\$root/dev/shm\" \"\$root/dev/pts\"; mount -t tmpfs -o nosuid,nodev,mode=1777 shm \"\$root/dev/shm\"
ln -s /proc/self/fd \"\$root/dev/fd\"
for name in hosts resolv.conf; do touch \"\$root/etc/\$name\"; mount --bind -o ro /etc/\$name \"\$root/etc/\$name\"; done
exec chroot --userspec='$user' \"\$root\" /usr/bin/env -i -C '$workdir' \"\$@\""

started=$(date +%s%N)
unshare --mount --propagation private --pid --fork --kill-child \
  sh -c "$inside" image "${environment[@]}" SERVER_PORT=0 "${command[@]}" > "$work/app.log" 2>&1 &
runtime_pid=$!

port=""
for _ in $(seq 1 1800); do
  kill -0 "$runtime_pid" 2>/dev/null || fail "the application stopped"
  port=${port:-$(grep -oP 'Tomcat started on port \K[0-9]+' "$work/app.log" || true)}
  if [ -n "$port" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/bantom")" = 200 ]; then break; fi
  sleep 0.2
done
[ -n "$port" ] || fail "no port in the log after 6 minutes"
echo "The Thai portal /bantom answered 200 on port $port $(seconds "$started") s after the start"

app_pid=$(pgrep -P "$runtime_pid")
namespace=$(readlink "/proc/$app_pid/ns/pid")
processes=0; uids=""
for process in /proc/[0-9]*; do
  [ "$(readlink "$process/ns/pid" 2>/dev/null)" = "$namespace" ] || continue
  processes=$((processes + 1)); uids+="$(stat -c %u "$process" 2>/dev/null) "
done
uids=$(echo $uids | tr ' ' '\n' | sort -u | paste -sd ' ')
[ "$uids" = "$uid" ] || fail "the image's processes run as uids $uids, not $uid alone"
echo "All $processes processes of the image (Java, PostgreSQL's) run as uid $uid"
volume_files=$(cd "$work/volumes" && find . -path '*data*/postgres/PG_VERSION' -o -path '*keys*/content.key' | sort | paste -sd ' ')
[ "$(echo "$volume_files" | wc -w)" = 2 ] || fail "PostgreSQL's data or the content key is not in the volumes: $(cd "$work/volumes" && find . -maxdepth 3)"
echo "In the volumes: $volume_files"

pdf=$(curl -s "http://127.0.0.1:$port/bantom/risk" | grep -o '/bantom/risk/[0-9]*/assessment\.pdf' | head -1)
[ -n "$pdf" ] || fail "the public risk page links no assessment PDF"
pdf_started=$(date +%s%N)
curl -s -o "$work/assessment.pdf" -w '%{http_code} %{content_type}\n' "http://127.0.0.1:$port$pdf" > "$work/pdf-status"
grep -q '^200 application/pdf' "$work/pdf-status" && head -c 5 "$work/assessment.pdf" | grep -q '%PDF-' \
  || fail "the risk assessment PDF answered $(cat "$work/pdf-status")"
echo "The risk assessment PDF ($(du -k "$work/assessment.pdf" | cut -f1) KB, Chromium in the image) took $(seconds "$pdf_started") s"

stop_started=$(date +%s%N)
kill -TERM "$app_pid"
for _ in $(seq 1 600); do kill -0 "$runtime_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$runtime_pid" 2>/dev/null && fail "the application did not stop within 60 s of SIGTERM"
status=0; wait "$runtime_pid" || status=$?
runtime_pid=""
grep -q 'The embedded PostgreSQL stopped' "$work/app.log" || fail "the embedded PostgreSQL was not stopped by the application"
echo "Stopped $(seconds "$stop_started") s after SIGTERM (exit status $status), PostgreSQL stopped by the application"
echo "The image started and answered"
