"""The data package validates, and each kind of bad input stops with a message naming file, row, column, rule."""
import json
import subprocess
import sys

import pandas as pd
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


def test_one_descriptor_is_a_copy_of_the_one_descriptors_gives():
    one = data.descriptor("users_series")
    assert one == data.descriptors()["users_series"]
    one["schema"]["fields"].clear()  # a page changing its copy changes no other page's
    assert data.descriptor("users_series")["schema"]["fields"]


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


def test_a_hedge_that_is_the_whole_figure_stores_no_number(data_copy):
    """上百篇, 数千美元: the source gives no number, so a number in the row would be the book's invention."""
    def papers(value):
        return lambda f: f.assign(value=[value if k == "suspected_ai_generated_papers" else v
                                         for k, v in zip(f["key"], f["value"])])
    edit_csv(data_copy, "outlook_facts", papers("100"))
    assert ("outlook_facts.csv row 4, column value: 100 is given but the qualifier '上百' is the whole figure"
            in _problem(data_copy))
    edit_csv(data_copy, "outlook_facts", papers(""))
    data.validate_package(data_copy)  # empty, with its status stated: valid


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


def test_an_edition_records_what_decides_its_rows(tmp_path, monkeypatch):
    """A page seen as an edition depends on the cutoffs and on the sources' dates, not only on the table it reads."""
    record = tmp_path / "deps"
    monkeypatch.setenv(data.DEPS_ENV, str(record))
    data.load("users_series", as_of="2025-06")
    entries = [json.loads(line) for line in record.read_text().splitlines()]
    assert {"file": "data/meta/editions.yaml"} in entries
    assert {"sources", "users_series"} <= {e.get("resource") for e in entries}


def test_bad_data_stops_the_build_before_any_chapter_runs(data_copy):
    edit_csv(data_copy, SHARES, lambda f: f.assign(value=["abc"] + list(f["value"][1:])))
    result = subprocess.run([sys.executable, "-m", "genai_book.build", "--data", str(data_copy)],
                            capture_output=True, text=True, cwd=paths.ROOT)
    assert result.returncode == 2
    assert "nothing was executed" in result.stderr and "'abc' is not a number" in result.stderr
    assert "chapters (" not in result.stdout


# ---------------------------------------------------------------- what a schema lets through (issue 11, finding 7)

@pytest.fixture
def small_package(tmp_path):
    """sources and first_choice alone: a valid package that validates in a second or two."""
    (tmp_path / data.META_DIR).mkdir()
    for name in ("sources", SHARES):
        (tmp_path / f"{name}.csv").write_bytes((paths.DATA / f"{name}.csv").read_bytes())
        (tmp_path / data.META_DIR / f"{name}.yaml").write_bytes((paths.DATA / data.META_DIR / f"{name}.yaml").read_bytes())
    data.validate_package(tmp_path)
    return tmp_path


def _only_problem(folder) -> str:
    """The one line the validation reports: a problem is reported once."""
    lines = _problem(folder).splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_header_only_csv_is_an_error(small_package):
    csv = small_package / f"{SHARES}.csv"
    csv.write_text(csv.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert _only_problem(small_package).endswith(f"{SHARES}.csv: no rows — a resource needs at least one row "
                                                 f"under its header")


def test_spaces_around_a_key_are_an_error(small_package):
    edit_csv(small_package, SHARES, lambda f: f.assign(product=[f["product"][0] + " "] + list(f["product"][1:])))
    assert f"{SHARES}.csv row 2, column product: '豆包 ' has spaces at its start or end" == \
        _only_problem(small_package).split("/")[-1]


def test_full_width_digits_are_not_a_number(small_package):
    edit_csv(small_package, SHARES, lambda f: f.assign(value=["４７.１"] + list(f["value"][1:])))
    assert f"{SHARES}.csv row 2, column value: '４７.１' is not a number in ASCII digits" in _only_problem(small_package)


def test_one_missing_column_is_one_problem(small_package):
    edit_csv(small_package, SHARES, lambda f: f.drop(columns=["unit"]))
    assert f"{SHARES}.csv: missing column 'unit'" in _only_problem(small_package)


def test_only_http_urls(small_package):
    edit_csv(small_package, "sources", lambda f: f.assign(url=["javascript:alert(1)"] + list(f["url"][1:])))
    assert "sources.csv row 2, column url: 'javascript:alert(1)' is not an http(s) URL" in _only_problem(small_package)


def test_a_cell_too_long_to_typeset_is_an_error(small_package):
    edit_csv(small_package, "sources", lambda f: f.assign(note=["长" * (data.MAX_CELL + 1)] + list(f["note"][1:])))
    assert f"is {data.MAX_CELL + 1} characters long, more than the {data.MAX_CELL}" in _only_problem(small_package)


def test_reserved_private_use_characters_are_an_error(small_package):
    edit_csv(small_package, "sources", lambda f: f.assign(title=["a\ue07bb"] + list(f["title"][1:])))
    assert "sources.csv row 2, column title:" in _only_problem(small_package)


def test_malformed_yaml_names_the_file_and_line(small_package):
    (small_package / data.META_DIR / f"{SHARES}.yaml").write_text("name: x\nschema: [unclosed\n", encoding="utf-8")
    problem = _only_problem(small_package)
    assert f"meta/{SHARES}.yaml: not valid YAML" in problem and "line 3" in problem


def test_descriptor_without_schema_is_named_as_such(small_package):
    (small_package / data.META_DIR / f"{SHARES}.yaml").write_text("name: first_choice\ntitle: x\n", encoding="utf-8")
    assert f"meta/{SHARES}.yaml: no schema" in _only_problem(small_package)


def test_an_edition_needs_its_series_period_and_one_before(data_copy):
    assert data.edition_problems("2025-06", data_copy) == []
    problems = data.edition_problems("2030", data_copy)
    assert len(problems) == 2 and all("users_series.csv: no row for as_of '2030'" in p for p in problems)
    assert "no period before '2024-12'" in data.edition_problems("2024-12", data_copy)[0]


# ---------------------------------------------------------------- sources an analyst adds by hand

HAND_KEPT = {"source_id": "example_2026_01_01", "footnote": "", "publisher": "某报", "title": "某篇报道",
             "url": "https://example.org/a", "published": "2026-01-01", "note": ""}


def _add_sources(folder, *changes) -> list[int]:
    """Append hand-kept rows (HAND_KEPT with each dict of changes); their row numbers, the header being row 1."""
    rows = [{**HAND_KEPT, "source_id": f"example_{i}", **c} for i, c in enumerate(changes)]
    first = len(pd.read_csv(folder / "sources.csv", dtype=str)) + 2
    edit_csv(folder, "sources", lambda f: pd.concat([f, pd.DataFrame(rows)], ignore_index=True))
    return list(range(first, first + len(rows)))


def test_a_hand_kept_source_can_be_cited(data_copy):
    _add_sources(data_copy, {"source_id": HAND_KEPT["source_id"]})
    edit_csv(data_copy, SHARES, lambda f: f.assign(source_id=[HAND_KEPT["source_id"]] + list(f["source_id"][1:])))
    data.validate_package(data_copy)
    assert data.load("sources", data_copy).set_index("source_id").loc[HAND_KEPT["source_id"], "publisher"] == "某报"


def test_hand_kept_sources_break_the_schema(data_copy):
    """One package with one bad row per schema rule: each is named with its row and column."""
    urls = ["javascript:alert(1)", "ftp://example.org/a", "example.org/a"]
    rows = _add_sources(data_copy, *({"url": u} for u in urls), {"publisher": ""}, {"source_id": "Stdaily-2026"},
                        {"source_id": "fn01"})
    problem = _problem(data_copy)
    for row, url in zip(rows, urls):
        assert f"sources.csv row {row}, column url: {url!r} " in problem        # a pattern or the uri format
    assert f"sources.csv row {rows[3]}, column publisher: " in problem
    assert f"sources.csv row {rows[4]}, column source_id: 'Stdaily-2026' breaks the rule" in problem
    assert f"sources.csv row {rows[5]}: duplicate key (source_id)" in problem      # fn01 is a generated id


def test_hand_kept_sources_need_a_title_and_a_real_date(data_copy):
    rows = _add_sources(data_copy, {"title": ""}, {"published": ""}, {"published": "2026-13-01"})
    problem = _problem(data_copy)
    assert f"sources.csv row {rows[0]}, column title: is empty but required for a hand-kept source" in problem
    assert f"sources.csv row {rows[1]}, column published: is empty but required" in problem
    assert f"sources.csv row {rows[2]}, column published: '2026-13-01' is not a real date" in problem


def test_unknown_edition_source(data_copy):
    path = data_copy / "meta" / "editions.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("source_id: cnnic_57th", "source_id: cnnic_99th"),
                    encoding="utf-8")
    assert "editions.yaml: edition 2025-12, source_id: 'cnnic_99th' is not a source in sources.csv" in \
        _problem(data_copy)


# ---------------------------------------------------------------- stated changes of every kind

def test_a_growth_rate_may_exceed_100_percent_but_must_be_in_percent(data_copy):
    data.validate_package(data_copy)     # the real 141.7% growth rate is valid
    edit_csv(data_copy, "stated_changes", lambda f: f.assign(
        unit=["倍" if k == "growth_rate" else u for k, u in zip(f["kind"], f["unit"])]))
    row = 2 + list(pd.read_csv(data_copy / "stated_changes.csv")["kind"]).index("growth_rate")
    assert f"stated_changes.csv row {row}, column unit: '倍' is not the unit of a growth_rate ('%', rule " \
           f"kind_units)" in _problem(data_copy)


def test_a_change_needs_a_known_kind(data_copy):
    edit_csv(data_copy, "stated_changes", lambda f: f.assign(kind=["ratio"] + list(f["kind"][1:])))
    assert "stated_changes.csv row 2, column kind: 'ratio' breaks the rule" in _problem(data_copy)
