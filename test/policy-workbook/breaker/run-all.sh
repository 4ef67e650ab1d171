#!/bin/sh
# Runs `policy check` on every input here and prints the result (passing test-case lines left out) and the
# command's exit code, one block per file. Usage (from this folder, after npm run build): sh run-all.sh > results.txt 2>&1
C="node ../../../dist/cli.js"
for f in template.xlsx template-resaved-openpyxl.xlsx qinghe.xlsx wb/*.xlsx json/*.json mod-*.xlsx \
         real-xls-renamed.xlsx real.xls qinghe-待遇.csv csv-renamed.xlsx empty.xlsx truncated.xlsx truncated.json; do
  echo "=== $f"; $C policy check "$f" > /tmp/brk-run.out 2>&1; rc=$?; grep -v '^通过：' /tmp/brk-run.out; echo "(exit $rc)"
done
