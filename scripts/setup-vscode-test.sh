#!/usr/bin/env bash
# Prepares a machine to run the extension inside real VS Code offline:
# code-server 4.100.3 (VS Code 1.100.3) + Debian Chromium. See
# /work/shared/docs/real-vscode-tests.md. Idempotent: on a warm machine it
# only runs a few cheap checks and exits.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CS_VERSION="4.100.3"
CS_DIR="$ROOT/.vscode-test/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
log() { echo "[setup-vscode-test] $*"; }

# --- (a) Debian packages: only touch apt when something is missing --------
APT_PKGS=(chromium ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# The binaries themselves are what we really use; re-check them too.
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- (b) offline ripgrep cache ---------------------------------------------
# @vscode/ripgrep@1.15.11's postinstall downloads rg from GitHub unless
# $TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<rgver>-<target>.tar.gz exists
# (see its lib/download.js); it untars it and expects `rg` at the top level.
case "$(uname -m)" in
  x86_64) RG_TARGET="x86_64-unknown-linux-musl" ;;
  aarch64) RG_TARGET="aarch64-unknown-linux-musl" ;;
  *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;;
esac
RG_CACHE_DIR="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RG_TARBALL="$RG_CACHE_DIR/ripgrep-v13.0.0-10-$RG_TARGET.tar.gz"
if [ ! -s "$RG_TARBALL" ]; then
  log "building ripgrep cache $RG_TARBALL from $(command -v rg)"
  mkdir -p "$RG_CACHE_DIR"
  tmp="$(mktemp -d)"
  cp "$(command -v rg)" "$tmp/rg"
  tar czf "$RG_TARBALL.part" -C "$tmp" rg
  mv "$RG_TARBALL.part" "$RG_TARBALL"   # atomic: never leave a half-written cache
  rm -rf "$tmp"
fi

# --- (c) code-server in its own tool folder --------------------------------
# First run of code-server logs "Wrote default config file ..." before the
# version line, so pick the line that starts with a version number.
installed_version() { "$CS_BIN" --version 2>/dev/null | grep -Eo '^[0-9]+\.[0-9]+\.[0-9]+' | head -n1 || true; }
if [ -x "$CS_BIN" ] && [ "$(installed_version)" = "$CS_VERSION" ]; then
  log "code-server $CS_VERSION already installed"
else
  log "installing code-server@$CS_VERSION into $CS_DIR (takes a few minutes)"
  mkdir -p "$CS_DIR"
  # Own package.json so it is never part of the project's dependencies.
  [ -f "$CS_DIR/package.json" ] || echo '{ "name": "vscode-test-code-server", "private": true }' > "$CS_DIR/package.json"
  # unsafe_perm: code-server's postinstall refuses root otherwise (npm 11
  # ignores the CLI flag). yes: node-pty's postinstall runs `npx node-gyp`.
  (cd "$CS_DIR" && npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --save-exact "code-server@$CS_VERSION")
  v="$(installed_version)"
  if [ "$v" != "$CS_VERSION" ]; then
    echo "code-server install failed: '$CS_BIN --version' gave '$v'" >&2
    exit 1
  fi
  log "code-server $v installed"
fi
