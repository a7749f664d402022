"""The data package validates, and each kind of bad input stops with a message naming file, row, column, rule."""
import json
import subprocess
import sys

import pytest
from conftest import edit_csv

from genai_book import data, paths

SHARES = "first_choice"   # a complete whole: its shares sum to 100


def test_package_is_valid_and_not_empty():
    package = data.validate_package()
    names = {r["name"] for r in package["resources"]}
    assert len(names) >= 20, "validating (almost) nothing would prove nothing"
    assert {"sources", "users_series", SHARES, "policies"} <= names
    assert all(r["hash"].startswith("sha256:") for r in package["resources"])


def test_frictionless_validates_the_written_package():
    data.write_package()
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json",
                             str(paths.DATA / "datapackage.json")], capture_output=True, text=True)
    report = json.loads(result.stdout)
    assert report["valid"], result.stdout[:2000]
    assert len(report["tasks"]) >= 20


def test_every_csv_has_a_descriptor_and_every_descriptor_a_csv():
    csvs = {p.stem for p in paths.DATA.glob("*.csv")}
    assert csvs == set(data.descriptors())


def _problem(folder):
    with pytest.raises(data.DataError) as caught:
        data.validate_package(folder)
    return str(caught.value)


def test_not_a_number(data_copy):
    edit_csv(data_copy, SHARES, lambda f: f.assign(value=["abc"] + list(f["value"][1:])))
    assert f"{SHARES}.csv row 2, column value: 'abc' is not a number" in _problem(data_copy)


def test_percentage_out_of_range(data_copy):
    edit_csv(data_copy, SHARES, lambda f: f.assign(value=["150"] + list(f["value"][1:])))
    assert f"{SHARES}.csv row 2, column value: 150.0 is out of range for a percentage (0–100)" in _problem(data_copy)


def test_missing_column(data_copy):
    edit_csv(data_copy, SHARES, lambda f: f.rename(columns={"value": "valeur"}))
    assert f"{SHARES}.csv: missing column 'value'" in _problem(data_copy)


def test_unknown_source_is_reported_once(data_copy):
    edit_csv(data_copy, SHARES, lambda f: f.assign(source_id=["fn999"] + list(f["source_id"][1:])))
    problem = _problem(data_copy)
    assert f"{SHARES}.csv row 2, column source_id: 'fn999' is not in sources.csv (column source_id)" in problem
    assert problem.count("'fn999'") == 1, problem


def test_foreign_key_between_other_resources(data_copy):
    edit_csv(data_copy, "digest_items", lambda f: f.assign(digest_id=["digest_19990101"] + list(f["digest_id"][1:])))
    assert ("digest_items.csv row 2, column digest_id: 'digest_19990101' is not in digests.csv (column digest_id)"
            in _problem(data_copy))


def test_duplicate_key(data_copy):
    import pandas as pd
    edit_csv(data_copy, SHARES, lambda f: pd.concat([f, f.iloc[[0]]], ignore_index=True))
    rows = len(pd.read_csv(data_copy / f"{SHARES}.csv"))
    assert f"{SHARES}.csv row {rows + 1}: duplicate key" in _problem(data_copy)


def test_shares_not_summing_to_100(data_copy):
    edit_csv(data_copy, SHARES, lambda f: f.assign(value=["10"] + list(f["value"][1:])))
    assert "shares of one whole (as_of=2025-06) sum to" in _problem(data_copy)
    assert "rule shares_sum" in _problem(data_copy)


def test_missing_file(data_copy):
    (data_copy / f"{SHARES}.csv").unlink()
    assert f"{SHARES}.csv: file is missing" in _problem(data_copy)


def test_csv_without_descriptor(data_copy):
    (data_copy / "stray.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert "stray.csv: no descriptor meta/stray.yaml" in _problem(data_copy)


def test_empty_package_is_an_error(tmp_path):
    (tmp_path / "meta").mkdir()
    assert "no resource descriptors found" in _problem(tmp_path)


def test_load_returns_typed_columns_and_records_provenance():
    frame = data.load(SHARES)
    assert frame["value"].dtype.kind == "f"
    assert frame.attrs["resource"] == SHARES and frame.attrs["title"]


def test_load_records_dependencies_for_the_build(tmp_path, monkeypatch):
    record = tmp_path / "deps"
    monkeypatch.setenv(data.DEPS_ENV, str(record))
    data.load(SHARES)
    assert json.loads(record.read_text().splitlines()[0])["resource"] == SHARES


def test_bad_data_stops_the_build_before_any_chapter_runs(data_copy):
    edit_csv(data_copy, SHARES, lambda f: f.assign(value=["abc"] + list(f["value"][1:])))
    result = subprocess.run([sys.executable, "-m", "genai_book.build", "--data", str(data_copy)],
                            capture_output=True, text=True, cwd=paths.ROOT)
    assert result.returncode == 2
    assert "nothing was executed" in result.stderr and "'abc' is not a number" in result.stderr
    assert "chapters (" not in result.stdout
