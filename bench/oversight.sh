#!/usr/bin/env bash
# Oversight benchmark (issue 17, "Performance"), on a synthetic nation (bench/nation.sh):
#   load (wrk, 16 connections, each a browser with its own signed-in session): p50/p99 and rate of
#     the nation page /oversight (oversight.nacc), a region page /oversight/regions/5
#     (oversight.region5), a province page /oversight/provinces/56 (oversight.phayao) and the league
#     table of all อบต. /oversight/league?peer=SAO (oversight.nacc); target p99 < 150 ms each;
#   floor, in the same run on the same PostgreSQL: pgbench -S (a one-row indexed read), 16 clients;
#   freshness: one complaint filed at Ban Tom through the public form, then /api/v1/oversight/nation
#     polled each second (oversight.nacc) until the current fiscal year's complaint.received rises;
#     target < 60 s.
# A page that answers 404 (not built yet) is reported "not found" and skipped.
#   bench/oversight.sh [seconds per measurement, default 20] [runs, default 3: medians] [warm-up s per page, default 30]
# NATION=DIR uses a nation kept by KEEP=DIR bench/nation.sh (the filed complaint and the sessions
# stay in it); without it a nation of LAOS (default 7848) x PER (default 1000) complaints is
# generated first into a throw-away directory. JAR=FILE runs that jar instead of building one.
# The friction of anonymous forms is off (sujarit.complaints.friction=false, the benchmark setting).
# Needs: Java 17, wrk, pgbench, psql, curl, jq (Debian: sudo apt-get install -y wrk postgresql-client jq).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}; runs=${2:-3}; warm=${3:-30}; clients=16; slug=bantom
. bench/common.sh
need_tools
command -v jq >/dev/null || { echo "jq is missing: sudo apt-get install -y jq"; exit 1; }
if [ -n "${JAR:-}" ]; then jar=$JAR; else build_jar; jar=target/sujarit.jar; fi

port=$(free_port); dbport=$(free_port)
work=$(mktemp -d); app=""
trap stop_app EXIT
base="http://127.0.0.1:$port"
if [ -n "${NATION:-}" ]; then
  [ -d "$NATION/pg" ] || { echo "no $NATION/pg: make one with KEEP=$NATION bench/nation.sh"; exit 1; }
  nation=$(cd "$NATION" && pwd)
else
  nation="$work/nation"
  KEEP="$nation" bench/nation.sh "${LAOS:-7848}" "${PER:-1000}"
fi

echo "starting the app on port $port, PostgreSQL on $dbport, the nation in $nation/pg"
SUJARIT_DB_DIR="$nation/pg" SUJARIT_DB_PORT="$dbport" java -jar "$jar" --server.port="$port" \
  --sujarit.complaints.friction=false \
  --sujarit.complaints.filings-per-hour=100000000 --sujarit.complaints.lookups-per-10-minutes=100000000 \
  >"$work/app.log" 2>&1 &
app=$!
wait_for "/$slug"
laos=$(psql_db sujarit "select count(*) from organisation")
cases=$(psql_db sujarit "select count(*) from complaint_case")
values=$(psql_db sujarit "select count(*) from indicator_value")
echo "the nation: $laos local governments, $cases complaints, $values indicator values"

signin() {  # signin USER JAR -> the cookie of a session signed in as USER
  local token status
  read -r _ token < <(session "/login" "$2")
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$2" -b "$2" --data-urlencode "username=$1" \
    --data-urlencode "password=${SUJARIT_DEMO_PASSWORD:-sujarit-demo-2569}" --data-urlencode "_csrf=$token" "$base/login")
  case "$status" in 302*error*|302*login*) echo "signing in as $1 failed: $status" >&2; exit 1 ;; 302*) ;;
    *) echo "signing in as $1 answered $status" >&2; exit 1 ;; esac
  awk '$6 == "SUJARIT_SESSION" {print $7}' "$2"
}

names=(nation region province league)
paths=("/oversight" "/oversight/regions/5" "/oversight/provinces/56" "/oversight/league?peer=SAO")
users=(oversight.nacc oversight.region5 oversight.phayao oversight.nacc)
labels=("nation page (oversight.nacc)" "region 5 page (oversight.region5)" "province 56 page (oversight.phayao)"
        "league of all SAO (oversight.nacc)")
declare -A found first
probe() {  # probe INDEX: whether the page answers 200 in the first session
  local n=${names[$1]} status
  status=$(curl -s -o "$work/$n.html" -w '%{http_code}' -b "SUJARIT_SESSION=$(head -1 "$work/s-$n.txt")" "$base${paths[$1]}")
  case "$status" in
    200) found[$n]=yes; echo "${paths[$1]}: 200, $(wc -c <"$work/$n.html") bytes" ;;
    404) found[$n]="not found"; echo "${paths[$1]}: not found (404): skipped" ;;
    *) found[$n]="status $status"; echo "${paths[$1]}: answered $status" ;;
  esac
}
for i in "${!names[@]}"; do
  n=${names[$i]}; : >"$work/s-$n.txt"
  for c in $(seq 1 "$clients"); do
    cookie=$(signin "${users[$i]}" "$work/jar-$n$c") && [ -n "$cookie" ] || { echo "no session for ${users[$i]}"; exit 1; }
    echo "$cookie" >>"$work/s-$n.txt"
  done
  probe "$i"; first[$n]=${found[$n]}
done
# A page that failed (not 404) is asked once more after the others: said in the results either way.
for i in "${!names[@]}"; do
  n=${names[$i]}
  case "${found[$n]}" in yes|"not found") ;; *) echo -n "again: "; probe "$i" ;; esac
  [ "${found[$n]}" = yes ] || [ "${found[$n]}" = "not found" ] || found[$n]="${found[$n]}, skipped"
  [ "${first[$n]}" = yes ] || [ "${found[$n]}" != yes ] || labels[$i]="${labels[$i]}, first request: ${first[$n]#status }"
done

load() {  # load NAME PATH SECONDS -> the RESULT line of bench/oversight.lua
  wrk -t"$clients" -c"$clients" -d"$3s" --timeout 60s --latency -s bench/oversight.lua "$base" -- "$2" "$work/s-$1.txt" \
    2>"$work/wrk-$1.err" >"$work/wrk-$1.out" || { echo "wrk $1 failed:"; cat "$work/wrk-$1.out" "$work/wrk-$1.err"; exit 1; }
  grep '^RESULT' "$work/wrk-$1.out" || { echo "wrk $1 printed no result:"; cat "$work/wrk-$1.out" "$work/wrk-$1.err"; exit 1; }
}
field() { sed 's/.* '"$1"'=\([^ ]*\).*/\1/' <<<"$2"; }

echo "warming up ($warm s of each page, not counted)"
for i in "${!names[@]}"; do [ "${found[${names[$i]}]}" = yes ] && load "${names[$i]}" "${paths[$i]}" "$warm" >/dev/null; done

psql_db postgres "drop database if exists bench_floor" >/dev/null; psql_db postgres "create database bench_floor" >/dev/null
pgbench -q -i -s 10 -h localhost -p "$dbport" -U postgres bench_floor >/dev/null 2>&1
floor() {  # floor SECONDS -> "tps p50_ms p99_ms" of pgbench -S, from its per-transaction log
  rm -f "$work"/pgbench_log.*
  local tps
  tps=$(cd "$work" && pgbench -n -S -c "$clients" -j 2 -T "$1" -l -h localhost -p "$dbport" -U postgres bench_floor 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
  cat "$work"/pgbench_log.* | awk '{print $3}' | sort -n | awk -v tps="$tps" '{a[NR] = $1}
    END {printf "%s %.2f %.2f\n", tps, a[int(NR * 0.5) + 1] / 1000, a[int(NR * 0.99) + 1] / 1000}'
}

declare -A r
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$runs"); do
  echo "run $run of $runs: $secs s per measurement"
  read -r r[pg,$run] r[pg-p50,$run] r[pg-p99,$run] < <(floor "$secs")
  line="  pgbench -S ${r[pg,$run]} tps (p99 ${r[pg-p99,$run]} ms)"
  for i in "${!names[@]}"; do
    n=${names[$i]}
    [ "${found[$n]}" = yes ] || continue
    out=$(load "$n" "${paths[$i]}" "$secs")
    r[$n,$run]=$(field rate "$out"); r[$n-p50,$run]=$(field p50_ms "$out"); r[$n-p99,$run]=$(field p99_ms "$out")
    r[$n-err,$run]=$(( $(field wrong_status "$out") + $(field socket_errors "$out") ))
    line="$line; $n ${r[$n,$run]}/s p99 ${r[$n-p99,$run]} ms (${r[$n-err,$run]} errors)"
  done
  echo "$line"
done
psql_db postgres "drop database bench_floor" >/dev/null

# --- freshness: a complaint filed at Ban Tom, until the nation's figure shows it ----------------------
nacc=$(head -1 "$work/s-nation.txt")
received() {  # the nation's complaint.received for the current fiscal year, or nothing
  curl -s -b "SUJARIT_SESSION=$nacc" "$base/api/v1/oversight/nation" 2>/dev/null \
    | jq -r '[.figures[]? | select(.indicator == "complaint.received") | .value][0] // empty' 2>/dev/null || true
}
before=$(received); fresh=""
if [ -z "$before" ]; then
  fresh="not measurable: /api/v1/oversight/nation has no complaint.received value (no complaint indicator source in this build?)"
else
  read -r _ token < <(session "/$slug/complaints/corruption" "$work/jar-file")
  category=$(sed -n '/name="categoryId"/,/<\/select>/p' "$work/jar-file.html" | grep -o 'value="[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2)
  filed_at=$(date +%s.%N)
  status=$(curl -s -o "$work/receipt.html" -w '%{http_code}' -c "$work/jar-file" -b "$work/jar-file" \
    --data-urlencode "_csrf=$token" --data-urlencode "categoryId=$category" --data-urlencode "anonymous=true" \
    --data-urlencode "subject=เรื่องทดสอบความสดของตัวชี้วัด" --data-urlencode "description=เรียกรับเงินก่อนตรวจรับงานก่อสร้าง ขอให้ตรวจสอบ" \
    "$base/$slug/complaints/corruption")
  grep -q 'class="case-number"' "$work/receipt.html" || { echo "filing at $slug answered $status without a receipt"; exit 1; }
  echo "filed one complaint at $slug; the nation's complaint.received was $before"
  for _ in $(seq 1 300); do
    now=$(received)
    if [ -n "$now" ] && awk -v a="$now" -v b="$before" 'BEGIN {exit !(a > b)}'; then
      fresh=$(awk -v a="$filed_at" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}'); break
    fi
    sleep 1
  done
  [ -n "$fresh" ] || fresh="not within 300 s"
  echo "complaint.received rose to ${now:-?} after $fresh s"
fi

stale=$(psql_db sujarit "select count(*) from indicator_stale")
drain_errors=$(grep -c 'ERROR.*scheduled task' "$work/app.log" || true)
page_errors=$(grep -c 'ERROR.*dispatcherServlet' "$work/app.log" || true)

echo
printf 'Oversight benchmark, %s, %s cores, %s GiB, %d connections, %s s per measurement, median of %d run(s)\n' \
  "$(date -u +%Y-%m-%d)" "$(nproc)" "$(free -g | awk '/^Mem:/ {print $2 + 1}')" "$clients" "$secs" "$runs"
printf 'nation: %s local governments, %s complaints, %s indicator values\n' "$laos" "$cases" "$values"
printf 'load average before: %s; after: %s\n' "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'in the app log: %s failed scheduled runs (the indicator drain among them), %s failed requests; %s stale marks left\n\n' \
  "$drain_errors" "$page_errors" "$stale"
printf '| %-56s | %9s | %7s | %7s | %6s | %-9s |\n' "Measure ($clients connections)" "per s" "p50 ms" "p99 ms" "errors" "p99 < 150"
printf '| %-56s | %9s | %7s | %7s | %6s | %-9s |\n' "--------------------------------------------------------" "--------:" "------:" "------:" "-----:" "---------"
printf '| %-56s | %9.1f | %7s | %7s | %6s | %-9s |\n' "pgbench -S, one-row indexed read (floor)" "$(median pg)" "$(median pg-p50)" "$(median pg-p99)" "" ""
for i in "${!names[@]}"; do
  n=${names[$i]}
  if [ "${found[$n]}" = yes ]; then
    errors=0; for k in $(seq 1 "$runs"); do errors=$(( errors + ${r[$n-err,$k]} )); done
    printf '| %-56s | %9.1f | %7s | %7s | %6s | %-9s |\n' "${labels[$i]}" "$(median "$n")" "$(median "$n-p50")" \
      "$(median "$n-p99")" "$errors" "$(verdict "$(median "$n-p99")" 150 '<')"
  else
    printf '| %-56s | %9s | %7s | %7s | %6s | %-9s |\n' "${labels[$i]}" "${found[$n]}" "" "" "" ""
  fi
done
echo
if [[ "$fresh" =~ ^[0-9.]+$ ]]; then
  printf 'freshness: a complaint filed at %s reached the nation'"'"'s complaint.received in %s s (target < 60 s: %s)\n' \
    "$slug" "$fresh" "$(verdict "$fresh" 60 '<')"
else
  printf 'freshness: %s\n' "$fresh"
fi
