# Sourced by scripts/run and scripts/test: make .venv and install what the bot needs into it,
# again only when pyproject.toml changed. Needs python3 (3.11 or newer) and a package index.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
extras="${1:-}"
python_bin="${PYTHON:-python3}"
if ! "$python_bin" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Friend or Ex needs Python 3.11 or newer; $("$python_bin" --version 2>&1) found." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python_bin" -m venv .venv
stamp=".venv/.installed${extras:+-$extras}"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  # Only the dependencies: the bot and its scripts run from this folder, so nothing of the
  # project itself needs building (nor setuptools' notices about editable installs).
  .venv/bin/python -c '
import sys, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
extras = [name for name in sys.argv[1:] if name]
wanted = project["dependencies"] + [d for e in extras for d in project["optional-dependencies"][e]]
print("\n".join(wanted))' "$extras" > .venv/requirements.txt
  .venv/bin/python -m pip install --quiet -r .venv/requirements.txt
  echo "$want" > "$stamp"
fi
