#!/usr/bin/env bash
# Startup benchmark (not a test): how long the application takes from `java` until
# /actuator/health says UP, and how much resident memory the process holds then.
#
#   bench/startup.sh            5 runs on H2, then 5 runs on PostgreSQL
#   RUNS=3 PORT=18081 bench/startup.sh
#   LAYOUT=jar bench/startup.sh                 the fat jar itself (slower: nested jars)
#   JAVA_OPTS="-XX:+UseG1GC" bench/startup.sh   other JVM flags
#
# By default it runs the way docs/operations.md recommends for a small node: the jar
# extracted with `java -Djarmode=tools -jar samenspel.jar extract` (Spring Boot's
# production layout), a class-data-sharing archive made by one training run
# (CDS=false leaves it out), and JAVA_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1".
#
# H2: every run starts from an empty database in a fresh temporary directory.
# PostgreSQL: database samenspel_bench on 127.0.0.1:5432 (user postgres, trust
# authentication) is dropped and created before every run; demo data is switched
# on so both databases do the same work. PostgreSQL is skipped if it is not running.
#
# Targets: median startup <= 5 s and median RSS <= 350 MB. Exit status 1 if a
# median misses a target, 2 if a run fails to start.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS="${RUNS:-5}"
PORT="${PORT:-18080}"
TARGET_MS=5000
TARGET_MB=350
TIMEOUT_MS=60000
JAR="target/samenspel-0.1.0-SNAPSHOT.jar"
LAYOUT="${LAYOUT:-extracted}"
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
PG_DB=samenspel_bench
HEALTH="http://127.0.0.1:${PORT}/actuator/health"

app_pid=""
work_dir=""
pg_used=false
run_ms=0
run_mb=0

cleanup() {
	if [[ -n "${app_pid}" ]] && kill -0 "${app_pid}" 2>/dev/null; then
		kill "${app_pid}" 2>/dev/null || true
		wait "${app_pid}" 2>/dev/null || true
	fi
	app_pid=""
	if [[ -n "${work_dir}" && -d "${work_dir}" ]]; then
		rm -rf "${work_dir}"
	fi
	work_dir=""
	if [[ "${pg_used}" == true ]]; then
		PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)" >/dev/null 2>&1 || true
		pg_used=false
	fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/${PORT}") 2>/dev/null
}

# Stop the application: SIGTERM (graceful shutdown), SIGKILL after 30 s.
stop_app() {
	local pid="$1" waited=0
	kill "${pid}" 2>/dev/null || true
	while kill -0 "${pid}" 2>/dev/null && ((waited < 300)); do
		sleep 0.1
		waited=$((waited + 1))
	done
	if kill -0 "${pid}" 2>/dev/null; then
		kill -9 "${pid}" 2>/dev/null || true
	fi
	wait "${pid}" 2>/dev/null || true
}

# median and max of the numbers given as arguments: prints "MEDIAN MAX"
stats() {
	printf '%s\n' "$@" | sort -n | awk '
		{ v[NR] = $1 }
		END {
			if (NR % 2) median = v[(NR + 1) / 2]; else median = (v[NR / 2] + v[NR / 2 + 1]) / 2
			printf "%d %d\n", median + 0.5, v[NR]
		}'
}

# One run. Not called in a subshell, so the EXIT trap always knows app_pid and
# work_dir. Sets run_ms and run_mb; returns 1 (after showing the log) on failure.
run_once() {
	local db="$1" run="$2"
	local -a args=(--server.port="${PORT}")

	if port_in_use; then
		echo "${db} run ${run}: port ${PORT} is already in use" >&2
		return 1
	fi
	work_dir="$(mktemp -d "${TMPDIR:-/tmp}/samenspel-bench.XXXXXX")"
	if [[ "${db}" == h2 ]]; then
		args+=("--spring.datasource.url=jdbc:h2:file:${work_dir}/samenspel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
	else
		PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
			-c "DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)" \
			-c "CREATE DATABASE ${PG_DB}" >/dev/null || return 1
		args+=("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${PG_DB}"
			--spring.datasource.username=postgres
			--samenspel.demo.enabled=true)
	fi

	local start elapsed body rss_kb
	start=$(now_ms)
	# exec: $! is the JVM itself, not a subshell. The working directory and the JVM's
	# temporary files live in the run's own directory.
	(cd "${work_dir}" && exec java ${JAVA_OPTS:-} "-Djava.io.tmpdir=${work_dir}" -jar "${jar_path}" "${args[@]}" \
		>"${work_dir}/app.log" 2>&1) &
	app_pid=$!

	while :; do
		body="$(curl -fs --max-time 2 "${HEALTH}" 2>/dev/null || true)"
		if [[ "${body}" == '{"status":"UP"}' ]]; then
			break
		fi
		elapsed=$(($(now_ms) - start))
		if ! kill -0 "${app_pid}" 2>/dev/null; then
			echo "${db} run ${run}: the application exited before it was healthy; last log lines:" >&2
			tail -n 30 "${work_dir}/app.log" >&2 || true
			wait "${app_pid}" 2>/dev/null || true
			app_pid=""
			return 1
		fi
		if ((elapsed > TIMEOUT_MS)); then
			echo "${db} run ${run}: not healthy after $((TIMEOUT_MS / 1000)) s (last answer: '${body}'); last log lines:" >&2
			tail -n 30 "${work_dir}/app.log" >&2 || true
			stop_app "${app_pid}"
			app_pid=""
			return 1
		fi
		sleep 0.05
	done
	elapsed=$(($(now_ms) - start))
	rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/${app_pid}/status" 2>/dev/null || true)"

	stop_app "${app_pid}"
	app_pid=""
	rm -rf "${work_dir}"
	work_dir=""
	if [[ -z "${rss_kb}" ]]; then
		echo "${db} run ${run}: could not read VmRSS of the application" >&2
		return 1
	fi
	run_ms="${elapsed}"
	run_mb=$(((rss_kb + 512) / 1024))
}

# --- preparation ---------------------------------------------------------------

command -v java >/dev/null || { echo "java not found" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl not found" >&2; exit 2; }

if ! compgen -G "target/samenspel-*.jar" >/dev/null; then
	echo "Building the jar (./mvnw -B -q package -DskipTests)"
	./mvnw -B -q package -DskipTests
fi
[[ -f "${JAR}" ]] || JAR="$(ls target/samenspel-*.jar | head -1)"
jar_path="$(pwd)/${JAR}"
if [[ "${LAYOUT}" == "extracted" ]]; then
	rm -rf target/bench-app
	java -Djarmode=tools -jar "${jar_path}" extract --destination target/bench-app >/dev/null
	jar_path="$(pwd)/target/bench-app/$(basename "${JAR}")"
	if [[ "${CDS:-true}" == "true" ]]; then
		echo "Training run for the class-data-sharing archive"
		training="$(mktemp -d)"
		(cd "${training}" && java ${JAVA_OPTS} -XX:ArchiveClassesAtExit="$(dirname "${jar_path}")/app.jsa" \
			-Dspring.context.exit=onRefresh -jar "${jar_path}" --server.port="${PORT}" \
			--samenspel.encryption.key-file="${training}/key" >"${training}/training.log" 2>&1) || true
		rm -rf "${training}"
		[[ -f "$(dirname "${jar_path}")/app.jsa" ]] && JAVA_OPTS="${JAVA_OPTS} -XX:SharedArchiveFile=$(dirname "${jar_path}")/app.jsa"
	fi
fi

if port_in_use; then
	echo "Port ${PORT} is already in use; set PORT to a free port" >&2
	exit 2
fi

databases=(h2)
if command -v psql >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
	databases+=(postgres)
else
	echo "PostgreSQL is not running on 127.0.0.1:5432: skipping the postgres runs" >&2
fi

echo "Jar: ${JAR} (${LAYOUT})   JAVA_OPTS: ${JAVA_OPTS}   Java: $(java -version 2>&1 | head -1)   CPUs: $(nproc)   Runs: ${RUNS}"
echo "Targets: startup <= ${TARGET_MS} ms, RSS <= ${TARGET_MB} MB (median of the runs)"

# --- runs ----------------------------------------------------------------------

status=0
summary=()
for db in "${databases[@]}"; do
	echo
	echo "== ${db} =="
	[[ "${db}" == postgres ]] && pg_used=true
	times=()
	rss=()
	for run in $(seq 1 "${RUNS}"); do
		if ! run_once "${db}" "${run}"; then
			exit 2
		fi
		times+=("${run_ms}")
		rss+=("${run_mb}")
		printf '%-8s run %d: %6d ms to healthy, RSS %4d MB\n' "${db}" "${run}" "${run_ms}" "${run_mb}"
	done
	read -r time_median time_max <<<"$(stats "${times[@]}")"
	read -r rss_median rss_max <<<"$(stats "${rss[@]}")"
	verdict="within target"
	if ((time_median > TARGET_MS || rss_median > TARGET_MB)); then
		verdict="OVER TARGET"
		status=1
	fi
	summary+=("$(printf '%-8s startup median %5d ms (max %5d, target %d) | RSS median %4d MB (max %4d, target %d) | %s' \
		"${db}" "${time_median}" "${time_max}" "${TARGET_MS}" "${rss_median}" "${rss_max}" "${TARGET_MB}" "${verdict}")")
done

echo
echo "== summary =="
printf '%s\n' "${summary[@]}"
exit "${status}"
