# Shared by the benchmarks that start the jar themselves (complaints.sh, surveys.sh); sourced, not run.
# Needs $base, $dbport and $work set by the caller before session/psql_db are used.

need_tools() {  # the tools every load benchmark uses
  for tool in wrk pgbench psql curl java; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: sudo apt-get install -y wrk postgresql-client curl"; exit 1; }
  done
}

build_jar() {  # builds target/sujarit.jar when the sources are newer, and the classpath file for bench/*.java
  if [ ! -f target/sujarit.jar ] || [ -n "$(find src/main pom.xml -newer target/sujarit.jar -print -quit)" ]; then
    echo "building target/sujarit.jar"; ./mvnw -q -B -DskipTests package
  fi
  if [ ! -s target/bench-classpath.txt ] || [ pom.xml -nt target/bench-classpath.txt ]; then
    ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
  fi
}

free_port() {  # a port nothing listens on, from the ephemeral range's lower neighbours
  local p
  while :; do
    p=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

stop_app() {  # TERM the app started as $app and wait up to 30 s; then remove $work
  if [ -n "${app:-}" ] && kill -0 "$app" 2>/dev/null; then
    kill -TERM "$app"; for _ in $(seq 1 150); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -rf "$work"
}

wait_for() {  # wait_for PATH: until the app answers PATH, at most 180 s
  for _ in $(seq 1 900); do
    curl -fs "$base$1" -o /dev/null 2>/dev/null && return 0
    kill -0 "$app" 2>/dev/null || { echo "the app stopped:"; tail -50 "$work/app.log"; exit 1; }
    sleep 0.2
  done
  echo "the app did not start in 180 s"; tail -50 "$work/app.log"; exit 1
}

psql_db() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -A -t -h localhost -p "$dbport" -U postgres -d "$1" -v ON_ERROR_STOP=1 -c "$2"; }

session() {  # session PAGE-PATH JAR -> prints "cookies token"; keeps the page in JAR.html
  # cookies: the value of a Cookie header without spaces, "SUJARIT_SESSION=…;SUJARIT_CSRF=…" (the
  # form's token lives in a cookie of its own, the session's for whatever else the form keeps)
  curl -fs -c "$2" -b "$2" "$base$1" -o "$2.html"
  local token cookies
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$2.html" | head -1 | sed 's/.*value="//;s/"$//')
  cookies=$(jar_cookies "$2")
  [ -n "$token" ] && [[ "$cookies" == *SUJARIT_CSRF=* ]] || { echo "no CSRF token or its cookie from $1"; exit 1; }
  echo "$cookies $token"
}

jar_cookies() {  # jar_cookies JAR -> the session's and the form token's cookies as one Cookie header value
  # (a page with a form but nothing else to keep starts no session: only its token cookie is there)
  awk '$6 == "SUJARIT_SESSION" || $6 == "SUJARIT_CSRF" {printf "%s%s=%s", (n++ ? ";" : ""), $6, $7}' "$1"
}

median() {  # median KEY: over the runs, from the associative array r[KEY,RUN]
  for i in $(seq 1 "$runs"); do echo "${r[$1,$i]}"; done | sort -g \
    | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

verdict() { awk -v x="$1" -v t="$2" -v op="$3" 'BEGIN {ok = (op == ">=" ? x >= t : (op == "<" ? x < t : x == t)); print (ok ? "met" : "MISSED")}'; }
