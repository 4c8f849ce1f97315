"""The smaller HRIS integrations: HiBob (Acme Labs Ltd, UK), Silae (Acme France SAS), DATEV LODAS (Acme Produktion GmbH)."""
from __future__ import annotations

from datetime import timedelta

from common import (CLOCK, address, at, d, de_bank_account, dt, email_local, fr_bank_account, gb_bank_account, home_address,
                    not_after_clock, phone, rand_between, rng)
from hris import Hris
from hris_personio import de_ssn, de_tax_id, fr_nir, fr_tax_id

E = None


def _people(h: Hris, r, rows, *, domain: str, country: str, home_city: str, personal_domains: list[str],
            groups: dict, locations: dict, entity: dict | None, currency: str, pay_terms, number_prefix: str,
            ids_from: int = 1001, employment_from: int = 2001) -> dict[str, dict]:
    """rows: key, first, last, gender, title, group keys, manager key, location key, status, type, hours,
    nationality, start, termination, pay, home city or None."""
    people: dict[str, dict] = {}
    employment_rid = employment_from
    for index, (key, first, last, gender, title, group_keys, mgr, loc, status, etype, hours, nat, start, term, pay,
                city) in enumerate(rows):
        rid = ids_from + index
        junior = etype in ("APPRENTICESHIP", "INTERNSHIP", "WORKING_STUDENT")
        year = r.randint(2003, 2007) if junior else r.randint(1968, 1998)
        dob = f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        created = at(d(start) - timedelta(days=r.randint(20, 60)), r.randint(8, 17), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
        created = min(created, CLOCK - timedelta(days=r.randint(4, 25), hours=r.randint(0, 8)))  # contracts are signed before today
        if status == "INACTIVE":
            changed = rand_between(r, at(d(term) - timedelta(days=30)), at(d(term) + timedelta(days=3), 18))
        elif status == "PENDING":
            changed = rand_between(r, created, created + timedelta(days=14))
        else:
            changed = rand_between(r, max(created, dt("2026-02-01 08:00")), dt("2026-11-30 17:00"))
        changed = not_after_clock(changed)
        local = email_local(first, last)
        holder = f"{first} {last}"
        bank = {"GB": gb_bank_account, "FR": fr_bank_account, "DE": de_bank_account}[country](r, holder)
        if country == "GB":
            ssn = f"{r.choice('ABCEHJKLMNPRSTWXYZ')}{r.choice('ABCEHJKLMNPRSTWXYZ')}{r.randint(100000, 999999)}{r.choice('ABCD')}"
            tax = None
        elif country == "FR":
            ssn, tax = fr_nir(r, gender, dob), fr_tax_id(r)
        else:
            ssn, tax = de_ssn(r, dob, last), de_tax_id(r)
        rec = h.employee(
            rid, first_name=first, last_name=last, job_title=title, employee_number=f"{number_prefix}{rid - ids_from + 1:03d}",
            work_email=f"{local}@{domain}", personal_email=f"{local}{year % 100:02d}@{personal_domains[index % len(personal_domains)]}",
            mobile_phone_number=phone(r, country), nationality=nat, gender=gender,
            marital_status=r.choice(["SINGLE", "MARRIED", "MARRIED", "NOT_MARRIED", None]) if not junior else "SINGLE",
            employment_status=status, employment_type=etype, weekly_hours=hours, date_of_birth=dob, start_date=start,
            termination_date=term, home_address=home_address(r, city or home_city, country),
            bank_accounts=[bank] if r.random() < 0.75 else None, ssn=ssn, tax_id=tax,
            manager=people[mgr] if mgr else None, legal_entity=entity,
            work_location=locations[loc] if loc else None, groups=[groups[g] for g in group_keys],
            remote_created_at=created, changed_at=changed)
        people[key] = rec
        rate, period, frequency = pay_terms(etype, pay, hours)
        eff_changed = not_after_clock(max(created, rand_between(r, at(d(start) - timedelta(days=20), 9), at(d(start), 17))))
        h.employment(employment_rid, rec, job_title=title, pay_rate=rate, pay_period=period, pay_frequency=frequency,
                     employment_type=etype, pay_currency=currency, effective_date=start, changed_at=eff_changed)
        employment_rid += 1
    return people


# --- HiBob -------------------------------------------------------------------------------------------

HIBOB_ROWS = [
    ("md", "Oliver", "Bennett", "MALE", "Managing Director", ["OPS"], E, "LON", "ACTIVE", "FULL_TIME", 37.5, "GB", "2021-01-11", E, 140000, E),
    ("hds", "Priya", "Sharma", "FEMALE", "Head of Data Science", ["DATA"], "md", "LON", "ACTIVE", "FULL_TIME", 37.5, "GB", "2021-03-01", E, 115000, E),
    ("ds1", "James", "Whitfield", "MALE", "Senior Data Scientist", ["DATA", "ML"], "hds", "LON", "ACTIVE", "FULL_TIME", 37.5, "GB", "2021-09-06", E, 88000, E),
    ("ml1", "Aoife", "Murphy", "FEMALE", "Machine Learning Engineer", ["DATA", "ML"], "hds", "MAN", "ACTIVE", "FULL_TIME", 37.5, "IE", "2022-06-01", E, 78000, E),
    ("de1", "Tom", "Hughes", "MALE", "Data Engineer", ["DATA"], "hds", "MAN", "ACTIVE", "FULL_TIME", 37.5, "GB", "2023-02-13", E, 70000, E),
    ("el", "Charlotte", "Evans", "FEMALE", "Engineering Lead", ["ENG"], "md", "LON", "ACTIVE", "FULL_TIME", 37.5, "GB", "2021-04-12", E, 105000, E),
    ("se1", "Marek", "Kowalski", "MALE", "Software Engineer", ["ENG"], "el", "LON", "ACTIVE", "FULL_TIME", 37.5, "PL", "2023-10-02", E, 68000, E),
    ("se2", "Grace", "Thompson", "FEMALE", "Software Engineer", ["ENG"], "el", "MAN", "LEAVE", "FULL_TIME", 37.5, "GB", "2022-01-17", E, 66000, E),
    ("qa1", "Harry", "Patel", "MALE", "QA Engineer", ["ENG"], "el", "LON", "INACTIVE", "FULL_TIME", 37.5, "GB", "2022-05-03", "2026-05-29", 58000, E),
    ("om", "Emily", "Clarke", "FEMALE", "Operations Manager", ["OPS"], "md", "LON", "ACTIVE", "FULL_TIME", 37.5, "GB", "2021-06-07", E, 62000, E),
    ("fa", "Daniel", "O'Connor", "MALE", "Finance Assistant", ["OPS"], "om", "MAN", "ACTIVE", "PART_TIME", 22.5, "IE", "2024-04-08", E, 34000, E),
    ("da1", "Sophie", "Turner", "FEMALE", "Data Analyst", ["DATA"], "hds", "LON", "PENDING", "FULL_TIME", 37.5, "GB", "2027-01-11", E, 52000, E),
]


def build_hibob(integration_id: str) -> tuple[Hris, dict]:
    r = rng("hibob")
    h = Hris(integration_id)
    g = {}
    g["ENG"] = h.group(3001, "Engineering", "DEPARTMENT", None, dt("2025-11-03 10:12:45.120"))
    g["DATA"] = h.group(3002, "Data", "DEPARTMENT", None, dt("2025-11-03 10:12:45.120"))
    g["OPS"] = h.group(3003, "Operations", "DEPARTMENT", None, dt("2025-11-03 10:12:45.120"))
    g["ML"] = h.group(3101, "Machine Learning", "TEAM", g["DATA"], dt("2026-03-16 14:02:11.874"),
                      {"/company/named-lists/team": {"id": 3101, "value": "Machine Learning", "name": "Machine Learning",
                                                    "parentId": 3002, "archived": False, "children": []}})
    locs = {
        "LON": h.location(4001, "London", address("71 Leonard Street", "EC2A 4QU", "London", "GB"), "OFFICE", dt("2025-11-03 10:12:45.120")),
        "MAN": h.location(4002, "Manchester", address("1 Spinningfields Square", "M3 3AP", "Manchester", "GB"), "OFFICE", dt("2025-11-03 10:12:45.120")),
    }

    def pay_terms(etype, pay, hours):
        return float(round(pay * hours / 37.5)) if etype == "PART_TIME" else float(pay), "YEAR", "MONTHLY"

    people = _people(h, r, HIBOB_ROWS, domain="acmelabs.co.uk", country="GB", home_city="London",
                     personal_domains=["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "hotmail.co.uk"],
                     groups=g, locations=locs, entity=None, currency="GBP", pay_terms=pay_terms, number_prefix="ALB-")
    for key, city in (("ml1", "Manchester"), ("de1", "Manchester"), ("se2", "Manchester"), ("fa", "Manchester")):
        people[key]["home_address"] = home_address(r, city, "GB")
    holiday = h.absence_type(6001, "Holiday", "DAYS", True, False, dt("2025-11-03 10:12:45.120"))
    sick = h.absence_type(6002, "Sick", "DAYS", False, False, dt("2025-11-03 10:12:45.120"))
    toil = h.absence_type(6003, "Time off in lieu", "HOURS", False, True, dt("2026-01-20 09:31:07.002"))
    mat = h.absence_type(6004, "Maternity leave", "DAYS", False, False, dt("2025-11-03 10:12:45.120"))
    p = people
    h.absence(5001, p["se2"], mat, "2026-08-03", "2027-01-29", "APPROVED", created=dt("2026-05-11 09:20"), changed=dt("2026-05-12 11:02"),
              note="Maternity leave", approver=p["el"])
    h.absence(5002, p["ds1"], holiday, "2026-08-24", "2026-09-04", "APPROVED", created=dt("2026-06-15 13:44"), changed=dt("2026-06-16 08:30"),
              approver=p["hds"])
    h.absence(5003, p["ml1"], sick, "2026-11-30", "2026-12-02", "APPROVED", created=dt("2026-11-30 07:58"), changed=dt("2026-11-30 09:14"),
              approver=p["hds"])
    h.absence(5004, p["se1"], holiday, "2026-12-21", "2026-12-24", "REQUESTED", created=dt("2026-11-25 16:03"), changed=dt("2026-11-25 16:03"),
              end_half_day=True, note="Going home to Kraków")
    h.absence(5005, p["om"], toil, "2026-12-04", "2026-12-04", "APPROVED", created=dt("2026-11-20 12:00"), changed=dt("2026-11-20 15:45"),
              start_time="13:30:00", end_time="17:30:00", note="Office move weekend", approver=p["md"])
    h.absence(5006, p["hds"], holiday, "2026-12-28", "2026-12-31", "APPROVED", created=dt("2026-10-01 10:10"), changed=dt("2026-10-01 12:00"),
              approver=p["md"])
    h.absence(5007, p["de1"], holiday, "2026-10-16", "2026-10-16", "APPROVED", created=dt("2026-10-02 11:00"), changed=dt("2026-10-02 11:30"),
              start_half_day=True, approver=p["hds"])
    balance_rid = 7001
    for key, rec in people.items():
        if rec["employment_status"] == "INACTIVE":
            continue
        base = dt("2026-01-01 00:30") if rec["start_date"] < "2026" else not_after_clock(dt(rec["remote_created_at"][:10] + " 12:00"))
        h.balance(balance_rid, rec, holiday, 25 + (1 if rec["start_date"] < "2022" else 0), base)
        balance_rid += 1
        if rec["employment_type"] == "FULL_TIME" and key not in ("md",):
            h.balance(balance_rid, rec, toil, h.used(rec, toil) + r.choice([0, 3.5, 7.5, 11]), base)
            balance_rid += 1
    return h, {"employees": people, "on_leave": p["se2"], "pending": p["da1"]}


# --- Silae -------------------------------------------------------------------------------------------

SILAE_ROWS = [
    ("dir", "Nicolas", "Girard", "MALE", "Directeur de site", ["ADM"], E, E, "ACTIVE", "FULL_TIME", 39, "FR", "2020-09-01", E, 6800, E),
    ("raf", "Isabelle", "Fontaine", "FEMALE", "Responsable administrative et financière", ["ADM"], "dir", E, "ACTIVE", "FULL_TIME", 35, "FR", "2021-01-04", E, 4600, E),
    ("paie", "Mathilde", "Rousseau", "FEMALE", "Gestionnaire paie", ["ADM"], "raf", E, "ACTIVE", "PART_TIME", 28, "FR", "2022-03-14", E, 2350, "Villeurbanne"),
    ("chef", "Julien", "Mercier", "MALE", "Chef d'équipe production", ["PROD"], "dir", E, "ACTIVE", "FULL_TIME", 35, "FR", "2020-11-02", E, 3300, E),
    ("op1", "Sandrine", "Blanc", "FEMALE", "Opératrice de production", ["PROD"], "chef", E, "ACTIVE", "FULL_TIME", 35, "FR", "2021-05-17", E, 2150, "Villeurbanne"),
    ("app", "Karim", "Benali", "MALE", "Apprenti technicien de maintenance", ["PROD"], "chef", E, "ACTIVE", "APPRENTICESHIP", 35, "FR", "2025-09-01", E, 1250, E),
    ("log1", "Thomas", "Lambert", "MALE", "Cariste", ["LOG"], "dir", E, "ACTIVE", "FULL_TIME", 35, "FR", "2023-02-06", E, 2050, E),
    ("log2", "Océane", "Faure", "FEMALE", "Assistante logistique", ["LOG"], "log1", E, "INACTIVE", "CONTRACT", 35, "FR", "2026-02-02", "2026-08-31", 2100, E),
]


def build_silae(integration_id: str) -> tuple[Hris, dict]:
    r = rng("silae")
    h = Hris(integration_id)
    g = {"ADM": h.group(3001, "Administration", "DEPARTMENT", None, dt("2025-12-01 08:45:00.000")),
         "PROD": h.group(3002, "Production", "DEPARTMENT", None, dt("2025-12-01 08:45:00.000")),
         "LOG": h.group(3003, "Logistique", "DEPARTMENT", None, dt("2025-12-01 08:45:00.000"))}
    entity = h.legal_entity(4501, "Acme France SAS", address("24 Rue de la Villette", "69003", "Lyon", "FR"),
                            dt("2025-12-01 08:45:00.000"),
                            {"/etablissements": {"numeroEtablissement": 1, "raisonSociale": "ACME FRANCE SAS",
                                                 "siret": "91234567800017", "codeNaf": "2562B",
                                                 "conventionCollective": "IDCC 3248 - Métallurgie"}})

    def pay_terms(etype, pay, hours):
        return float(pay), "MONTH", "MONTHLY"

    people = _people(h, r, SILAE_ROWS, domain="acme-france.fr", country="FR", home_city="Lyon",
                     personal_domains=["orange.fr", "gmail.com", "free.fr", "sfr.fr", "laposte.net"],
                     groups=g, locations={}, entity=entity, currency="EUR", pay_terms=pay_terms, number_prefix="00")
    cp = h.absence_type(6001, "Congés payés", "DAYS", True, False, dt("2025-12-01 08:45:00.000"))
    mal = h.absence_type(6002, "Maladie", "DAYS", False, False, dt("2025-12-01 08:45:00.000"))
    p = people
    h.absence(5001, p["op1"], cp, "2026-08-03", "2026-08-21", "APPROVED", created=dt("2026-04-07 10:00"), changed=dt("2026-04-08 09:30"),
              note="Congés d'été", approver=p["chef"])
    h.absence(5002, p["log1"], mal, "2026-11-23", "2026-12-04", "APPROVED", created=dt("2026-11-23 08:10"), changed=dt("2026-11-24 14:00"),
              note="Arrêt de travail", approver=p["dir"])
    h.absence(5003, p["raf"], cp, "2026-12-24", "2026-12-31", "REQUESTED", created=dt("2026-11-19 15:30"), changed=dt("2026-11-19 15:30"),
              start_half_day=True)
    h.absence(5004, p["paie"], cp, "2026-10-30", "2026-10-30", "APPROVED", created=dt("2026-10-12 09:00"), changed=dt("2026-10-12 11:20"),
              end_half_day=True, approver=p["raf"])
    return h, {"employees": people}


# --- DATEV LODAS -------------------------------------------------------------------------------------

DATEV_ROWS = [
    ("wl", "Ralf", "Weiß", "MALE", "Werkleiter", [], E, E, "ACTIVE", "FULL_TIME", 40, "DE", "2018-03-01", E, 7200, E),
    ("sl", "Michael", "Schuster", "MALE", "Schichtleiter", [], "wl", E, "ACTIVE", "FULL_TIME", 40, "DE", "2019-06-01", E, 4300, E),
    ("im", "Dennis", "Graf", "MALE", "Industriemechaniker", [], "sl", E, "ACTIVE", "FULL_TIME", 40, "DE", "2021-08-01", E, 3450, "Fürth"),
    ("lg", "Petra", "Roth", "FEMALE", "Lageristin", [], "sl", E, "ACTIVE", "PART_TIME", 30, "DE", "2022-04-01", E, 2150, E),
    ("lb", "Sandra", "Ludwig", "FEMALE", "Sachbearbeiterin Lohnbuchhaltung", [], "wl", E, "ACTIVE", "FULL_TIME", 38.5, "DE", "2020-01-15", E, 3700, E),
    ("az", "Kevin", "Sommer", "MALE", "Auszubildender Mechatroniker", [], "sl", E, "ACTIVE", "APPRENTICESHIP", 40, "DE", "2025-09-01", E, 1105, "Fürth"),
]


def build_datev(integration_id: str) -> tuple[Hris, dict]:
    r = rng("datev")
    h = Hris(integration_id)

    def pay_terms(etype, pay, hours):
        return float(pay), "MONTH", "MONTHLY"

    people = _people(h, r, DATEV_ROWS, domain="acme-produktion.de", country="DE", home_city="Nürnberg",
                     personal_domains=["web.de", "gmx.de", "t-online.de", "gmail.com"], groups={}, locations={},
                     entity=None, currency="EUR", pay_terms=pay_terms, number_prefix="00")
    h.absence_type(6001, "Urlaub", "DAYS", True, False, dt("2026-01-08 07:30:00.000"))
    h.absence_type(6002, "Krankheit", "DAYS", False, False, dt("2026-01-08 07:30:00.000"))
    return h, {"employees": people}
