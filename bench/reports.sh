#!/usr/bin/env bash
# Reporting benchmark (issue 6), not a test. On the generated data set (bench/generate.sh: 100,000 children, 2,000
# activities, 3 years, 5,000,000 attendance rows; made first when the database is missing), it starts Samenspel
# against that database and measures, for the MUNICIPALITY user of GM9950:
#   1. building the rollups from nothing (every month stale, as after the V10 migration);
#   2. the municipal annual report (every figure per neighbourhood and per month, reach, targets) through
#      GET /api/v1/reports/annual, warm, median of RUNS: from the rollups (source=AUTO, checked to come from them)
#      and, as the baseline in the same run, computed from the rows by the same SQL without rollups (source=RAW),
#      and the ratio; the two answers must be the same numbers;
#   3. rebuilding the rollups after a day's new attendance: the last day with sessions is taken out, the rollups
#      rebuilt, the day put back and its months marked stale as the attendance events would, and the rebuild timed.
# Times are wall-clock times of curl on the same machine (the server's time plus a loopback round trip).
#
#   bench/reports.sh                        YEAR (default: last year) RUNS=10 PORT=8093 DB=samenspel_bench
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/signin.sh

DB="${DB:-samenspel_bench}"
PORT="${PORT:-8093}"
BASE="http://127.0.0.1:${PORT}"
RUNS="${RUNS:-10}"
YEAR="${YEAR:-$(( $(date +%Y) - 1 ))}"
PSQL=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "${DB}")

if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '${DB}'" | grep -q 1; then
	DB="${DB}" bench/generate.sh
fi

work="$(mktemp -d)"
pid=""
cleanup() {
	local status=$?
	if [[ ${status} -ne 0 && -f "${work}/app.log" ]]; then
		echo "reports.sh failed (status ${status}); the application's last log lines:" >&2
		tail -40 "${work}/app.log" >&2
	fi
	[[ -n "${pid}" ]] && kill "${pid}" 2>/dev/null && wait "${pid}" 2>/dev/null || true
	"${PSQL[@]}" -c "drop table if exists bench_day" >/dev/null 2>&1 || true
	rm -rf "${work}"
}
trap cleanup EXIT

[[ -f target/samenspel-0.1.0-SNAPSHOT.jar ]] || ./mvnw -B -q package -DskipTests
rm -rf target/bench-app && java -Djarmode=tools -jar target/samenspel-0.1.0-SNAPSHOT.jar extract --destination target/bench-app >/dev/null
# the rollups are rebuilt by this script, not by the job; demo mode gives the demo ADMIN who may ask for a rebuild
(cd "${work}" && exec java -XX:+UseSerialGC -jar "$OLDPWD/target/bench-app/samenspel-0.1.0-SNAPSHOT.jar" \
	--server.port="${PORT}" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/${DB}" \
	--spring.datasource.username=postgres --samenspel.demo.enabled=true --samenspel.encryption.key-file="${work}/key" \
	--samenspel.reporting.refresh-initial-delay=PT24H --samenspel.reporting.refresh-delay=PT24H \
	--management.endpoint.health.probes.enabled=true >"${work}/app.log" 2>&1) &
pid=$!
# ready, not just up: the demo data (and its first rollup build, over this data set too) is loaded before
for _ in $(seq 1 3600); do curl -fs "${BASE}/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "${BASE}/actuator/health/readiness" >/dev/null || { echo "Samenspel did not get ready" >&2; tail -30 "${work}/app.log"; exit 2; }

login() {
	sign_in "${BASE}" "$1" "$2"
}
login admin "${work}/admin"
login gm9950-gemeente "${work}/gemeente"
refresh() {
	curl -fs -o /dev/null -c "${work}/admin" -b "${work}/admin" "${BASE}/"
	local csrf
	csrf="$(awk '$6 == "XSRF-TOKEN" { print $7 }' "${work}/admin" | tail -1)"
	curl -fs -b "${work}/admin" -H "X-XSRF-TOKEN: ${csrf}" -X POST "${BASE}/api/v1/reports/rollups/refresh"
}
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
annual() { curl -fs -b "${work}/gemeente" -o "$2" -w '%{time_total}\n' "${BASE}/api/v1/reports/annual?year=${YEAR}&source=$1"; }

echo "Data: $("${PSQL[@]}" -tAc "select count(*) from attendance") attendance rows, $("${PSQL[@]}" -tAc \
	"select count(*) from activity_session where held_at is not null") sessions held, $("${PSQL[@]}" -tAc \
	"select count(*) from child") children; report year ${YEAR}, municipality GM9950"

refresh >/dev/null # whatever an earlier, interrupted run left stale
"${PSQL[@]}" -c "delete from report_month" -c "delete from report_reach" -c "delete from report_child_first"
"${PSQL[@]}" -c "insert into report_stale (organisation_id, month_key, claimed) select distinct organisation_id,
	cast(extract(year from session_date) * 100 + extract(month from session_date) as integer), false
	from activity_session where held_at is not null on conflict do nothing"
echo "1. Building every rollup from nothing ($("${PSQL[@]}" -tAc "select count(*) from report_stale") organisation-months stale):"
echo "   $(refresh)"
echo "   rollup rows: report_month $("${PSQL[@]}" -tAc "select count(*) from report_month"), report_reach $("${PSQL[@]}" -tAc \
	"select count(*) from report_reach")"

echo "2. Municipal annual report ${YEAR}, ${RUNS} warm runs each:"
for _ in 1 2 3; do annual AUTO "${work}/auto.json" >/dev/null; done
annual RAW "${work}/raw.json" >/dev/null
grep -q '"fromRollups":true' "${work}/auto.json" || { echo "   the annual report did not come from the rollups" >&2; exit 3; }
rollup=$(for _ in $(seq 1 "${RUNS}"); do annual AUTO "${work}/auto.json"; done | awk '{ printf "%.1f\n", $1 * 1000 }' | median)
raw=$(for _ in $(seq 1 "${RUNS}"); do annual RAW "${work}/raw.json"; done | awk '{ printf "%.1f\n", $1 * 1000 }' | median)
same=$(diff <(sed 's/"fromRollups":[a-z]*//g' "${work}/auto.json") <(sed 's/"fromRollups":[a-z]*//g' "${work}/raw.json") >/dev/null && echo yes || echo NO)
echo "   from the rollups: median ${rollup} ms"
echo "   from the rows:    median ${raw} ms"
awk -v a="${rollup}" -v b="${raw}" 'BEGIN { printf "   ratio: the rollups are %.0f times faster\n", b / a }'
echo "   the same numbers: ${same}"

echo "3. Rebuilding after a day's new attendance:"
day=$("${PSQL[@]}" -tAc "select max(s.session_date) from activity_session s join attendance a on a.session_id = s.id")
"${PSQL[@]}" -c "drop table if exists bench_day" -c "create table bench_day as select a.* from attendance a
	join activity_session s on s.id = a.session_id where s.session_date = '${day}'" \
	-c "delete from attendance a using bench_day d where a.session_id = d.session_id and a.child_id = d.child_id" \
	-c "insert into report_stale (organisation_id, month_key, claimed) select distinct organisation_id,
		cast(extract(year from date '${day}') * 100 + extract(month from date '${day}') as integer), false from bench_day
		on conflict do nothing"
refresh >/dev/null
rows=$("${PSQL[@]}" -tAc "select count(*) from bench_day")
"${PSQL[@]}" -c "insert into attendance select * from bench_day" \
	-c "insert into report_stale (organisation_id, month_key, claimed) select distinct organisation_id,
		cast(extract(year from date '${day}') * 100 + extract(month from date '${day}') as integer), false from bench_day
		on conflict do nothing"
echo "   ${day}: ${rows} attendance rows back, $("${PSQL[@]}" -tAc "select count(*) from report_stale") organisation-months stale"
echo "   $(refresh)"
