#!/usr/bin/env bash
# Reporting benchmark data (issue 6), not a test: creates the PostgreSQL database samenspel_bench on 127.0.0.1:5432
# (user postgres, trust), migrates it with the application's own Flyway migrations and fills it with
# nl.samenspel.bench.DataGenerator (src/test/java): one municipality with 40 neighbourhoods, 8 organisations,
# 100,000 children, 2,000 activities with 3 years of weekly sessions, 5,000,000 attendance rows, signals, Meldcode
# cases and referrals (see bench/README.md). Then VACUUM ANALYZE and the row count of every table.
# The database stays for the benchmarks; run this again to make it anew.
#
#   bench/generate.sh                         scale 1 (a few minutes on 2 cores)
#   SCALE=0.01 bench/generate.sh              a tiny run
#   DB=samenspel_bench2 MUNICIPALITY=GM9951 NAME=Proefdorp SEED=7 UNTIL=2026-12-01 bench/generate.sh
#   NO_BUILD=1 bench/generate.sh              skip the Maven build (test classes and classpath already there)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB="${DB:-samenspel_bench}"
SCALE="${SCALE:-1}"
MUNICIPALITY="${MUNICIPALITY:-GM9950}"
NAME="${NAME:-Benchmarkstad}"
SEED="${SEED:-6}"
UNTIL="${UNTIL:-$(TZ=Europe/Amsterdam date +%F)}"
KEY_FILE="${KEY_FILE:-target/bench/encryption.key}"
PSQL=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)

if [[ -z "${NO_BUILD:-}" || ! -f target/bench-classpath.txt ]]; then
	./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi

"${PSQL[@]}" -c "drop database if exists ${DB} with (force)" -c "create database ${DB} encoding 'UTF8'" >/dev/null
start=$(date +%s)
java -Xmx4g -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	-Dorg.slf4j.simpleLogger.defaultLogLevel=warn nl.samenspel.bench.DataGenerator \
	--url "jdbc:postgresql://127.0.0.1:5432/${DB}" --user postgres --migrate --scale "${SCALE}" \
	--municipality "${MUNICIPALITY}" --name "${NAME}" --seed "${SEED}" --until "${UNTIL}" --key-file "${KEY_FILE}" \
	2>&1 | grep -v ' DEBUG \| INFO '
generated=$(date +%s)
"${PSQL[@]}" -d "${DB}" -c "vacuum (analyze)"
done_at=$(date +%s)
echo "Generated in $((generated - start)) s, VACUUM ANALYZE in $((done_at - generated)) s; rows per table:"
"${PSQL[@]}" -d "${DB}" -tA -F $'\t' <<'SQL' | sort | awk -F '\t' '{ printf "  %-36s %12s\n", $1, $2 }'
select format('select %L, count(*) from %I', table_name, table_name)
from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' \gexec
SQL
echo "Database ${DB} is ready. Sealed columns were sealed with the key in ${KEY_FILE} (key id local): start Samenspel on it with"
echo "  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${DB} --spring.datasource.username=postgres \\"
echo "  --samenspel.encryption.keys.local=\$(cat ${KEY_FILE})"
echo "and sign in as $(echo "${MUNICIPALITY}" | tr 'A-Z' 'a-z')-o1-coordinator-1 or $(echo "${MUNICIPALITY}" | tr 'A-Z' 'a-z')-gemeente (password samenspel-demo)."
