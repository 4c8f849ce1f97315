#!/usr/bin/env python3
"""Writes the simulator's default world (environment "acme") into seed-data/.

Usage (from the repository root):  python3 tools/seed/generate_default_seed.py [--out seed-data] [--check]

Python 3.11 standard library only; fully deterministic (fixed random seeds, no wall clock): two runs write the
same bytes. The layout is described in seed-data/README.md, which this script also writes.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import assessment  # noqa: E402
import ats_greenhouse  # noqa: E402
import ats_jazzhr  # noqa: E402
import hris_personio  # noqa: E402
import hris_small  # noqa: E402
import readme  # noqa: E402
from common import API_KEY, CLOCK_ISO, ENV_SLUG, dt, parse_ts, ts, write_json  # noqa: E402
from ids import environment_id, integration_id, kid  # noqa: E402

# tool, category, organisation, creator e-mail, origin id, created at
INTEGRATIONS = [
    ("personio", "HRIS", "Acme GmbH", "sabine.wagner@acme.de", "acme-gmbh", "2025-09-15 13:22:41.512"),
    ("hibob", "HRIS", "Acme Labs Ltd", "emily.clarke@acmelabs.co.uk", "acme-labs", "2025-11-03 10:05:12.208"),
    ("silae", "HRIS", "Acme France SAS", "isabelle.fontaine@acme-france.fr", "acme-france", "2025-12-01 08:30:55.901"),
    ("datev", "HRIS", "Acme Produktion GmbH", "sandra.ludwig@acme-produktion.de", "acme-produktion", "2026-01-08 07:15:03.330"),
    ("greenhouse", "ATS", "Acme GmbH", "katrin.scholz@acme.de", "acme-gmbh", "2025-09-22 15:47:18.064"),
    ("jazzhr", "ATS", "Acme Retail Inc", "jennifer.walsh@acmeretail.com", "acme-retail", "2026-02-10 17:20:44.719"),
    ("smartrecruiters", "ASSESSMENT", "Acme GmbH", "katrin.scholz@acme.de", "acme-gmbh", "2026-05-18 12:03:27.455"),
]
SCOPE_NAMES = {"HRIS": "HRIS default scope", "ATS": "ATS default scope", "ASSESSMENT": "Assessment default scope"}
FIRST_SYNC_MINUTES = 9  # records first seen by the initial sync carry its time as changed_at


def integration_file(tool, category, org, email, origin, created) -> dict:
    return {"id": integration_id(ENV_SLUG, tool), "tool": tool, "category": category, "status": "ACTIVE",
            "setup_status": "COMPLETED", "end_user": {"organization_name": org, "creator_email": email, "origin_id": origin},
            "scope_config": {"id": kid("scope_config", ENV_SLUG, category), "name": SCOPE_NAMES[category]},
            "created_at": ts(dt(created)), "beta": False}


def clamp_changed_at(files: dict[str, list], created: str) -> None:
    """Kombo's changed_at cannot predate the integration: records older than the first sync get its timestamp."""
    first_sync = ts(dt(created) + timedelta(minutes=FIRST_SYNC_MINUTES))
    for rows in files.values():
        for row in rows:
            if "changed_at" in row and parse_ts(row["changed_at"]) < parse_ts(first_sync):
                row["changed_at"] = first_sync


def build_world() -> dict:
    """All integrations of the acme environment: {tool: (integration.json, {file name: rows})} plus notes."""
    iid = {tool: integration_id(ENV_SLUG, tool) for tool, *_ in INTEGRATIONS}
    personio, personio_notes = hris_personio.build(iid["personio"])
    hibob, hibob_notes = hris_small.build_hibob(iid["hibob"])
    silae, silae_notes = hris_small.build_silae(iid["silae"])
    datev, datev_notes = hris_small.build_datev(iid["datev"])
    greenhouse, greenhouse_notes = ats_greenhouse.build(iid["greenhouse"], personio_notes["employees"])
    jazzhr, jazzhr_notes = ats_jazzhr.build(iid["jazzhr"])
    packages, orders, order_notes = assessment.build(iid["smartrecruiters"], greenhouse_notes["apps"])
    files = {
        "personio": personio.files(),
        "hibob": hibob.files(omit=("legal-entities.json",)),
        "silae": silae.files(omit=("locations.json", "time-off-balances.json")),
        "datev": datev.files(omit=("groups.json", "locations.json", "legal-entities.json", "time-off-balances.json", "absences.json")),
        "greenhouse": greenhouse.files(),
        "jazzhr": jazzhr.files(omit=("tags.json",)),
        "smartrecruiters": {"packages.json": packages, "orders.json": orders},
    }
    integrations = {}
    for spec in INTEGRATIONS:
        tool, created = spec[0], spec[5]
        clamp_changed_at(files[tool], created)
        integrations[tool] = (integration_file(*spec), files[tool])
    notes = {"personio": personio_notes, "hibob": hibob_notes, "silae": silae_notes, "datev": datev_notes,
             "greenhouse": greenhouse_notes, "jazzhr": jazzhr_notes, "orders": order_notes}
    return {"integrations": integrations, "notes": notes}


def write(out: Path) -> dict:
    world = build_world()
    out.mkdir(parents=True, exist_ok=True)
    if (out / "environments").exists():
        shutil.rmtree(out / "environments")
    write_json(out / "world.json", {"clock": CLOCK_ISO})
    env_dir = out / "environments" / ENV_SLUG
    write_json(env_dir / "environment.json", {"id": environment_id(ENV_SLUG), "name": "Acme Corp (development)",
                                              "api_key": API_KEY})
    for tool, (integration, files) in world["integrations"].items():
        folder = env_dir / "integrations" / tool
        write_json(folder / "integration.json", integration)
        for name, rows in files.items():
            write_json(folder / name, rows)
    (out / "README.md").write_text(readme.render(world), encoding="utf-8", newline="\n")
    return world


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(HERE.parent.parent / "seed-data"), help="output folder (default: <repo>/seed-data)")
    parser.add_argument("--check", action="store_true", help="run check.py on the output afterwards")
    args = parser.parse_args()
    out = Path(args.out)
    world = write(out)
    for tool, (integration, files) in world["integrations"].items():
        counts = ", ".join(f"{name[:-5]} {len(rows)}" for name, rows in files.items())
        print(f"{integration['id']}: {counts}")
    if args.check:
        import check
        return check.main([str(out)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
