#!/usr/bin/env python3
"""Picks texts for the second annotation round: real texts of the project's other data sets that
name one of the four countries, so the stance set gains training texts beyond the annotation pool.

- Impermium 2012 reader comments (train.csv and test_with_solutions.csv): every comment naming a
  country. Dated 2012 when the row has no date (the competition's comments are from 2012).
- RUW train tweets naming the US, China or Japan (every RUW tweet is about Russia; its Russia
  labels exist already, the other three targets do not). RUW's val split is not used: it is the
  Russia report set.

The selection is a broad name match (a superset of the product's detector); annotators label all
four targets of every text, `none` where a country is not referenced. All of these texts go to
the train split: Impermium trains the insult model and RUW is reported on its own val split, so
none of them may sit in Parley's test split.

Run from the repository root:  python3 training/labeling/extra_candidates.py
Writes training/labeling/batches/extra_b01.jsonl … (about 370 texts each).
"""
import csv
import json
import os
import re

ROOT = os.path.join(os.path.dirname(__file__), '..')
COUNTRY = re.compile(
    r"\b(russia|russian|russians|putin|moscow|kremlin|soviet|ussr|"
    r"japan|japanese|tokyo|abe|"
    r"china|chinese|beijing|xi|ccp|prc|"
    r"america|american|americans|usa|u\.s\.a?\.?|united states|washington|obama|biden|trump|"
    r"white house|pentagon|congress|cia|fbi|nato)\b", re.IGNORECASE)
US_CN_JP = re.compile(
    r"\b(japan|japanese|tokyo|china|chinese|beijing|xi jinping|ccp|prc|"
    r"america|american|americans|usa|u\.s\.a?\.?|united states|washington|biden|trump|obama|"
    r"white house|pentagon|congress|cia)\b|\bUS\b", re.IGNORECASE)
BATCH = 377


def unescape(s):
    """Impermium comments are wrapped in quotes and carry Python-style escapes."""
    s = s.strip()
    if s.startswith('"') and s.endswith('"'):
        s = s[1:-1]
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        s = s.replace('\\\\', '\\').encode('latin-1', 'backslashreplace').decode('unicode_escape')
    try:  # escaped UTF-8 bytes ("\\xc2\\xa0") decode to mojibake; undo it where it is that
        s = s.encode('latin-1').decode('utf-8')
    except UnicodeError:
        pass
    return re.sub(r'\s+', ' ', s).strip()


def impermium():
    out = []
    for name in ['train.csv', 'test_with_solutions.csv']:
        path = os.path.join(ROOT, 'data/insults-impermium-2012', name)
        with open(path, encoding='utf-8', newline='') as f:
            for i, row in enumerate(csv.DictReader(f)):
                text = unescape(row['Comment'])
                if COUNTRY.search(text):
                    date = row['Date'][:4] + '-' + row['Date'][4:6] + '-' + row['Date'][6:8] if row['Date'] else '2012'
                    out.append({'id': 'imp-%s-%04d' % (name.split('.')[0].split('_')[0], i), 'date': date,
                                'source': 'Impermium 2012 ' + name, 'text': text})
    return out


def ruw():
    out = []
    path = os.path.join(ROOT, 'data/stance-ruw-russia-ukraine/train.csv')
    with open(path, encoding='utf-8', newline='') as f:
        for i, row in enumerate(csv.DictReader(f)):
            text = re.sub(r'\s+', ' ', row['Tweet']).strip()
            if US_CN_JP.search(text):
                out.append({'id': 'ruw-train-%04d' % i, 'date': '2022-2023 (Russia-Ukraine war tweets)',
                            'source': 'RUW train.csv', 'text': text})
    return out


def main():
    rows = impermium() + ruw()
    os.makedirs(os.path.join(ROOT, 'labeling/batches'), exist_ok=True)
    for b in range(0, len(rows), BATCH):
        path = os.path.join(ROOT, 'labeling/batches', 'extra_b%02d.jsonl' % (b // BATCH + 1))
        with open(path, 'w', encoding='utf-8') as f:
            for r in rows[b:b + BATCH]:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'texts;', sum(r['id'].startswith('imp') for r in rows), 'Impermium,',
          sum(r['id'].startswith('ruw') for r in rows), 'RUW')


if __name__ == '__main__':
    main()
