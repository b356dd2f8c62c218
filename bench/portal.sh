#!/usr/bin/env bash
# Transparency-portal benchmark (issue 7, "Performance"): starts the built jar on its embedded
# PostgreSQL with the Ban Tom demo (a throw-away data directory, free ports) and measures with wrk,
# at 32 concurrent connections, the portal home (/bantom) and a disclosure item page
# (/bantom/disclosure/{year}/O12); and in the same run, as the physical ceiling, nginx serving a
# static file of the same size as each page. Prints requests/s and p50/p99 of each, the ratios
# and the targets (portal >= 0.3 x static, p99 < 100 ms).
#   bench/portal.sh [seconds per measurement, default 15] [runs, default 3: medians are printed]
#   APP_ARGS=--sujarit.portal.cache-ttl=PT0S bench/portal.sh   measures the pages without the portal cache
# Needs: Java 17, wrk, nginx, curl (Debian: sudo apt-get install -y wrk nginx-light curl).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}; runs=${2:-3}; clients=32; threads=2
for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is missing: sudo apt-get install -y wrk nginx-light curl"; exit 1; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -f target/sujarit.jar ] || [ -n "$(find src/main pom.xml -newer target/sujarit.jar -print -quit)" ]; then
  echo "building target/sujarit.jar"; ./mvnw -q -B -DskipTests package
fi
free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
port=$(free_port); dbport=$(free_port); static_port=$(free_port)
work=$(mktemp -d); app=""; web=""
cleanup() {
  [ -n "$web" ] && kill "$web" 2>/dev/null || true
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill -TERM "$app"; for _ in $(seq 1 150); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
base="http://127.0.0.1:$port"
echo "starting the app on port $port, PostgreSQL on $dbport, data in $work/pg"
# shellcheck disable=SC2086  # APP_ARGS: extra arguments, e.g. APP_ARGS=--sujarit.portal.cache-ttl=PT0S for the uncached pages
SUJARIT_DB_DIR="$work/pg" SUJARIT_DB_PORT="$dbport" java -jar target/sujarit.jar --server.port="$port" ${APP_ARGS:-} >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 900); do
  curl -fs "$base/bantom" -o /dev/null 2>/dev/null && break
  kill -0 "$app" 2>/dev/null || { echo "the app stopped:"; tail -50 "$work/app.log"; exit 1; }
  sleep 0.2
done
year=$(curl -fs "$base/api/v1/orgs/bantom/disclosures" | grep -o '"fiscalYear":[0-9]*' | cut -d: -f2)
pages=("/bantom" "/bantom/disclosure/$year/O12")
names=("portal home" "disclosure item O12")

# nginx serves, for each page, a static file of the page's size, with the same compression (none).
mkdir -p "$work/www" "$work/nginx"
chmod 755 "$work" "$work/www"  # nginx's workers run as an unprivileged user
for i in "${!pages[@]}"; do
  size=$(curl -fs "$base${pages[$i]}" | wc -c)
  head -c "$size" /dev/urandom | base64 -w 100 | head -c "$size" >"$work/www/page$i.html"
  chmod 644 "$work/www/page$i.html"
done
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy; fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  server { listen 127.0.0.1:$static_port; root $work/www; }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
web=$!
sleep 0.5
curl -fs "http://127.0.0.1:$static_port/page0.html" -o /dev/null || { echo "nginx did not start"; cat "$work/nginx/error.log"; exit 1; }

measure() {  # measure URL SECONDS -> "requests/s p50-ms p99-ms errors"
  wrk -t"$threads" -c"$clients" -d"$2s" --latency "$1" >"$work/wrk.out" 2>&1
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { err += $NF } /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, err }' "$work/wrk.out"
}
echo "warming up (5 s per page, not counted)"
for p in "${pages[@]}"; do measure "$base$p" 5 >/dev/null; done
declare -A results
for run in $(seq 1 "$runs"); do
  echo "run $run of $runs: $secs s per measurement"
  for i in "${!pages[@]}"; do
    results[app-$i-$run]=$(measure "$base${pages[$i]}" "$secs")
    results[static-$i-$run]=$(measure "http://127.0.0.1:$static_port/page$i.html" "$secs")
    echo "  ${names[$i]}: app ${results[app-$i-$run]} / static ${results[static-$i-$run]} (req/s p50 p99 errors)"
  done
done
median() {  # median KIND INDEX FIELD
  for run in $(seq 1 "$runs"); do echo "${results[$1-$2-$run]}" | awk -v f="$3" '{print $f}'; done | sort -g \
    | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
echo
printf 'Portal benchmark, %s, %s cores, %s GiB, wrk %d threads %d connections, %s s per measurement, median of %d run(s)\n' \
  "$(date -u +%Y-%m-%d)" "$(nproc)" "$(free -g | awk '/^Mem:/ {print $2 + 1}')" "$threads" "$clients" "$secs" "$runs"
echo
printf '| %-22s | %6s | %10s | %7s | %7s | %6s | %12s | %7s | %s |\n' "Page" "bytes" "app req/s" "p50 ms" "p99 ms" "errors" "static req/s" "ratio" "targets (>= 0.30, p99 < 100 ms)"
printf '| %-22s | %6s | %10s | %7s | %7s | %6s | %12s | %7s | %s |\n' "---" "--:" "--:" "--:" "--:" "--:" "--:" "--:" "---"
for i in "${!pages[@]}"; do
  rps=$(median app "$i" 1); p50=$(median app "$i" 2); p99=$(median app "$i" 3); err=$(median app "$i" 4)
  srps=$(median static "$i" 1)
  ratio=$(awk -v a="$rps" -v s="$srps" 'BEGIN {printf "%.3f", a / s}')
  verdict=$(awk -v r="$ratio" -v p="$p99" -v e="$err" 'BEGIN {print (r >= 0.3 && p < 100 && e == 0) ? "met" : "MISSED"}')
  printf '| %-22s | %6s | %10s | %7s | %7s | %6s | %12s | %7s | %s |\n' "${names[$i]}" "$(wc -c <"$work/www/page$i.html")" \
    "$rps" "$p50" "$p99" "$err" "$srps" "$ratio" "$verdict"
done
