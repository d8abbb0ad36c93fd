#!/usr/bin/env bash
# Attendance benchmark (not a test). PostgreSQL with 20,000 children, 500 activities and a year of weekly sessions
# (26,000 sessions): 50 concurrent API clients mark attendance for the 30 children of today's session
# (PUT /api/v1/sessions/{id}/attendance/{childId}, present and absent in turn): requests per second and p95, client
# side and server time (Tomcat's access log; target p95 < 20 ms). Then the public programme with 500 upcoming
# activities, rendered sequentially: median and p95 server time (target p95 < 50 ms). Last, the pages around it on
# the same data: the session's attendance list, the activity's page (a year of sessions) and the coverage matrix.
#
#   bench/attendance.sh               needs PostgreSQL on 127.0.0.1:5432 (user postgres), curl, psql and a JDK
#   REQUESTS=6000 CLIENTS=50 bench/attendance.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CHILDREN="${CHILDREN:-20000}"
ACTIVITIES="${ACTIVITIES:-500}"
CLIENTS="${CLIENTS:-50}"
REQUESTS="${REQUESTS:-6000}"
PAGES="${PAGES:-300}"
PORT="${PORT:-18091}"
DB=samenspel_bench_attendance
BASE="http://127.0.0.1:${PORT}"
. bench/lib.sh
BENCH_APP_ARGS="${BENCH_ACCESS_LOG}" bench_start -Xmx1g
sleep 1

echo "Seeding ${CHILDREN} children, ${ACTIVITIES} activities and a year of weekly sessions"
psql -q -h 127.0.0.1 -U postgres -d "${DB}" <<SQL
\set ON_ERROR_STOP on
create temporary table org as select id from organisation where name = 'Stichting Welzijn Zonnedal';
insert into child (id, version, organisation_id, first_name, last_name, search_name, date_of_birth, gender,
                   neighbourhood_id, school, status, created_at, last_activity_at)
select gen_random_uuid(), 0, o.id, 'Kind' || g, 'Bench ' || g, 'kind' || g || ' bench ' || g,
       current_date - (1460 + (g * 7919) % 3000), (array['GIRL','BOY','OTHER','NOT_RECORDED'])[1 + g % 4],
       null, 'OBS De Regenboog', 'ACTIVE', now(), now()
from generate_series(1, ${CHILDREN}) g cross join org o;

create temporary table loc as
  select row_number() over (order by name) - 1 as n, id from location where organisation_id = (select id from org);
insert into activity (id, version, organisation_id, title, description, location_id, min_age, max_age, capacity, cost,
                      mode, published, active, created_at)
select gen_random_uuid(), 0, (select id from org), 'Activiteit ' || g, 'Samen spelen, koken en bouwen.',
       (select id from loc where n = g % (select count(*) from loc)), 4 + g % 3, 9 + g % 4, 40,
       (array['FREE','PAID','FREE_WITH_PASS'])[1 + g % 3], (array['DROP_IN','SERIES','PER_SESSION'])[1 + g % 3],
       true, true, now()
from generate_series(1, ${ACTIVITIES}) g;
update activity set price_cents = 250 where cost = 'PAID';
insert into activity_task (activity_id, task)
select id, (array['RAISING_TOGETHER','TALENT','SIGNALLING','HEALTH','TAKING_PART','PARTICIPATION','FELLOW_CITIZENS',
                  'MEETING','GENERATIONS','PLAY'])[1 + (abs(hashtext(id::text)) + k) % 10]
from activity cross join generate_series(0, 1) k where title like 'Activiteit %' on conflict do nothing;
insert into activity_theme (activity_id, theme)
select id, (array['SPORT','CULTURE','NATURE','FOOD_AND_HEALTH','TECHNOLOGY','CRAFTS','OUTDOOR_PLAY','GAMES'])[1 + abs(hashtext(id::text)) % 8]
from activity where title like 'Activiteit %';
insert into activity_session (id, version, organisation_id, activity_id, session_date, weekday, starts_at, ends_at,
                              duration_minutes, location_id, status)
select gen_random_uuid(), 0, a.organisation_id, a.id, d, extract(isodow from d), time '15:00', time '16:30', 90,
       a.location_id, 'PLANNED'
from activity a
cross join lateral generate_series(current_date - 182 + (abs(hashtext(a.id::text)) % 7), current_date + 182, interval '7 days') d
where a.title like 'Activiteit %';
-- the session at the door: today's meeting of one series, with 30 children enrolled
update activity set mode = 'SERIES' where title = 'Activiteit 1';
insert into activity_session (id, version, organisation_id, activity_id, session_date, weekday, starts_at, ends_at,
                              duration_minutes, location_id, status)
select gen_random_uuid(), 0, organisation_id, id, current_date, extract(isodow from current_date), time '09:00',
       time '10:30', 90, location_id, 'PLANNED'
from activity where title = 'Activiteit 1';
insert into enrolment (id, organisation_id, activity_id, child_id, status, enrolled_by, created_at, changed_at)
select gen_random_uuid(), c.organisation_id, a.id, c.id, 'ENROLLED', c.id, now(), now()
from (select * from child where first_name like 'Kind%' order by first_name limit 30) c
cross join (select id from activity where title = 'Activiteit 1') a;
analyze;
SQL
session="$(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select s.id from activity_session s join activity a on a.id = s.activity_id where a.title = 'Activiteit 1' and s.session_date = current_date and s.starts_at = time '09:00'")"
echo "$(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select count(*) from child") children, $(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select count(*) from activity") activities, $(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select count(*) from activity_session") sessions"

bench_login worker
curl -fs -o /dev/null -c "${jar}" -b "${jar}" "${BASE}/account"
xsrf="$(awk '$6 == "XSRF-TOKEN" {print $7}' "${jar}")"
token="$(curl -fs -b "${jar}" -c "${jar}" -H "X-XSRF-TOKEN: ${xsrf}" -H 'Content-Type: application/json' \
	-d '{"name":"bench","validDays":1}' "${BASE}/api/v1/tokens" | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p')"
[[ -n "${token}" ]] || { echo "Could not make an API token" >&2; exit 2; }

psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select child_id from enrolment e join activity a on a.id = e.activity_id where a.title = 'Activiteit 1'" \
	| awk -v base="${BASE}" -v session="${session}" '{ printf "PUT %s/api/v1/sessions/%s/attendance/%s {\"present\":true}\n", base, session, $1;
	                                                   printf "PUT %s/api/v1/sessions/%s/attendance/%s {\"present\":false}\n", base, session, $1 }' > "${work}/requests.txt"
echo "Warming up"
java bench/Load.java "${work}/requests.txt" "${token}" 10 1000 >/dev/null
before="$(wc -l < "${work}/access.log")"
echo "Marking attendance: ${CLIENTS} clients, ${REQUESTS} requests"
java bench/Load.java "${work}/requests.txt" "${token}" "${CLIENTS}" "${REQUESTS}"
echo "  $(server_p95 '/attendance/' "${before}") (target p95 < 20 ms)"
echo "  $(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select count(*) from attendance where session_id = '${session}'") children on the list"

echo "Public programme, ${ACTIVITIES} upcoming activities"
for i in $(seq 1 30); do curl -fs -o /dev/null "${BASE}/programma"; done
before="$(wc -l < "${work}/access.log")"
for i in $(seq 1 "${PAGES}"); do
	case $((i % 3)) in
		0) curl -fs -o /dev/null "${BASE}/programma" ;;
		1) curl -fs -o /dev/null "${BASE}/programma?leeftijd=$((4 + i % 9))&page=$((i % 5))" ;;
		2) curl -fs -o /dev/null "${BASE}/programma?gratis=true&dag=WEDNESDAY" ;;
	esac
done
echo "  /programma with filters, ${PAGES} sequential requests: $(server_p95 '^/programma' "${before}") (target p95 < 50 ms)"

echo "Pages on the same data, ${PAGES} sequential requests each"
activity="$(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select id from activity where title = 'Activiteit 1'")"
bench_login coordinator "${work}/coordinator"
for path in "/sessions/${session}" "/activities/${activity}" "/coverage"; do
	cookies="${work}/cookies"
	[[ "${path}" == /coverage ]] && cookies="${work}/coordinator"
	for i in $(seq 1 10); do curl -fs -o /dev/null -b "${cookies}" "${BASE}${path}"; done
	before="$(wc -l < "${work}/access.log")"
	for i in $(seq 1 "${PAGES}"); do curl -fs -o /dev/null -b "${cookies}" "${BASE}${path}"; done
	label="${path}"
	[[ "${path}" == /coverage ]] || label="${path%/*}/{id}"
	echo "  ${label}: $(server_p95 "^${path}\$" "${before}")"
done
