#!/usr/bin/env bash
# Page benchmark per role (not a test): starts Samenspel on a fresh PostgreSQL database with demo data (bench/lib.sh),
# signs in as each demo role and requests that role's everyday pages, then reports the server time of every page
# from Tomcat's access log (%D): median and p95 over N requests after 10 warm-up requests.
#
#   bench/roles.sh                 every role, N=40
#   N=100 ROLES="worker parent" bench/roles.sh
#
# Target (issue 18): no page over 50 ms p95 on the demo data.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB="${DB:-samenspel_bench_roles}"
PORT="${PORT:-18086}"
BASE="http://127.0.0.1:${PORT}"
N="${N:-40}"
. bench/lib.sh

declare -A PAGES=(
	[worker]="/ /sessions /activities /children /signals /referrals /participation/rounds /participation/questions /network /account"
	[coordinator]="/ /sessions /activities /coverage /holidays /reports /reports/targets /reports/participation /referrals /consent-texts"
	[safeguarding]="/ /signals /children /referrals"
	[parent]="/ /portal /portal/activities /account"
	[volunteer]="/ /sessions /account"
	[partner]="/ /partner/referrals"
	[municipality]="/ /reports /reports/annual"
	[admin]="/ /users /locations /neighbourhoods /audit /organisation"
)
read -r -a ROLE_LIST <<< "${ROLES:-worker coordinator safeguarding parent volunteer partner municipality admin}"

BENCH_APP_ARGS="${BENCH_ACCESS_LOG}" bench_start
# a session page and a child page for the worker, found from the lists
bench_login worker "${work}/worker"
session="$(curl -fs -b "${work}/worker" "${BASE}/sessions" | grep -o 'href="/sessions/[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2 || true)"
child="$(curl -fs -b "${work}/worker" "${BASE}/children" | grep -o 'href="/children/[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2 || true)"
[[ -n "${session}" ]] && PAGES[worker]+=" ${session}"
[[ -n "${child}" ]] && PAGES[worker]+=" ${child}"

printf '%-14s %-44s %10s %10s\n' "role" "page" "median ms" "p95 ms"
for role in "${ROLE_LIST[@]}"; do
	jar="${work}/${role}"
	[[ -f "${jar}" ]] || bench_login "${role}" "${jar}"
	for page in ${PAGES[${role}]}; do
		status="$(curl -s -o /dev/null -w '%{http_code}' -b "${jar}" "${BASE}${page}")"
		if [[ "${status}" != 200 ]]; then printf '%-14s %-44s %21s\n' "${role}" "${page}" "HTTP ${status}"; continue; fi
		for _ in $(seq 1 10); do curl -fs -o /dev/null -b "${jar}" "${BASE}${page}"; done
		skip="$(wc -l < "${work}/access.log")"
		for _ in $(seq 1 "${N}"); do curl -fs -o /dev/null -b "${jar}" "${BASE}${page}"; done
		tail -n "+$((skip + 1))" "${work}/access.log" | tr '_' ' ' | awk '{ print $1 / 1000 }' | sort -n | awk \
			-v role="${role}" -v page="${page}" '{ t[NR] = $1 } END { printf "%-14s %-44s %10.1f %10.1f\n", role, page, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
	done
done
