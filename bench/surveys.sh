#!/usr/bin/env bash
# Survey benchmark (issue 14, "Performance"): starts the built jar on its embedded PostgreSQL (a
# throw-away data directory, free ports) with the Ban Tom demo, adds two open public surveys of the
# same 30-question questionnaire (by SQL: one takes the load, the other is filled with 100,000
# answers), and measures:
#   ceiling: pgbench one-row INSERT transactions/s against the same PostgreSQL, 32 clients;
#   load (wrk, 32 connections, each a browser with its own session and CSRF token): questionnaires
#     submitted per second, each with its 30 answers; answers/s = submissions/s x 30;
#   the survey's results page (/console/surveys/ID/results, the officer signed in) of the survey
#     holding 100,000 answers: p50/p99 for one officer requesting it again and again (the target),
#     and, for scale, for 8 at once on the same two cores.
# The friction of anonymous forms is off (sujarit.complaints.friction=false, the benchmark setting)
# and the per-address limit of answers is raised: all the load comes from 127.0.0.1.
#   bench/surveys.sh [seconds per measurement, default 20] [runs, default 1: medians are printed]
#                    [seconds of warm-up per load, default 120]
# Needs: Java 17, wrk, pgbench and psql (Debian: sudo apt-get install -y wrk postgresql-client), curl.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}; runs=${2:-1}; warm=${3:-120}; clients=32; viewers=1; crowd=8; slug=bantom; questions=30
. bench/common.sh
need_tools
build_jar
port=$(free_port); dbport=$(free_port)
work=$(mktemp -d); app=""
trap stop_app EXIT
base="http://127.0.0.1:$port"

echo "starting the app on port $port, PostgreSQL on $dbport, data in $work/pg"
SUJARIT_DB_DIR="$work/pg" SUJARIT_DB_PORT="$dbport" java -jar target/sujarit.jar --server.port="$port" \
  --sujarit.complaints.friction=false --sujarit.surveys.answers-per-hour=100000000 >"$work/app.log" 2>&1 &
app=$!
wait_for "/$slug"

# --- the questionnaire, as the survey module stores it (one JSON document per version) -------------
question() {  # question KEY TYPE TEXT [CHOICES-JSON] [GROUPS] [MIN MAX]
  printf '{"key":"%s","type":"%s","th":"%s","en":null,"required":true,"choices":%s,"min":%s,"max":%s,"shownIf":null,"correct":[],"points":0,"groups":%s}' \
    "$1" "$2" "$3" "${4:-[]}" "${6:-null}" "${7:-null}" "${5:-false}"
}
qs=$(question q1 SINGLE "ท่านเป็น" '[{"th":"ประชาชนในพื้นที่","en":null},{"th":"ผู้ประกอบการ","en":null},{"th":"หน่วยงานอื่น","en":null}]' true)
for q in $(seq 2 27); do qs="$qs,$(question "q$q" LIKERT_5 "ความพึงพอใจด้านที่ $q")"; done
qs="$qs,$(question q28 RATING "คะแนนความพึงพอใจโดยรวม"),$(question q29 NUMBER "อายุ (ปี)" '[]' false 15 100)"
qs="$qs,$(question q30 SHORT_TEXT "ข้อเสนอแนะสั้น ๆ")"
json="{\"sections\":[{\"th\":\"แบบสำรวจสำหรับวัดประสิทธิภาพ\",\"en\":null,\"questions\":[$qs]}]}"
new_survey() {  # new_survey TITLE -> the id of an open public survey of the questionnaire above
  psql_db sujarit "
    with s as (
      insert into survey (id, tenant_id, kind, audience, title_th, status, version, one_per_browser, created_by, created_at)
      select gen_random_uuid(), o.id, 'SURVEY', 'PUBLIC', '$1', 'OPEN', 1, false, u.id, now()
      from organisation o join app_user u on u.tenant_id = o.id and u.username = '$slug.integrity' where o.slug = '$slug'
      returning id, tenant_id)
    insert into survey_version (survey_id, version, tenant_id, questionnaire, created_at)
    select id, 1, tenant_id, '$json'::jsonb, now() from s returning survey_id"
}
loaded=$(new_survey "แบบสำรวจรับโหลด (เพื่อวัดประสิทธิภาพ)")
full=$(new_survey "แบบสำรวจที่มีคำตอบ ๑๐๐,๐๐๐ ข้อ (เพื่อวัดประสิทธิภาพ)")
[ -n "$loaded" ] && [ -n "$full" ] || { echo "the benchmark's surveys were not made"; exit 1; }
responses=$(( (100000 + questions - 1) / questions ))
psql_db sujarit "
  insert into survey_response (id, tenant_id, survey_id, version, answered_on, channel)
  select gen_random_uuid(), s.tenant_id, s.id, 1, current_date - (g % 300), 'LINK' from survey s, generate_series(1, $responses) g
  where s.id = '$full';
  insert into survey_answer (response_id, survey_id, tenant_id, question_key, choice, number, text)
  select r.id, r.survey_id, r.tenant_id, 'q' || q,
         case when q = 1 then floor(random() * 3) when q <= 28 then floor(random() * 5) end,
         case when q = 29 then 15 + floor(random() * 60) end, case when q = 30 then 'ข้อเสนอแนะ' end
  from survey_response r cross join generate_series(1, $questions) q where r.survey_id = '$full';
  analyze survey_response; analyze survey_answer;" >/dev/null
held=$(psql_db sujarit "select count(*) from survey_answer where survey_id = '$full'")
echo "survey $full holds $held answers ($responses responses of $questions)"

# --- sessions: one browser per connection for the answers, the officer's for the results ------------
: >"$work/answer.txt"
for c in $(seq 1 "$clients"); do session "/$slug/surveys/$loaded/answer" "$work/jar-a$c" >>"$work/answer.txt"; done
read -r _ token < <(session "/login" "$work/jar-o")
curl -fs -c "$work/jar-o" -b "$work/jar-o" -o /dev/null --data-urlencode "username=$slug.integrity" \
  --data-urlencode "password=${SUJARIT_DEMO_PASSWORD:-sujarit-demo-2569}" --data-urlencode "_csrf=$token" "$base/login"
officer=$(awk '$6 == "SUJARIT_SESSION" {print $7}' "$work/jar-o")
status=$(curl -s -o "$work/results.html" -w '%{http_code}' -b "SUJARIT_SESSION=$officer" "$base/console/surveys/$full/results")
[ "$status" = 200 ] || { echo "the results page answered $status"; exit 1; }
for c in $(seq 1 "$crowd"); do echo "$officer -" >>"$work/results.txt"; done

load() {  # load MODE SURVEY CONNECTIONS SECONDS -> the RESULT line of bench/surveys.lua
  wrk -t"$3" -c"$3" -d"$4s" --timeout 60s --latency -s bench/surveys.lua "$base" -- "$1" "$slug" "$2" "$work/$1.txt" \
    2>"$work/wrk-$1.err" >"$work/wrk-$1.out" || { echo "wrk $1 failed:"; cat "$work/wrk-$1.out" "$work/wrk-$1.err"; exit 1; }
  grep '^RESULT' "$work/wrk-$1.out" || { echo "wrk $1 printed no result:"; cat "$work/wrk-$1.out" "$work/wrk-$1.err"; exit 1; }
}
field() { sed 's/.* '"$1"'=\([^ ]*\).*/\1/' <<<"$2"; }

echo "warming up the app ($warm s of each load, not counted)"
load answer "$loaded" "$clients" "$warm" >/dev/null
load results "$full" "$crowd" "$warm" >/dev/null

psql_db postgres "drop table if exists bench_row; create table bench_row (id bigserial primary key, v text not null)"
printf '\\set v random(1, 1000000000)\ninsert into bench_row (v) values (:v);\n' >"$work/insert.sql"
declare -A r
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$runs"); do
  echo "run $run of $runs: $secs s per measurement"
  r[pg,$run]=$(pgbench -n -h localhost -p "$dbport" -U postgres -c "$clients" -j 2 -T "$secs" -f "$work/insert.sql" postgres 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
  line=$(load answer "$loaded" "$clients" "$secs")
  r[sub,$run]=$(field rate "$line"); r[sub-p50,$run]=$(field p50_ms "$line"); r[sub-p99,$run]=$(field p99_ms "$line")
  r[sub-err,$run]=$(( $(field wrong_status "$line") + $(field socket_errors "$line") ))
  r[ans,$run]=$(awk -v s="${r[sub,$run]}" -v q="$questions" 'BEGIN {printf "%.1f", s * q}')
  r[ratio,$run]=$(awk -v a="${r[ans,$run]}" -v p="${r[pg,$run]}" 'BEGIN {printf "%.2f", a / p}')
  line=$(load results "$full" "$viewers" "$secs")
  r[res,$run]=$(field rate "$line"); r[res-p50,$run]=$(field p50_ms "$line"); r[res-p99,$run]=$(field p99_ms "$line")
  r[res-err,$run]=$(( $(field wrong_status "$line") + $(field socket_errors "$line") ))
  line=$(load results "$full" "$crowd" "$secs")
  r[crowd,$run]=$(field rate "$line"); r[crowd-p50,$run]=$(field p50_ms "$line"); r[crowd-p99,$run]=$(field p99_ms "$line")
  r[crowd-err,$run]=$(( $(field wrong_status "$line") + $(field socket_errors "$line") ))
  printf '  pgbench %s tps; submissions %s/s = answers %s/s (ratio %s, %s errors, p99 %s ms); results page %s/s (%s errors, p99 %s ms), at %s connections %s/s (p99 %s ms)\n' \
    "${r[pg,$run]}" "${r[sub,$run]}" "${r[ans,$run]}" "${r[ratio,$run]}" "${r[sub-err,$run]}" "${r[sub-p99,$run]}" \
    "${r[res,$run]}" "${r[res-err,$run]}" "${r[res-p99,$run]}" "$crowd" "${r[crowd,$run]}" "${r[crowd-p99,$run]}"
done
psql_db postgres "drop table bench_row"
errors=0; for i in $(seq 1 "$runs"); do errors=$(( errors + r[sub-err,$i] + r[res-err,$i] + r[crowd-err,$i] )); done
kept=$(psql_db sujarit "select count(*) from survey_answer where survey_id = '$loaded'")
rows=$(psql_db sujarit "select count(*) * $questions from survey_response where survey_id = '$loaded'")

echo
printf 'Survey benchmark, %s, %s cores, %s GiB, %s s per measurement, median of %d run(s)\n' \
  "$(date -u +%Y-%m-%d)" "$(nproc)" "$(free -g | awk '/^Mem:/ {print $2 + 1}')" "$secs" "$runs"
printf 'load average before: %s; after: %s\n\n' "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-58s | %9s | %7s | %7s |\n' "Measure" "per s" "p50 ms" "p99 ms"
printf '| %-58s | %9s | %7s | %7s |\n' "----------------------------------------------------------" "--------:" "------:" "------:"
printf '| %-58s | %9.1f | %7s | %7s |\n' "pgbench one-row INSERT transactions ($clients clients)" "$(median pg)" "" ""
printf '| %-58s | %9.1f | %7s | %7s |\n' "questionnaires submitted ($clients browsers, $questions answers each)" "$(median sub)" "$(median sub-p50)" "$(median sub-p99)"
printf '| %-58s | %9.1f | %7s | %7s |\n' "answers kept" "$(median ans)" "" ""
printf '| %-58s | %9.1f | %7s | %7s |\n' "results page, survey of $held answers, one officer" "$(median res)" "$(median res-p50)" "$(median res-p99)"
printf '| %-58s | %9.1f | %7s | %7s |\n' "for scale: the same page, $crowd connections at once" "$(median crowd)" "$(median crowd-p50)" "$(median crowd-p99)"
echo
printf '| %-52s | %8s | %8s | %-6s |\n' "Target (ratio: median of the runs' own ratios)" "figure" "target" "result"
printf '| %-52s | %8s | %8s | %-6s |\n' "----------------------------------------------------" "-------:" "-------:" "------"
printf '| %-52s | %8s | %8s | %-6s |\n' "answers/s / pgbench one-row INSERT/s" "$(median ratio)" ">= 0.30" "$(verdict "$(median ratio)" 0.3 '>=')"
printf '| %-52s | %8s | %8s | %-6s |\n' "results page p99 (ms), $held answers" "$(median res-p99)" "< 300" "$(verdict "$(median res-p99)" 300 '<')"
printf '| %-52s | %8s | %8s | %-6s |\n' "errors (all loads, all runs)" "$errors" "0" "$(verdict "$errors" 0 '=')"
printf '| %-52s | %8s | %8s | %-6s |\n' "answer rows = responses x $questions" "$kept" "$rows" "$(verdict "$kept" "$rows" '=')"
