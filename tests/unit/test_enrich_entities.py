"""Entity spans: never across a line break, never with whitespace at either end."""

from streams.enrich import enrich
from streams.enrich.entities import _line_pieces, _trim


def test_a_span_across_lines_is_cut_into_its_lines() -> None:
    text = "STANDINGS\nWESTERN CONFERENCE \nPortland Oregon\n"
    pieces = _line_pieces(text, (10, len(text), "ORG"))
    assert [text[s:e] for s, e, _ in pieces] == ["WESTERN CONFERENCE", "Portland Oregon"]
    assert {label for *_, label in pieces} == {"ORG"}


def test_a_possessive_leaves_no_trailing_space() -> None:
    text = "Hong Kong 's harbour"
    assert _trim(text, (0, 12, "GPE")) == (0, 9, "GPE")


def test_no_entity_of_an_article_spans_lines_or_whitespace() -> None:
    # the model joins a table's header lines and keeps the space before "'s"
    table = "NORTHERN LEAGUE\nWESTERN DIVISION\nW L PCT GB\nOSLO 70 50 .583 -\nBERGEN 65 55 .542 5"
    prose = "Swedish Rowing Federation\nChairman Lars Dahl said the team trained in Hong Kong 's harbour ."
    for text in (table, prose):
        for mode in ("accurate", "fast"):
            surfaces = [e["text"] for e in enrich({"article_id": "e", "text": text}, mode)["entities"]]
            assert all("\n" not in s and s == s.strip() for s in surfaces), (mode, surfaces)
    assert "NORTHERN LEAGUE" in [e["text"] for e in enrich({"article_id": "e", "text": table})["entities"]]


def test_a_spaced_dash_or_bracket_ends_a_name_but_a_hyphen_does_not() -> None:
    text = "Rosenborg Trondheim - Kari Dahl ( Norway ) beat Abdul-Rahman al-Sabah"
    pieces = _line_pieces(text, (0, len(text), "PERSON"))
    assert [text[s:e] for s, e, _ in pieces] == [
        "Rosenborg Trondheim",
        "Kari Dahl",
        "Norway",
        "beat Abdul-Rahman al-Sabah",
    ]


def test_an_all_caps_headline_is_not_cut_into_slugs() -> None:
    text = "ROWING - NORWAY WINS EIGHTS"
    assert _line_pieces(text, (0, len(text), "ORG")) == [(0, len(text), "ORG")]


def test_a_person_tagged_by_surname_gets_the_first_name_before_it() -> None:
    # the model tags "Hill" alone in this results table (a hill, and a name it knows)
    text = "Grid after qualifying :\n1. Marco Verdi ( Italy ) 1:50.100\n2. Damon Hill ( Britain ) 1:50.980"
    entities = enrich({"article_id": "p", "text": text})["entities"]
    people = [e["text"] for e in entities if e["type"] == "PERSON"]
    assert "Damon Hill" in people and "Hill" not in people
