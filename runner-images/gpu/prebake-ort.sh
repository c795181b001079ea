#!/usr/bin/env bash
# Pre-bakes onnxruntime-node into the runner's tool cache, exactly where shared/onnx/runtime.ts
# looks (resolution step 2): `<toolCache>/<ORT_PACKAGE>/<ORT_VERSION>/<arch>/node_modules/<ORT_PACKAGE>`,
# complete when `<toolCache>/<ORT_PACKAGE>/<ORT_VERSION>/<arch>.complete` exists. Without it every
# train, evaluate or score step on a fresh GPU runner downloads ~45 MB (plus the CUDA provider)
# before it can score a model.
#
# The package name, the version and the npm integrity are read from the constants in
# shared/onnx/runtime.ts (ORT_PACKAGE, ORT_VERSION, ORT_INTEGRITY), so the image and the code
# share one pin; test/runner-images/prebake.test.ts runs this script and checks that the resolver
# then loads the copy from the tool cache.
#
# Usage: prebake-ort.sh [--print-paths]
#   --print-paths  print `prefix=…` and `marker=…` and install nothing.
# Environment:
#   RUNNER_TOOL_CACHE  the tool cache (required), e.g. /opt/hostedtoolcache
#   ORT_ARCH           the architecture folder as Node names it (default: `node -p process.arch`)
#   ORT_CONSTANTS      the file holding the constants (default: ../../shared/onnx/runtime.ts from here)
#   ORT_INSTALL        what onnxruntime-node's own install script fetches: cuda12 (default: the
#                      CUDA execution provider's libraries) or skip (CPU only, nothing downloaded)
# Exit codes: 0 done; 1 a step failed (the message says which); 2 usage or configuration error.
set -euo pipefail

die() {
  echo "prebake-ort: $1" >&2
  exit "${2:-1}"
}

print_only=false
case "${1:-}" in
  --print-paths) print_only=true ;;
  '') ;;
  *) die "unknown argument '$1' (usage: prebake-ort.sh [--print-paths])" 2 ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
constants="${ORT_CONSTANTS:-$here/../../shared/onnx/runtime.ts}"
[[ -f "$constants" ]] || die "cannot read the ORT constants: $constants does not exist (set ORT_CONSTANTS)" 2

# The value of `export const NAME =` in the constants file: the first single-quoted string after
# it, on the same line or the next (prettier wraps the long integrity).
constant() {
  awk -v name="$1" '
    found == 0 && $0 ~ "^export const " name " =" { found = 1 }
    found == 1 && match($0, /\x27[^\x27]+\x27/) { print substr($0, RSTART + 1, RLENGTH - 2); exit }
  ' "$constants"
}

package="$(constant ORT_PACKAGE)"
version="$(constant ORT_VERSION)"
integrity="$(constant ORT_INTEGRITY)"
[[ -n "$package" && -n "$version" && "$integrity" == sha512-* ]] ||
  die "could not read ORT_PACKAGE, ORT_VERSION and ORT_INTEGRITY from $constants" 2

[[ -n "${RUNNER_TOOL_CACHE:-}" ]] || die 'RUNNER_TOOL_CACHE is not set: name the runner tool cache, e.g. /opt/hostedtoolcache' 2
arch="${ORT_ARCH:-$(node -p process.arch)}"
prefix="${RUNNER_TOOL_CACHE%/}/$package/$version/$arch"
marker="$prefix.complete"

if [[ "$print_only" == true ]]; then
  printf 'prefix=%s\nmarker=%s\n' "$prefix" "$marker"
  exit 0
fi

install_mode="${ORT_INSTALL:-cuda12}"
case "$install_mode" in
  cuda12 | skip) ;;
  *) die "ORT_INSTALL must be cuda12 or skip, not '$install_mode'" 2 ;;
esac
command -v npm >/dev/null || die 'npm is not on PATH (install Node.js first)' 2

rm -rf "$prefix" "$marker"
mkdir -p "$prefix"
echo "prebake-ort: installing $package@$version into $prefix"
# --ignore-scripts: the package's own install script runs below, explicitly, with the mode asked for.
npm install --prefix "$prefix" --ignore-scripts --no-save --no-audit --no-fund --omit=dev "$package@$version" ||
  die "npm install $package@$version into $prefix failed"

pkg_dir="$prefix/node_modules/$package"
# npm records the tarball's integrity in its hidden lockfile; refuse other bytes than the pin.
installed_integrity="$(node -e '
  const lock = require(process.argv[1]);
  process.stdout.write(lock.packages?.["node_modules/" + process.argv[2]]?.integrity ?? "");
' "$prefix/node_modules/.package-lock.json" "$package")"
[[ "$installed_integrity" == "$integrity" ]] ||
  die "$package@$version has integrity '${installed_integrity:-none}', expected $integrity: the registry served other bytes"

if [[ "$install_mode" != skip ]]; then
  echo "prebake-ort: fetching the CUDA execution provider ($install_mode)"
  # The variable, not only the flag: the install script reads ONNXRUNTIME_NODE_INSTALL first, and an
  # inherited `skip` (CI sets one) would silently win over the flag.
  (cd "$pkg_dir" && ONNXRUNTIME_NODE_INSTALL="$install_mode" node ./script/install "--onnxruntime-node-install=$install_mode") ||
    die "onnxruntime-node's install script could not fetch the CUDA provider ($install_mode)"
  for lib in libonnxruntime_providers_cuda.so libonnxruntime_providers_shared.so; do
    [[ -f "$pkg_dir/bin/napi-v6/linux/$arch/$lib" ]] || die "the CUDA provider library $lib is missing after the install"
  done
fi

# Load it once (the native binding must open on this image), then mark the copy complete.
node -e 'const ort = require(process.argv[1]); if (!ort.InferenceSession) process.exit(1);' "$pkg_dir" ||
  die "$pkg_dir was installed but does not load"
touch "$marker"
echo "prebake-ort: done; $marker written"
