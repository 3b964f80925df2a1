#!/usr/bin/env python3
"""Writes the hostile xlsx fixtures of this folder (README.md says what each
holds and which test reads it). Deterministic: run it again and the files
come out byte for byte the same. Each stays under 100 kB.

    python3 Tests/Corpus/tables/make-fixtures.py

The zip structures are written by hand (not with zipfile) so that sizes,
offsets and streams can lie as hostile files do.
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def deflate(data):
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


class Entry:
    def __init__(self, name, data, method=8, raw=None, usize=None, csize=None,
                 cd_extra=b"", flags=0):
        self.name = name.encode()
        self.crc = zlib.crc32(data) & 0xFFFFFFFF
        self.raw = raw if raw is not None else (deflate(data) if method == 8 else data)
        self.method = method
        self.usize = len(data) if usize is None else usize
        self.csize = len(self.raw) if csize is None else csize
        self.cd_extra = cd_extra
        self.flags = flags


def write_zip(path, entries):
    out = bytearray()
    directory = bytearray()
    for e in entries:
        offset = len(out)
        usize32 = min(e.usize, 0xFFFFFFFF)
        csize32 = min(e.csize, 0xFFFFFFFF)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, e.flags, e.method, 0, 0x5821,
                           e.crc, csize32, usize32, len(e.name), 0)
        out += e.name + e.raw
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, e.flags, e.method,
                                 0, 0x5821, e.crc, csize32, usize32, len(e.name),
                                 len(e.cd_extra), 0, 0, 0, 0, offset)
        directory += e.name + e.cd_extra
    start = len(out)
    out += directory
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                       len(directory), start, 0)
    with open(os.path.join(HERE, path), "wb") as f:
        f.write(bytes(out))
    return bytes(out)


def workbook_parts(sheet_xml, strings=("code", "tax")):
    """The parts of a one-sheet workbook named Sheet1, `sheet_xml` its sheet."""
    rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
            f'<Relationship Id="rId1" Type="{DOC}/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
                f'xmlns:r="{DOC}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/>'
                '</sheets></workbook>')
    workbook_rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
                     f'<Relationship Id="rId1" Type="{DOC}/worksheet" '
                     'Target="worksheets/sheet1.xml"/>'
                     f'<Relationship Id="rId2" Type="{DOC}/sharedStrings" '
                     'Target="sharedStrings.xml"/></Relationships>')
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    shared = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')
    return [("_rels/.rels", rels.encode()), ("xl/workbook.xml", workbook.encode()),
            ("xl/_rels/workbook.xml.rels", workbook_rels.encode()),
            ("xl/sharedStrings.xml", shared.encode()), ("xl/worksheets/sheet1.xml", sheet_xml)]


def sheet(rows, dimension="A1:B2", prologue=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prologue}<worksheet xmlns="{MAIN}">'
            f'<dimension ref="{dimension}"/>\n<sheetData>\n{rows}</sheetData></worksheet>'
            ).encode()


HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\n'
DATA = '<row r="2"><c r="A2" t="inlineStr"><is><t>91330000X</t></is></c><c r="B2"><v>310</v></c></row>\n'


def plain(name, sheet_xml):
    write_zip(name, [Entry(n, d) for n, d in workbook_parts(sheet_xml)])


# A sheet that unpacks to 64 MB of zeros while both headers claim 1000 bytes.
bomb = bytes(64 << 20)
parts = workbook_parts(b"")[:-1]
write_zip("zip-bomb.xlsx", [Entry(n, d) for n, d in parts] +
          [Entry("xl/worksheets/sheet1.xml", bomb, usize=1000)])

# A DOCTYPE with the billion-laughs entities, used in a cell.
laughs = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
          '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n')
plain("doctype.xlsx", sheet(HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>&b;</t></is></c></row>\n',
                            prologue=laughs))

# An entity reference with no DOCTYPE to define it (what an XXE attack leaves).
plain("entity.xlsx", sheet(HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>\n'))

# A dimension claiming a billion rows over a sheet of two.
plain("billion-rows-dimension.xlsx", sheet(HEADER + DATA, dimension="A1:Z1000000000"))

# A cell past column XFD, and a row past 1 048 576.
plain("out-of-range.xlsx", sheet(
    HEADER + '<row r="2"><c r="A2"><v>1</v></c><c r="XFE2"><v>2</v></c></row>\n'
    '<row r="1048577"><c r="A1048577"><v>3</v></c></row>\n'))

# Rows 1 and 2 fine; row 3 has a mismatched end tag (line 6 of the part).
plain("malformed.xlsx", sheet(HEADER + DATA + '<row r="3"><c r="A3"><v>1</v></x></row>\n'))

# The sheet's deflate stream is cut: a stored block that claims 65 535 bytes
# holds only the sheet and runs into the directory and the end of the file.
# ZIPFoundation 0.9.20 alone loops for ever on it (weichsel/ZIPFoundation#389).
xml = sheet(HEADER + DATA)
stored_block = bytes([0x00]) + struct.pack("<HH", 0xFFFF, 0x0000) + xml
parts = workbook_parts(b"")[:-1]
write_zip("cut-stream.xlsx", [Entry(n, d) for n, d in parts] +
          [Entry("xl/worksheets/sheet1.xml", xml, raw=stored_block)])

# A ZIP64 compressed size of 2^64 - 1 for the sheet, with a data descriptor:
# an offset computed from it overflows.
parts = workbook_parts(sheet(HEADER + DATA))
entries = [Entry(n, d) for n, d in parts[:-1]]
extra = struct.pack("<HHQ", 0x0001, 8, 0xFFFFFFFFFFFFFFFF)
entries.append(Entry(parts[-1][0], parts[-1][1], csize=0xFFFFFFFF, cd_extra=extra, flags=8))
write_zip("zip64-overflow.xlsx", entries)

# A workbook of 60 parts (the test sets the limit to 50).
parts = workbook_parts(sheet(HEADER + DATA))
fillers = [(f"xl/media/filler{i}.bin", b"x") for i in range(55)]
write_zip("many-parts.xlsx", [Entry(n, d) for n, d in parts + fillers])

# A whole workbook cut off before its directory.
whole = write_zip("cut-off.xlsx", [Entry(n, d) for n, d in workbook_parts(sheet(HEADER + DATA))])
with open(os.path.join(HERE, "cut-off.xlsx"), "wb") as f:
    f.write(whole[: len(whole) // 2])

# Seeds for Fuzz/Targets/FuzzTables: CSV as departments send it.
header = "统一社会信用代码,企业名称,年度,实缴税金（万元）,用电量(kWh)\r\n"
rows = ('91331003MA2XXXXXX1,"台州某某机械有限公司",2024,"1,250.5",１２３４５\r\n'
        '91331003MA2YYYYYY2,"名称含""引号""与\r\n换行",2024,,310\r\n')
with open(os.path.join(HERE, "seed-utf8-bom.csv"), "wb") as f:
    f.write(b"\xef\xbb\xbf" + (header + rows).encode("utf-8"))
with open(os.path.join(HERE, "seed-gb18030.csv"), "wb") as f:
    f.write((header + rows).encode("gb18030"))
