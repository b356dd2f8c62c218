#!/usr/bin/env bash
# Document benchmark: time to render Ban Tom's plan as PDF (headless Chromium) and DOCX through the
# running application, N times each (default 5), median reported. Start the app first
# (./mvnw spring-boot:run), then: bench/documents.sh [runs]   (PORT=8080 by default)
set -euo pipefail
runs=${1:-5}; base="http://localhost:${PORT:-8080}"
jar=$(mktemp); trap 'rm -f "$jar" /tmp/sujarit-doc.$$' EXIT
token=$(curl -fsc "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -fs -c "$jar" -b "$jar" -o /dev/null -d "username=bantom.integrity&password=sujarit-demo-2569&_csrf=$token" "$base/login"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for doc in "plan.pdf?thaiDigits=true" plan.docx part2.xlsx; do
  times=()
  for i in $(seq 1 "$runs"); do
    t=$(curl -fs -b "$jar" -o /tmp/sujarit-doc.$$ -w '%{time_total}' "$base/console/plan/documents/$doc")
    times+=("$t")
  done
  printf '%-22s median of %d: %.2f s  (runs: %s; %s bytes)  [%s cores]\n' "$doc" "$runs" "$(median "${times[@]}")" \
    "${times[*]}" "$(stat -c %s /tmp/sujarit-doc.$$)" "$(nproc)"
done
