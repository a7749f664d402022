"""Validation is incremental (command.validate): after a successful run only the tables whose CSV changed are read
again, with the tables whose foreign keys point at them; a descriptor or rule file changed reads every table; a
problem is reported until it is fixed, whatever else changed meanwhile."""
import pytest
from conftest import edit_csv

from genai_book import data, paths
from genai_book.build import command


@pytest.fixture
def validated(data_copy, monkeypatch, capsys):
    monkeypatch.setattr(command, "VALIDATED", data_copy.parent / "cache")
    command.validate(data_copy)
    assert "data validated" in capsys.readouterr().out
    return data_copy


def run(folder, capsys) -> str:
    """What a build prints about validation; DataError's message when it fails."""
    try:
        command.validate(folder)
    except data.DataError as error:
        return str(error)
    return capsys.readouterr().out


def total() -> int:
    return len(data.descriptors(paths.DATA))


def test_nothing_changed_reads_nothing(validated, capsys):
    assert run(validated, capsys) == ""


def test_a_changed_table_is_read_alone_and_its_problem_reported_until_fixed(validated, capsys):
    edit_csv(validated, "users_series", lambda f: f.assign(value=["abc"] + list(f["value"][1:])))
    assert "users_series.csv row 2, column value: 'abc' is not a number" in run(validated, capsys)
    edit_csv(validated, "user_age", lambda f: f.assign(note=f["note"].fillna("") + "x"))
    assert "users_series.csv row 2, column value: 'abc'" in run(validated, capsys)  # the stamp kept the last good
    edit_csv(validated, "users_series", lambda f: f.assign(value=["2.49"] + list(f["value"][1:])))
    assert f"(1 of {total()} tables)" in run(validated, capsys)  # users_series is as last validated: user_age alone


def test_a_changed_key_table_reads_the_tables_pointing_at_it(validated, capsys):
    edit_csv(validated, "sources", lambda f: f[f["source_id"] != "report"])
    problems = run(validated, capsys)
    assert "users_series.csv row 3, column source_id: 'report'" in problems, problems[:500]


def test_a_changed_descriptor_reads_every_table(validated, capsys):
    descriptor = validated / data.META_DIR / "user_age.yaml"
    descriptor.write_text(descriptor.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert f"({total()} of {total()} tables)" in run(validated, capsys)
