#!/usr/bin/env python3
"""Writes the three department files of the county sample (SampleParcels/
README.md, "County sample"), as the departments' offices save them:

- county-2024-tax.csv: the tax bureau's export as Excel in China saves
  "CSV (逗号分隔)": GB18030 (GBK) bytes, CRLF line ends, amounts in 元 with
  thousands separators and two decimals, quoted because of their commas;
- county-2024-stats.csv: the statistics bureau's, UTF-8 with a byte-order
  mark, CRLF, units in full-width brackets;
- county-2024-energy.xlsx: the power company's and energy office's
  workbook: a title row above the header, no year column (the run gives
  --year 2024), codes as text, numbers as numbers, strings shared.

Every firm, code and figure is invented. The planted problems (one of
each): a firm only in the data, a name that differs from the records, a
cell that is not a number, two rows for one code in one file, a figure two
files give differently, a code with a wrong check character.

Only the standard library: the xlsx is written with zipfile from the
minimal parts of SpreadsheetML. Deterministic: the same bytes each run
(with the same zlib).

    python3 Scripts/county-data.py
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SampleParcels")

# The tax bureau: code, taxpayer name, year, tax paid in 元 (written
# "#,##0.00"). F06 is written under another name than the land records'.
TAX = [
    ("91331003MA2HJM0184", "示例黄岩精密模具有限公司", 16000000),
    ("91331003MA2HPL026E", "示例黄岩塑业有限公司", 6820000),
    ("91331004MA2LWJ030B", "示例路桥五金有限公司", 1560000),
    ("91331003MA2HQP0497", "示例黄岩汽车配件有限公司", 3120000),
    ("91331004MA2LDQ052T", "示例路桥电子有限公司", 4950000),
    ("91331004MA2LKT0678", "示例路桥塑料制品厂", 132002.40),
    ("91331003MA2HFM075R", "示例黄岩阀门有限公司", 2000000),
    ("91331003MA2HRK091E", "示例黄岩食品有限公司", 3375000),
    ("92331003MA2HGA107K", "示例黄岩注塑加工厂", 800000),
    ("91331003MA2HBW1186", "示例黄岩包装有限公司", 4050000),
    ("91331004MA2LMC141K", "示例路桥模塑有限公司", 150000),
    ("91331003MA2HTX1510", "示例黄岩纺织有限公司", 1080000),
    ("92331004MA2LJG162B", "示例路桥机械加工厂", 270000),
    ("91331004MA2LNP185B", "示例路桥泵业有限公司", 720000),
    ("91331004MA2LMY205K", "示例路桥贸易有限公司", 500000),
    ("91331004MA2LQC215R", "示例路桥汽摩配件有限公司", 13600000),
    ("91331003MA2HWK2243", "示例黄岩文具有限公司", 540000),
    ("91331004MA2LDL235G", "示例路桥电器有限公司", 25000000),
    ("91331003MA2HYJ249W", "示例黄岩医药化工有限公司", 7117500),
    ("91331004MA2LHB256K", "示例路桥环保设备有限公司", 3630000),
    ("91331003MA2HMJ26X7", "示例黄岩木制品有限公司", 225054),
    ("91331004MA2LFX271Q", "示例路桥服装有限公司", 400010),
    ("91331003MA2HGY284U", "示例黄岩工艺品有限公司", 5120000),
    ("91331004MA2LJX29XQ", "示例路桥机械有限公司", 9798000),
    ("91331003MA2HCY3037", "示例黄岩彩印有限公司", 735000),
    ("91331004MA2LGT313G", "示例路桥钢铁制品有限公司", 8697500),
    ("91331003MA2HDJ324D", "示例黄岩电机有限公司", 10476000),
]

# The statistics bureau: code, name, value added, revenue (万元), average
# headcount, R&D (万元), energy (tce, only where the bureau has it), scale.
# Text cells are written as they stand: "" is an empty cell. F03 has two
# rows (a corrected row appended, the first not removed); F09's value added
# is empty; F01's energy disagrees with the energy workbook, F23's agrees;
# F26's value added is typed in full-width digits, as Chinese input methods
# write them.
STATS = [
    ("91331003MA2HJM0184", "示例黄岩精密模具有限公司", "8000", "36500", "470", "1100", "3000", "规上"),
    ("91331003MA2HPL026E", "示例黄岩塑业有限公司", "3520", "15800", "262", "410", "", "规上"),
    ("91331004MA2LWJ030B", "示例路桥五金有限公司", "760", "3600", "60", "35", "", "规下"),
    ("91331003MA2HQP0497", "示例黄岩汽车配件有限公司", "1440", "6500", "96", "190", "", "规上"),
    ("91331004MA2LDQ052T", "示例路桥电子有限公司", "2640", "12100", "195", "480", "", "规上"),
    ("91331004MA2LKT0678", "示例路桥塑料制品厂", "72", "330", "15", "", "", "规下"),
    ("91331003MA2HFM075R", "示例黄岩阀门有限公司", "1100", "5000", "80", "160", "", "规上"),
    ("91331003MA2HRK091E", "示例黄岩食品有限公司", "", "7600", "185", "90", "", "规上"),
    ("92331003MA2HGA107K", "示例黄岩注塑加工厂", "400", "1900", "38", "", "", "规下"),
    ("91331003MA2HBW1186", "示例黄岩包装有限公司", "2160", "9700", "165", "260", "", "规上"),
    ("91331004MA2LMC141K", "示例路桥模塑有限公司", "90", "420", "16", "", "", "规下"),
    ("91331003MA2HTX1510", "示例黄岩纺织有限公司", "540", "2500", "70", "40", "", "规下"),
    ("92331004MA2LJG162B", "示例路桥机械加工厂", "135", "640", "20", "", "", "规下"),
    ("91331004MA2LNP185B", "示例路桥泵业有限公司", "360", "1750", "42", "30", "", "规下"),
    ("91331004MA2LMY205K", "示例路桥贸易有限公司", "300", "2200", "18", "", "", "规下"),
    ("91331004MA2LQC215R", "示例路桥汽摩配件有限公司", "6800", "31000", "500", "950", "", "规上"),
    ("91331003MA2HWK2243", "示例黄岩文具有限公司", "270", "1250", "36", "", "", "规下"),
    ("91331004MA2LDL235G", "示例路桥电器有限公司", "12,000", "53000", "820", "1600", "4000", "规上"),
    ("91331003MA2HYJ249W", "示例黄岩医药化工有限公司", "3997.5", "17500", "245", "700", "", "规上"),
    ("91331004MA2LHB256K", "示例路桥环保设备有限公司", "2310", "10200", "170", "330", "", "规上"),
    ("91331003MA2HMJ26X7", "示例黄岩木制品有限公司", "１３５", "650", "23", "", "", "规下"),
    ("91331004MA2LFX271Q", "示例路桥服装有限公司", "200", "980", "45", "", "", "规下"),
    ("91331004MA2LWJ030B", "示例路桥五金有限公司", "780", "3650", "61", "36", "", "规下"),
    ("91331003MA2HGY284U", "示例黄岩工艺品有限公司", "2880", "12600", "230", "280", "", "规上"),
    ("91331004MA2LJX29XQ", "示例路桥机械有限公司", "6210", "28400", "460", "1100", "", "规上"),
    ("91331003MA2HCY3037", "示例黄岩彩印有限公司", "420", "2150", "52", "25", "", "规下"),
    ("91331004MA2LGT313G", "示例路桥钢铁制品有限公司", "4900", "22000", "365", "520", "", "规上"),
    ("91331003MA2HDJ324D", "示例黄岩电机有限公司", "6075", "27500", "420", "1050", "", "规上"),
]

# The energy workbook: code, name, energy (tce; "N/A" for F02, as the
# clerk typed it), electricity (万千瓦时). F05's code is mistyped (two
# characters swapped: 91331004MA2LDQ052T written ...025T).
ENERGY_TITLE = "2024年度工业企业综合能耗及用电量（示例数据，虚构）"
ENERGY = [
    ("91331003MA2HJM0184", "示例黄岩精密模具有限公司", 3100, 1150.5),
    ("91331003MA2HPL026E", "示例黄岩塑业有限公司", "N/A", 620),
    ("91331003MA2HQP0497", "示例黄岩汽车配件有限公司", 520, 230),
    ("91331004MA2LDQ025T", "示例路桥电子有限公司", 860, 410),
    ("91331004MA2LKT0678", "示例路桥塑料制品厂", 18, 9.6),
    ("91331003MA2HFM075R", "示例黄岩阀门有限公司", 300, 145),
    ("91331003MA2HRK091E", "示例黄岩食品有限公司", 610, 280),
    ("91331003MA2HBW1186", "示例黄岩包装有限公司", 700, 330),
    ("91331004MA2LQC215R", "示例路桥汽摩配件有限公司", 2100, 980),
    ("91331004MA2LDL235G", "示例路桥电器有限公司", 4000, 1860),
    ("91331003MA2HYJ249W", "示例黄岩医药化工有限公司", 1900, 760),
    ("91331004MA2LHB256K", "示例路桥环保设备有限公司", 980, 450),
    ("91331003MA2HGY284U", "示例黄岩工艺品有限公司", 860, 420),
    ("91331004MA2LJX29XQ", "示例路桥机械有限公司", 2300, 1080),
    ("91331004MA2LGT313G", "示例路桥钢铁制品有限公司", 1700, 820),
    ("91331003MA2HDJ324D", "示例黄岩电机有限公司", 2000, 950),
]


def csv_line(cells):
    """One CSV line as Excel writes it: a cell with a comma or quote quoted."""
    out = []
    for cell in cells:
        text = str(cell)
        if any(c in text for c in ',"\r\n'):
            text = '"' + text.replace('"', '""') + '"'
        out.append(text)
    return ",".join(out) + "\r\n"


def write_tax():
    lines = [csv_line(["统一社会信用代码", "纳税人名称", "年度", "实缴税金(元)"])]
    for code, name, yuan in TAX:
        lines.append(csv_line([code, name, "2024", f"{yuan:,.2f}"]))
    with open(os.path.join(HERE, "county-2024-tax.csv"), "wb") as f:
        f.write("".join(lines).encode("gb18030"))


def write_stats():
    header = ["统一社会信用代码", "企业名称", "年份", "工业增加值（万元）", "营业收入（万元）",
              "年平均从业人员", "研发经费支出（万元）", "综合能耗（吨标准煤）", "规模"]
    lines = [csv_line(header)]
    for code, name, va, revenue, employees, rnd, energy, scale in STATS:
        lines.append(csv_line([code, name, "2024", va, revenue, employees, rnd, energy, scale]))
    with open(os.path.join(HERE, "county-2024-stats.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + "".join(lines).encode("utf-8"))


def column(index):
    """A, B, … for 0, 1, …"""
    return chr(ord("A") + index)


def write_energy():
    strings = []

    def shared(text):
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    rows = [[ENERGY_TITLE], ["统一社会信用代码", "企业名称", "综合能耗(吨标准煤)", "用电量(万千瓦时)"]]
    rows += [list(row) for row in ENERGY]
    sheet_rows = []
    for r, cells in enumerate(rows, start=1):
        xml_cells = []
        for c, value in enumerate(cells):
            ref = f"{column(c)}{r}"
            if isinstance(value, str):
                xml_cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
            else:
                xml_cells.append(f'<c r="{ref}"><v>{value:g}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(xml_cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    last = f"D{len(rows)}"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{pkg}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{main}" xmlns:r="{rel}">'
            '<sheets><sheet name="能耗" sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>"),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{pkg}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{main}"><dimension ref="A1:{last}"/>'
            f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>'),
    }
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="{main}" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        + "</sst>")
    order = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
             "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"]
    with zipfile.ZipFile(os.path.join(HERE, "county-2024-energy.xlsx"), "w") as archive:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 31, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, parts[name].encode("utf-8"))


if __name__ == "__main__":
    write_tax()
    write_stats()
    write_energy()
