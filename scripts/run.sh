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
    # Reports come before the addenda and lists that answer them.
    for file in upr-info/1-5.csv upr-info/6-9.csv upr-info/10-13.csv upr-info/14-17.csv upr-info/18-vietnam.csv \
        upr-info/voluntary.csv \
        un-docs/vietnam/A_HRC_12_11_working_group_report.pdf un-docs/vietnam/A_HRC_26_6_working_group_report.pdf \
        un-docs/slovenia/A_HRC_14_15_working_group_report.pdf un-docs/slovenia/A_HRC_28_15_working_group_report.pdf \
        un-docs/slovenia/A_HRC_43_15_working_group_report.pdf un-docs/slovenia/A_HRC_14_15_Add.1_responses.pdf \
        un-docs/slovenia/A_HRC_28_15_Add.1_responses.pdf un-docs/slovenia/A_HRC_43_15_Add.1_responses.pdf \
        un-docs/slovenia/UPR20_thematic_list_of_recommendations.docx \
        un-docs/slovenia/UPR34_thematic_list_of_recommendations.docx \
        un-docs/china/UPR17_matrix_of_recommendations.docx; do
        if [[ -f "$shared/$file" ]]; then demo+=("$shared/$file"); fi
    done
    if [[ ${#demo[@]} -gt 0 ]]; then
        echo "Importing the demo set from $shared"
        "$binary" --db "$db" import "${demo[@]}"
    fi
fi

exec "$binary" --db "$db" serve
