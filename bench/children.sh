#!/usr/bin/env bash
# Children benchmark (not a test): with 20,000 children in PostgreSQL, the server time of the registry's search
# page and the API search (median and p95 over 500 requests each; target p95 < 50 ms), and the CSV import of 5,000
# children, preview plus confirmation (target < 10 s).
#
#   bench/children.sh                 needs PostgreSQL on 127.0.0.1:5432 (user postgres), curl and psql
#   N=200 CHILDREN=5000 bench/children.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

N="${N:-500}"
CHILDREN="${CHILDREN:-20000}"
IMPORT="${IMPORT:-5000}"
PORT="${PORT:-18090}"
DB=samenspel_bench_children
BASE="http://127.0.0.1:${PORT}"
. bench/lib.sh
BENCH_APP_ARGS="" bench_start -XX:TieredStopAtLevel=1

echo "Seeding ${CHILDREN} children"
psql -q -h 127.0.0.1 -U postgres -d "${DB}" <<SQL
insert into child (id, version, organisation_id, first_name, last_name, search_name, date_of_birth, gender,
                   neighbourhood_id, school, status, created_at, last_activity_at)
select gen_random_uuid(), 0, o.id, f.name, l.name, lower(f.plain || ' ' || l.plain),
       current_date - (1460 + (g * 7919) % 3000), (array['GIRL','BOY','OTHER','NOT_RECORDED'])[1 + g % 4],
       (select id from neighbourhood n where n.organisation_id = o.id order by n.code offset (g % 7) limit 1),
       (array['OBS De Regenboog','Basisschool De Molen','CBS Het Anker'])[1 + g % 3], 'ACTIVE', now(), now()
from generate_series(1, ${CHILDREN}) g
cross join (select id from organisation where name = 'Stichting Welzijn Zonnedal') o
cross join lateral (select (array['Zoë','Daan','Ayşe','Sem','Noor','Lucas','Emma','Mohammed','Julia','Łukasz','Fleur','Milan'])[1 + g % 12] as name,
                           (array['zoe','daan','ayse','sem','noor','lucas','emma','mohammed','julia','lukasz','fleur','milan'])[1 + g % 12] as plain) f
cross join lateral (select (array['Jansen','de Vries','Yılmaz','Bakker','Visser','Smit','El Amrani','Nowak','Mulder','de Boer','Meijer','Bos'])[1 + (g / 12) % 12] || ' ' || g as name,
                           (array['jansen','de vries','yilmaz','bakker','visser','smit','el amrani','nowak','mulder','de boer','meijer','bos'])[1 + (g / 12) % 12] || ' ' || g as plain) l;
analyze child;
SQL

bench_login coordinator

measure() {
	local label="$1" path_template="$2"
	local terms=(zoe daan ayse sem noor lucas jansen vries yilmaz bakker "emma smit" 12 345 milan)
	for i in $(seq 1 20); do
		curl -fs -o /dev/null -b "${jar}" -G "${BASE}${path_template%q=}" --data-urlencode "q=${terms[$((i % ${#terms[@]}))]}"
	done
	local times=()
	for i in $(seq 1 "${N}"); do
		local term="${terms[$((i % ${#terms[@]}))]}"
		times+=("$(curl -fs -o /dev/null -b "${jar}" -w '%{time_starttransfer}' -G "${BASE}${path_template%q=}" --data-urlencode "q=${term}")")
	done
	printf '%s\n' "${times[@]}" | sort -n | awk -v label="${label}" -v n="${N}" '
		{ t[NR] = $1 * 1000 }
		END { printf "%-32s median %6.1f ms   p95 %6.1f ms   (%d requests; target p95 < 50 ms)\n", label, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], n }'
}
measure "search page /children" "/children?q="
measure "API search /api/v1/children" "/api/v1/children?q="

echo "Generating a CSV of ${IMPORT} children"
python3 - "${work}/import.csv" "${IMPORT}" <<'PY'
import sys, datetime
path, n = sys.argv[1], int(sys.argv[2])
year = datetime.date.today().year
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("\ufeffvoornaam;achternaam;geboortedatum;geslacht;school;ouder_naam;ouder_relatie;ouder_telefoon;ouder_email\r\n")
    for i in range(n):
        family = i // 2
        f.write(f"Kind{i};Familie{family};{year - 4 - i % 8}-{1 + i % 12:02d}-{1 + i % 28:02d};{'meisje' if i % 2 else 'jongen'};"
                f"OBS De Regenboog;Ouder {family};moeder;06 {10000000 + family};ouder{family}@example.org\r\n")
PY
start=$(date +%s%N)
preview="$(curl -fs -b "${jar}" -c "${jar}" -H "X-XSRF-TOKEN: $(awk '$6 == "XSRF-TOKEN" {print $7}' "${jar}")" \
	-F "file=@${work}/import.csv;type=text/csv" "${BASE}/children/import")"
checked=$(date +%s%N)
id="$(printf '%s' "${preview}" | sed -n 's|.*action="/children/import/\([0-9a-f-]*\)/confirm".*|\1|p' | head -1)"
[[ -n "${id}" ]] || { echo "The import preview failed" >&2; exit 2; }
csrf="$(printf '%s' "${preview}" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -fs -o /dev/null -b "${jar}" -X POST "${BASE}/children/import/${id}/confirm" --data-urlencode "_csrf=${csrf}"
done_at=$(date +%s%N)
count="$(psql -tA -h 127.0.0.1 -U postgres -d "${DB}" -c "select count(*) from child where first_name like 'Kind%'")"
printf 'CSV import of %s children: preview %d ms, confirm %d ms, total %d ms (target < 10000 ms); %s children written\n' \
	"${IMPORT}" $(((checked - start) / 1000000)) $(((done_at - checked) / 1000000)) $(((done_at - start) / 1000000)) "${count}"
