#!/usr/bin/env bash
# The shell side of action.yml (a composite action), kept here so it can be
# run and tested outside GitHub. Two subcommands, one per step:
#
#   run.sh setup   pnpm 12, install and build budgetlint from the action's own
#                  checkout (skipped when already installed and up to date)
#   run.sh lint    lint the workspace; annotations (or another format) on
#                  stdout, optional SARIF file; exits with budgetlint's code
#
# Inputs come as environment variables, as the composite step passes them:
#   INPUT_PATHS           files, folders or globs: one per line, or separated by spaces
#   INPUT_FORMAT          github (default) | stylish | json | sarif | html
#   INPUT_SARIF_FILE      also write SARIF here (relative to the workspace); empty: no SARIF
#   INPUT_SHARD           I/N: lint shard I of N (round-robin over the sorted files)
#   INPUT_CATEGORY        SARIF category; default budgetlint, or budgetlint-shard-I-of-N
#   INPUT_ARGS            extra budgetlint options, separated by spaces
#   INPUT_FAIL_ON_ERROR   true (default): exit 1 when budgetlint finds errors
#   INPUT_VERSION         expected budgetlint version; empty: whatever this checkout is
# and GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ACTION_PATH.
# Outputs: exit-code, sarif-file (set only when the file was written), category.
set -euo pipefail

ACTION_PATH="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
CLI="$ACTION_PATH/packages/cli/bin/budgetlint.js"
BUNDLE="$ACTION_PATH/packages/cli/dist/budgetlint.js"

fail() {
  echo "::error title=budgetlint action::$1"
  exit 2
}

output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >>"$GITHUB_OUTPUT"; fi
}

setup() {
  cd "$ACTION_PATH"
  local want="${INPUT_VERSION:-}"
  if [ -n "$want" ]; then
    local have
    have="$(node -p "require('./packages/cli/package.json').version")"
    if [ "${want#v}" != "$have" ]; then
      fail "this action checkout is budgetlint $have, but version '$want' was asked for: use budgetlint/budgetlint@v${want#v}"
    fi
  fi
  if [ ! -d node_modules ] || [ ! -d packages/cli/node_modules ]; then
    case "$(pnpm --version 2>/dev/null || true)" in
      12.*) ;;
      *) npm i -g pnpm@12 ;;
    esac
    pnpm install --frozen-lockfile
  fi
  # Rebuild only when a source is newer than the bundle (a fresh checkout has no bundle).
  if [ ! -f "$BUNDLE" ] || [ -n "$(find packages rules -name '*.ts' -not -path '*/node_modules/*' -newer "$BUNDLE" -print -quit)" ]; then
    node scripts/build.mjs
  fi
  [ -f "$BUNDLE" ] || fail "build produced no $BUNDLE"
  echo "budgetlint $(node "$CLI" --version) ready"
}

lint() {
  local workspace="${GITHUB_WORKSPACE:-$PWD}"
  cd "$workspace"
  [ -f "$BUNDLE" ] || fail "budgetlint is not built: run '$0 setup' first"

  # Paths and globs go to budgetlint unexpanded (it expands globs itself).
  set -f
  local paths=()
  local raw="${INPUT_PATHS:-.}"
  if [[ "$raw" == *$'\n'* ]]; then
    while IFS= read -r line; do
      line="${line#"${line%%[![:space:]]*}"}"
      line="${line%"${line##*[![:space:]]}"}"
      [ -n "$line" ] && paths+=("$line")
    done <<<"$raw"
  else
    read -r -a paths <<<"$raw"
  fi
  [ "${#paths[@]}" -gt 0 ] || paths=(.)
  local extra=()
  read -r -a extra <<<"${INPUT_ARGS:-}"
  local shard="${INPUT_SHARD:-}"
  if [ -n "$shard" ]; then
    [[ "$shard" =~ ^([0-9]+)/([0-9]+)$ ]] || fail "shard must look like 1/3, got '$shard'"
    extra+=(--shard "$shard")
  fi
  local category="${INPUT_CATEGORY:-}"
  if [ -z "$category" ]; then
    category=budgetlint
    [ -n "$shard" ] && category="budgetlint-shard-${shard%/*}-of-${shard#*/}"
  fi
  output category "$category"

  local format="${INPUT_FORMAT:-github}"
  local code=0
  local log
  log="$(mktemp)"
  node "$CLI" --format "$format" ${extra[@]+"${extra[@]}"} -- "${paths[@]}" | tee "$log" || code=${PIPESTATUS[0]}
  output exit-code "$code"

  if [ -n "${INPUT_SARIF_FILE:-}" ] && [ "$code" -ne 2 ]; then
    mkdir -p "$(dirname "$INPUT_SARIF_FILE")"
    local sarif_code=0
    node "$CLI" --format sarif --output "$INPUT_SARIF_FILE" ${extra[@]+"${extra[@]}"} -- "${paths[@]}" || sarif_code=$?
    if [ "$sarif_code" -ne 2 ] && [ -s "$INPUT_SARIF_FILE" ]; then
      output sarif-file "$INPUT_SARIF_FILE"
    else
      echo "::warning title=budgetlint action::SARIF file $INPUT_SARIF_FILE was not written"
    fi
  fi

  if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ "$format" = github ]; then
    local errors warnings
    errors=$(grep -c '^::error file=' "$log" || true)
    warnings=$(grep -c '^::warning file=' "$log" || true)
    {
      echo "### budgetlint${shard:+ (shard $shard)}"
      echo
      if [ "$code" -eq 2 ]; then echo "budgetlint could not run; see the log."
      else echo "$errors error(s), $warnings warning(s) in ${paths[*]}"; fi
    } >>"$GITHUB_STEP_SUMMARY"
  fi
  rm -f "$log"
  set +f

  if [ "$code" -eq 1 ] && [ "${INPUT_FAIL_ON_ERROR:-true}" = false ]; then
    echo "budgetlint found errors; fail-on-error is false, so the step passes"
    return 0
  fi
  return "$code"
}

case "${1:-}" in
  setup) setup ;;
  lint) lint ;;
  *)
    echo "usage: $0 setup|lint" >&2
    exit 2
    ;;
esac
