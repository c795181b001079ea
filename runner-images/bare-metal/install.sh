#!/usr/bin/env bash
# Runs ONE ephemeral GitHub Actions runner on a bare-metal (or VM) GPU host for modelship's
# `train` action, registered just in time with a GitHub App installation token, and removes every
# trace when it is done. Run it from a loop, systemd unit or autoscaler: one call, one job.
#
# Why a GitHub App and no personal access token: registering a runner needs the repository's
# "Administration" permission (write), or the organization's "Self-hosted runners" permission
# (write) for an organization runner; an App installation token has it for one hour and one
# installation, `GITHUB_TOKEN` never does. Docs: "REST API endpoints for self-hosted runners",
# `POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig` and
# `POST /orgs/{org}/actions/runners/generate-jitconfig` (docs.github.com/en/rest/actions/self-hosted-runners),
# and "Generating an installation access token for a GitHub App"
# (docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app).
#
# Steps: 1. check the NVIDIA driver (nvidia-smi lists a GPU) before touching GitHub;
#        2. sign an App JWT (RS256, openssl) and exchange it for an installation token narrowed
#           to the one permission registration needs;
#        3. ask for a just-in-time config for a runner labelled `gpu` (with self-hosted, linux, x64);
#        4. download the pinned runner (runner-images/versions.env), check its sha256, run it with
#           the JIT config: it takes one job and exits;
#        5. on exit (also on Ctrl-C or SIGTERM): remove the runner registration if it is still
#           there, revoke the token, delete the runner folder.
#
# Usage: install.sh [--print-jitconfig]
#   --print-jitconfig  stop after step 3 and print the encoded JIT config on stdout (for
#                      `docker run -e ACTIONS_RUNNER_INPUT_JITCONFIG=… modelship-gpu-runner`);
#                      the registration is then left for that runner to use.
# Environment (required):
#   GITHUB_APP_ID                 the App's ID (or client ID)
#   GITHUB_APP_INSTALLATION_ID    the installation on the repository or organization
#   GITHUB_APP_PRIVATE_KEY_FILE   the App's private key (PEM)
#   RUNNER_SCOPE                  `owner/repo` for a repository runner, or `org` for an organization one
# Environment (optional):
#   RUNNER_NAME (default: gpu-<host>-<time>), RUNNER_GROUP_ID (default 1, the default group),
#   RUNNER_EXTRA_LABELS (comma-separated, added to self-hosted,linux,x64,gpu),
#   RUNNER_WORK_DIR (default: a fresh temporary folder), GITHUB_API_URL (default https://api.github.com)
# Exit codes: 0 the runner ran its job (or --print-jitconfig printed); 2 configuration error;
#   3 no usable NVIDIA driver; 4 a GitHub API call failed (the message names it and the status);
#   5 the runner download failed its checksum; otherwise the runner's own exit code.
set -euo pipefail

readonly LABELS_BASE='self-hosted,linux,x64,gpu'

die() {
  echo "install.sh: error: $2" >&2
  exit "$1"
}
log() { echo "install.sh: $*" >&2; }

print_jitconfig=false
case "${1:-}" in
  --print-jitconfig) print_jitconfig=true ;;
  '') ;;
  *) die 2 "unknown argument '$1' (usage: install.sh [--print-jitconfig])" ;;
esac

for name in GITHUB_APP_ID GITHUB_APP_INSTALLATION_ID GITHUB_APP_PRIVATE_KEY_FILE RUNNER_SCOPE; do
  [[ -n "${!name:-}" ]] || die 2 "$name is not set (see the header of this script for what each variable means)"
done
[[ -r "$GITHUB_APP_PRIVATE_KEY_FILE" ]] ||
  die 2 "GITHUB_APP_PRIVATE_KEY_FILE=$GITHUB_APP_PRIVATE_KEY_FILE cannot be read: download the App's private key (PEM) from its settings page"
[[ "$GITHUB_APP_INSTALLATION_ID" =~ ^[0-9]+$ ]] ||
  die 2 "GITHUB_APP_INSTALLATION_ID must be a number, not '$GITHUB_APP_INSTALLATION_ID'"
api="${GITHUB_API_URL:-https://api.github.com}"
api="${api%/}"
if [[ "$RUNNER_SCOPE" == */* ]]; then
  [[ "$RUNNER_SCOPE" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || die 2 "RUNNER_SCOPE must be owner/repo or org, not '$RUNNER_SCOPE'"
  scope_path="/repos/$RUNNER_SCOPE"
  token_body="{\"repositories\":[\"${RUNNER_SCOPE#*/}\"],\"permissions\":{\"administration\":\"write\"}}"
  permission_name='repository permission "Administration: write"'
else
  [[ "$RUNNER_SCOPE" =~ ^[A-Za-z0-9_.-]+$ ]] || die 2 "RUNNER_SCOPE must be owner/repo or org, not '$RUNNER_SCOPE'"
  scope_path="/orgs/$RUNNER_SCOPE"
  token_body='{"permissions":{"organization_self_hosted_runners":"write"}}'
  permission_name='organization permission "Self-hosted runners: write"'
fi
for tool in curl jq openssl tar sha256sum; do
  command -v "$tool" >/dev/null || die 2 "$tool is not installed (needed: curl jq openssl tar sha256sum)"
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
versions="$here/../versions.env"
[[ -r "$versions" ]] || die 2 "$versions is missing: run this script from a checkout of modelship's runner-images/"
# shellcheck source=runner-images/versions.env
source "$versions"

# 1. The driver, before anything is registered.
command -v nvidia-smi >/dev/null ||
  die 3 'nvidia-smi is not on PATH: install the NVIDIA driver (and reboot) before registering a GPU runner'
gpus="$(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>&1)" ||
  die 3 "nvidia-smi failed, so the driver is not usable: $gpus"
[[ -n "$gpus" ]] || die 3 'nvidia-smi lists no GPU'
log "driver ok: $(head -n 1 <<<"$gpus") ($(wc -l <<<"$gpus") GPU(s))"

# Everything created from here on is undone on exit.
token=''
runner_id=''
work_dir=''
keep_registration=false
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n "$runner_id" && "$keep_registration" == false && -n "$token" ]]; then
    # An ephemeral runner removes itself after its job; this catches one that never got that far.
    if curl -fsS -o /dev/null -X DELETE -H "Authorization: Bearer $token" -H 'Accept: application/vnd.github+json' \
      "$api$scope_path/actions/runners/$runner_id" 2>/dev/null; then
      log "removed runner registration $runner_id"
    fi
  fi
  if [[ -n "$token" ]]; then
    if curl -fsS -o /dev/null -X DELETE -H "Authorization: Bearer $token" -H 'Accept: application/vnd.github+json' \
      "$api/installation/token" 2>/dev/null; then
      log 'revoked the installation token'
    fi
  fi
  if [[ -n "$work_dir" && -z "${RUNNER_WORK_DIR:-}" ]]; then rm -rf "$work_dir"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A GitHub API call: prints the response body; on a non-2xx status dies naming the call.
github() {
  local method="$1" path="$2" auth="$3" body="${4:-}" response status
  response="$(mktemp)"
  status="$(curl -sS -o "$response" -w '%{http_code}' -X "$method" \
    -H "Authorization: Bearer $auth" -H 'Accept: application/vnd.github+json' \
    -H 'X-GitHub-Api-Version: 2022-11-28' -H 'Content-Type: application/json' \
    ${body:+--data "$body"} "$api$path")" || {
    rm -f "$response"
    die 4 "$method $api$path: no response (network?)"
  }
  if [[ "$status" != 2* ]]; then
    local message
    message="$(jq -r '.message // empty' "$response" 2>/dev/null || true)"
    rm -f "$response"
    die 4 "$method $path answered $status${message:+: $message}"
  fi
  cat "$response"
  rm -f "$response"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# 2. App JWT -> installation token (RS256; iat 60 s in the past for clock drift, 9 minutes valid).
now="$(date +%s)"
header="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)"
payload="$(printf '{"iat":%d,"exp":%d,"iss":"%s"}' "$((now - 60))" "$((now + 540))" "$GITHUB_APP_ID" | b64url)"
signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$GITHUB_APP_PRIVATE_KEY_FILE" -binary | b64url)" ||
  die 2 "could not sign the App JWT with $GITHUB_APP_PRIVATE_KEY_FILE (is it the App's PEM private key?)"
jwt="$header.$payload.$signature"
token_json="$(
  github POST "/app/installations/$GITHUB_APP_INSTALLATION_ID/access_tokens" "$jwt" "$token_body" 2>&1
)" || die 4 "${token_json#install.sh: error: } (the App needs the $permission_name on $RUNNER_SCOPE)"
token="$(jq -r '.token' <<<"$token_json")"
log "installation token obtained (expires $(jq -r '.expires_at' <<<"$token_json"))"

# 3. The just-in-time config for one ephemeral runner labelled gpu.
name="${RUNNER_NAME:-gpu-$(hostname -s)-$now}"
labels="$LABELS_BASE${RUNNER_EXTRA_LABELS:+,$RUNNER_EXTRA_LABELS}"
jit_body="$(jq -cn --arg name "$name" --arg labels "$labels" --argjson group "${RUNNER_GROUP_ID:-1}" \
  '{name: $name, runner_group_id: $group, labels: ($labels | split(",")), work_folder: "_work"}')"
jit_json="$(github POST "$scope_path/actions/runners/generate-jitconfig" "$token" "$jit_body")"
runner_id="$(jq -r '.runner.id' <<<"$jit_json")"
jitconfig="$(jq -r '.encoded_jit_config' <<<"$jit_json")"
log "registered runner $name (id $runner_id, labels $labels)"
if [[ "$print_jitconfig" == true ]]; then
  keep_registration=true
  printf '%s\n' "$jitconfig"
  exit 0
fi

# 4. The pinned runner, checked, then one job.
work_dir="${RUNNER_WORK_DIR:-$(mktemp -d -t modelship-runner.XXXXXX)}"
archive="$work_dir/actions-runner-linux-x64-$RUNNER_VERSION.tar.gz"
curl -fsSL -o "$archive" \
  "https://github.com/actions/runner/releases/download/v$RUNNER_VERSION/actions-runner-linux-x64-$RUNNER_VERSION.tar.gz" ||
  die 4 "downloading the Actions runner $RUNNER_VERSION failed"
echo "$RUNNER_SHA256  $archive" | sha256sum -c --quiet - ||
  die 5 "the runner download does not match the sha256 pinned in runner-images/versions.env"
tar -xzf "$archive" -C "$work_dir"
rm -f "$archive"
log "starting runner $RUNNER_VERSION in $work_dir (one job, then it exits)"
set +e
(cd "$work_dir" && ./run.sh --jitconfig "$jitconfig")
status=$?
set -e
exit "$status"
