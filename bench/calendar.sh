#!/usr/bin/env bash
# Shared calendar benchmark (not a test), issue 19: clash and gap detection over ENTRIES partner calendar entries
# (10,000 by default) of PARTNERS partners in ONE neighbourhood of the first demo organisation, spread over a year
# from this week's Monday (about 28 a day, 09:00-19:00, 60-120 minutes, ages in bands of three). Starts Samenspel on
# a fresh PostgreSQL database with demo data (bench/lib.sh), seeds the entries with SQL and measures, as `worker`,
# from Tomcat's access log (%D) after 10 warm-up requests, N requests each:
#   1. the calendar page of a week (its entries with their clashes, and the offer per day and age band of four weeks),
#      a different week each request;
#   2. the API's clash list of four weeks;
#   3. the API's clash list of the whole year: the sweep over all ENTRIES entries (a large JSON answer).
# Target: clash and gap detection under 200 ms.
#
#   bench/calendar.sh                  needs PostgreSQL on 127.0.0.1:5432 (user postgres), curl, psql and a JDK
#   ENTRIES=20000 N=100 bench/calendar.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ENTRIES="${ENTRIES:-10000}"
PARTNERS="${PARTNERS:-20}"
N="${N:-40}"
PORT="${PORT:-18095}"
DB="${DB:-samenspel_bench_calendar}"
BASE="http://127.0.0.1:${PORT}"
. bench/lib.sh
BENCH_APP_ARGS="${BENCH_ACCESS_LOG}" bench_start -Xmx1g

organisation="$(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select organisation_id from app_user where username = 'worker'")"
neighbourhood="$(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select id from neighbourhood where organisation_id = '${organisation}' and active order by cbs_year desc, name limit 1")"
monday="$(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select cast(date_trunc('week', now() at time zone 'Europe/Amsterdam') as date)")"
echo "Seeding ${ENTRIES} entries of ${PARTNERS} partners in neighbourhood ${neighbourhood} from ${monday}"
psql -q -h 127.0.0.1 -U postgres -d "${DB}" <<SQL
create temporary table bench_partner as
select gen_random_uuid() as id, n from generate_series(0, ${PARTNERS} - 1) n;
insert into network_organisation (id, version, organisation_id, kind, name, route, national, active, min_age, max_age)
select id, 0, '${organisation}', 'SPORTS_CLUB', 'Benchpartner ' || n, 'DIRECT', false, true, 4, 12 from bench_partner;
insert into calendar_entry (id, version, organisation_id, network_organisation_id, neighbourhood_id, title, location,
  starts_at, ends_at, min_age, max_age, created_by, updated_at)
select gen_random_uuid(), 0, '${organisation}', p.id, '${neighbourhood}', 'Activiteit ' || i, 'Buurthuis',
  (timestamp '${monday} 09:00' + (i / 28) * interval '1 day' + (i % 28) * interval '20 minutes') at time zone 'Europe/Amsterdam',
  (timestamp '${monday} 09:00' + (i / 28) * interval '1 day' + (i % 28) * interval '20 minutes'
    + (60 + (i % 4) * 20) * interval '1 minute') at time zone 'Europe/Amsterdam',
  4 + (i % 7), 6 + (i % 7), (select id from app_user where username = 'worker'), now()
from generate_series(0, ${ENTRIES} - 1) i join bench_partner p on p.n = i % ${PARTNERS};
analyze calendar_entry;
SQL
echo "  $(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select count(*) from calendar_entry where neighbourhood_id = '${neighbourhood}'") entries in the neighbourhood"

bench_login worker
jar="${work}/cookies"
measure() {
	local name="$1" pattern="$2"; shift 2
	local urls=("$@") skip
	for i in $(seq 1 10); do curl -fs -o /dev/null -b "${jar}" "${BASE}${urls[$((i % ${#urls[@]}))]}"; done
	skip="$(wc -l < "${work}/access.log")"
	for i in $(seq 1 "${N}"); do curl -fs -o /dev/null -b "${jar}" "${BASE}${urls[$((i % ${#urls[@]}))]}"; done
	printf '%-40s %s\n' "${name}" "$(server_p95 "${pattern}" "${skip}")"
}

weeks=()
for k in $(seq 0 51); do weeks+=("/network/calendar?neighbourhood=${neighbourhood}&week=$(date -d "${monday} + $((k * 7)) days" +%F)"); done
month=()
for k in $(seq 0 12); do
	from="$(date -d "${monday} + $((k * 28)) days" +%F)"
	month+=("/api/v1/calendar/clashes?neighbourhoodId=${neighbourhood}&from=${from}&to=$(date -d "${from} + 27 days" +%F)")
done
year="/api/v1/calendar/clashes?neighbourhoodId=${neighbourhood}&from=${monday}&to=$(date -d "${monday} + 399 days" +%F)"
week_clashes="$(curl -fs -b "${jar}" "${BASE}/api/v1/calendar/clashes?neighbourhoodId=${neighbourhood}&from=${monday}&to=$(date -d "${monday} + 6 days" +%F)" | grep -o '"first"' | wc -l)"
year_clashes="$(curl -fs -b "${jar}" "${BASE}${year}" | grep -o '"first"' | wc -l)"
echo "  clashes: ${week_clashes} in the first week, ${year_clashes} in the year"

measure "calendar page, one week (+4 weeks gaps)" '^/network/calendar$' "${weeks[@]}"
measure "API clashes, four weeks" '^/api/v1/calendar/clashes$' "${month[@]}"
N="$(( N < 20 ? N : 20 ))" measure "API clashes, the whole year" '^/api/v1/calendar/clashes$' "${year}"
