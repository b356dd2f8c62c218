#!/usr/bin/env bash
# A synthetic nation for the oversight benchmark (issue 17, point 8): starts the built jar on its
# embedded PostgreSQL (a fresh data directory, free ports) so that Flyway migrates it and the Ban Tom
# demo with the oversight accounts loads, fills it with bench/SyntheticNation.java (COPY, seeded)
# while the app idles, stops the app, and computes every indicator with the one-command rebuild
# (java -jar target/sujarit.jar --sujarit.oversight.rebuild-and-exit=true on the same data directory).
# Prints the generator's time, the database's size and the rebuild's time.
#   bench/nation.sh [local governments, default 7848: all] [complaints per local government, default 1000]
#   bench/nation.sh small          # 200 local governments x 20 complaints, a quick run
# KEEP=DIR keeps the nation in DIR (DIR/pg, its PostgreSQL data directory) for bench/oversight.sh;
# without it the data directory is removed at the end. SEED=N changes the seeded random source.
# Needs: Java 17, psql, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = small ]; then laos=200; per=20; else laos=${1:-7848}; per=${2:-1000}; fi
. bench/common.sh
for tool in psql curl java; do command -v "$tool" >/dev/null || { echo "$tool is missing"; exit 1; }; done
build_jar

port=$(free_port); dbport=$(free_port)
app=""
if [ -n "${KEEP:-}" ]; then
  [ -e "$KEEP/pg" ] && { echo "$KEEP/pg exists already: give KEEP a new directory"; exit 1; }
  mkdir -p "$KEEP"; work=$(cd "$KEEP" && pwd)
  stop_kept() { [ -n "${app:-}" ] && kill -0 "$app" 2>/dev/null && { kill -TERM "$app"; wait "$app" || true; }; return 0; }
  trap stop_kept EXIT
else
  work=$(mktemp -d)
  trap stop_app EXIT
fi
base="http://127.0.0.1:$port"

stop_and_wait() {  # TERM the app and wait until it (and its PostgreSQL) has stopped
  kill -TERM "$app"
  for _ in $(seq 1 300); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$app" 2>/dev/null && { echo "the app did not stop in 60 s"; exit 1; }
  wait "$app" 2>/dev/null || true
  app=""
}

echo "starting the app on port $port, PostgreSQL on $dbport, data in $work/pg (migrations, the Ban Tom demo)"
SUJARIT_DB_DIR="$work/pg" SUJARIT_DB_PORT="$dbport" java -jar target/sujarit.jar --server.port="$port" >"$work/app.log" 2>&1 &
app=$!
wait_for "/bantom"

echo "generating $laos local governments x $per complaints (bench/SyntheticNation.java)"
java -cp "$(cat target/bench-classpath.txt)" bench/SyntheticNation.java --url "jdbc:postgresql://localhost:$dbport/sujarit" \
  --laos "$laos" --complaints "$per" --seed "${SEED:-17}" | tee "$work/generator.log"
generated=$(grep '^RESULT' "$work/generator.log")
stop_and_wait

echo "computing every indicator: java -jar target/sujarit.jar --sujarit.oversight.rebuild-and-exit=true"
rebuild_start=$(date +%s.%N)
set +e
SUJARIT_DB_DIR="$work/pg" SUJARIT_DB_PORT="$dbport" java -jar target/sujarit.jar --server.port="$port" \
  --sujarit.oversight.rebuild-and-exit=true >"$work/rebuild.log" 2>&1 &
app=$!
# A jar without the rebuild command starts the app and keeps serving: stop it once it answers.
rebuilt=""
while kill -0 "$app" 2>/dev/null; do
  if grep -q 'indicator rebuild:' "$work/rebuild.log"; then rebuilt=yes; fi
  if [ -z "$rebuilt" ] && curl -fs "$base/bantom" -o /dev/null 2>/dev/null; then
    echo "NOT AVAILABLE: this jar has no --sujarit.oversight.rebuild-and-exit (the app started and served pages); stopping it"
    stop_and_wait; break
  fi
  sleep 0.5
done
wait "$app" 2>/dev/null; rc=$?
set -e
app=""
rebuild_seconds=$(awk -v a="$rebuild_start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
line=$(grep -o 'indicator rebuild:.*' "$work/rebuild.log" | tail -1 || true)
if [ -n "$line" ]; then
  echo "$line (exit $rc; the whole command, JVM and PostgreSQL start included: $rebuild_seconds s)"
else
  echo "rebuild: no 'indicator rebuild:' line (exit $rc); see $work/rebuild.log"
fi

field() { sed 's/.* '"$1"'=\([^ ]*\).*/\1/' <<<"$2"; }
echo
printf 'Synthetic nation, %s, %s cores, %s GiB\n' "$(date -u +%Y-%m-%d)" "$(nproc)" "$(free -g | awk '/^Mem:/ {print $2 + 1}')"
printf '| %-44s | %16s |\n' "Measure" "figure"
printf '| %-44s | %16s |\n' "--------------------------------------------" "---------------:"
printf '| %-44s | %16s |\n' "local governments" "$(field laos "$generated")"
printf '| %-44s | %16s |\n' "complaints" "$(field complaints "$generated")"
printf '| %-44s | %16s |\n' "rows loaded (all tables)" "$(field rows "$generated")"
printf '| %-44s | %16s |\n' "generator: generate + COPY (s)" "$(field load_seconds "$generated")"
printf '| %-44s | %16s |\n' "  of which: building secondary indexes (s)" "$(field index_seconds "$generated")"
printf '| %-44s | %16s |\n' "generator: vacuum analyze (s)" "$(field vacuum_seconds "$generated")"
printf '| %-44s | %16s |\n' "database size (pg_database_size)" "$(sed 's/.*database_size=//' <<<"$generated")"
printf '| %-44s | %16s |\n' "indicator rebuild (as it reports)" "${line:-not available}"
printf '| %-44s | %16s |\n' "rebuild command, start to exit (s)" "$rebuild_seconds"
[ -n "${KEEP:-}" ] && echo "kept: $work/pg (bench/oversight.sh uses it with NATION=$work)"
exit 0
