#!/usr/bin/env bash
# Kiosk benchmark (not a test), issue 17. PostgreSQL with ORGS organisations of KIOSKS kiosks each (500 by default),
# every kiosk open for its own session today with 30 children present, and an open round of four approved ideas per
# organisation. Children take turns as on a tablet (bench/KioskLoad.java): the name list, their menu (an avatar the
# first time), the vote page, a vote, the feedback page, five smileys with a text, the thank-you page. A second vote
# in a round is refused with a message, as it should be, and is still a request the server answers.
#   0. One child at a time on one kiosk: what a request costs without contention.
#   1. One kiosk session: 30 children at once, each tapping about once a second (THINK_ONE ms).
#   2. 500 kiosks across the organisations at once, a child at each tapping about every two seconds (THINK_MANY ms).
#   3. Saturation: CLIENTS clients going round all kiosks without pausing: what this machine can take at most.
# Server time per request from Tomcat's access log: median and p95 (target p95 < 50 ms in 1 and 2), and the rows written.
#
#   bench/kiosk.sh                    needs PostgreSQL on 127.0.0.1:5432 (user postgres), curl, psql and a JDK
#   ORGS=25 KIOSKS=20 THINK_ONE=1000 THINK_MANY=2000 CLIENTS=50 TURNS=3000 bench/kiosk.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ORGS="${ORGS:-25}"
KIOSKS="${KIOSKS:-20}"
CLIENTS="${CLIENTS:-50}"
TURNS="${TURNS:-3000}"
THINK_ONE="${THINK_ONE:-1000}"
THINK_MANY="${THINK_MANY:-2000}"
PORT="${PORT:-18093}"
DB=samenspel_bench_kiosk
BASE="http://127.0.0.1:${PORT}"
. bench/lib.sh
BENCH_APP_ARGS="${BENCH_ACCESS_LOG}" bench_start -Xmx1g
sleep 1

echo "Seeding ${ORGS} organisations with ${KIOSKS} open kiosks each, 30 children present at each kiosk's session"
psql -q -h 127.0.0.1 -U postgres -d "${DB}" <<SQL
\set ON_ERROR_STOP on
create temporary table bench_org as
  select g as n, gen_random_uuid() as id, gen_random_uuid() as worker, gen_random_uuid() as location,
         gen_random_uuid() as activity, gen_random_uuid() as round
  from generate_series(1, ${ORGS}) g;
insert into organisation (id, version, name, region, active, created_at)
select id, 0, 'Kiosk bench ' || n, 'MIDDLE', true, now() from bench_org;
insert into app_user (id, version, organisation_id, username, display_name, email, password_hash, preferred_language,
                      status, created_at)
select worker, 0, id, 'kiosk-bench-' || n, 'Werker ' || n, 'werker' || n || '@bench.invalid', null, 'nl', 'ACTIVE', now()
from bench_org;
insert into location (id, version, organisation_id, name, type, active)
select location, 0, id, 'Buurthuis ' || n, 'COMMUNITY_CENTRE', true from bench_org;
insert into activity (id, version, organisation_id, title, description, location_id, min_age, max_age, capacity, cost,
                      mode, published, active, created_at)
select activity, 0, id, 'Kinderclub ' || n, 'Samen spelen en bouwen.', location, 4, 12, 40, 'FREE', 'DROP_IN', true,
       true, now()
from bench_org;
create temporary table bench_session as
  select o.n, o.id as organisation_id, o.activity, o.location, o.worker, k, gen_random_uuid() as id,
         'kiosk-bench-' || o.n || '-' || k as token
  from bench_org o cross join generate_series(1, ${KIOSKS}) k;
insert into activity_session (id, version, organisation_id, activity_id, session_date, weekday, starts_at, ends_at,
                              duration_minutes, location_id, status)
select id, 0, organisation_id, activity, current_date, extract(isodow from current_date), time '00:00', time '23:59',
       1439, location, 'PLANNED'
from bench_session;
create temporary table bench_child as
  select s.id as session_id, s.organisation_id, s.worker, c, gen_random_uuid() as id
  from bench_session s cross join generate_series(1, 30) c;
insert into child (id, version, organisation_id, first_name, last_name, search_name, date_of_birth, gender,
                   neighbourhood_id, school, status, created_at, last_activity_at)
select id, 0, organisation_id, 'Kind' || c, 'Bench', 'kind' || c || ' bench', current_date - (1500 + c * 97),
       (array['GIRL','BOY','OTHER','NOT_RECORDED'])[1 + c % 4], null, 'OBS De Regenboog', 'ACTIVE', now(), now()
from bench_child;
insert into attendance (session_id, child_id, organisation_id, present, checked_in_at, recorded_by, recorded_at)
select session_id, id, organisation_id, true, time '00:05', worker, now() from bench_child;
insert into participation_round (id, organisation_id, title, activity_id, method, dots, status, opens_on, closes_on,
                                 created_by, created_at)
select round, id, 'Vakantieweek', activity, 'APPROVAL', 3, 'OPEN', current_date, null, worker, now() from bench_org;
insert into participation_idea (id, organisation_id, round_id, text, child_id, proposed_by, approved, flagged, status,
                                reason, activity_id, created_at)
select gen_random_uuid(), o.id, o.round, idea, null, o.worker, true, false, 'NEW', null, null, now()
from bench_org o cross join unnest(array['Een waterballonnengevecht', 'Naar de film', 'Een speurtocht',
                                         'Pannenkoeken bakken']) idea;
insert into participation_kiosk (id, organisation_id, session_id, token_hash, opened_by, opened_at, closes_at)
select gen_random_uuid(), organisation_id, id, encode(sha256(convert_to(token, 'UTF8')), 'hex'), worker, now(),
       now() + interval '1 day'
from bench_session;
create table bench_kiosk_line as
  select s.n, s.k, s.token || ' ' || o.round || ' ' ||
         (select string_agg(i.id::text, ' ' order by i.text) from (select id, text from participation_idea
              where round_id = o.round order by text limit 2) i) || ' ' ||
         (select string_agg(c.id::text, ' ' order by c.c) from bench_child c where c.session_id = s.id) as line
  from bench_session s join bench_org o on o.id = s.organisation_id;
analyze;
SQL
psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select line from bench_kiosk_line order by n, k" > "${work}/kiosks.txt"
echo "  $(wc -l < "${work}/kiosks.txt") kiosks, $(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select count(*) from child") children, $(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select count(*) from attendance") attendance rows"

per_route() {
	local skip="$1"
	tail -n "+$((skip + 1))" "${work}/access.log" | tr '_' ' ' | awk '$3 ~ /^\/kiosk/ {
			path = $3; gsub(/[0-9a-f-]{36}/, "{id}", path); sub(/\?.*/, "", path); print $2 " " path " " $1 / 1000 }' \
		| sort -k1,2 -k3n | awk '
		{ key = $1 " " $2; if (key != last && last != "") flush(); last = key; t[++n] = $3 }
		function flush() { printf "    %-36s p95 %6.1f ms (%d)\n", last, t[int(n * 0.95 + 0.5)], n; n = 0 }
		END { if (n) flush() }'
}
rows() {
	psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select (select count(*) from participation_ballot) || ' ballots, ' ||
		(select count(*) from participation_feedback) || ' feedback forms, ' || (select count(*) from participation_avatar) || ' avatars'"
}

echo "Warming up (one kiosk per organisation, 300 turns)"
head -n 1 "${work}/kiosks.txt" > "${work}/warm.txt"
awk -v k="${KIOSKS}" 'NR % k == 0' "${work}/kiosks.txt" >> "${work}/warm.txt"
java bench/KioskLoad.java "${BASE}" "${work}/warm.txt" 10 300 many >/dev/null
echo "  $(rows)"

echo "0. One child at a time on one kiosk (1 client, 100 turns): the cost of a request without contention"
sed -n 3p "${work}/kiosks.txt" > "${work}/alone.txt"
before="$(wc -l < "${work}/access.log")"
java bench/KioskLoad.java "${BASE}" "${work}/alone.txt" 1 100 one
echo "  $(server_p95 "^/kiosk" "${before}")"
per_route "${before}"

echo "1. One kiosk session: 30 children at once, a tap about every $((THINK_ONE / 1000)) s (30 clients, 90 turns)"
sed -n 2p "${work}/kiosks.txt" > "${work}/one.txt"
before="$(wc -l < "${work}/access.log")"
java bench/KioskLoad.java "${BASE}" "${work}/one.txt" 30 90 one "${THINK_ONE}"
echo "  $(server_p95 "^/kiosk" "${before}") (target p95 < 50 ms)"
per_route "${before}"
echo "  $(rows)"

echo "2. $(wc -l < "${work}/kiosks.txt") kiosks across ${ORGS} organisations at once, a tap about every $((THINK_MANY / 1000)) s at each (one client per kiosk, 1500 turns)"
before="$(wc -l < "${work}/access.log")"
java bench/KioskLoad.java "${BASE}" "${work}/kiosks.txt" "$(wc -l < "${work}/kiosks.txt")" 1500 many "${THINK_MANY}"
echo "  $(server_p95 "^/kiosk" "${before}") (target p95 < 50 ms)"
per_route "${before}"
echo "  $(rows)"

echo "3. Saturation: ${CLIENTS} clients round all kiosks without pausing, ${TURNS} turns"
before="$(wc -l < "${work}/access.log")"
java bench/KioskLoad.java "${BASE}" "${work}/kiosks.txt" "${CLIENTS}" "${TURNS}" many
echo "  $(server_p95 "^/kiosk" "${before}")"
echo "  $(rows)"
