#!/usr/bin/env python3
"""Works out SampleParcels/county-2024-expected.tsv from the county sample's
land records and department files, following the rules of records.md,
version 1.1 ("Tenants on a parcel", "Department data files", "Who is an
enterprise, and with what"), written out here again: it never runs mujun
and shares no code with it. The arithmetic is exact (fractions); a value
written with 4 decimals must be exact at 4 decimals, or the script stops,
so that the test can compare within 1e-9.

The hand working of SampleParcels/README.md ("County sample") checks this
script for the firms that matter most; the script does the rest.

    python3 Scripts/county-expected.py           # prints the TSV
    python3 Scripts/county-expected.py --write   # writes the file

Rules, as implemented below:
- mu: m2 x 15 / 10000; ha x 15; mu as given.
- A tenant's lease is in force in the year when from <= 31 Dec and
  to >= 1 Jan (a missing end is open). Its land: its area, else the
  parcel's mu x floorArea / the buildings' floor area as built (storeys'
  areas summed, floorArea otherwise; never doubled for height). Two leases
  of one tenant in the year count once, the larger. The holder keeps the
  parcel's mu less its tenants' land, never below 0.
- A record is rejected when the tenants' land in force together on some
  day exceeds the parcel's area, or a tenant rents floorArea on a parcel
  with no floor area as built: its land goes to no firm, and each firm that
  holds or rents it (a tenant whose lease is in force in the year) gets one
  error. A tenant whose lease ended before the year is no enterprise.
- Figures: the holder's performance of the year, summed over the parcels
  it holds, then each field a data file gives replaces it. A field is an
  error (no data, no fallback) when its cell is not a number, when the
  file has two rows for the code and year (an error for each row), or when
  two files give different values (one error, at the later file). An empty
  cell gives nothing. A code failing its GB 32100 check is an error for its
  row (one error) and its own enterprise.
- Units: 元 / 10000 = 万元; 万千瓦时 x 10000 = kWh.
- Enterprises: holders' codes, tenants in force in the year, data codes
  of the year; sorted by code. Track: no land -> unscored; land but no
  held parcel -> tenant; else the scale (the data file's 规模 unless it is
  an error, else the holders'): above or below; unknown -> unscored.
- Per mu: figure / areaMu; none without land or without the figure.
"""
import csv
import io
import os
import sys
import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from fractions import Fraction

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SAMPLES = os.path.join(ROOT, "SampleParcels")
YEAR = 2024
NS = "{urn:mujun:land-records:1}"
CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def code_passes(code):
    """GB 32100-2015: C18 = 31 - MOD(sum C_i x 3^(i-1) mod 31, 31); 31 is 0."""
    if len(code) != 18 or any(c not in CODE_CHARACTERS for c in code):
        return False
    total = sum(CODE_CHARACTERS.index(c) * pow(3, i, 31) for i, c in enumerate(code[:17]))
    return code[17] == CODE_CHARACTERS[(31 - total % 31) % 31]


def mu_of(value, unit):
    value = Fraction(value)
    return {"m2": value * 15 / 10000, "mu": value, "ha": value * 15}[unit]


def day(text, default):
    return date.fromisoformat(text) if text else default


# --- Land records --------------------------------------------------------

def read_parcels(path):
    parcels = []
    for element in ET.parse(path).getroot().iter(NS + "parcel"):
        area = element.find(NS + "area")
        holder = element.find(NS + "holder")
        parcel = {
            "id": element.get("id"),
            "mu": mu_of(area.text.strip(), area.get("unit")),
            "holder": holder.get("creditCode") if holder is not None else None,
            "holderName": holder.text.strip() if holder is not None else None,
            "scale": holder.get("scale") if holder is not None else None,
            "tenants": [],
            "floorArea": None,
            "figures": {},
        }
        for tenant in element.iter(NS + "tenant"):
            parcel["tenants"].append({
                "code": tenant.get("creditCode"),
                "floorArea": Fraction(tenant.get("floorArea")) if tenant.get("floorArea") else None,
                "mu": mu_of(tenant.get("area"), tenant.get("unit", "m2")) if tenant.get("area") else None,
                "from": day(tenant.get("from"), date.min),
                "to": day(tenant.get("to"), date.max),
            })
        buildings = element.find(NS + "buildings")
        if buildings is not None:
            total = Fraction(0)
            for building in buildings.iter(NS + "building"):
                storeys = building.findall(NS + "storey")
                if storeys:
                    total += sum(Fraction(s.get("area")) for s in storeys)
                else:
                    total += Fraction(building.get("floorArea"))
            parcel["floorArea"] = total
        for performance in element.iter(NS + "performance"):
            if int(performance.get("year")) == YEAR:
                parcel["figures"] = {k: Fraction(v) for k, v in performance.attrib.items()
                                     if k != "year"}
        parcel["rejected"] = rejected(parcel)
        parcels.append(parcel)
    return parcels


def tenant_mu(parcel, tenant):
    if tenant["mu"] is not None:
        return tenant["mu"]
    return parcel["mu"] * tenant["floorArea"] / parcel["floorArea"]


def rejected(parcel):
    """True when the tenancy cannot be apportioned (records.md 1.1)."""
    tenants = parcel["tenants"]
    if any(t["floorArea"] is not None for t in tenants) and not parcel["floorArea"]:
        return True
    # The land in force is largest on some lease's first day.
    for start in (t["from"] for t in tenants):
        in_force = sum(tenant_mu(parcel, t) for t in tenants if t["from"] <= start <= t["to"])
        if in_force > parcel["mu"]:
            return True
    return False


def in_year(tenant):
    return tenant["from"] <= date(YEAR, 12, 31) and tenant["to"] >= date(YEAR, 1, 1)


# --- Department files ----------------------------------------------------

FIELDS = {
    "统一社会信用代码": "code", "信用代码": "code", "纳税人识别号": "code",
    "企业名称": "name", "纳税人名称": "name",
    "年度": "year", "年份": "year",
    "实缴税金": "tax", "工业增加值": "valueAdded", "营业收入": "revenue",
    "年平均从业人员": "employees", "研发经费支出": "rnd",
    "综合能耗": "energy", "用电量": "electricity", "规模": "scale",
}
UNITS = {"元": Fraction(1, 10000), "万元": 1, "万千瓦时": 10000, "千瓦时": 1, "吨标准煤": 1}


def header_column(text):
    text = text.replace("（", "(").replace("）", ")").strip()
    name, _, unit = text.partition("(")
    return FIELDS.get(name.strip()), UNITS.get(unit.rstrip(")"), 1)


def number(text):
    """A number with thousands separators, or None for an empty cell;
    raises ValueError otherwise."""
    # Full-width digits, comma and point, as office exports write them.
    text = text.strip().translate({0xFF10 + d: 0x30 + d for d in range(10)} | {0xFF0C: 0x2C, 0xFF0E: 0x2E})
    if not text:
        return None
    whole, _, fraction = text.partition(".")
    groups = whole.split(",")
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValueError(text)
    digits = "".join(groups) + ("." + fraction if fraction else "")
    if not digits.replace(".", "", 1).isdigit():
        raise ValueError(text)
    return Fraction(digits)


def read_table(path):
    """The rows of a file as lists of text, with each row's place
    (file:line for CSV, file:Sheet!row for xlsx)."""
    name = "SampleParcels/" + os.path.basename(path)
    if path.endswith(".xlsx"):
        with zipfile.ZipFile(path) as archive:
            main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
            strings = [si.find(main + "t").text for si in
                       ET.fromstring(archive.read("xl/sharedStrings.xml")).iter(main + "si")]
            sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
            sheet_name = ET.fromstring(archive.read("xl/workbook.xml")).find(
                f"{main}sheets/{main}sheet").get("name")
            rows = []
            for row in sheet.iter(main + "row"):
                cells = []
                for cell in row.iter(main + "c"):
                    value = cell.find(main + "v").text
                    cells.append(strings[int(value)] if cell.get("t") == "s" else value)
                rows.append((f"{name}:{sheet_name}!{row.get('r')}", cells))
            return rows
    raw = open(path, "rb").read()
    text = raw[3:].decode("utf-8") if raw.startswith(b"\xef\xbb\xbf") else None
    if text is None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
    return [(f"{name}:{line}", cells)
            for line, cells in enumerate(csv.reader(io.StringIO(text, newline="")), start=1)]


def read_file(path):
    """(rows, errors): each row as {field: value or 'error'} with its code
    and place; errors as (code, place) pairs."""
    table = read_table(path)
    start = next(i for i, (_, cells) in enumerate(table[:10])
                 if any(header_column(c)[0] == "code" for c in cells))
    columns = [header_column(c) for c in table[start][1]]
    rows, errors = [], []
    for place, cells in table[start + 1:]:
        row = {"place": place, "fields": {}}
        for (field, factor), text in zip(columns, cells):
            if field == "code":
                row["code"] = text.strip()
            elif field == "name":
                row["name"] = text.strip()
            elif field == "year":
                row["year"] = int(text)
            elif field == "scale":
                if text.strip():
                    row["fields"]["scale"] = {"规上": "above", "规下": "below"}[text.strip()]
            elif field is not None:
                try:
                    value = number(text)
                except ValueError:
                    row["fields"][field] = "error"
                    errors.append((row["code"], place))
                    continue
                if value is not None:
                    row["fields"][field] = value * factor
        row.setdefault("year", YEAR)
        if not code_passes(row["code"]):
            errors.append((row["code"], place))
        rows.append(row)
    return rows, errors


def merge(paths):
    """Each (code) of the year: its fields (value or 'error'), names, and
    its errors' places."""
    firms = {}
    for path in paths:
        rows, errors = read_file(path)
        for code, place in errors:
            firms.setdefault(code, {"fields": {}, "names": [], "errors": []})["errors"].append(place)
        counts = {}
        for row in rows:
            counts[row["code"]] = counts.get(row["code"], 0) + 1
        for row in rows:
            if row["year"] != YEAR:
                continue
            firm = firms.setdefault(row["code"], {"fields": {}, "names": [], "errors": []})
            if row.get("name"):
                firm["names"].append(row["name"])
            if counts[row["code"]] > 1:
                firm["errors"].append(row["place"])
                for field in row["fields"]:
                    firm["fields"][field] = "error"
                continue
            for field, value in row["fields"].items():
                earlier = firm["fields"].get(field)
                if earlier is None or value == "error":
                    firm["fields"][field] = value
                elif earlier != "error" and earlier != value:
                    firm["fields"][field] = "error"
                    firm["errors"].append(row["place"])
    return firms


# --- Enterprises ---------------------------------------------------------

def enterprises(parcels, data):
    firms = {}

    def firm(code):
        return firms.setdefault(code, {"land": [], "holds": False, "figures": {}, "errors": 0,
                                       "scales": []})

    for parcel in parcels:
        if parcel["rejected"]:
            in_force = [t["code"] for t in parcel["tenants"] if in_year(t)]
            for code in dict.fromkeys([parcel["holder"]] + in_force):
                if code:
                    firm(code)["errors"] += 1
            continue
        shares = {}
        for tenant in parcel["tenants"]:
            if in_year(tenant):
                shares[tenant["code"]] = max(shares.get(tenant["code"], 0), tenant_mu(parcel, tenant))
        holder_mu = max(Fraction(0), parcel["mu"] - sum(shares.values()))
        if parcel["holder"]:
            holder = firm(parcel["holder"])
            holder["land"].append(holder_mu)
            holder["holds"] = True
            if parcel["scale"]:
                holder["scales"].append(parcel["scale"])
            for field, value in parcel["figures"].items():
                holder["figures"][field] = holder["figures"].get(field, 0) + value
        for code, mu in shares.items():
            firm(code)["land"].append(mu)
    for code, entry in data.items():
        f = firm(code)
        f["errors"] += len(entry["errors"])
        for field, value in entry["fields"].items():
            if field == "scale":
                continue
            if value == "error":
                f["figures"].pop(field, None)
            else:
                f["figures"][field] = value
        scale = entry["fields"].get("scale")
        f["fileScale"] = scale if scale != "error" else None
    rows = []
    for code in sorted(firms):
        f = firms[code]
        area = sum(f["land"], Fraction(0))
        scale = f.get("fileScale") or (f["scales"][0] if f["scales"] else None)
        if not f["land"]:
            track = "unscored"
        elif not f["holds"]:
            track = "tenant"
        else:
            track = scale or "unscored"
        tax = f["figures"].get("tax")
        value_added = f["figures"].get("valueAdded")
        rows.append([
            code, track, fixed(area, 4), plain(tax), plain(value_added),
            fixed(tax / area, 4) if tax is not None and area else "",
            fixed(value_added / area, 4) if value_added is not None and area else "",
            str(f["errors"]),
        ])
    return rows


def fixed(value, places):
    scaled = value * 10 ** places
    if scaled.denominator != 1:
        sys.exit(f"{float(value)} is not exact at {places} decimals: change the sample's figures")
    return f"{float(value):.{places}f}"


def plain(value):
    """An exact decimal, as short as it goes (None: empty)."""
    if value is None:
        return ""
    for places in range(0, 10):
        if (value * 10 ** places).denominator == 1:
            return f"{float(value):.{places}f}"
    sys.exit(f"{value} has more than 9 decimals")


def main():
    parcels = read_parcels(os.path.join(SAMPLES, "county-2024.xml"))
    data = merge([os.path.join(SAMPLES, name) for name in
                  ("county-2024-tax.csv", "county-2024-stats.csv", "county-2024-energy.xlsx")])
    lines = ["\t".join(["code", "track", "areaMu", "tax", "valueAdded", "taxPerMu",
                        "valueAddedPerMu", "errors"])]
    lines += ["\t".join(row) for row in enterprises(parcels, data)]
    text = "\n".join(lines) + "\n"
    if sys.argv[1:] == ["--write"]:
        with open(os.path.join(SAMPLES, "county-2024-expected.tsv"), "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
