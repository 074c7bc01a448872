#!/usr/bin/env bash
# Makes the spreadsheet exports the CSV import is tested with, as LibreOffice
# Calc writes them: each is a spreadsheet (.fods, written here from the rows
# below) saved as CSV by `soffice --headless --convert-to csv`. The CSV files
# are committed; CI does not run LibreOffice. Run again after changing a row:
#   tests/data/make-csv.sh        (needs soffice: apt-get install libreoffice-calc-nogui)
#
# csv-release-readiness.csv  the twin of md-release-readiness.md: UTF-8, commas;
#                            status words (Yes, Open, X, Done, Failed) where the
#                            Markdown has marks
# csv-german-seed.csv        the twin of md-german-seed.md: Windows-1252 and
#                            semicolons, as a German Excel or Calc saves "CSV"
# tst_csvimport's twin test imports each pair and compares their structure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Rows on stdin, cells separated by '|'; writes a one-sheet flat ODF spreadsheet.
fods() {
    awk -F'|' '
    function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
    BEGIN {
        print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        print "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        print " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        print " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        print " office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">"
        print "<office:body><office:spreadsheet><table:table table:name=\"Checklist\">"
    }
    {
        printf "<table:table-row>"
        for (i = 1; i <= NF; ++i) {
            if ($i == "") printf "<table:table-cell/>"
            else printf "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>", esc($i)
        }
        print "</table:table-row>"
    }
    END { print "</table:table></office:spreadsheet></office:body></office:document>" }'
}

# name, CSV filter options (separator, quote, character set, first line: 44 comma,
# 59 semicolon, 34 '"', 76 UTF-8, 1 Windows-1252), rows on stdin
convert() {
    local name="$1" filter="$2"
    fods >"$work/$name.fods"
    soffice --headless -env:UserInstallation="file://$work/profile" \
        --convert-to "csv:Text - txt - csv (StarCalc):$filter" --outdir "$work" "$work/$name.fods" >/dev/null
    cp "$work/$name.csv" "$here/$name.csv"
    echo "wrote tests/data/$name.csv"
}

convert csv-release-readiness 44,34,76,1 <<'ROWS'
Section|Group|Task|Owner|Done|Comments|Ticket
Build and Signing|Android|Bump `versionCode`|Release manager|Yes|Done by CI|REL-1
||Sign the AAB with the upload key|Release manager|||REL-2
|iOS|Archive with Xcode 15|iOS lead|✓||
||Upload to TestFlight|iOS lead|Open|Needs 2FA|REL-3
||Notarise the macOS helper|iOS lead|N/A|No helper in this app|
|Web|Deploy the web shell|Web lead|n/a|Web-only releases only|
||Purge the CDN cache|Web lead|Failed|Failed last time; retry|REL-9
Store Listing||Screenshots updated||X||
||Release notes translated||Done||
||Privacy labels reviewed||❌|Blocked on legal|
Approvals||Release Manager||||
||QA Lead||||
ROWS

convert csv-german-seed 59,34,1,1 <<'ROWS'
Abschnitt|Gruppe|Prüfpunkt|Status|Anmerkungen|Verantwortlich
Prüfung vor der Auslieferung||Alle Abnahmetests bestanden||Prüfer: Zoë Ångström|
||Testabdeckung erreicht (>95 % im Kern)|Erledigt||
||Sicherheitsscan abgeschlossen|N/A|Kein externer Zugang|
Auslieferung|Vorbereitung|Release-Zweig anlegen|Offen||Jörg
||Versionsnummer setzen||siehe `VERSION`|Ana
Kontrolle danach||Protokolle ohne Fehler|||
Sign-off||Deployment Manager|||
||QA Lead|||
ROWS
