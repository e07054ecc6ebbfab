#!/usr/bin/env bash
# make run: the embedded database under var/, the demo set imported while it is empty, then the server.
set -euo pipefail
binary=$1
root=$(cd "$(dirname "$0")/.." && pwd)
db=${RECTRACK_DB:-$root/var/rectrack.db}
shared="$root/../shared/data"

mkdir -p "$(dirname "$db")"
"$binary" --db "$db" init >/dev/null

if "$binary" --db "$db" list --limit 1 --json | grep -q '"total": 0'; then
    demo=()
    for file in upr-info/1-5.csv upr-info/6-9.csv upr-info/10-13.csv upr-info/14-17.csv upr-info/18-vietnam.csv \
        upr-info/voluntary.csv un-docs/slovenia/A_HRC_28_15_working_group_report.pdf \
        un-docs/slovenia/A_HRC_43_15_working_group_report.pdf; do
        [[ -f "$shared/$file" ]] && demo+=("$shared/$file")
    done
    if [[ ${#demo[@]} -gt 0 ]]; then
        echo "Importing the demo set from $shared"
        "$binary" --db "$db" import "${demo[@]}"
    fi
fi

exec "$binary" --db "$db" serve
