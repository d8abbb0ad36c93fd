# Sourced by the benchmarks: sign_in BASE USER JAR signs a demo user in with curl and the cookie jar JAR. The
# password is the demo's; when the login asks for a second factor (ADMIN, COORDINATOR, SAFEGUARDING_OFFICER), the
# code is taken from the second step's demo hint, which only demo mode shows (README, "Demo logins").
sign_in() {
	local base="$1" user="$2" jar="$3" csrf page code
	csrf="$(curl -fs -c "${jar}" -b "${jar}" "${base}/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
	curl -fs -o /dev/null -c "${jar}" -b "${jar}" -X POST "${base}/login" \
		--data-urlencode "username=${user}" --data-urlencode "password=samenspel-demo" --data-urlencode "_csrf=${csrf}"
	page="$(curl -fs -c "${jar}" -b "${jar}" "${base}/login/second-factor" || true)"
	code="$(printf '%s' "${page}" | sed -n 's/.*data-demo-code>\([0-9]*\)<.*/\1/p' | head -1)"
	if [[ -n "${code}" ]]; then
		csrf="$(printf '%s' "${page}" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
		curl -fs -o /dev/null -c "${jar}" -b "${jar}" -X POST "${base}/login/second-factor" \
			--data-urlencode "code=${code}" --data-urlencode "_csrf=${csrf}"
	fi
	# signed in, both steps: the account page answers 200, not a redirect to a login step
	[[ "$(curl -s -o /dev/null -w '%{http_code}' -b "${jar}" "${base}/account")" == 200 ]] \
		|| { echo "could not sign ${user} in at ${base}" >&2; return 1; }
}
