#!/usr/bin/env sh
# fetch.sh installs the CLDR JSON packages the generator reads into DIR
# (default: a new temporary directory) and prints the directory to pass to
#   go run ./internal/cldr/gen -src DIR/node_modules
# The versions are pinned; bump them together and regenerate.
set -eu
CLDR_VERSION=48.2.0
dir=${1:-$(mktemp -d)}
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || echo '{"private":true}' > package.json
npm install --no-audit --no-fund --ignore-scripts \
  "cldr-core@$CLDR_VERSION" "cldr-dates-full@$CLDR_VERSION" "cldr-numbers-full@$CLDR_VERSION" "cldr-localenames-full@$CLDR_VERSION" >&2
echo "$dir/node_modules"
