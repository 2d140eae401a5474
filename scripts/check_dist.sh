#!/usr/bin/env bash
# Start the built app folder (make dist) as a machine without Python would: a copy of
# dist/MissionPlanner/ in a fresh folder, an empty environment (no PYTHONPATH, no venv, HOME in
# that folder), run from inside the copy so that nothing can come from the source tree.
#
#   bash scripts/check_dist.sh [DIST_FOLDER]      (make dist-check)
#
# Checks, each failing loudly: the command line validates and plans the SCO 2019 sample with
# its worker processes, the plan is the one the source tree makes with the same seed, the
# exports (workbook, encrypted team workbooks, PDF route sheets, XLSForm) are written, the app
# renders --screenshot in English and Russian, and -- where xvfb-run and xdotool exist -- the
# app plans from its own Plan Mission command in a real window (its planning process and
# workers are the built program started again). Pictures and files stay in the printed folder.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
SRC=${1:-$REPO/dist/MissionPlanner}
[ -x "$SRC/missionplanner-gui" ] || { echo "no built app in $SRC: run make dist" >&2; exit 1; }

WORK=$(mktemp -d /tmp/mp-dist-check.XXXXXX)
cp -a "$SRC" "$WORK/MissionPlanner"
mkdir -p "$WORK/home" "$WORK/out"
APP=$WORK/MissionPlanner
OUT=$WORK/out
cd "$APP"
# what a fresh machine has: no Python of ours on PATH, no variables at all (not even LANG)
clean() { env -i HOME="$WORK/home" PATH=/usr/bin:/bin "$@"; }
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "folder: $(du -sh "$APP" | cut -f1), $(find "$APP" -type f | wc -l) files"

step "missionplanner validate"
clean ./missionplanner validate sample_missions/sco_2019.json

step "missionplanner plan (worker processes: the built program started again)"
start=$(date +%s%N)
clean ./missionplanner plan sample_missions/sco_2019.json --out "$OUT/sco.plan.json" \
    --xlsx "$OUT/sco.xlsx" > "$OUT/plan.log" 2>&1 || { cat "$OUT/plan.log"; fail "plan"; }
grep -E '^(planned|stations covered|minutes per station)' "$OUT/plan.log"
grep -q 'duplicates: 0' "$OUT/plan.log" || fail "duplicates in the plan"
echo "wall time with the workbook: $(( ($(date +%s%N) - start) / 1000000 )) ms"

routes() { "$1" -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))["routes"]))' "$2"; }
if [ -x "$REPO/.venv/bin/missionplanner" ]; then
    step "the same plan as the source tree (same seed)"
    (cd "$REPO" && .venv/bin/missionplanner plan sample_missions/sco_2019.json \
        --out "$OUT/source.plan.json" > "$OUT/source.log" 2>&1) || fail "plan from the source tree"
    [ "$(routes python3 "$OUT/sco.plan.json")" = "$(routes python3 "$OUT/source.plan.json")" ] \
        || fail "the built app planned other routes than the source tree"
    echo "identical routes"
fi

step "missionplanner export, xlsform (PDF maps, encrypted team workbooks, the ODK form)"
clean MP_CHECK_PASSWORD=check ./missionplanner export "$OUT/sco.plan.json" --pdf "$OUT/pdf" \
    --per-team "$OUT/teams" --password-env MP_CHECK_PASSWORD --lang ru
clean ./missionplanner xlsform "$OUT/sco.plan.json" "$OUT/form.xlsx"
[ -s "$OUT/pdf/route_sheets.pdf" ] || fail "no route_sheets.pdf"

step "missionplanner-gui --screenshot (English, Russian)"
clean QT_QPA_PLATFORM=offscreen ./missionplanner-gui sample_missions/sco_2019.json \
    --plan "$OUT/sco.plan.json" --screenshot "$OUT/shot.png"
clean QT_QPA_PLATFORM=offscreen ./missionplanner-gui sample_missions/sco_2019.json \
    --plan "$OUT/sco.plan.json" --lang ru --screenshot "$OUT/shot_ru.png"
clean QT_QPA_PLATFORM=offscreen ./missionplanner-gui sample_missions/sco_2019.json --plan "$OUT/sco.plan.json" \
    --screenshot "$OUT/map.png" --view map
for png in shot shot_ru map; do [ -s "$OUT/$png.png" ] || fail "no $png.png"; done

if [ "$(id -u)" = 0 ] && unshare -m true 2> /dev/null; then
    # a private mount namespace: the hiding is seen by these commands only
    step "with every Python of this machine and the source tree hidden (tmpfs over them)"
    hide=("$REPO" /usr/lib/python3* /usr/local/lib/python3*)
    [ -x "$REPO/.venv/bin/python" ] && hide+=("$("$REPO/.venv/bin/python" -c \
        'import sys; print(sys.base_prefix)')")
    clean unshare -m bash -c '
        for d in "$@"; do [ -d "$d" ] && mount -t tmpfs none "$d"; done
        for f in /usr/bin/python3*; do mount --bind /dev/null "$f"; done
        /usr/bin/python3 -c "" 2> /dev/null && { echo "python3 still runs"; exit 1; }
        ./missionplanner plan sample_missions/sco_2019.json --out "'"$OUT"'/hidden.plan.json" \
            > "'"$OUT"'/hidden.log" 2>&1 || { cat "'"$OUT"'/hidden.log"; exit 1; }
        grep -E "^planned|duplicates" "'"$OUT"'/hidden.log"
        QT_QPA_PLATFORM=offscreen ./missionplanner-gui sample_missions/sco_2019.json \
            --screenshot "'"$OUT"'/hidden.png" 2>&1 | tail -1' hide "${hide[@]}" \
        || fail "the app needs something that was hidden"
    [ "$(routes python3 "$OUT/hidden.plan.json")" = "$(routes python3 "$OUT/sco.plan.json")" ] \
        || fail "another plan with Python hidden"
else
    step "skipped: hiding this machine's Pythons (needs root and unshare)"
fi

if command -v xvfb-run > /dev/null && command -v xdotool > /dev/null; then
    step "Plan Mission in a real window (Xvfb): the app's planning process, then Save"
    mkdir -p "$OUT/gui"
    cp sample_missions/sco_2019.json "$OUT/gui/sco_2019.json"
    cat > "$OUT/gui/drive.sh" <<EOF
#!/bin/bash
./missionplanner-gui "$OUT/gui/sco_2019.json" > "$OUT/gui/app.log" 2>&1 &
app=\$!
for _ in \$(seq 120); do
    win=\$(xdotool search --pid \$app --onlyvisible --name "Mission Planner" 2>/dev/null | head -1)
    [ -n "\$win" ] && break; sleep 0.5
done
[ -n "\$win" ] || { echo "no window"; kill \$app; exit 1; }
sleep 2; xdotool windowfocus --sync \$win; xdotool key --window \$win F5
for _ in \$(seq 90); do   # Ctrl+S writes the plan beside the mission once the plan is in
    sleep 2; xdotool key --window \$win ctrl+s
    [ -s "$OUT/gui/sco_2019.plan.json" ] && break
done
sleep 1; import -window root "$OUT/gui_planned.png" 2>/dev/null || true
kill \$app; wait \$app 2>/dev/null || true
EOF
    chmod +x "$OUT/gui/drive.sh"
    clean xvfb-run -a -s "-screen 0 1600x1000x24" "$OUT/gui/drive.sh"
    [ -s "$OUT/gui/sco_2019.plan.json" ] || { cat "$OUT/gui/app.log"; fail "the app saved no plan"; }
    [ "$(routes python3 "$OUT/gui/sco_2019.plan.json")" = "$(routes python3 "$OUT/sco.plan.json")" ] \
        && echo "the app's plan has the command line's routes" \
        || echo "the app planned other routes than the command line (its own settings)"
else
    step "skipped: Plan Mission in a real window (needs xvfb-run and xdotool)"
fi

step "all checks passed; files and pictures in $OUT"
