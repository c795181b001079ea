#!/usr/bin/env bash
# The GPU runner image's entrypoint: starts one ephemeral, just-in-time runner and nothing else.
# The JIT config (from `POST …/actions/runners/generate-jitconfig`, see bare-metal/install.sh)
# comes in ACTIONS_RUNNER_INPUT_JITCONFIG, the variable ARC also sets for its runner pods; the
# runner reads it itself. Arguments, when given, run instead (e.g. `check-gpu`).
# Exit codes: the runner's, or 2 when no JIT config was given.
set -euo pipefail

if [[ $# -gt 0 ]]; then
  exec "$@"
fi
if [[ -z "${ACTIONS_RUNNER_INPUT_JITCONFIG:-}" ]]; then
  echo 'modelship-runner: ACTIONS_RUNNER_INPUT_JITCONFIG is not set.' >&2
  echo '  Pass a just-in-time runner config (runner-images/bare-metal/install.sh --print-jitconfig makes one),' >&2
  echo '  or run check-gpu to smoke-test the image.' >&2
  exit 2
fi
cd /home/runner
exec ./run.sh
