"""Places by name: current, Russian, Kazakh and former spellings; regions; capitals abroad."""

from __future__ import annotations

import pytest

from missionplanner.geo import AmbiguousPlace, PlaceKind, PlaceNotFound, PlaceResolver, Settlement
from missionplanner.geo.countries import country
from missionplanner.geo.places import loose_key, name_key


@pytest.fixture(scope="module")
def kz() -> PlaceResolver:
    """Kazakhstan with its shipped GeoNames settlements."""
    return PlaceResolver.for_country("KZ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Astana", "Astana"), ("Нур-Султан", "Astana"), ("Nur-Sultan", "Astana"),
        ("Akmola", "Astana"), ("Tselinograd", "Astana"), ("Целиноград", "Astana"),
        ("Almaty", "Almaty"), ("г. Алматы", "Almaty"), ("Alma-Ata", "Almaty"),
        ("Алма-Ата", "Almaty"), ("Өскемен", "Ust-Kamenogorsk"), ("Oskemen", "Ust-Kamenogorsk"),
        ("Semipalatinsk", "Semey"), ("Uralsk", "Oral"), ("Щучинск", "Shchuchinsk"),
        ("Ақтөбе", "Aktobe"), ("Kostanai", "Kostanay"),
    ],
)  # fmt: skip
def test_settlement_spellings(kz: PlaceResolver, text: str, expected: str) -> None:
    """English, Russian, Kazakh, transliterated and former names find the same place."""
    place = kz.resolve(text)
    assert place.kind is PlaceKind.SETTLEMENT
    assert place.name == expected
    assert place.source.startswith("GeoNames ")


def test_former_name_is_said(kz: PlaceResolver) -> None:
    """`how` says a former name was used."""
    assert "former name of Astana" in kz.resolve("Tselinograd").how


def test_regions_by_name_and_kind(kz: PlaceResolver) -> None:
    """`region:` prefix; "обл." means the oblast, plain "Almaty" the city."""
    assert kz.resolve("region:Akmola").region == "akmola"
    assert kz.resolve("region:Almaty").region == "almaty-city"
    assert kz.resolve("region:Алматы обл.").region == "almaty"
    assert kz.resolve("region:ВКО").region == "east-kazakhstan"
    assert kz.resolve("region:Akmola").kind is PlaceKind.REGION


def test_abroad_capitals(kz: PlaceResolver) -> None:
    """`abroad:` finds a capital by its name in Latin or Cyrillic letters, or its country's."""
    for text in ("abroad:Beijing", "abroad:Пекин", "abroad:China"):
        place = kz.resolve(text)
        assert place.name == "Beijing" and place.country == "CN"
        assert place.tz == "Asia/Shanghai" and place.kind is PlaceKind.ABROAD


def test_same_name_needs_a_region() -> None:
    """Two villages of one name and similar size: an error listing both, unless a region says."""
    preset = country("KZ")
    villages = [
        Settlement("Karaoy", 43.5, 77.0, region="almaty", population=900),
        Settlement("Karaoy", 45.0, 70.0, region="karaganda", population=700),
    ]
    resolver = PlaceResolver(preset, villages)
    with pytest.raises(AmbiguousPlace, match="2 settlements are called 'Karaoy'"):
        resolver.resolve("Karaoy")
    assert resolver.resolve("Karaoy", region="karaganda").lat == 45.0


def test_a_much_larger_place_wins_and_says_so(kz: PlaceResolver) -> None:
    """Aktau the city (147,000) over two villages of that name, with a note."""
    place = kz.resolve("Aktau")
    assert place.region == "mangystau"
    assert "largest of 3" in place.how


def test_unknown_and_other_countries() -> None:
    """A country without a settlements table finds regions only, and says why."""
    russia = PlaceResolver.for_country("RU")
    assert russia.resolve("Республика Татарстан").region == "tatarstan"
    with pytest.raises(PlaceNotFound, match="no settlements table"):
        russia.resolve("Zelenograd")


def test_keys() -> None:
    """The comparison keys ignore what spellings vary in."""
    assert name_key("г. Алматы") == name_key("Алматы") == "алматы"
    assert name_key("Ақтөбе") == name_key("Актобе")
    assert loose_key("Щучинск") == loose_key("Shchuchinsk")
