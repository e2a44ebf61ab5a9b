#!/usr/bin/env bash
# Regenerates the bot pattern list that io.herald.api.attribution.bots.BotClassifier compiles, from a pinned release
# of the npm package isbot (https://github.com/omrilotan/isbot, Unlicense). The generated JSON is committed: it is the
# library's data, reviewed in the diff like any dependency bump. Run from anywhere; needs npm and node.
#
#   api/scripts/update-isbot-patterns.sh            # the pinned version below
#   ISBOT_VERSION=5.2.4 api/scripts/update-isbot-patterns.sh   # a bump: then change the pin below too
set -euo pipefail
ISBOT_VERSION="${ISBOT_VERSION:-5.2.3}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/io/herald/api/attribution/bots/isbot-patterns.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "isbot@$ISBOT_VERSION" >/dev/null
tar xzf "isbot-$ISBOT_VERSION.tgz"
# The package's own `list` export is the pattern list its isbot() joins with '|' into one case-insensitive regex.
node - "$work/package" "$out" <<'JS'
const [dir, out] = process.argv.slice(2);
const pkg = require(dir + "/package.json");
const { list } = require(dir + "/index.js");
const fs = require("fs");
if (!Array.isArray(list) || list.length < 100) {
  throw new Error("isbot " + pkg.version + " does not export the expected pattern list");
}
const doc = {
  library: pkg.name,
  version: pkg.version,
  license: pkg.license,
  source: "npm pack " + pkg.name + "@" + pkg.version + ": the `list` export of index.js",
  generatedBy: "api/scripts/update-isbot-patterns.sh",
  flags: "case-insensitive; the patterns are joined with '|' into one regular expression",
  patterns: list,
};
fs.writeFileSync(out, JSON.stringify(doc, null, 2) + "\n");
console.log("wrote " + list.length + " patterns of isbot " + pkg.version + " to " + out);
JS
