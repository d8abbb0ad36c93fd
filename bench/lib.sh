# Shared by the benchmarks that start their own Samenspel on a fresh PostgreSQL database (source it, after
# setting DB, PORT and BASE): bench_start builds the jar when missing, extracts it, creates the database, starts
# the application with demo data and any extra arguments, and waits until it answers (BENCH_START_TRIES half-seconds, 120 by default); bench_login signs a demo
# user in with a cookie jar (both steps: bench/signin.sh). The EXIT trap stops the application and drops the database.

. bench/signin.sh

work="$(mktemp -d)"
pid=""
bench_cleanup() {
	[[ -n "${pid}" ]] && kill "${pid}" 2>/dev/null && wait "${pid}" 2>/dev/null || true
	rm -rf "${work}"
	psql -q -h 127.0.0.1 -U postgres -c "drop database if exists ${DB} with (force)" >/dev/null 2>&1 || true
}
trap bench_cleanup EXIT

bench_start() {
	[[ -f target/samenspel-0.1.0-SNAPSHOT.jar ]] || ./mvnw -B -q package -DskipTests
	rm -rf target/bench-app && java -Djarmode=tools -jar target/samenspel-0.1.0-SNAPSHOT.jar extract --destination target/bench-app >/dev/null
	psql -q -h 127.0.0.1 -U postgres -c "drop database if exists ${DB} with (force)" -c "create database ${DB}" >/dev/null
	(cd "${work}" && exec java -XX:+UseSerialGC "$@" -jar "$OLDPWD/target/bench-app/samenspel-0.1.0-SNAPSHOT.jar" \
		--server.port="${PORT}" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/${DB}" \
		--spring.datasource.username=postgres --samenspel.demo.enabled=true \
		--samenspel.encryption.key-file="${work}/key" ${BENCH_APP_ARGS:-} >"${work}/app.log" 2>&1) &
	pid=$!
	for _ in $(seq 1 "${BENCH_START_TRIES:-120}"); do curl -fs "${BASE}/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
	curl -fs "${BASE}/actuator/health" >/dev/null || { echo "Samenspel did not start; see ${work}/app.log" >&2; tail -20 "${work}/app.log"; exit 2; }
	sleep 2
}

# bench_login USER [JAR]: signs in; the cookie jar is ${work}/cookies unless given
bench_login() {
	jar="${2:-${work}/cookies}"
	sign_in "${BASE}" "$1" "${jar}"
}

# Tomcat's access log in ${work}/access.log, one line per request: server time (%D, microseconds), method, path, status.
# Pass it to bench_start through BENCH_APP_ARGS.
BENCH_ACCESS_LOG="--server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory=${work} \
--server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log --server.tomcat.accesslog.rotate=false \
--server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern=%D_%m_%U_%s"

# server_p95 PATTERN SKIP: median, p95 and max server time of the requests whose path matches PATTERN (awk), after
# the first SKIP lines of the access log
server_p95() {
	local pattern="$1" skip="$2"
	tail -n "+$((skip + 1))" "${work}/access.log" | tr '_' ' ' | awk -v p="${pattern}" '$3 ~ p { print $1 / 1000 }' | sort -n | awk '
		{ t[NR] = $1 } END { if (NR) printf "server median %.1f ms, p95 %.1f ms, max %.1f ms (%d requests)", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR], NR }'
}
