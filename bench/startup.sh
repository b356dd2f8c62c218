#!/usr/bin/env bash
# Start-up benchmark of the README's run command: time from launch until http://localhost:PORT/bantom
# answers 200 in Thai, and the resident memory of the whole process tree (Maven, the app, the
# embedded PostgreSQL) once it does. Runs N times (default 3) and prints each run and the median.
#   bench/startup.sh [runs] [fresh|warm]
#   fresh: a new data directory each run (initdb + migrations + demo load); warm: one kept directory.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; mode=${2:-fresh}; port=${PORT:-18080}
./mvnw -q -B -DskipTests compile >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
tree_rss_kib() {  # sum of RSS over a process and all its descendants
  local pids=("$1") all=() p
  while [ ${#pids[@]} -gt 0 ]; do
    p=${pids[0]}; pids=("${pids[@]:1}"); all+=("$p")
    mapfile -t kids < <(pgrep -P "$p" || true); pids+=("${kids[@]}")
  done
  ps -o rss= -p "$(IFS=,; echo "${all[*]}")" | awk '{s+=$1} END {print s}'
}
times=(); mems=()
for i in $(seq 1 "$runs"); do
  data="$work/data"; [ "$mode" = fresh ] && data="$work/data-$i"
  start=$(date +%s.%N)
  setsid ./mvnw -q -B spring-boot:run -Dspring-boot.run.arguments="--server.port=$port --sujarit.db.dir=$data" \
    >"$work/run-$i.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/bantom" 2>/dev/null | grep -q 'เทศบาลตำบลบ้านต๋อม'; do
    sleep 0.2
    kill -0 "$pid" 2>/dev/null || { echo "run $i: the app stopped; see $work/run-$i.log"; cat "$work/run-$i.log"; exit 1; }
  done
  end=$(date +%s.%N)
  sleep 2
  app=$(pgrep -f 'org.sujarit.SujaritApplication' | head -1)
  m=$(( $(tree_rss_kib "$app") / 1024 )); all=$(( $(tree_rss_kib "$pid") / 1024 ))
  t=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
  printf 'run %d (%s): %.1f s to the Thai portal; %d MiB resident for app + PostgreSQL (%d MiB with Maven)\n' \
    "$i" "$mode" "$t" "$m" "$all"
  times+=("$t"); mems+=("$m")
  kill -TERM -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  while curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do sleep 0.2; done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'median of %d (%s): %.1f s, %d MiB app + PostgreSQL  [%s, %s cores]\n' "$runs" "$mode" "$(median "${times[@]}")" \
  "$(median "${mems[@]}")" "$(uname -m)" "$(nproc)"
