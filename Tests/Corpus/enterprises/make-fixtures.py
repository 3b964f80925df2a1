#!/usr/bin/env python3
"""Writes the two binary fixtures of this folder, which cannot be edited as
UTF-8 text: data-2024.csv (GBK, as Excel saves CSV in China, CRLF line ends)
and energy-2024.xlsx (a two-sheet workbook of inline strings). README.md
says what they hold. Deterministic: run it again and the files come out
byte for byte the same.

    python3 Tests/Corpus/enterprises/make-fixtures.py
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# The tax bureau's and the power company's figures for 2024, one row per
# firm: a title line above the header (skipped), a 序号 column (ignored),
# tax in 元 (one with thousands separators), electricity in 万千瓦时 (one
# in full-width digits), 规模.
DATA_ROWS = [
    ["2024年度企业实缴税金及用电量（县税务局、县供电公司）", "", "", "", "", "", ""],
    ["序号", "统一社会信用代码", "企业名称", "年度", "实缴税金(元)", "用电量(万千瓦时)", "规模"],
    ["1", "91331003MA2E10041E", "示例丁化工有限公司", "2024", "\"2,000,000\"", "300", "规上"],
    ["2", "91331003MA2E1005X6", "示例戊五金有限公司", "2024", "700000", "120", "规上"],
    ["3", "91331003MA2E100761", "示例庚印染有限公司", "2024", "3000000", "250", "规上"],
    ["4", "92331003MA2E101134", "示例租户五金加工厂", "2024", "150000", "２０", "规下"],
    ["5", "91331003MA2E101212", "示例数据科技有限公司", "2024", "50000", "", "规下"],
]

# The statistics bureau's energy figures: no year column (the run's --year
# gives it), a title row, a 备注 column, 'N/A' for 示例丁化工 (a bad cell);
# and a sheet of notes with no credit-code column (skipped with a warning).
ENERGY_ROWS = [
    ["2024年度企业综合能耗（县统计局）"],
    ["统一社会信用代码", "企业名称", "综合能耗(吨标准煤)", "备注"],
    ["91331003MA2E10017X", "示例甲塑业有限公司", 1000, ""],
    ["91331003MA2E10041E", "示例丁化工有限公司", "N/A", "未报送"],
    ["91331003MA2E10033K", "示例丙电子有限公司", 400, ""],
]
NOTES_ROWS = [["说明"], ["本表数据由县统计局提供，能耗单位为吨标准煤。"]]


def write_data_csv():
    lines = [",".join(row) for row in DATA_ROWS]
    with open(os.path.join(HERE, "data-2024.csv"), "wb") as out:
        out.write(("\r\n".join(lines) + "\r\n").encode("gbk"))


def column_letter(index):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for number, row in enumerate(rows, start=1):
        cells = []
        for index, value in enumerate(row):
            ref = f"{column_letter(index)}{number}"
            if value == "":
                continue
            if isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        out.append(f'<row r="{number}">' + "".join(cells) + "</row>")
    out.append("</sheetData></worksheet>")
    return "\n".join(out)


def write_energy_xlsx():
    sheets = [("能耗", ENERGY_ROWS), ("说明", NOTES_ROWS)]
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(
                f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                for i in range(1, len(sheets) + 1))
            + "</Types>",
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            + "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
                      for i, (name, _) in enumerate(sheets, start=1))
            + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                for i in range(1, len(sheets) + 1))
            + "</Relationships>",
    }
    for i, (_, rows) in enumerate(sheets, start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(rows)
    with zipfile.ZipFile(os.path.join(HERE, "energy-2024.xlsx"), "w") as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    write_data_csv()
    write_energy_xlsx()
