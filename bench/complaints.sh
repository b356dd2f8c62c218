#!/usr/bin/env bash
# Complaint-centre benchmark (issue 6, "Performance"): starts the built jar on its embedded PostgreSQL
# (a throw-away data directory, free ports) and measures, at 16 concurrent clients:
#   ceilings: Argon2id hashes/s on all cores with the app's encoder and parameters (bench/Argon2Rate.java);
#             pgbench one-row INSERT transactions/s against the same PostgreSQL cluster;
#   load (wrk): corruption-channel filings/s (text only, anonymous), case sign-ins/s (number + secret),
#             case-page views/s in a signed-in session; p50/p99 latency and errors for each.
# The anti-abuse friction is switched off with the benchmark setting sujarit.complaints.friction=false
# (on by default) and the per-address rate limits are raised, since all the load comes from 127.0.0.1.
#   bench/complaints.sh [seconds per measurement, default 20] [runs, default 1: medians are printed]
#                       [seconds of warm-up per load, default 120]
# The warm-up matters: on two cores the JVM has one C2 compiler thread, whose queue stays long for
# minutes after start (four minutes in, it still compiled ~100 methods a second, most of them first
# at the lower tier that keeps profiling), which a server that runs for days no longer pays. The JIT column shows the share of the app's CPU still spent
# compiling during each measurement; keep it low (a few per cent) for steady-state figures.
# Needs: Java 17, wrk, pgbench and psql (Debian: sudo apt-get install -y wrk postgresql-client), curl.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}; runs=${2:-1}; warm=${3:-120}; clients=16; slug=bantom
. bench/common.sh
need_tools
build_jar

port=$(free_port); dbport=$(free_port)
work=$(mktemp -d); app=""
trap stop_app EXIT
base="http://127.0.0.1:$port"

echo "starting the app on port $port, PostgreSQL on $dbport, data in $work/pg"
SUJARIT_DB_DIR="$work/pg" SUJARIT_DB_PORT="$dbport" java -jar target/sujarit.jar --server.port="$port" \
  --sujarit.complaints.friction=false \
  --sujarit.complaints.filings-per-hour=100000000 --sujarit.complaints.lookups-per-10-minutes=100000000 \
  >"$work/app.log" 2>&1 &
app=$!
wait_for "/$slug/complaints/corruption"

read -r _ _ < <(session "/$slug/complaints/corruption" "$work/jar0")
category=$(sed -n '/name="categoryId"/,/<\/select>/p' "$work/jar0.html" | grep -o 'value="[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2)
[ -n "$category" ] || { echo "no corruption category on $slug's form"; exit 1; }

# --- 50 cases filed with curl: their numbers and secrets, for the sign-ins -----------------------
echo "filing 50 cases with curl for the sign-in and case-page measurements"
: >"$work/cases.txt"
for i in $(seq 1 50); do
  read -r _ token < <(session "/$slug/complaints/corruption" "$work/jar-file")
  curl -fs -c "$work/jar-file" -b "$work/jar-file" -o "$work/receipt.html" \
    --data-urlencode "_csrf=$token" --data-urlencode "categoryId=$category" --data-urlencode "anonymous=true" \
    --data-urlencode "subject=เรื่องทดสอบ $i" --data-urlencode "description=เรียกรับเงินก่อนตรวจรับงานก่อสร้าง ขอให้ตรวจสอบ" \
    "$base/$slug/complaints/corruption"
  number=$(grep -o 'class="case-number"[^>]*>[^<]*<' "$work/receipt.html" | sed 's/.*>\([^<]*\)</\1/')
  secret=$(grep -o 'class="secret-digits"[^>]*>[^<]*<' "$work/receipt.html" | sed 's/.*>\([^<]*\)</\1/' | tr -d ' ')
  [ -n "$number" ] && [ -n "$secret" ] || { echo "no number or secret on the receipt of filing $i"; exit 1; }
  echo "$number $secret" >>"$work/cases.txt"
  rm -f "$work/jar-file"
done

# --- one session per connection for each load ------------------------------------------------------
: >"$work/file.txt"; : >"$work/signin.txt"; : >"$work/view.txt"
for c in $(seq 1 "$clients"); do
  echo "$(session "/$slug/complaints/corruption" "$work/jar-f$c") $category" >>"$work/file.txt"
  session "/$slug/complaints/track" "$work/jar-s$c" >>"$work/signin.txt"
  read -r cookie token < <(session "/$slug/complaints/track" "$work/jar-v$c")
  read -r number secret < <(sed -n "${c}p" "$work/cases.txt")
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/jar-v$c" -c "$work/jar-v$c" --data-urlencode "_csrf=$token" \
    --data-urlencode "number=$number" --data-urlencode "secret=$secret" "$base/$slug/complaints/track")
  [ "$status" = 302 ] || { echo "sign-in to $number answered $status"; exit 1; }
  cookie=$(jar_cookies "$work/jar-v$c")  # the session the case sign-in started
  echo "$cookie $token $number" >>"$work/view.txt"
done
cp "$work/view.txt" "$work/page.txt"

tree_ticks() {  # CPU ticks (user + system, with waited-for children) of a process and its descendants
  local pids=("$1") all=() p
  while [ ${#pids[@]} -gt 0 ]; do
    p=${pids[0]}; pids=("${pids[@]:1}"); all+=("$p")
    mapfile -t kids < <(pgrep -P "$p" || true); pids+=("${kids[@]}")
  done
  for p in "${all[@]}"; do sed 's/.*) //' "/proc/$p/stat" 2>/dev/null || true; done \
    | awk '{s += $12 + $13 + $14 + $15} END {print s + 0}'
}
pg_pid() { head -1 "$work/pg/postmaster.pid"; }
pg_under_app() {  # whether PostgreSQL runs beneath the app's process (else pg_ctl left it to init)
  local p
  p=$(pg_pid)
  while [ -n "$p" ] && [ "$p" -gt 1 ]; do
    [ "$p" = "$app" ] && return 0
    p=$(awk '/^PPid:/ {print $2}' "/proc/$p/status" 2>/dev/null)
  done
  return 1
}
jvm_ticks() {  # CPU ticks of the app's JVM alone: its process tree without PostgreSQL's
  local all pg
  all=$(tree_ticks "$app"); pg=$(tree_ticks "$(pg_pid)")
  if pg_under_app; then echo $(( all - pg )); else echo "$all"; fi
}
jit_ticks() {  # CPU ticks of the app JVM's JIT compiler threads
  local t n sum=0
  for t in /proc/"$app"/task/*; do
    n=$(cat "$t/comm" 2>/dev/null) || continue
    case "$n" in C1\ CompilerThre*|C2\ CompilerThre*)
      sum=$(( sum + $(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}') )) ;;
    esac
  done
  echo "$sum"
}
gc_seconds() { jstat -gc "$app" | awk 'NR == 2 {print $NF}'; }  # the app's total time in garbage-collection pauses
load() {  # load MODE SECONDS -> the RESULT line of bench/complaints.lua + CPU ms of the app JVM, PostgreSQL, wrk
  local extra=() jvm0 pg0 jvm1 pg1 wrk_ticks gc0 gc1 jit0 jit1
  [ "$1" = signin ] && extra=("$work/cases.txt")
  [ -n "${JFR_DIR:-}" ] && jcmd "$app" JFR.start name="$1" settings=profile filename="$JFR_DIR/$1.jfr" >/dev/null
  pg0=$(tree_ticks "$(pg_pid)"); jvm0=$(jvm_ticks)
  gc0=$(gc_seconds); jit0=$(jit_ticks); times >"$work/times0"
  wrk -t"$clients" -c"$clients" -d"$2s" --timeout 60s --latency -s bench/complaints.lua "$base" -- \
    "$1" "$slug" "$work/$1.txt" "${extra[@]}" 2>"$work/wrk-$1.err" >"$work/wrk-$1.out" \
    || { echo "wrk $1 failed:"; cat "$work/wrk-$1.out" "$work/wrk-$1.err"; exit 1; }
  times >"$work/times1"; gc1=$(gc_seconds); jit1=$(jit_ticks)
  pg1=$(tree_ticks "$(pg_pid)"); jvm1=$(jvm_ticks)
  [ -n "${JFR_DIR:-}" ] && jcmd "$app" JFR.stop name="$1" >/dev/null
  wrk_ticks=$(awk -v t="$(getconf CLK_TCK)" 'FNR == 2 {split($1, u, /[ms]/); split($2, s, /[ms]/); c = u[1] * 60 + u[2] + s[1] * 60 + s[2]
    d = (FILENAME ~ /times1$/ ? d + c : d - c)} END {printf "%d", d * t}' "$work/times0" "$work/times1")
  grep -q '^RESULT' "$work/wrk-$1.out" || { echo "wrk $1 printed no result:"; cat "$work/wrk-$1.out" "$work/wrk-$1.err"; exit 1; }
  echo "$(grep '^RESULT' "$work/wrk-$1.out") jvm_ticks=$(( jvm1 - jvm0 )) pg_ticks=$(( pg1 - pg0 )) wrk_ticks=$wrk_ticks jit_pct=$(( (jit1 - jit0) * 100 / ((jvm1 - jvm0) > 0 ? jvm1 - jvm0 : 1) )) gc_pct=$(awk -v a="$gc0" -v b="$gc1" -v d="$2" 'BEGIN {printf "%.0f", (b - a) * 100 / d}')"
}
field() { sed 's/.* '"$1"'=\([^ ]*\).*/\1/' <<<"$2"; }

echo "warming up the app ($warm s of each load, not counted)"
for m in file signin view page; do load "$m" "$warm" >/dev/null; done

cp="$(cat target/bench-classpath.txt)"
psql_db postgres "drop table if exists bench_row; create table bench_row (id bigserial primary key, v text not null)"
printf '\\set v random(1, 1000000000)\ninsert into bench_row (v) values (:v);\n' >"$work/insert.sql"
declare -A r
ratios() {  # the targets' ratios within one run (same background load), by rate and by CPU per operation
  local a=${r[argon,$1]} p=${r[pg,$1]} ac=${r[argon-cpu,$1]}
  r[rfile,$1]=$(awk -v f="${r[file,$1]}" -v a="$a" -v p="$p" 'BEGIN {printf "%.2f", f / (a < p ? a : p)}')
  r[rsignin,$1]=$(awk -v s="${r[signin,$1]}" -v a="$a" 'BEGIN {printf "%.2f", s / a}')
  r[cfile,$1]=$(awk -v c="$ac" -v j="${r[file-jvm,$1]}" -v g="${r[file-pg,$1]}" 'BEGIN {printf "%.2f", c / (j + g)}')
  r[csignin,$1]=$(awk -v c="$ac" -v j="${r[signin-jvm,$1]}" -v g="${r[signin-pg,$1]}" 'BEGIN {printf "%.2f", c / (j + g)}')
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$runs"); do
  echo "run $run of $runs: $secs s per measurement"
  read -r _ _ _ _ r[argon,$run] r[argon-cpu,$run] r[argon-gc,$run] < <(java -cp "$cp" bench/Argon2Rate.java "$secs")
  r[pg,$run]=$(pgbench -n -h localhost -p "$dbport" -U postgres -c "$clients" -j 2 -T "$secs" -f "$work/insert.sql" postgres 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
  for m in file signin view page; do
    line=$(load "$m" "$secs")
    r[$m,$run]=$(field rate "$line"); r[$m-p50,$run]=$(field p50_ms "$line"); r[$m-p99,$run]=$(field p99_ms "$line")
    r[$m-err,$run]=$(( $(field wrong_status "$line") + $(field socket_errors "$line") ))
    r[$m-n,$run]=$(field requests "$line")
    r[$m-gc,$run]=$(field gc_pct "$line"); r[$m-jit,$run]=$(field jit_pct "$line")
    for k in jvm pg wrk; do  # CPU milliseconds per request
      r[$m-$k,$run]=$(awk -v t="$(field "${k}_ticks" "$line")" -v n="${r[$m-n,$run]}" -v hz="$(getconf CLK_TCK)" \
        'BEGIN {printf "%.1f", n ? t * 1000 / hz / n : 0}')
    done
  done
  ratios "$run"
  printf '  argon2id %s/s, pgbench %s tps, filings %s/s (%s), sign-ins %s/s (%s), case pages %s/s (%s)\n' \
    "${r[argon,$run]}" "${r[pg,$run]}" "${r[file,$run]}" "${r[file-err,$run]} errors" "${r[signin,$run]}" \
    "${r[signin-err,$run]} errors" "${r[view,$run]}" "${r[view-err,$run]} errors, p99 ${r[view-p99,$run]} ms"
  printf '  (the sign-in form page in the same sessions: %s/s, p99 %s ms)\n' "${r[page,$run]}" "${r[page-p99,$run]}"
done
psql_db postgres "drop table bench_row"

sum() { local s=0; for i in $(seq 1 "$runs"); do s=$(( s + ${r[$1,$i]} )); done; echo "$s"; }
argon=$(median argon); pg=$(median pg); file=$(median file); signin=$(median signin); view=$(median view)
errors=$(( $(sum file-err) + $(sum signin-err) + $(sum view-err) + $(sum page-err) ))
read -r cases distinct < <(psql_db sujarit "select count(*), count(distinct (tenant_id, number)) from complaint_case" | tr '|' ' ')
ratio_file=$(median rfile); ratio_signin=$(median rsignin)
view_p99=$(median view-p99)

echo
printf 'Complaint benchmark, %s, %s cores, %s GiB, %d clients, %s s per measurement, median of %d run(s)\n' \
  "$(date -u +%Y-%m-%d)" "$(nproc)" "$(free -g | awk '/^Mem:/ {print $2 + 1}')" "$clients" "$secs" "$runs"
printf 'load average before: %s; after: %s\n' "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'Argon2id: Spring Security Argon2PasswordEncoder(salt 16 B, hash 32 B, parallelism 1, memory 19 MiB, 2 iterations)\n\n'
row() {  # row LABEL RATE [MODE]
  if [ -n "${3:-}" ]; then
    printf '| %-44s | %9.1f | %7s | %7s | %6s | %5s | %5s | %5s | %4s | %4s |\n' "$1" "$2" "$(median "$3-p50")" "$(median "$3-p99")" \
      "$(sum "$3-err")" "$(median "$3-jvm")" "$(median "$3-pg")" "$(median "$3-wrk")" "$(median "$3-gc")%" "$(median "$3-jit")%"
  else
    printf '| %-44s | %9.1f | %7s | %7s | %6s | %5s | %5s | %5s | %4s | %4s |\n' "$1" "$2" "" "" "" "" "" "" "" ""
  fi
}
printf '| %-44s | %9s | %7s | %7s | %6s | %5s | %5s | %5s | %4s | %4s |\n' "Measure (16 clients)" "per s" "p50 ms" "p99 ms" "errors" "JVM" "PG" "wrk" "GC" "JIT"
printf '| %-44s | %9s | %7s | %7s | %6s | %5s | %5s | %5s | %4s | %4s |\n' "--------------------------------------------" "--------:" "------:" "------:" "-----:" "----:" "----:" "----:" "---:" "---:"
printf '| %-44s | %9.1f | %7s | %7s | %6s | %5s | %5s | %5s | %4s | %4s |\n' "Argon2id hashes, $(nproc) threads (own JVM)" "$argon" "" "" "" \
  "$(median argon-cpu)" "" "" "$(median argon-gc)%" ""
row "pgbench one-row INSERT transactions" "$pg"
row "corruption filings (text only, anonymous)" "$file" file
row "case sign-ins (number + secret)" "$signin" signin
row "case-page views, signed in" "$view" view
row "for scale: sign-in form page, same sessions" "$(median page)" page
echo "(JVM, PG, wrk: CPU milliseconds per hash or request of the JVM, its PostgreSQL, the load tool;"
echo " GC: share of the measurement the app spent in garbage-collection pauses; JIT: share of the app's CPU"
echo " spent by its JIT compilers)"
echo
printf '| %-52s | %8s | %8s | %-6s |\n' "Target (ratios: median of the runs' own ratios)" "figure" "target" "result"
printf '| %-52s | %8s | %8s | %-6s |\n' "----------------------------------------------------" "-------:" "-------:" "------"
printf '| %-52s | %8s | %8s | %-6s |\n' "filings / min(Argon2id, pgbench)" "$ratio_file" ">= 0.70" "$(verdict "$ratio_file" 0.7 '>=')"
printf '| %-52s | %8s | %8s | %-6s |\n' "sign-ins / Argon2id" "$ratio_signin" ">= 0.70" "$(verdict "$ratio_signin" 0.7 '>=')"
printf '| %-52s | %8s | %8s | %-6s |\n' "by CPU: Argon2id hash / (JVM + PG) per filing" "$(median cfile)" ">= 0.70" "$(verdict "$(median cfile)" 0.7 '>=')"
printf '| %-52s | %8s | %8s | %-6s |\n' "by CPU: Argon2id hash / (JVM + PG) per sign-in" "$(median csignin)" ">= 0.70" "$(verdict "$(median csignin)" 0.7 '>=')"
printf '| %-52s | %8s | %8s | %-6s |\n' "case-page p99 (ms)" "$view_p99" "< 50" "$(verdict "$view_p99" 50 '<')"
printf '| %-52s | %8s | %8s | %-6s |\n' "errors (all loads, all runs)" "$errors" "0" "$(verdict "$errors" 0 '=')"
printf '| %-52s | %8s | %8s | %-6s |\n' "case numbers: $cases cases, distinct numbers" "$distinct" "$cases" "$(verdict "$distinct" "$cases" '=')"
