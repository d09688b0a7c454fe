#!/usr/bin/python3
"""Reads a Debiteurencheck workbook with LibreOffice (Python-UNO), as a reader independent of exceljs, and prints
what the test checks as JSON: sheet visibility and protection, locked cells on Debiteuren, the national-number
column's cell types and texts, whether LibreOffice accepts the protection password kept in the state sheet, and
(from the file's XML, read with the standard library) whether the state sheet is "veryHidden".

Usage: /usr/bin/python3 inspect_workbook.py <workbook.xlsx> <pipe name>
soffice must already listen on that pipe (--accept=pipe,name=<pipe name>;urp;); the caller starts and stops it.
"""
import json
import re
import sys
import time
import zipfile

import uno
from com.sun.star.beans import PropertyValue

DEBTORS, LOG, STATE = "Debiteuren", "Logboek", "DC_Staat"
PASSWORD_CELL = "B6"  # src/excel/stateSheet.ts STATE_CELL.password
ROWS_TO_CHECK = (0, 1, 2, 499)  # header, first data rows, and far below the data (whole-column formats)


def connect(pipe, timeout=45.0):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + timeout
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # NoConnectException until soffice is up
            if time.time() > deadline:
                raise
            time.sleep(0.5)


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def very_hidden_sheets(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/workbook.xml").decode("utf-8")
    return [m.group(1) for m in re.finditer(r'<sheet\b[^>]*\bname="([^"]+)"[^>]*\bstate="veryHidden"', xml)]


def main():
    path, pipe = sys.argv[1], sys.argv[2]
    ctx = connect(pipe)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
    try:
        sheets = doc.Sheets
        out = {"sheets": [], "veryHidden": very_hidden_sheets(path)}
        for i in range(sheets.Count):
            s = sheets.getByIndex(i)
            out["sheets"].append({"name": s.Name, "visible": bool(s.IsVisible), "protected": bool(s.isProtected())})

        debtors = sheets.getByName(DEBTORS)
        columns = 9
        out["headers"] = [debtors.getCellByPosition(c, 0).getString() for c in range(columns)]
        out["locked"] = {
            str(r + 1): [bool(debtors.getCellByPosition(c, r).CellProtection.IsLocked) for c in range(columns)]
            for r in ROWS_TO_CHECK
        }
        number_col = out["headers"].index("Rijksregisternummer")
        numbers = []
        r = 1
        while debtors.getCellByPosition(0, r).getString() != "" or debtors.getCellByPosition(number_col, r).getString() != "":
            cell = debtors.getCellByPosition(number_col, r)
            numbers.append({"text": cell.getString(), "type": cell.getType().value})
            r += 1
        out["nationalNumbers"] = numbers

        # LibreOffice must accept the SHA-512 hash exceljs wrote: unprotecting (in memory only) with the password works.
        password = sheets.getByName(STATE).getCellRangeByName(PASSWORD_CELL).getString()
        out["unprotects"] = {}
        for name in (DEBTORS, LOG, STATE):
            sheet = sheets.getByName(name)
            try:
                sheet.unprotect("not the password")
                wrong = not sheet.isProtected()
            except Exception:
                wrong = False
            sheet.unprotect(password)
            out["unprotects"][name] = {"withWrongPassword": wrong, "withStatePassword": not sheet.isProtected()}
        print(json.dumps(out))
    finally:
        doc.close(True)


if __name__ == "__main__":
    main()
