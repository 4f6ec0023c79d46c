#!/usr/bin/env python3
"""Builds deploy/seeds/seed-batch.json, the ingest batch that deploy/load-seeds.sh sends.

Run from the repository root (standard library only, deterministic):

    python3 deploy/seeds/build_seed_batch.py

Input: training/data/seeds/seed_items.jsonl (the five seed pages split into items; see its
README). Only reader comments become comments; article paragraphs are the article, not comments,
so seeds 001 and 004 (articles without comments) give no thread.

Times, because Parley's trends are by comment time:
- seed 000: each comment's own time as printed on the page ("on April 10, 2015 at 11:09 am"),
  read as UTC (the page gives no zone);
- seed 002: the page gives only the thread's date (May 29, 2014); comments are placed one hour
  apart from noon that day, in page order;
- seed 003: the page gives no date; the article's content places it in early July 2015 (the G7
  in Germany "last month"); comments are placed ten minutes apart from 2015-07-03T08:00Z, in
  page order (the same convention as FlameExchangeTests).

Reply structure: seed 003's replies as read from the page's nesting (the same map as
src/test/java/dev/parley/moderation/FlameExchangeTests.java); the other pages are flat.
"""
import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

ITEMS = Path("training/data/seeds/seed_items.jsonl")
PAGES = Path("../shared/seeds")
OUT = Path("deploy/seeds/seed-batch.json")

THREADS = {
    "000": ("giza-putin-japan-breakthrough", "Is Putin Preparing a Breakthrough in Relations with Japan?"),
    "002": ("japan-russia-peace-treaty", "Japan-Russia Relations: Toward a Peace Treaty and Beyond"),
    "003": ("japan-tests-wests-boycott", "Japan tests West’s boycott of Russia"),
}
REPLIES_003 = {"c025": "c023", "c026": "c024", "c027": "c025", "c028": "c027", "c029": "c028",
               "c032": "c031", "c033": "c027", "c034": "c033", "c035": "c033", "c038": "c035",
               "c039": "c037", "c040": "c038", "c041": "c024", "c042": "c030"}


def seed000_times():
    """Author → time, from lines like '  1. marcos toledo on April 10, 2015 at 11:09 am'."""
    page = next(PAGES.glob("000_*.txt")).read_text(encoding="utf-8")
    times = {}
    for m in re.finditer(r"^\s*\d+\. (.+?) on (\w+ \d{1,2}, \d{4}) at (\d{1,2}:\d{2} [ap]m)\s*$", page, re.M):
        at = datetime.strptime(f"{m.group(2)} {m.group(3)}", "%B %d, %Y %I:%M %p").replace(tzinfo=timezone.utc)
        times[m.group(1).strip()] = at
    return times


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "anonymous"


def main():
    items = [json.loads(line) for line in ITEMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    t000 = seed000_times()
    clocks = {"002": datetime(2014, 5, 29, 12, 0, tzinfo=timezone.utc),
              "003": datetime(2015, 7, 3, 8, 0, tzinfo=timezone.utc)}
    steps = {"002": timedelta(hours=1), "003": timedelta(minutes=10)}
    comments = []
    for item in items:
        seed = item["seed"][:3]
        if item["kind"] != "comment" or seed not in THREADS:
            continue
        local_id = item["id"].split("-", 1)[1]
        if seed == "000":
            at = t000[item["author"]]
        else:
            clocks[seed] += steps[seed]
            at = clocks[seed]
        author = item["author"] or "anonymous"
        thread_id, title = THREADS[seed]
        comment = {
            "externalId": item["id"],
            "thread": {"externalId": thread_id, "title": title},
            "author": {"externalId": slug(author), "displayName": author},
            "body": item["text"],
            "createdAt": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if seed == "003" and local_id in REPLIES_003:
            comment["parentExternalId"] = "seed003-" + REPLIES_003[local_id]
        comments.append(comment)
    OUT.write_text(json.dumps({"comments": comments}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(comments)} comments in {len({c['thread']['externalId'] for c in comments})} threads -> {OUT}")


if __name__ == "__main__":
    main()
