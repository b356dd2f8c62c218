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
# without it the data directory is removed at the end. NATION=DIR (a kept nation) skips the
# generation and runs the rebuild again. SEED=N changes the seeded random source, NOW=INSTANT the
# moment the nation is made as of (default: when it is made). JAR=FILE runs that
# jar instead of target/sujarit.jar (the generator still takes its classpath from the build).
# Needs: Java 17, psql, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = small ]; then laos=200; per=20; else laos=${1:-7848}; per=${2:-1000}; fi
. bench/common.sh
for tool in psql curl java; do command -v "$tool" >/dev/null || { echo "$tool is missing"; exit 1; }; done
build_jar
jar=${JAR:-target/sujarit.jar}

port=$(free_port); dbport=$(free_port)
app=""
if [ -n "${NATION:-}" ]; then  # a nation kept earlier: only the rebuild runs again
  [ -d "$NATION/pg" ] || { echo "no $NATION/pg: make one with KEEP=$NATION bench/nation.sh"; exit 1; }
  work=$(cd "$NATION" && pwd)
  stop_kept() { [ -n "${app:-}" ] && kill -0 "$app" 2>/dev/null && { kill -TERM "$app"; wait "$app" || true; }; return 0; }
  trap stop_kept EXIT
elif [ -n "${KEEP:-}" ]; then
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

generated=""
if [ -z "${NATION:-}" ]; then
echo "starting the app on port $port, PostgreSQL on $dbport, data in $work/pg (migrations, the Ban Tom demo)"
SUJARIT_DB_DIR="$work/pg" SUJARIT_DB_PORT="$dbport" java -jar "$jar" --server.port="$port" >"$work/app.log" 2>&1 &
app=$!
wait_for "/bantom"

echo "generating $laos local governments x $per complaints (bench/SyntheticNation.java)"
java -cp "$(cat target/bench-classpath.txt)" bench/SyntheticNation.java --url "jdbc:postgresql://localhost:$dbport/sujarit" \
  --laos "$laos" --complaints "$per" --seed "${SEED:-17}" ${NOW:+--now "$NOW"} | tee "$work/generator.log"
generated=$(grep '^RESULT' "$work/generator.log")
stop_and_wait
fi

echo "computing every indicator: java -jar $jar --sujarit.oversight.rebuild-and-exit=true"
line=""; rc=""; rebuild_seconds=""
# grep -c reads the whole listing: grep -q would end unzip early, and pipefail would count that as absent
if unzip -l "$jar" 2>/dev/null | grep -c 'oversight/RebuildCommand.class' >/dev/null; then
  rebuild_start=$(date +%s.%N)
  set +e
  SUJARIT_DB_DIR="$work/pg" SUJARIT_DB_PORT="$dbport" java -jar "$jar" --server.port="$(free_port)" \
    --sujarit.oversight.rebuild-and-exit=true >"$work/rebuild.log" 2>&1 &
  app=$!
  wait "$app"; rc=$?
  set -e
  app=""
  rebuild_seconds=$(awk -v a="$rebuild_start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
  line=$(grep -o 'indicator rebuild: [0-9].*' "$work/rebuild.log" | tail -1 || true)
  echo "${line:-no 'indicator rebuild:' line, see $work/rebuild.log} (exit $rc; the whole command, JVM and PostgreSQL start included: $rebuild_seconds s)"
  [ "$rc" = 0 ] || tail -30 "$work/rebuild.log"
else
  echo "NOT AVAILABLE: this jar has no oversight RebuildCommand (--sujarit.oversight.rebuild-and-exit)"
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
[ -n "${NATION:-}" ] && echo "(the nation in $work was generated earlier: $work/generator.log)"
printf '| %-44s | %16s |\n' "rebuild command, start to exit (s)" "${rebuild_seconds:-not run}"
echo "${line:-indicator rebuild: not available}"
[ -n "${KEEP:-}" ] && echo "kept: $work/pg (bench/oversight.sh uses it with NATION=$work)"
exit 0
