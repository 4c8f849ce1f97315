"""Builders for HRIS records in Kombo's wire format (GET list items, minus the relations the loader rebuilds)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from common import CLOCK, at, d, day, std, ts
from ids import Ids

# Files an HRIS integration folder may contain, in writing order.
HRIS_FILES = ["employees.json", "employments.json", "groups.json", "locations.json", "legal-entities.json",
              "absence-types.json", "time-off-balances.json", "absences.json"]


class Hris:
    """Collects one HRIS integration's records; every record is a complete wire-format dict."""

    def __init__(self, integration_id: str):
        self.ids = Ids(integration_id)
        self.employees: list[dict] = []
        self.employments: list[dict] = []
        self.groups: list[dict] = []
        self.locations: list[dict] = []
        self.legal_entities: list[dict] = []
        self.absence_types: list[dict] = []
        self.balances: list[dict] = []
        self.absences: list[dict] = []
        self._by_remote: dict[tuple[str, str], dict] = {}

    def _keep(self, model: str, record: dict) -> dict:
        key = (model, record["remote_id"])
        if key in self._by_remote:
            raise ValueError(f"duplicate remote id {key}")
        self._by_remote[key] = record
        return record

    def get(self, model: str, remote_id: str | int) -> dict:
        return self._by_remote[(model, str(remote_id))]

    # --- organisation -----------------------------------------------------------------------------

    def group(self, remote_id: int, name: str, type_: str | None, parent: dict | None, changed_at: datetime,
              remote_data=None) -> dict:
        rec = {"id": self.ids.of("hris_groups", remote_id), "remote_id": str(remote_id), "name": name, "type": type_,
               "parent_id": parent["id"] if parent else None, **std(changed_at, None, remote_data)}
        self.groups.append(rec)
        return self._keep("hris_groups", rec)

    def location(self, remote_id: int, name: str, addr: dict | None, type_: str | None, changed_at: datetime,
                 remote_data=None) -> dict:
        rec = {"id": self.ids.of("hris_locations", remote_id), "remote_id": str(remote_id), "name": name,
               "address": addr, "type": type_, **std(changed_at, None, remote_data)}
        self.locations.append(rec)
        return self._keep("hris_locations", rec)

    def legal_entity(self, remote_id: int, name: str, addr: dict | None, changed_at: datetime, remote_data=None) -> dict:
        rec = {"id": self.ids.of("hris_legal_entities", remote_id), "remote_id": str(remote_id), "name": name,
               "address": addr, **std(changed_at, None, remote_data)}
        self.legal_entities.append(rec)
        return self._keep("hris_legal_entities", rec)

    def absence_type(self, remote_id: int, name: str, unit: str, half_days: bool, exact_times: bool,
                     changed_at: datetime, remote_data=None) -> dict:
        rec = {"id": self.ids.of("hris_absence_types", remote_id), "remote_id": str(remote_id), "name": name,
               "unit": unit, "half_days_supported": half_days, "exact_times_supported": exact_times,
               **std(changed_at, None, remote_data)}
        self.absence_types.append(rec)
        return self._keep("hris_absence_types", rec)

    # --- people -----------------------------------------------------------------------------------

    def employee(self, remote_id: int, *, first_name: str, last_name: str, job_title: str | None,
                 employee_number: str | None, work_email: str | None, personal_email: str | None,
                 mobile_phone_number: str | None, nationality: str | None, gender: str | None,
                 marital_status: str | None, employment_status: str, employment_type: str | None,
                 weekly_hours: float | None, date_of_birth: str | None, start_date: str | None,
                 termination_date: str | None, home_address: dict | None, bank_accounts: list | None,
                 ssn: str | None, tax_id: str | None, manager: dict | None, legal_entity: dict | None,
                 work_location: dict | None, groups: list[dict], remote_created_at: datetime | None,
                 changed_at: datetime, custom_fields: dict | None = None, integration_fields: list | None = None,
                 remote_data=None, avatar: str | None = None, ethnicity: str | None = None) -> dict:
        rec = {
            "id": self.ids.of("hris_employees", remote_id),
            "remote_id": str(remote_id),
            "employee_number": employee_number,
            "first_name": first_name,
            "last_name": last_name,
            "nationality": nationality,
            "display_full_name": f"{first_name} {last_name}",
            "job_title": job_title,
            "work_email": work_email,
            "personal_email": personal_email,
            "mobile_phone_number": mobile_phone_number,
            "ssn": ssn,
            "tax_id": tax_id,
            "gender": gender,
            "ethnicity": ethnicity,
            "marital_status": marital_status,
            "employment_status": employment_status,
            "employment_type": employment_type,
            "weekly_hours": weekly_hours,
            "avatar": avatar,
            "work_location_id": work_location["id"] if work_location else None,
            "legal_entity_id": legal_entity["id"] if legal_entity else None,
            "manager_id": manager["id"] if manager else None,
            "home_address": home_address,
            "bank_accounts": bank_accounts,
            "date_of_birth": day(date_of_birth),
            "start_date": day(start_date),
            "termination_date": day(termination_date),
            "remote_created_at": ts(remote_created_at) if remote_created_at else None,
            "custom_fields": custom_fields if custom_fields is not None else {},
            "integration_fields": integration_fields or [],
            "groups": [{"id": g["id"], "remote_id": g["remote_id"], "name": g["name"], "type": g["type"]} for g in groups],
            **std(changed_at, None, remote_data),
        }
        self.employees.append(rec)
        return self._keep("hris_employees", rec)

    def employment(self, remote_id: int, employee: dict, *, job_title: str | None, pay_rate: float | None,
                   pay_period: str | None, pay_frequency: str | None, employment_type: str | None,
                   pay_currency: str | None, effective_date: str | None, changed_at: datetime,
                   custom_fields: dict | None = None, remote_data=None) -> dict:
        rec = {"id": self.ids.of("hris_employments", remote_id), "remote_id": str(remote_id),
               "employee_id": employee["id"], "job_title": job_title, "pay_rate": pay_rate, "pay_period": pay_period,
               "pay_frequency": pay_frequency, "employment_type": employment_type, "pay_currency": pay_currency,
               "effective_date": day(effective_date), "custom_fields": custom_fields if custom_fields is not None else {},
               "integration_fields": [], **std(changed_at, None, remote_data)}
        self.employments.append(rec)
        return self._keep("hris_employments", rec)

    # --- time off ---------------------------------------------------------------------------------

    def absence(self, remote_id: int, employee: dict, type_: dict, start: str, end: str, status: str, *,
                created: datetime, changed: datetime, start_half_day: bool = False, end_half_day: bool = False,
                start_time: str | None = None, end_time: str | None = None, note: str | None = None,
                approver: dict | None = None, deleted_at: datetime | None = None, remote_data=None) -> dict:
        start_d, end_d = d(start), d(end)
        if end_d < start_d:
            raise ValueError(f"absence {remote_id}: end before start")
        days = (end_d - start_d).days + 1
        if type_["unit"] == "HOURS":
            if not (start_time and end_time):
                raise ValueError(f"absence {remote_id}: hours absences carry times")
            t0, t1 = time.fromisoformat(start_time), time.fromisoformat(end_time)
            per_day = (datetime.combine(start_d, t1) - datetime.combine(start_d, t0)).total_seconds() / 3600
            amount = round(per_day * days, 2)
        else:
            if start_time or end_time:
                raise ValueError(f"absence {remote_id}: day absences carry no times")
            if days == 1:
                amount = 0.5 if (start_half_day or end_half_day) else 1
            else:
                amount = days - (0.5 if start_half_day else 0) - (0.5 if end_half_day else 0)
        if not type_["half_days_supported"] and (start_half_day or end_half_day):
            raise ValueError(f"absence {remote_id}: half day on a type without half days")
        if not type_["exact_times_supported"] and start_time:
            raise ValueError(f"absence {remote_id}: times on a type without exact times")
        half = type_["half_days_supported"]
        if deleted_at is not None:
            status = "DELETED"
            changed = deleted_at
        if changed > CLOCK or created > changed:
            raise ValueError(f"absence {remote_id}: bad timestamps")
        rec = {
            "id": self.ids.of("hris_absences", remote_id),
            "remote_id": str(remote_id),
            "employee_id": employee["id"],
            "approver_id": approver["id"] if approver else None,
            "start_date": start_d.isoformat(),
            "end_date": end_d.isoformat(),
            "start_half_day": bool(start_half_day) if half else None,
            "end_half_day": bool(end_half_day) if half else None,
            "start_time": start_time,
            "end_time": end_time,
            "amount": float(amount) if isinstance(amount, float) and not amount.is_integer() else int(amount),
            "unit": type_["unit"],
            "status": status,
            "employee_note": note,
            "type_id": type_["id"],
            "remote_created_at": ts(created),
            "remote_updated_at": ts(changed),
            **std(changed, deleted_at, remote_data),
        }
        self.absences.append(rec)
        return self._keep("hris_absences", rec)

    def used(self, employee: dict, type_: dict) -> float:
        """The balance invariant: alive absences of this employee and type that are not declined/cancelled."""
        return sum(a["amount"] for a in self.absences
                   if a["employee_id"] == employee["id"] and a["type_id"] == type_["id"]
                   and a["remote_deleted_at"] is None and a["status"] not in ("DECLINED", "CANCELLED", "DELETED"))

    def balance(self, remote_id: int, employee: dict, type_: dict, entitlement: float, changed_at: datetime,
                remote_data=None) -> dict:
        used = self.used(employee, type_)
        latest = [a["changed_at"] for a in self.absences
                  if a["employee_id"] == employee["id"] and a["type_id"] == type_["id"]]
        changed = max([ts(changed_at)] + latest)
        rec = {"id": self.ids.of("hris_time_off_balances", remote_id), "remote_id": str(remote_id),
               "employee_id": employee["id"], "type_id": type_["id"],
               "balance": _num(entitlement - used), "balance_unit": type_["unit"],
               "used": _num(used), "used_unit": type_["unit"],
               "changed_at": changed, "remote_deleted_at": None, "remote_data": remote_data}
        self.balances.append(rec)
        return self._keep("hris_time_off_balances", rec)

    # --- output -----------------------------------------------------------------------------------

    def files(self, omit: tuple[str, ...] = ()) -> dict[str, list]:
        by_file = {"employees.json": self.employees, "employments.json": self.employments,
                   "groups.json": self.groups, "locations.json": self.locations,
                   "legal-entities.json": self.legal_entities, "absence-types.json": self.absence_types,
                   "time-off-balances.json": self.balances, "absences.json": self.absences}
        return {name: rows for name, rows in by_file.items() if name not in omit}


def _num(value: float) -> float | int:
    value = round(value, 2)
    return int(value) if float(value).is_integer() else value


def working_days_before(start: date, n: int) -> date:
    """The day n working days (Mon–Fri) before `start`."""
    current = start
    while n > 0:
        current -= timedelta(days=1)
        if current.weekday() < 5:
            n -= 1
    return current


def office_time(r, day_value: date, earliest: int = 8, latest: int = 18) -> datetime:
    return at(day_value, r.randint(earliest, latest - 1), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
