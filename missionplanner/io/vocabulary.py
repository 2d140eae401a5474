"""Words a spreadsheet may use for the domain's enumerations, languages and countries.

Keys are compared after :func:`word_key` (lower case, ``ё`` as ``е``, no dots or spaces at the
ends), so ``Ж``, ``ж.``, ``жен`` and ``Female`` are all ``female``.
"""

from __future__ import annotations

from missionplanner.model import Gender, Locality, Role, StationKind


def word_key(text: str) -> str:
    """The comparable form of a word: lower case, ``ё`` as ``е``, trimmed of spaces and dots."""
    return " ".join(text.casefold().replace("ё", "е").split()).strip(" .")


def _table(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {word_key(word): value for value, words in pairs.items() for word in (value, *words)}


GENDERS = _table(
    {
        Gender.FEMALE: ("f", "w", "woman", "ж", "жен", "женский", "женщина", "ә", "әйел"),
        Gender.MALE: ("m", "man", "м", "муж", "мужской", "мужчина", "е", "ер", "ер адам"),
    }
)
ROLES = _table(
    {
        Role.HEAD: ("head of mission", "руководитель", "руководитель миссии", "глава миссии",
                    "глава", "басшы", "миссия басшысы"),
        Role.VIP: ("v.i.p", "вип", "почетный гость", "почётный гость"),
        Role.OBSERVER: ("наблюдатель", "член миссии", "бақылаушы", "international observer",
                        "международный наблюдатель"),
        Role.STAFF: ("secretariat", "сотрудник", "секретариат", "персонал", "қызметкер"),
    }
)  # fmt: skip
STATION_KINDS = _table(
    {
        StationKind.REGULAR: ("обычный", "обычная", "общий", "regular station", "кәдімгі"),
        StationKind.CLOSED: ("закрытый", "закрытая", "специальный", "жабық"),
        StationKind.ABROAD: ("за рубежом", "зарубежный", "за границей", "шетелде", "foreign"),
    }
)
LOCALITIES = _table(
    {
        Locality.URBAN: ("u", "city", "town", "г", "город", "городской", "городская", "қала"),
        Locality.RURAL: ("r", "village", "с", "село", "сельский", "сельская", "ауыл"),
    }
)
YES_NO = {
    **{word_key(w): True for w in ("yes", "y", "true", "1", "x", "+", "✓", "да", "д", "иә", "ия")},
    **{word_key(w): False for w in ("no", "n", "false", "0", "-", "нет", "н", "жоқ")},
}

_LANGUAGES: dict[str, tuple[str, ...]] = {
    "ru": ("rus", "russian", "русский", "рус", "орыс", "орыс тілі"),
    "kk": ("kaz", "kazakh", "qazaq", "казахский", "каз", "қазақ", "казах", "қазақ тілі"),
    "en": ("eng", "english", "английский", "англ", "ағылшын"),
    "zh": ("chi", "zho", "chinese", "mandarin", "китайский", "кит", "қытай"),
    "uz": ("uzb", "uzbek", "узбекский", "өзбек"),
    "ky": ("kir", "kyrgyz", "kirghiz", "киргизский", "кыргызский", "қырғыз"),
    "tg": ("tgk", "tajik", "таджикский", "тәжік"),
    "tk": ("tuk", "turkmen", "туркменский"),
    "mn": ("mon", "mongolian", "монгольский"),
    "be": ("bel", "belarusian", "белорусский"),
    "uk": ("ukr", "ukrainian", "украинский"),
    "az": ("aze", "azerbaijani", "азербайджанский"),
    "hy": ("arm", "armenian", "армянский"),
    "ka": ("geo", "georgian", "грузинский"),
    "tr": ("tur", "turkish", "турецкий", "түрік"),
    "fa": ("per", "persian", "farsi", "персидский", "фарси"),
    "hi": ("hin", "hindi", "хинди"),
    "ur": ("urd", "urdu", "урду"),
    "ar": ("ara", "arabic", "арабский"),
    "fr": ("fre", "fra", "french", "французский"),
    "de": ("ger", "deu", "german", "немецкий"),
    "es": ("spa", "spanish", "испанский"),
    "it": ("ita", "italian", "итальянский"),
    "pl": ("pol", "polish", "польский"),
    "ps": ("pus", "pashto", "пушту"),
    "ko": ("kor", "korean", "корейский"),
    "ja": ("jpn", "japanese", "японский"),
}
LANGUAGES = {word_key(w): code for code, words in _LANGUAGES.items() for w in (code, *words)}

_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Russia": ("россия", "рф", "российская федерация", "russian federation", "ресей"),
    "China": ("китай", "кнр", "кнр (китай)", "prc", "people's republic of china", "қытай"),
    "Kazakhstan": ("казахстан", "республика казахстан", "қазақстан", "kazakstan"),
    "Kyrgyzstan": ("кыргызстан", "киргизия", "кыргызская республика", "kyrgyz republic",
                   "қырғызстан"),
    "Tajikistan": ("таджикистан", "тәжікстан"),
    "Uzbekistan": ("узбекистан", "өзбекстан"),
    "Turkmenistan": ("туркменистан", "түрікменстан"),
    "India": ("индия", "үндістан"),
    "Pakistan": ("пакистан",),
    "Belarus": ("беларусь", "белоруссия", "республика беларусь"),
    "Mongolia": ("монголия",),
    "Iran": ("иран", "islamic republic of iran"),
    "Afghanistan": ("афганистан",),
    "Azerbaijan": ("азербайджан",),
    "Armenia": ("армения",),
    "Georgia": ("грузия",),
    "Ukraine": ("украина",),
    "Moldova": ("молдова", "молдавия"),
    "Turkey": ("турция", "türkiye", "turkiye"),
    "Germany": ("германия",),
    "France": ("франция",),
    "United Kingdom": ("великобритания", "uk", "united kingdom of great britain"),
    "United States": ("сша", "usa", "united states of america", "us"),
    "Poland": ("польша",),
    "Italy": ("италия",),
    "Sweden": ("швеция",),
    "Cambodia": ("камбоджа",),
    "Sri Lanka": ("шри-ланка",),
    "Nepal": ("непал",),
}  # fmt: skip
COUNTRIES = {word_key(w): name for name, words in _COUNTRIES.items() for w in (name, *words)}
