#!/usr/bin/env python3
"""Builds Parley's gold stance set from the annotation passes.

For every annotated text: the pass-1 label where only one annotator labelled it; the shared label
where two independent annotators agreed; the adjudicator's label where they did not
(training/data/stance/adjudicated.jsonl). Each row keeps its text, source and license, and a fixed
split:
- annotation-pool comments: `test` for a deterministic 30% (SHA-256 of the id), else `train`;
- seed pages: whole pages go to one side, so near-duplicate paragraphs of one page cannot sit on
  both sides: pages 001 and 003 are `test`, pages 000, 002 and 004 are `train`;
- the second round's texts (Impermium comments and RUW train tweets, picked by
  `extra_candidates.py`): always `train`, because the insult model trains on Impermium and RUW is
  reported on its own val split.
The test split is for the final report only: no training or model selection may read it.

Run from the repository root:  python3 training/labeling/build_gold.py
"""
import glob
import hashlib
import json
import os

ROOT = os.path.join(os.path.dirname(__file__), '..')
FIELDS = ['russia', 'japan', 'china', 'us', 'insult', 'identity_attack']
TEST_SEED_PAGES = {'seed001', 'seed003'}


def load(pattern):
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
        for line in open(path, encoding='utf-8'):
            row = json.loads(line)
            out[row['id']] = row
    return out


def split_of(item_id):
    if item_id.startswith('imp-') or item_id.startswith('ruw-'):
        return 'train'
    if item_id.startswith('seed'):
        return 'test' if item_id[:7] in TEST_SEED_PAGES else 'train'
    return 'test' if int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % 10 < 3 else 'train'


def main():
    pass1 = load('data/stance/pass1/*.jsonl')
    pass2 = load('data/stance/pass2/*.jsonl')
    adjudicated = load('data/stance/adjudicated.jsonl')
    pool = load('data/annotation-pool/annotation_pool.jsonl')
    seeds = load('data/seeds/seed_items.jsonl')
    extra = load('labeling/batches/extra_b*.jsonl')
    rows = []
    for item_id, first in pass1.items():
        if item_id in pool:
            src = pool[item_id]
            meta = {'source': src['source'], 'source_license': src['source_license'], 'date': src['date'],
                    'text': src['text'], 'quoted': []}
        elif item_id in extra:
            src = extra[item_id]
            license_ = ('Kaggle competition data, no license stated; cite the competition'
                        if item_id.startswith('imp-') else 'none stated ("publicly available"); cite the RUW paper')
            meta = {'source': src['source'], 'source_license': license_, 'date': src['date'],
                    'text': src['text'], 'quoted': []}
        else:
            src = seeds[item_id]
            meta = {'source': 'seed page ' + src['seed'] + ' (' + src['kind'] + ')',
                    'source_license': 'real web page copied for the project; see training/data/seeds/README.md',
                    'date': '2015-2016', 'text': src['text'], 'quoted': src.get('quoted', [])}
        if item_id in adjudicated:
            labels, how = adjudicated[item_id], 'adjudicated'
        elif item_id in pass2:
            labels, how = first, 'double-agreed'
        else:
            labels, how = first, 'single'
        row = {'id': item_id, **meta, **{f: labels[f] for f in FIELDS}, 'annotation': how,
               'split': split_of(item_id)}
        rows.append(row)
    rows.sort(key=lambda r: r['id'])
    with open(os.path.join(ROOT, 'data/stance/stance_gold.jsonl'), 'w', encoding='utf-8') as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + '\n')
    for split in ('train', 'test'):
        part = [r for r in rows if r['split'] == split]
        refs = {t: sum(r[t] != 'none' for r in part) for t in FIELDS[:4]}
        print(split, len(part), 'referencing:', refs)


if __name__ == '__main__':
    main()
