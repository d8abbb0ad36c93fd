#!/usr/bin/env bash
# Page benchmark (not a test): server time of ordinary pages for a signed-in user, measured with curl
# against a running Samenspel (./mvnw spring-boot:run, or the jar) with demo data.
#
#   bench/pages.sh                     http://localhost:8080, 50 warm requests per page
#   BASE=http://127.0.0.1:18080 N=200 bench/pages.sh
#
# Signs in as the demo admin (or USER_NAME=worker ...; both login steps, bench/signin.sh), warms each page up with 10 requests, then reports the median and the 95th
# percentile of curl's time_starttransfer (time to first byte, which on loopback is the server's time).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/signin.sh

BASE="${BASE:-http://localhost:8080}"
USER_NAME="${USER_NAME:-admin}"
N="${N:-50}"
# the pages of the default user (admin); for another user name the pages it may open, e.g.
#   USER_NAME=worker PAGES="/ /locations /children /account /api/v1/locations" bench/pages.sh
read -r -a PAGES <<< "${PAGES:-/ /locations /locations/new /neighbourhoods /municipalities /users /audit /account /api/v1/locations /api/v1/neighbourhoods}"
jar="$(mktemp)"
trap 'rm -f "${jar}"' EXIT

curl -fs "${BASE}/actuator/health" >/dev/null || { echo "Samenspel is not running at ${BASE}" >&2; exit 2; }
sign_in "${BASE}" "${USER_NAME}" "${jar}"
printf '%-26s %10s %10s\n' "page" "median ms" "p95 ms"
for page in "${PAGES[@]}"; do
	for _ in $(seq 1 10); do curl -fs -o /dev/null -b "${jar}" "${BASE}${page}"; done
	times=()
	for _ in $(seq 1 "${N}"); do
		times+=("$(curl -fs -o /dev/null -b "${jar}" -w '%{time_starttransfer}' "${BASE}${page}")")
	done
	printf '%s\n' "${times[@]}" | sort -n | awk -v page="${page}" '
		{ t[NR] = $1 * 1000 }
		END { printf "%-26s %10.1f %10.1f\n", page, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
done
