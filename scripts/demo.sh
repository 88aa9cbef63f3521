#!/usr/bin/env bash
# Quick start: install into .venv, ingest the sample articles in seeds/ into
# ./timeline.duckdb, and print the timeline in date order.
set -euo pipefail
source "$(dirname "$0")/setup.sh"

export TIMELINE_DB="${TIMELINE_DB:-$PWD/timeline.duckdb}"
timeline ingest seeds/
echo
timeline show
echo
echo "Try: timeline sql \"SELECT date_start, date_end, expression, sentence FROM timeline_view WHERE place = 'Stuttgart'\""
