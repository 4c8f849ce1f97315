"""Personio (HRIS): Acme GmbH, ~50 employees across Berlin, Munich, Paris and remote."""
from __future__ import annotations

from datetime import timedelta

import personio_data as P
from common import (CLOCK, address, at, d, de_bank_account, dt, email_local, fr_bank_account, home_address,
                    not_after_clock, phone, rand_between, rng)
from hris import Hris

TOOL = "personio"
PERSONAL_DOMAINS = ["gmail.com", "web.de", "gmx.de", "posteo.de", "outlook.com", "icloud.com", "mailbox.org"]
FR_PERSONAL_DOMAINS = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "outlook.fr"]
SHIRT_SIZES = ["XS", "S", "M", "M", "L", "L", "XL"]


def de_ssn(r, dob: str, last_name: str) -> str:
    """German Rentenversicherungsnummer: area, birth date DDMMYY, initial, serial, check digit."""
    area = r.choice(["12", "13", "15", "24", "28", "38", "53", "65"])
    birth = dob[8:10] + dob[5:7] + dob[2:4]
    initial = last_name[0].upper()
    serial = f"{r.randint(0, 49):02d}"
    digits = area + birth + f"{ord(initial) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(int(ch) for ch in str(int(x) * w)) for x, w in zip(digits, weights))
    return f"{area} {birth} {initial} {serial}{total % 10}"


def de_tax_id(r) -> str:
    """11-digit German Steuer-ID with its ISO 7064 MOD 11,10 check digit."""
    body = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(9)]
    product = 10
    for digit in body:
        s = (digit + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return "".join(map(str, body)) + str(check)


def fr_nir(r, gender: str, dob: str) -> str:
    body = ("1" if gender == "MALE" else "2") + dob[2:4] + dob[5:7] + r.choice(["75", "92", "93", "69", "13", "33"]) \
        + f"{r.randint(1, 120):03d}" + f"{r.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def fr_tax_id(r) -> str:
    return str(r.choice([0, 1, 2, 3])) + "".join(str(r.randint(0, 9)) for _ in range(12))


def employee_remote_data(rec: dict, row, dept: str, office: str) -> dict:
    """A Personio v1 /company/employees item for the same person (abridged)."""
    def attr(label, value, type_="standard", universal_id=None):
        return {"label": label, "value": value, "type": type_, "universal_id": universal_id}
    return {"/company/employees": {"type": "Employee", "attributes": {
        "id": attr("ID", int(rec["remote_id"]), "integer", "id"),
        "first_name": attr("First name", rec["first_name"], universal_id="first_name"),
        "last_name": attr("Last name", rec["last_name"], universal_id="last_name"),
        "email": attr("Email", rec["work_email"], universal_id="email"),
        "gender": attr("Gender", (rec["gender"] or "").lower(), universal_id="gender"),
        "status": attr("Status", rec["employment_status"].lower(), universal_id="status"),
        "position": attr("Position", rec["job_title"], universal_id="position"),
        "employment_type": attr("Employment type", "internal", universal_id="employment_type"),
        "weekly_working_hours": attr("Weekly hours", str(rec["weekly_hours"]), universal_id="weekly_working_hours"),
        "hire_date": attr("Hire date", rec["start_date"][:10] + "T00:00:00+01:00", "date", "hire_date"),
        "department": attr("Department", {"type": "Department", "attributes": {"id": 0, "name": dept}},
                           universal_id="department"),
        "office": attr("Office", {"type": "Office", "attributes": {"id": 0, "name": office}}, universal_id="office"),
        "dynamic_1146702": attr("Shirt size", rec["custom_fields"].get("shirt_size"), "dynamic"),
    }}}


def build(integration_id: str) -> tuple[Hris, dict]:
    r = rng("personio")
    h = Hris(integration_id)
    notable: dict = {}

    # --- organisation -------------------------------------------------------------------------------
    groups = {}
    for key, rid, name, type_, parent in P.GROUPS:
        groups[key] = h.group(rid, name, type_, groups.get(parent) if parent else None,
                              rand_between(r, dt("2025-06-01 08:00"), dt("2026-06-30 18:00")))
    locations = {}
    for key, rid, name, street, zip_code, city, country, type_ in P.LOCATIONS:
        addr = address(street, zip_code, city, country)
        rd = None
        if key == "BER":
            rd = {"/company/offices": {"type": "Office", "attributes": {"id": rid, "name": name}}}
        locations[key] = h.location(rid, name, addr, type_, rand_between(r, dt("2025-01-10 08:00"), dt("2026-03-31 18:00")), rd)
    entities = {}
    for key, rid, name, street, zip_code, city, country in P.LEGAL_ENTITIES:
        entities[key] = h.legal_entity(rid, name, address(street, zip_code, city, country),
                                       rand_between(r, dt("2025-01-10 08:00"), dt("2025-12-31 18:00")))

    types = {
        "VAC": h.absence_type(6001, "Vacation", "DAYS", True, False, dt("2025-09-15 13:40:12"), {
            "/company/time-off-types": {"type": "TimeOffType", "attributes": {
                "id": 6001, "name": "Vacation", "category": "paid_vacation", "unit": "day",
                "half_day_requests_enabled": True, "certification_required": False,
                "substitute_option": "optional", "approval_required": True}}}),
        "SICK": h.absence_type(6002, "Sick leave", "DAYS", False, False, dt("2025-09-15 13:40:12")),
        "OT": h.absence_type(6003, "Overtime compensation", "HOURS", False, True, dt("2026-02-03 10:05:44")),
        "PAR": h.absence_type(6004, "Parental leave", "DAYS", False, False, dt("2025-09-15 13:40:12")),
    }

    # --- employees ----------------------------------------------------------------------------------
    employees: dict[str, dict] = {}
    used_personal = set(P.PERSONAL_EMAILS.values())
    employment_rid = 2001
    for index, row in enumerate(P.ROSTER):
        (key, first, last, gender, title, dept, team, mgr, loc, status, etype, hours, nat, start, term,
         pay, home_city) = row
        rid = 1001 + index
        french = loc == "PAR"
        entity = entities["SAS" if french else "GMBH"]
        junior = etype in ("WORKING_STUDENT", "INTERNSHIP")
        year = r.randint(1999, 2004) if junior else r.randint(1972, 1997)
        dob = f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        start_d = d(start)
        created = at(start_d - timedelta(days=r.randint(25, 75)), r.randint(8, 17), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
        created = min(created, CLOCK - timedelta(days=r.randint(4, 25), hours=r.randint(0, 8)))  # contracts are signed before today
        if status == "INACTIVE":
            changed = rand_between(r, at(d(term) - timedelta(days=40)), at(d(term) + timedelta(days=2), 18))
        elif status == "PENDING":
            changed = rand_between(r, created, not_after_clock(created + timedelta(days=20)))
        elif status == "LEAVE":
            changed = rand_between(r, dt("2026-10-01 08:00"), dt("2026-11-20 18:00"))
        else:
            changed = rand_between(r, max(created, dt("2026-01-05 08:00")), dt("2026-11-30 18:00"))
        changed = not_after_clock(changed)

        local = email_local(first, last)
        work_email = f"{local}@{'acme.fr' if french else 'acme.de'}"
        personal = P.PERSONAL_EMAILS.get(key)
        while personal is None or personal in used_personal and key not in P.PERSONAL_EMAILS:
            domain = r.choice(FR_PERSONAL_DOMAINS if french else PERSONAL_DOMAINS)
            variant = r.choice([local, local.replace(".", ""), f"{local}{year % 100:02d}", f"{local[0]}.{local.split('.', 1)[1]}"])
            personal = f"{variant}@{domain}"
        used_personal.add(personal)

        city = home_city or {"BER": "Berlin", "MUC": "München", "PAR": "Paris", "REM": "Berlin"}[loc]
        home = home_address(r, city, "FR" if french else "DE")
        holder = f"{first} {last}"
        banks = None
        if key not in P.NO_BANK and r.random() < 0.7:
            banks = [(fr_bank_account if french else de_bank_account)(r, holder)]
        marital = r.choice(["SINGLE", "SINGLE", "MARRIED", "MARRIED", "NOT_MARRIED", "DIVORCED", None])
        if junior:
            marital = "SINGLE"
        ssn = (fr_nir(r, gender, dob) if french else de_ssn(r, dob, last))
        tax = (fr_tax_id(r) if french else de_tax_id(r)) if status != "PENDING" else None
        member = [groups[dept]] + ([groups[team]] if team else []) + [groups[P.COST_CENTER_OF[dept]]]
        custom = {}
        if r.random() < 0.75 or key in ("ceo", "fe3"):
            custom = {"shirt_size": r.choice(SHIRT_SIZES), "preferred_language": "fr" if french else ("en" if nat not in ("DE", "AT") else "de")}
        integration_fields = []
        if key in ("ceo", "cto", "be1", "fe3", "sf2", "fe4", "m5"):
            integration_fields = [
                {"id": h.ids.of("hris_integration_fields", f"{rid}:dynamic_1146705"), "key": "dynamic_1146705",
                 "type": "CUSTOM", "value": r.choice(["Vegetarian", "No preference", "Vegan", "No preference"]),
                 "label": "Lunch preference"},
                {"id": h.ids.of("hris_integration_fields", f"{rid}:probation_period_end"), "key": "probation_period_end",
                 "type": "DEFAULT", "value": (start_d + timedelta(days=182)).isoformat(), "label": "Probation period end"},
            ]
        rec = h.employee(
            rid, first_name=first, last_name=last, job_title=title, employee_number=f"ACM-{rid - 1000:04d}",
            work_email=work_email, personal_email=personal, mobile_phone_number=phone(r, "FR" if french else "DE"),
            nationality=nat, gender=gender, marital_status=marital, employment_status=status,
            employment_type=etype, weekly_hours=hours, date_of_birth=dob, start_date=start, termination_date=term,
            home_address=home, bank_accounts=banks, ssn=ssn, tax_id=tax, manager=employees[mgr] if mgr else None,
            legal_entity=entity, work_location=locations[loc], groups=member, remote_created_at=created,
            changed_at=changed, custom_fields=custom, integration_fields=integration_fields)
        if key in ("ceo", "fe3", "fe4"):
            rec["remote_data"] = employee_remote_data(rec, row, groups[dept]["name"], locations[loc]["name"])
        employees[key] = rec

        # employments: optionally an older one, then the current one
        def pay_terms(amount):
            if etype == "WORKING_STUDENT":
                return float(amount), "HOUR", "MONTHLY"
            if etype == "INTERNSHIP":
                return float(amount), "MONTH", "MONTHLY"
            if etype == "CONTRACT":
                return float(amount), "DAY", "MONTHLY"
            return float(round(amount * (hours / (39 if french else 40)) if etype == "PART_TIME" else amount)), "YEAR", "MONTHLY"

        periods = []
        if key in P.RAISES:
            old_title, old_pay, raised = P.RAISES[key]
            periods.append((old_title or title, old_pay, start))
            periods.append((title, pay, raised))
        else:
            periods.append((title, pay, start))
        for job_title, amount, effective in periods:
            rate, period, frequency = pay_terms(amount)
            eff = d(effective)
            emp_changed = not_after_clock(rand_between(r, at(eff - timedelta(days=30), 9), at(eff, 17)))
            if emp_changed < created:
                emp_changed = created
            h.employment(employment_rid, rec, job_title=job_title, pay_rate=rate, pay_period=period,
                         pay_frequency=frequency, employment_type=etype, pay_currency="EUR", effective_date=effective,
                         changed_at=emp_changed)
            employment_rid += 1

    # --- absences -----------------------------------------------------------------------------------
    deleted_rid, deleted_at = P.DELETED_ABSENCE
    for (rid, key, type_key, start, end, status, sh, eh, t0, t1, note, requested, decided) in P.ABSENCES:
        emp = employees[key]
        manager = next((e for e in employees.values() if e["id"] == emp["manager_id"]), None)
        approver = manager if status in ("APPROVED", "DECLINED") else None
        remote_data = None
        absence = h.absence(rid, emp, types[type_key], start, end, status, created=dt(requested), changed=dt(decided),
                            start_half_day=bool(sh), end_half_day=bool(eh), start_time=t0, end_time=t1, note=note,
                            approver=approver, deleted_at=dt(deleted_at) if rid == deleted_rid else None)
        if rid in (5001, 5021):
            absence["remote_data"] = {"/company/time-offs": {"type": "TimeOffPeriod", "attributes": {
                "id": rid, "status": status.lower(), "comment": note or "",
                "start_date": f"{start}T00:00:00+02:00", "end_date": f"{end}T00:00:00+02:00",
                "days_count": absence["amount"], "half_day_start": 0, "half_day_end": 0,
                "time_off_type": {"type": "TimeOffType", "attributes": {"id": int(types[type_key]["remote_id"]),
                                                                        "name": types[type_key]["name"]}},
                "employee": {"type": "Employee", "attributes": {"id": {"label": "ID", "value": int(emp["remote_id"])}}},
                "created_by": "Web", "certificate": {"status": "not-required"},
                "created_at": dt(requested).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "updated_at": dt(decided).strftime("%Y-%m-%dT%H:%M:%S+00:00")}}}
        if rid == deleted_rid:
            notable["deleted_absence"] = absence
    # --- balances -----------------------------------------------------------------------------------
    balance_rid = 7001
    for index, row in enumerate(P.ROSTER):
        key, status, start = row[0], row[9], row[13]
        if status == "INACTIVE":
            continue
        emp = employees[key]
        base = max(dt("2026-01-01 02:00"), at(d(start), 2)) if status != "PENDING" else d(emp["remote_created_at"][:10])
        base = at(base, 2) if not hasattr(base, "hour") else base
        base = not_after_clock(base)
        vac = h.used(emp, types["VAC"])
        entitlement = r.choice([28, 28, 29, 30, 30]) if row[13] < "2026-12-01" else 28
        assert vac <= entitlement, (key, vac)
        h.balance(balance_rid, emp, types["VAC"], entitlement, base)
        balance_rid += 1
        overtime_used = h.used(emp, types["OT"])
        accrued = overtime_used + r.choice([0, 0, 2, 4, 6.5, 8, 12, 16, 20, 24.5, 32])
        h.balance(balance_rid, emp, types["OT"], accrued, base)
        balance_rid += 1

    by_key = employees
    notable.update({
        "ceo": by_key["ceo"], "leave_parental": by_key["fe3"], "leave_sick": by_key["sf2"], "leave_parental_2": by_key["m2"],
        "pending": by_key["fe4"], "pending_soon": by_key["s5"], "pending_later": by_key["fi2"],
        "inactive": by_key["pl3"], "manager_chain": [by_key["ceo"], by_key["cto"], by_key["emb"], by_key["be1"]],
        "sick_today": by_key["pl2"], "declined_absence_employee": by_key["s4"],
        "types": types, "employees": by_key,
    })
    return h, notable
