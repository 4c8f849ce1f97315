"""Shared helpers for the seed generator: clock, date formatting, text, addresses, bank data, output."""
from __future__ import annotations

import json
import random
import unicodedata
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

CLOCK = datetime(2026, 12, 1, 9, 0, 0, tzinfo=timezone.utc)
CLOCK_ISO = "2026-12-01T09:00:00.000Z"
TODAY = CLOCK.date()
ENV_SLUG = "acme"
API_KEY = "kombo-sim-demo-key"


def rng(name: str) -> random.Random:
    """A deterministic random stream per purpose (string seeds hash stably with random.Random)."""
    return random.Random(f"kombo-sim-seed-v1:{name}")


# --- dates -----------------------------------------------------------------------------------------

def ts(value: datetime | date | str) -> str:
    """UTC timestamp YYYY-MM-DDTHH:mm:ss.sssZ. Dates become midnight UTC."""
    if isinstance(value, str):
        value = parse_ts(value)
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0, 0), tzinfo=timezone.utc)
    value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def day(value: str | date | None) -> str | None:
    """Date-like HRIS field: midnight UTC datetime, or None."""
    if value is None:
        return None
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return ts(value)


def d(value: str) -> date:
    return date.fromisoformat(value)


def dt(value: str) -> datetime:
    """'2026-05-04 10:15' (UTC) -> datetime."""
    return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)


def parse_ts(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def at(day_value: date, hour: int = 9, minute: int = 0, second: int = 0, ms: int = 0) -> datetime:
    return datetime(day_value.year, day_value.month, day_value.day, hour, minute, second, ms * 1000, tzinfo=timezone.utc)


def rand_between(r: random.Random, start: datetime, end: datetime) -> datetime:
    """A random instant in [start, end] at whole-millisecond precision, in the daytime where the range allows."""
    if end <= start:
        return start
    span_ms = int((end - start).total_seconds() * 1000)
    moment = start + timedelta(milliseconds=r.randint(0, span_ms))
    if not 6 <= moment.hour < 19:  # people work in the daytime: fold night hours into 06:00–17:59 when possible
        daytime = moment.replace(hour=6 + moment.hour % 12)
        if start <= daytime <= end:
            moment = daytime
    return moment


def not_after_clock(value: datetime) -> datetime:
    return min(value, CLOCK - timedelta(minutes=1))


# --- text --------------------------------------------------------------------------------------------

def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def email_local(first: str, last: str) -> str:
    local = f"{ascii_fold(first)}.{ascii_fold(last)}".lower()
    return "".join(ch for ch in local.replace(" ", "-").replace("'", "") if ch.isalnum() or ch in ".-")


def slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in ascii_fold(text).lower())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


# --- addresses ---------------------------------------------------------------------------------------

COUNTRY_NAMES = {"DE": "Germany", "FR": "France", "GB": "United Kingdom", "US": "United States",
                 "AT": "Austria", "CH": "Switzerland", "NL": "Netherlands", "ES": "Spain", "IT": "Italy",
                 "PL": "Poland", "IE": "Ireland", "PT": "Portugal", "SE": "Sweden", "DK": "Denmark",
                 "BE": "Belgium", "CZ": "Czechia", "GR": "Greece", "RO": "Romania", "UA": "Ukraine",
                 "TR": "Turkey", "IN": "India", "BR": "Brazil", "FI": "Finland", "NO": "Norway", "HU": "Hungary",
                 "SI": "Slovenia"}


def address(street_1: str | None, zip_code: str | None, city: str | None, country: str | None,
            state: str | None = None, street_2: str | None = None) -> dict:
    """Kombo Address with every key, `raw` as a one-line postal form."""
    parts = [p for p in (street_1, street_2) if p]
    if country in ("GB",):
        locality = " ".join(p for p in (city, zip_code) if p)
    elif country == "US":
        locality = ", ".join(p for p in (city, " ".join(x for x in (state, zip_code) if x)) if p)
    else:
        locality = " ".join(p for p in (zip_code, city) if p)
    if locality:
        parts.append(locality)
    if country:
        parts.append(COUNTRY_NAMES.get(country, country))
    return {
        "city": city,
        "country": country,
        "raw": ", ".join(parts) if parts else None,
        "state": state,
        "street_1": street_1,
        "street_2": street_2,
        "zip_code": zip_code,
    }


def city_address(city: str, country: str, state: str | None = None) -> dict:
    """Address that only knows the city (ATS locations)."""
    return {"city": city, "country": country, "raw": f"{city}, {COUNTRY_NAMES.get(country, country)}",
            "state": state, "street_1": None, "street_2": None, "zip_code": None}


# Residential streets and postcodes per city, used for employees' home addresses.
HOME_STREETS = {
    "Berlin": (["Kastanienallee", "Schönhauser Allee", "Bergmannstraße", "Kollwitzstraße", "Boxhagener Straße",
                "Weserstraße", "Oranienstraße", "Friedelstraße", "Greifswalder Straße", "Danziger Straße",
                "Sonnenallee", "Karl-Marx-Allee", "Wilmersdorfer Straße", "Torstraße"],
               ["10435", "10437", "10961", "10405", "10245", "12045", "10999", "12047", "10407", "10243", "10627", "10119"]),
    "Potsdam": (["Brandenburger Straße", "Zeppelinstraße", "Jägerallee"], ["14467", "14471", "14469"]),
    "München": (["Leopoldstraße", "Schleißheimer Straße", "Lindwurmstraße", "Rosenheimer Straße", "Hohenzollernstraße",
                 "Belgradstraße", "Sendlinger Straße", "Wörthstraße"],
                ["80802", "80797", "80337", "81667", "80801", "80804", "80331", "81675"]),
    "Paris": (["Rue Oberkampf", "Rue de la Roquette", "Rue des Martyrs", "Boulevard Voltaire", "Rue du Faubourg Saint-Antoine",
               "Rue de Charonne", "Rue Lepic", "Avenue Parmentier"],
              ["75011", "75011", "75009", "75011", "75012", "75011", "75018", "75010"]),
    "Hamburg": (["Eppendorfer Weg", "Schanzenstraße", "Osterstraße", "Mühlenkamp"], ["20259", "20357", "20259", "22303"]),
    "Köln": (["Aachener Straße", "Venloer Straße", "Severinstraße"], ["50674", "50672", "50678"]),
    "Leipzig": (["Karl-Liebknecht-Straße", "Könneritzstraße", "Eisenbahnstraße"], ["04107", "04229", "04315"]),
    "Lyon": (["Rue Paul Bert", "Cours Gambetta", "Rue de Marseille", "Avenue Jean Jaurès", "Rue Garibaldi"],
             ["69003", "69007", "69007", "69007", "69006"]),
    "Villeurbanne": (["Cours Émile Zola", "Rue Francis de Pressensé"], ["69100", "69100"]),
    "London": (["Mare Street", "Stoke Newington Church Street", "Brixton Road", "Upper Street", "Caledonian Road",
                "Lordship Lane", "Holloway Road"],
               ["E8 3RH", "N16 0LA", "SW9 6DE", "N1 2XF", "N7 9RW", "SE22 8HN", "N7 8HS"]),
    "Manchester": (["Wilmslow Road", "Burton Road", "Oldham Street", "Barlow Moor Road"],
                   ["M14 5TQ", "M20 2LW", "M4 1LE", "M21 8AD"]),
    "Nürnberg": (["Fürther Straße", "Äußere Sulzbacher Straße", "Allersberger Straße", "Pirckheimerstraße"],
                 ["90429", "90491", "90461", "90409"]),
    "Fürth": (["Königstraße", "Schwabacher Straße"], ["90762", "90762"]),
}


def home_address(r: random.Random, city: str, country: str) -> dict:
    streets, zips = HOME_STREETS[city]
    i = r.randrange(len(streets))
    number = str(r.randint(1, 140))
    if country in ("FR",):
        street = f"{number} {streets[i]}"
    elif country == "GB":
        street = f"{number} {streets[i]}"
    else:
        street = f"{streets[i]} {number}"
    street_2 = None
    if r.random() < 0.15:
        street_2 = {"DE": "Hinterhaus, 3. OG", "FR": "Bâtiment B", "GB": f"Flat {r.randint(1, 12)}"}.get(country)
    return address(street, zips[i % len(zips)], city, country, None, street_2)


# --- bank data ---------------------------------------------------------------------------------------

def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(digits) % 97:02d}"


def de_bank_account(r: random.Random, holder: str) -> dict:
    banks = [("10010010", "Postbank Ndl der Deutsche Bank", "PBNKDEFFXXX"),
             ("10070000", "Deutsche Bank Berlin", "DEUTDEBBXXX"),
             ("70150000", "Stadtsparkasse München", "SSKMDEMMXXX"),
             ("10050000", "Berliner Sparkasse", "BELADEBEXXX"),
             ("50010517", "ING-DiBa", "INGDDEFFXXX"),
             ("10011001", "N26 Bank", "NTSBDEB1XXX"),
             ("76050101", "Sparkasse Nürnberg", "SSKNDE77XXX")]
    blz, name, bic = r.choice(banks)
    account = f"{r.randint(10**9, 10**10 - 1)}"
    iban = "DE" + _iban_check("DE", blz + account) + blz + account
    return {"account_number": account, "bank_name": name, "bic": bic,
            "domestic_bank_routing": {"number": blz, "type": "DE_BANKLEITZAHL"},
            "holder_name": holder, "iban": iban}


def fr_bank_account(r: random.Random, holder: str) -> dict:
    banks = [("30004", "BNP Paribas", "BNPAFRPPXXX"), ("30003", "Société Générale", "SOGEFRPPXXX"),
             ("30002", "Crédit Lyonnais (LCL)", "CRLYFRPPXXX"), ("20041", "La Banque Postale", "PSSTFRPPPAR")]
    bank, name, bic = r.choice(banks)
    branch = f"{r.randint(0, 99999):05d}"
    account = f"{r.randint(0, 10**11 - 1):011d}"
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    bban = bank + branch + account + f"{key:02d}"
    return {"account_number": account, "bank_name": name, "bic": bic,
            "domestic_bank_routing": {"number": bank + branch, "type": "FR_RIB"},
            "holder_name": holder, "iban": "FR" + _iban_check("FR", bban) + bban}


def gb_bank_account(r: random.Random, holder: str) -> dict:
    banks = [("NWBK", "601613", "NatWest", "NWBKGB2LXXX"), ("BARC", "200000", "Barclays", "BARCGB22XXX"),
             ("MIDL", "400515", "HSBC UK", "HBUKGB4BXXX"), ("MONZ", "040004", "Monzo Bank", "MONZGB2LXXX")]
    code, sort_code, name, bic = r.choice(banks)
    account = f"{r.randint(10**7, 10**8 - 1)}"
    bban = code + sort_code + account
    return {"account_number": account, "bank_name": name, "bic": bic,
            "domestic_bank_routing": {"number": sort_code, "type": "GB_SORT_CODE"},
            "holder_name": holder, "iban": "GB" + _iban_check("GB", bban) + bban}


# --- phones ------------------------------------------------------------------------------------------

def phone(r: random.Random, country: str) -> str:
    if country == "DE":
        return f"+49 1{r.choice(['51', '52', '57', '60', '62', '70', '72', '76'])} {r.randint(1000000, 99999999)}"
    if country == "FR":
        return f"+33 {r.choice(['6', '7'])} " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4))
    if country == "GB":
        return f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"
    if country == "US":
        return f"+1 {r.choice(['512', '737', '303', '720', '214'])} {r.randint(200, 999)} {r.randint(1000, 9999)}"
    templates = {"AT": "+43 664 xxxxxxx", "CH": "+41 79 xxx xx xx", "NL": "+31 6 xxxxxxxx", "ES": "+34 6xx xxx xxx",
                 "IT": "+39 3xx xxx xxxx", "PL": "+48 5xx xxx xxx", "IE": "+353 8x xxx xxxx", "PT": "+351 91x xxx xxx",
                 "SE": "+46 70 xxx xx xx", "DK": "+45 xx xx xx xx", "BE": "+32 47x xx xx xx", "CZ": "+420 7xx xxx xxx",
                 "GR": "+30 69x xxx xxxx", "RO": "+40 7xx xxx xxx", "HU": "+36 30 xxx xxxx", "FI": "+358 40 xxx xxxx",
                 "SI": "+386 41 xxx xxx"}
    return "".join(str(r.randint(0, 9)) if ch == "x" else ch for ch in templates.get(country, "+49 151 xxxxxxxx"))


# --- output ------------------------------------------------------------------------------------------

def write_json(path: Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        json.dump(value, f, ensure_ascii=False, indent=2)
        f.write("\n")


def std(changed_at: datetime, remote_deleted_at: datetime | None = None, remote_data=None) -> dict:
    return {"changed_at": ts(changed_at), "remote_deleted_at": ts(remote_deleted_at) if remote_deleted_at else None,
            "remote_data": remote_data}
