#!/usr/bin/env bash
# Volunteers benchmark (issue 19), not a test. Samenspel on a fresh PostgreSQL database with demo data, plus, in the
# first demo organisation, 5,000 volunteers (most screened; some without a VOG, with one that lapses, without the code
# of conduct, or inactive), ACTIVITIES activities with a year of weekly sessions (half a year back, half ahead), two
# volunteers on most sessions and the four-eyes rule on half the activities. Then the server time (Tomcat's access
# log) of:
#   - the planning page of a month (GET /volunteers/planning?month=...), N sequential requests;
#   - the assignment check: POST /volunteers/planning/sessions/{id}/assignments, once for a volunteer who is refused
#     (no VOG: the refusal names it, nothing saved) and once for screened volunteers who are assigned (each request a
#     different volunteer and session).
# Target: server p95 under 50 ms for both.
#
#   bench/volunteers.sh               needs PostgreSQL on 127.0.0.1:5432 (user postgres), curl, psql and a JDK
#   VOLUNTEERS=5000 ACTIVITIES=100 N=200 bench/volunteers.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VOLUNTEERS="${VOLUNTEERS:-5000}"
ACTIVITIES="${ACTIVITIES:-100}"
N="${N:-200}"
PORT="${PORT:-18095}"
DB=samenspel_bench_volunteers
BASE="http://127.0.0.1:${PORT}"
PSQL=(psql -q -tA -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "${DB}")
. bench/lib.sh
BENCH_APP_ARGS="${BENCH_ACCESS_LOG}" bench_start -Xmx1g
sleep 1

echo "Seeding ${VOLUNTEERS} volunteers, ${ACTIVITIES} activities with a year of weekly sessions, and their assignments"
"${PSQL[@]}" <<SQL
create temporary table org as select id from organisation where name = 'Stichting Welzijn Zonnedal';
create temporary table loc as
  select row_number() over (order by name) - 1 as n, id from location where organisation_id = (select id from org);
insert into volunteer (id, organisation_id, first_name, last_name, age_band, status, intake_on, code_signed_on,
                       code_version, vog_issued_on, vog_profile, vog_checked_on, vog_renewal_due, created_at, version)
select gen_random_uuid(), (select id from org), 'Vrijwilliger' || g, 'Bench ' || lpad(g::text, 5, '0'),
       (array['UNDER_25','FROM_25_TO_54','FROM_55_TO_69','FROM_70'])[1 + g % 4],
       case when g % 50 = 0 then 'INACTIVE' else 'ACTIVE' end, current_date - 400,
       case when g % 20 = 1 then null else current_date - 390 end, '2026-1',
       case when g % 25 = 2 then null else current_date - 380 end, '84', current_date - 375,
       case when g % 25 = 2 then null when g % 10 = 3 then current_date + 20 else current_date + 700 end, now(), 0
from generate_series(1, ${VOLUNTEERS}) g;
insert into activity (id, version, organisation_id, title, description, location_id, min_age, max_age, capacity, cost,
                      mode, published, active, created_at)
select gen_random_uuid(), 0, (select id from org), 'Vrijwilligersactiviteit ' || g, 'Samen spelen.',
       (select id from loc where n = g % (select count(*) from loc)), 4, 12, null, 'FREE', 'DROP_IN', true, true, now()
from generate_series(1, ${ACTIVITIES}) g;
insert into activity_session (id, version, organisation_id, activity_id, session_date, weekday, starts_at, ends_at,
                              duration_minutes, location_id, status)
select gen_random_uuid(), 0, a.organisation_id, a.id, d, extract(isodow from d), time '15:00', time '16:30', 90,
       a.location_id, 'PLANNED'
from activity a
cross join lateral generate_series(current_date - 182 + (abs(hashtext(a.id::text)) % 7), current_date + 182, interval '7 days') d
where a.title like 'Vrijwilligersactiviteit %';
insert into session_staff (session_id, app_user_id)
select s.id, (select id from app_user where username = 'worker')
from activity_session s join activity a on a.id = s.activity_id
where a.title like 'Vrijwilligersactiviteit %' and abs(hashtext(s.id::text)) % 2 = 0;
insert into volunteer_activity_rule (activity_id, organisation_id, four_eyes, auto_confirm)
select id, organisation_id, true, false from activity where title like 'Vrijwilligersactiviteit %' and abs(hashtext(id::text)) % 2 = 0;
create temporary table numbered as
  select row_number() over (order by last_name) - 1 as n, id from volunteer where last_name like 'Bench %';
insert into volunteer_assignment (id, organisation_id, volunteer_id, session_id, status, absent, created_at, confirmed_at)
select gen_random_uuid(), s.organisation_id, v.id, s.id, case when k = 1 and abs(hashtext(s.id::text)) % 5 = 0 then 'REQUESTED' else 'CONFIRMED' end,
       false, now(), now()
from (select s.*, row_number() over (order by s.id) as r from activity_session s join activity a on a.id = s.activity_id
      where a.title like 'Vrijwilligersactiviteit %') s
cross join generate_series(0, 1) k
join numbered v on v.n = (s.r * 2 + k) % ${VOLUNTEERS}
where abs(hashtext(s.id::text || k)) % 10 < 8;
analyze;
SQL
echo "  $("${PSQL[@]}" -c "select count(*) from volunteer") volunteers, $("${PSQL[@]}" -c "select count(*) from activity_session") sessions, $("${PSQL[@]}" -c "select count(*) from volunteer_assignment") assignments"

month="$(date +%Y-%m)"
bench_login coordinator
jar="${work}/cookies"
echo "  the month ${month}: $("${PSQL[@]}" -c "select count(*) from activity_session where to_char(session_date, 'YYYY-MM') = '${month}'") sessions"

echo "Planning page of a month, ${N} sequential requests"
for _ in $(seq 1 20); do curl -fs -o /dev/null -b "${jar}" "${BASE}/volunteers/planning?month=${month}"; done
before="$(wc -l < "${work}/access.log")"
for _ in $(seq 1 "${N}"); do curl -fs -o /dev/null -b "${jar}" "${BASE}/volunteers/planning?month=${month}"; done
echo "  /volunteers/planning?month=${month}: $(server_p95 '^/volunteers/planning$' "${before}") (target p95 < 50 ms)"

echo "Assignment check, ${N} sequential requests each"
"${PSQL[@]}" -c "select s.id from activity_session s join activity a on a.id = s.activity_id
  where a.title like 'Vrijwilligersactiviteit %' and s.session_date > current_date order by s.session_date, s.id" > "${work}/sessions.txt"
"${PSQL[@]}" -c "select id from volunteer where last_name like 'Bench %' and status = 'ACTIVE' and code_signed_on is not null
  and vog_issued_on is not null and vog_renewal_due > current_date + 400 order by last_name" > "${work}/cleared.txt"
refused="$("${PSQL[@]}" -c "select id from volunteer where last_name like 'Bench %' and vog_issued_on is null and status = 'ACTIVE' limit 1")"
first="$(head -1 "${work}/sessions.txt")"
csrf="$(curl -fs -b "${jar}" "${BASE}/volunteers/planning/sessions/${first}" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
[[ -n "${csrf}" ]] || { echo "No CSRF token on the session's planning page" >&2; exit 2; }
assign() {
	curl -s -o /dev/null -w '%{http_code}' -b "${jar}" -X POST "${BASE}/volunteers/planning/sessions/$1/assignments" \
		--data-urlencode "_csrf=${csrf}" --data-urlencode "volunteerId=$2"
}
for i in $(seq 1 20); do assign "$(sed -n "${i}p" "${work}/sessions.txt")" "${refused}" >/dev/null; done
before="$(wc -l < "${work}/access.log")"
for i in $(seq 1 "${N}"); do assign "$(sed -n "$((i % 500 + 1))p" "${work}/sessions.txt")" "${refused}" >/dev/null; done
echo "  refused (no VOG, nothing saved): $(server_p95 '/assignments$' "${before}") (target p95 < 50 ms)"
before="$(wc -l < "${work}/access.log")"
statuses=""
for i in $(seq 1 "${N}"); do
	statuses+="$(assign "$(sed -n "$((i * 7 % $(wc -l < "${work}/sessions.txt") + 1))p" "${work}/sessions.txt")" "$(sed -n "$((i + 100))p" "${work}/cleared.txt")") "
done
echo "  assigned (screened volunteers): $(server_p95 '/assignments$' "${before}") (target p95 < 50 ms);" \
	"$(tr ' ' '\n' <<< "${statuses}" | grep -c '^302$') of ${N} assigned"

# the shared calendar's benchmark (another slice of issue 19), when it is there
if [[ -x bench/calendar.sh ]]; then
	echo "Shared calendar (bench/calendar.sh)"
	PORT=$((PORT + 1)) bench/calendar.sh # its own server and database, beside this one
fi
