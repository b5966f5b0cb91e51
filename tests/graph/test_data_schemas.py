"""Every data file fits its schema, and a file that does not is refused in one line that names
the file, the line and the key (graph/data_schemas.py)."""
from __future__ import annotations

import pytest

from graph.data_files import DATA_DIR, data_file
from graph.data_schemas import (CountryNames, DataFileError, DateWords, KindStyles, LanguagePack,
                                NetworkSettings, ReadOnlyRules, StructureRules, load_checked)
from graph.errors import UserError

SCHEMAS = {"read_only.yaml": ReadOnlyRules, "network.yaml": NetworkSettings,
           "dates.yaml": DateWords, "structure.yaml": StructureRules,
           "world/countries.yaml": CountryNames, "kind_styles.yaml": KindStyles}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_data_file_fits_its_schema(name):
    data = load_checked(data_file(*name.split("/")), SCHEMAS[name])
    assert isinstance(data, dict) and data


def test_every_language_pack_file_fits():
    files = sorted((DATA_DIR / "lang").glob("*/*.yaml"))
    assert len(files) >= 8
    for f in files:
        assert isinstance(load_checked(f, LanguagePack), dict), f


def broken(tmp_path, name, old, new):
    text = data_file(name).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    at = text.index(old) + (len(old) - len(old.lstrip("\n")))
    line = text[:at].count("\n") + 1
    return path, line


def test_a_number_that_is_not_a_number(tmp_path):
    path, line = broken(tmp_path, "structure.yaml", "max_heading_chars: 300", "max_heading_chars: many")
    with pytest.raises(DataFileError) as err:
        load_checked(path, StructureRules)
    assert str(err.value).startswith(f"{path}:{line}: max_heading_chars: ")
    assert "integer" in str(err.value) and "\n" not in str(err.value)
    assert isinstance(err.value, UserError)


def test_a_word_yaml_reads_as_a_boolean(tmp_path):
    path, line = broken(tmp_path, "structure.yaml", '"on", ', "on, ")
    with pytest.raises(DataFileError, match=rf":{line}: title_lowercase_words\.21: .*YAML read it "
                                            "as true: quote it"):
        load_checked(path, StructureRules)


def test_a_regular_expression_that_does_not_compile(tmp_path):
    path, line = broken(tmp_path, "structure.yaml", "keyword_heading: '^(?:",
                        "keyword_heading: '^((?:")
    with pytest.raises(DataFileError, match=rf":{line}: keyword_heading: not a valid regular expression"):
        load_checked(path, StructureRules)


def test_a_misspelt_key(tmp_path):
    path, line = broken(tmp_path, "network.yaml", "\nlouvain_seed:", "\nlouvian_seed:")
    with pytest.raises(DataFileError, match=rf":{line}: louvian_seed: unknown key"):
        load_checked(path, NetworkSettings)


def test_yaml_syntax(tmp_path):
    path = tmp_path / "network.yaml"
    path.write_text("actor_kinds: [Country\nforum_kinds: []\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"network\.yaml:\d+: not valid YAML"):
        load_checked(path, NetworkSettings)


def test_a_language_pack_word_read_as_false(tmp_path):
    path = tmp_path / "persons.yaml"
    path.write_text("titles:\n  - señor\n  - no\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"persons\.yaml:1: .*item 1 is a word read by YAML as false"):
        load_checked(path, LanguagePack)
    path.write_text("anaphora:\n  - {title: Declaración, case_sensitive: true}\n", encoding="utf-8")
    assert load_checked(path, LanguagePack)["anaphora"][0]["case_sensitive"] is True


def test_a_broken_ontology_or_pattern_file_is_one_line(tmp_path):
    from graph.ontology import OntologyError, load_ontology
    from loaders.patterns import load_patterns
    lines = data_file("ontology.yaml").read_text(encoding="utf-8").split("\n")
    lines[29] = "broken: [unclosed, list"
    (tmp_path / "ontology.yaml").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(OntologyError, match=r"ontology\.yaml:31: not valid YAML"):
        load_ontology(tmp_path / "ontology.yaml")
    (tmp_path / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"list\.yaml:1: .*dictionary"):
        load_ontology(tmp_path / "list.yaml")
    lines = data_file("patterns.yaml").read_text(encoding="utf-8").split("\n")
    lines[39] = "  - {phrase: [unclosed"
    (tmp_path / "patterns.yaml").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"patterns\.yaml:4\d: not valid YAML"):
        load_patterns(tmp_path / "patterns.yaml")


def test_a_diagram_colour_or_shape_that_is_not_one(tmp_path):
    """data/kind_styles.yaml: a colour not written #rrggbb and a shape Graphviz does not know are
    refused with the line of the kind."""
    path, line = broken(tmp_path, "kind_styles.yaml", 'Person:       {colour: "#8c564b"',
                        'Person:       {colour: "brown"')
    with pytest.raises(DataFileError, match=rf"kind_styles\.yaml:{line}: kinds\.Person\.colour: "
                                            "'brown' is not a colour written #rrggbb"):
        load_checked(path, KindStyles)
    path, line = broken(tmp_path, "kind_styles.yaml", "graphviz: folder}", "graphviz: foldr}")
    with pytest.raises(DataFileError, match=rf"kind_styles\.yaml:{line}: kinds\.Document\.graphviz: "):
        load_checked(path, KindStyles)
