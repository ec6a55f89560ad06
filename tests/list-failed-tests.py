#!/usr/bin/python3
"""Names every failed test of a run, with the first lines of its message, from the result files in a folder
(xunit's TRX files and Pester's NUnit XML). tests/run.sh prints this just above its summary line, so the end of a
long log says what failed without searching it."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

LIMIT = 25
TRX = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def brief(message, lines=3, width=300):
    text = " | ".join(line.strip() for line in (message or "").strip().splitlines()[:lines] if line.strip())
    return text if len(text) <= width else text[:width - 3] + "..."


def from_trx(path):
    suite = os.path.splitext(os.path.basename(path))[0]
    for result in ET.parse(path).getroot().iter(TRX + "UnitTestResult"):
        if result.get("outcome") in ("Failed", "Error", "Timeout", "Aborted"):
            message = result.find(f"{TRX}Output/{TRX}ErrorInfo/{TRX}Message")
            yield suite, result.get("testName"), message.text if message is not None else result.get("outcome")


def from_nunit(path):
    root = ET.parse(path).getroot()
    for case in root.iter("test-case"):
        if case.get("result") in ("Failure", "Error"):
            message = case.find("failure/message")
            yield "Pester", case.get("name") or case.get("description"), message.text if message is not None else ""


def outside_tests(path):
    """A Pester block or file that failed outside its tests (a BeforeAll or AfterAll that threw) is not in the NUnit
    file: tests/Pester/Invoke-PesterSuite.ps1 names it in a file of its own."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            name, _, message = line.rstrip("\n").partition("\t")
            if name:
                yield "Pester", name, message


def main(folder):
    failures = []
    for path in sorted(glob.glob(os.path.join(folder, "*.trx"))):
        failures.extend(from_trx(path))
    for path in sorted(glob.glob(os.path.join(folder, "*.xml"))):
        failures.extend(from_nunit(path))
    outside = os.path.join(folder, "pester-outside-tests.txt")
    if os.path.exists(outside):
        failures.extend(outside_tests(outside))
    if not failures:
        return
    print(f"Failed ({len(failures)}):")
    for suite, name, message in failures[:LIMIT]:
        print(f"  [{suite}] {name}: {brief(message)}")
    if len(failures) > LIMIT:
        print(f"  ... and {len(failures) - LIMIT} more (result files in {folder})")


if __name__ == "__main__":
    try:
        main(sys.argv[1] if len(sys.argv) > 1 else "out/test-results")
    except (ET.ParseError, OSError) as error:
        print(f"the failed tests could not be listed: {error}")
