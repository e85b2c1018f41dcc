#!/usr/bin/env python3
"""Prints the failed tests of a .trx file (name, message, first stack lines) so they end a CI log."""
import sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot()
failed = [r for r in root.iterfind(".//t:UnitTestResult", ns) if r.get("outcome") == "Failed"]
print(f"[test.sh] failed tests: {len(failed)}")
for r in failed:
    print(f"--- {r.get('testName')} ({r.get('duration')})")
    message = r.findtext(".//t:ErrorInfo/t:Message", default="", namespaces=ns).strip()
    stack = r.findtext(".//t:ErrorInfo/t:StackTrace", default="", namespaces=ns).strip().splitlines()
    print(message[:3000])
    for line in stack[:12]:
        print("   ", line.strip())
