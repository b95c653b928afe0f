"""The installable package: everything the bot reads at run time is declared, with no
setuptools warnings on the way (a clean install must print nothing alarming)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["pyproject.toml", "README.md", "bot.py", "console", "content", "core", "emulator"]
SOURCES += ["handlers", "storage"]


def test_a_build_declares_its_data_and_warns_about_nothing(tmp_path):
    # A copy, so the build's egg-info and build folders never land in the working tree.
    source = tmp_path / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(ROOT / name, source / name)
    built = tmp_path / "lib"
    setup = "import setuptools; setuptools.setup()"
    done = subprocess.run(
        [sys.executable, "-W", "always", "-c", setup, "build_py", "--build-lib", str(built)],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    log = done.stdout + done.stderr
    assert "would be ignored" not in log and "Deprecation" not in log, log
    migrations = sorted(p.name for p in (ROOT / "storage/migrations/sqlite").glob("*.sql"))
    assert sorted(p.name for p in (built / "storage/migrations/sqlite").glob("*.sql")) == migrations
    texts = sorted(p.name for p in (ROOT / "content").glob("*.toml"))
    assert sorted(p.name for p in (built / "content").glob("*.toml")) == texts
