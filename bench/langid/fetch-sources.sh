#!/usr/bin/env bash
# Downloads (never installs) the Debian 12 packages pinned in sources/packages.txt and
# extracts only their gettext catalogues and man pages, for build-dataset.ts to read:
#
#   bash bench/langid/fetch-sources.sh /tmp/langdata
#   npx tsx bench/langid/build-dataset.ts /tmp/langdata/x /tmp/langdata/train.jsonl.gz
#   npx tsx bench/langid/train-letter-model.ts /tmp/langdata/train.jsonl.gz
#
# Needs apt (run `apt-get update` first) and about 2 GB of disk. Not needed by `npm test` or
# `npm run bench:langid`, which read the committed data in data/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-/tmp/langdata}
mkdir -p "$dir/debs" "$dir/x"
cd "$dir/debs"
xargs -a "$here/sources/packages.txt" -n 40 apt-get download -qq
for deb in *.deb; do
  target="$dir/x/${deb%%_*}"
  mkdir -p "$target"
  dpkg-deb --fsys-tarfile "$deb" |
    tar -x -C "$target" --wildcards './usr/share/locale/*' './usr/share/man/*' 2>/dev/null || true
done
