#!/usr/bin/env python3
"""Segment the five seed pages into structured, verbatim JSONL items.

Reads the saved web pages /work/shared/seeds/NNN_<hash>.txt (articles about
Japan-Russia relations and their reader comment threads, saved as plain text;
read-only) and writes training/data/seeds/seed_items.jsonl, one JSON object per
item, in seed order and page order:

    {"id", "seed", "kind", "thread_title", "position", "author", "text",
     "quoted", "addressed_to", "reply_hint"}

  id            "seed<NNN>-<t|p|c><position:03d>"  (t = article_title,
                p = article_paragraph, c = comment)
  seed          the file stem, e.g. "003_2841f2a1df42bc26"
  kind          "article_title" | "article_paragraph" | "comment"
  thread_title  the page / thread title, or null if the saved page has none
  position      0-based index of the item within its seed, over all kinds,
                in page order (skipped chrome does not consume positions)
  author        comment author as displayed; null for article text and for
                forum posts whose author block is missing from the saved page
  text          the verbatim paragraph / comment body (see "Faithfulness")
  quoted        verbatim passages of a comment that quote someone else
  addressed_to  name (as written in the comment) the comment addresses, or the
                author of a quoted earlier post when that author is known
  reply_hint    always null (reserved; not inferred here)

Faithfulness: texts are never edited. The only changes are trimming
surrounding whitespace of an item and, for indented comment bodies, removing
the 4-space display indent of each line and joining the lines with "\\n"
(blank lines inside a body are kept, so paragraphs stay separated by "\\n\\n").
Forum posts are the exact slice of the page between two post separators.
Non-breaking spaces and typographic quotes inside texts are kept as they are.

Per-file format rules (the rules are explicit per seed; the script stops with
an error if a file does not have the expected shape, rather than guessing):

  000  Blog post (Giza Death Star community site) with a numbered comment
       list. The saved page has no title line: thread_title is null and there
       is no article_title item. Every non-blank line before "Posted in" is one
       article_paragraph (the two quoted Valdai paragraphs are on consecutive
       lines and become two items; the linked article's name "Is Putin
       Preparing a Breakthrough in Relations with Japan?" is body text and is
       kept as a paragraph). Chrome skipped: "Posted in", the author byline
       and author bio box, and everything from "Help the Community Grow" on.
       Comment header: "  N. <author> on <Month D, YYYY> at <h:mm am|pm>";
       body = following lines indented by 4 spaces. (Dates are not part of
       the output schema and are dropped.)
  001  Article only, no comments. Line 1 is the title; every other non-blank
       line is an article_paragraph, including the section sub-headings
       ("Why does Russia need Japan?" etc.), since the schema has no heading
       kind.
  002  XenForo forum thread. Chrome skipped: "What's new", the member-stats
       block of the first post (rank line and Joined / Messages / Reaction
       score / Country / Location label-value pairs), post footers ("Last
       edited:", ".", ". . ."), and "Back" / "Top Bottom". Line "Japan-Russia
       Relations: ..." is the thread title (one article_title item); the line
       after it is the first post's author. Posts are separated by a line
       consisting only of a non-breaking space, followed by the footer lines.
       Every post is one comment item. Only the first post shows an author in
       the saved page; the other posts' author blocks (and the quote headers
       "X said:" / "Click to expand...") are absent, so their author is null.
       Quotes are therefore found by content: a paragraph of a post that
       reproduces a paragraph of an earlier post (identical after collapsing
       whitespace, or, for paragraphs of >= 40 characters sharing a 5-word
       sequence, >= 85 % of its characters covered by common runs of >= 8
       characters, which catches quotes of a pre-edit version) is quoted text.
       Consecutive quoted paragraphs form one passage; a passage is split where
       two or more blank lines separate paragraphs that are not consecutive in
       the quoted post (two separate quote boxes). `text` keeps the whole post.
  003  News article (Asia Times) followed by comments. Line 1 is the title;
       every non-blank line up to "Categories: ..." is an article_paragraph
       (the "Categories:" line is chrome). Comment header: "  • <author>";
       body = following lines indented by 4 spaces. Comments with an empty
       body are skipped.
  004  Opinion article without comments. Chrome skipped: the leading
       breadcrumb "in ,", and everything from "What do you think?" on (comment
       widget labels and related-article links). Line 3 is the title; every
       other non-blank line is an article_paragraph.

Rules applied to all seeds:
  * Article paragraphs that exactly duplicate an earlier paragraph of the same
    seed (repeated pull-quotes / boxes) are skipped and listed in the summary.
  * Comment quotes: lines starting with ">"; a comment whose first line is
    "@Name" followed by a line wholly enclosed in quote marks (that line is the
    quoted sentence); forum-style reproduced paragraphs as described for 002.
  * addressed_to: a first line "@Name ..." (Name matched against earlier
    authors of the thread, honorifics such as "Mr." ignored, else the whole
    line after "@"); a first line starting with an earlier author's name,
    optionally after "BTW" ("BTW Observer", "Dominion you hit ..."), giving
    the name as written; otherwise the known author of a quoted earlier post.

Usage:
    python3 training/labeling/segment_seeds.py [--seeds-dir DIR] [--out FILE]

Standard library only; output is deterministic (no timestamps, stable order).
"""

import argparse
import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEEDS = "/work/shared/seeds"
DEFAULT_OUT = os.path.normpath(
    os.path.join(HERE, "..", "data", "seeds", "seed_items.jsonl"))

KIND_LETTER = {"article_title": "t", "article_paragraph": "p", "comment": "c"}

# Per-seed format configuration (see module docstring).
SEEDS = {
    "000_b6e2bc7b105c8402": {
        "format": "article",
        "title_line": False,
        "leading_chrome": [],
        "article_end": r"^Posted in$",
        "comment_header": (r"^  \d+\. (?P<author>.+?) on [A-Z][a-z]+ \d{1,2}, "
                           r"\d{4} at \d{1,2}:\d{2} [ap]m$"),
        "comments_end": r"^Help the Community Grow$",
    },
    "001_7dd63790500393c3": {
        "format": "article",
        "title_line": True,
        "leading_chrome": [],
        "article_end": None,
        "comment_header": None,
        "comments_end": None,
    },
    "002_68ffb54545db6918": {
        "format": "xenforo",
        "leading_chrome": ["What's new"],
        "stat_labels": ["Joined", "Messages", "Reaction score", "Points",
                        "Country", "Location"],
        "footer_lines": ["Last edited:", ".", ". . ."],
        "trailing_chrome": ["Back", "Top Bottom"],
    },
    "003_2841f2a1df42bc26": {
        "format": "article",
        "title_line": True,
        "leading_chrome": [],
        "article_end": r"^Categories: ",
        "comment_header": r"^  \u2022 (?P<author>.+)$",
        "comments_end": None,
    },
    "004_5969239258afc9cb": {
        "format": "article",
        "title_line": True,
        "leading_chrome": ["in ,"],
        "article_end": r"^What do you think\?$",
        "comment_header": None,
        "comments_end": None,
    },
}

BODY_INDENT = "    "
HONORIFICS = ("Mr. ", "Mrs. ", "Ms. ", "Dr. ")
QUOTE_OPEN = "\"\u201c\u201d\u201e\u00ab"
QUOTE_CLOSE = "\"\u201c\u201d\u00bb"


class FormatError(Exception):
    pass


def is_blank(line):
    return line.strip() == ""


# ---------------------------------------------------------------------------
# Paragraph helpers (used for quote detection inside comments)

def paragraphs(lines):
    """Return [(start, end)] line ranges of runs of non-blank lines."""
    out, start = [], None
    for i, line in enumerate(lines):
        if is_blank(line):
            if start is not None:
                out.append((start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        out.append((start, len(lines)))
    return out


def norm(s):
    return " ".join(s.split())


def shingles(s, n=5):
    w = s.split()
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def reproduces(candidate, earlier):
    """True if paragraph `candidate` reproduces paragraph `earlier`."""
    a, b = norm(candidate), norm(earlier)
    if not a:
        return False
    if a == b:
        return True
    if len(a) < 40 or not (shingles(a) & shingles(b)):
        return False
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    covered = sum(blk.size for blk in sm.get_matching_blocks() if blk.size >= 8)
    return covered / len(a) >= 0.85


def name_variants(author):
    variants = {author}
    for h in HONORIFICS:
        if author.startswith(h):
            variants.add(author[len(h):])
    return sorted(variants, key=len, reverse=True)


def match_known_name(s, authors):
    """If s starts with a known author name (case-insensitive) followed by a
    word boundary, return the name as written in s."""
    best = None
    for author in authors:
        for v in name_variants(author):
            if len(s) >= len(v) and s[:len(v)].lower() == v.lower():
                rest = s[len(v):]
                if rest == "" or not (rest[0].isalnum() or rest[0] == "_"):
                    if best is None or len(v) > len(best):
                        best = s[:len(v)]
    return best


# ---------------------------------------------------------------------------
# Comment annotation: quoted passages and addressee

def annotate_comments(comments):
    """comments: list of dicts with keys author, text. Adds quoted,
    addressed_to and a private _quote_sources list (for the summary)."""
    history = []  # per earlier comment: list of (para_text, is_own)
    for idx, c in enumerate(comments):
        lines = c["text"].split("\n")
        consumed = [False] * len(lines)
        quoted = []
        sources = []
        addressed = None
        earlier_authors = [e["author"] for e in comments[:idx] if e["author"]]

        # 1. '>' lines
        i = 0
        while i < len(lines):
            if lines[i].lstrip().startswith(">"):
                j = i
                while j < len(lines) and lines[j].lstrip().startswith(">"):
                    consumed[j] = True
                    j += 1
                quoted.append((i, "\n".join(lines[i:j]).strip()))
                i = j
            else:
                i += 1

        # 2. leading @name (+ quoted sentence) / vocative address
        first = lines[0].strip() if lines else ""
        if first.startswith("@"):
            after = first[1:].strip()
            addressed = match_known_name(after, earlier_authors) or after
            consumed[0] = True
            k = 1
            while k < len(lines) and is_blank(lines[k]):
                k += 1
            if k < len(lines):
                cand = lines[k].strip()
                if (len(cand) > 2 and cand[0] in QUOTE_OPEN
                        and cand[-1] in QUOTE_CLOSE):
                    consumed[k] = True
                    quoted.append((k, cand))
        else:
            m = re.match(r"^(BTW,?\s+)?", first)
            addressed = match_known_name(first[m.end():], earlier_authors)

        # 3. forum-style reproduced paragraphs
        paras = paragraphs(lines)
        flags = []  # per paragraph: (src_comment, src_para) or None
        for (s, e) in paras:
            if any(consumed[s:e]):
                flags.append(None)
                continue
            text = "\n".join(lines[s:e])
            hit = None
            for own_pass in (True, False):
                for ci, hparas in enumerate(history):
                    for pi, (ptext, is_own) in enumerate(hparas):
                        if is_own == own_pass and reproduces(text, ptext):
                            hit = (ci, pi)
                            break
                    if hit:
                        break
                if hit:
                    break
            flags.append(hit)
        block = None  # [start_line, end_line, last_src]
        blocks = []
        for (s, e), hit in zip(paras, flags):
            if hit is None:
                if block:
                    blocks.append(block)
                    block = None
                continue
            if block:
                gap = s - block[1]  # number of blank lines between
                prev = block[2]
                contiguous = (hit[0] == prev[0] and hit[1] == prev[1] + 1)
                if gap >= 2 and not contiguous:
                    blocks.append(block)
                    block = None
            if block:
                block[1], block[2] = e, hit
                block[3].add(hit[0])
            else:
                block = [s, e, hit, {hit[0]}]
        if block:
            blocks.append(block)
        for s, e, _, srcs in blocks:
            quoted.append((s, "\n".join(lines[s:e]).strip()))
            sources.append(sorted(srcs))
            if addressed is None:
                for src in sorted(srcs):
                    if comments[src]["author"]:
                        addressed = comments[src]["author"]
                        break

        quoted.sort(key=lambda t: t[0])
        c["quoted"] = [q for _, q in quoted]
        c["addressed_to"] = addressed
        c["_quote_sources"] = sources
        qpara = {pi for pi, f in enumerate(flags) if f is not None}
        history.append([("\n".join(lines[s:e]), pi not in qpara)
                        for pi, (s, e) in enumerate(paras)])
    return comments


# ---------------------------------------------------------------------------
# Parsers

def parse_article(lines, cfg, notes):
    """Article (+ optional indented comment list). Returns
    (title, [paragraph texts], [comment dicts])."""
    i, n = 0, len(lines)

    def skip_blank(i):
        while i < n and is_blank(lines[i]):
            i += 1
        return i

    i = skip_blank(i)
    for chrome in cfg["leading_chrome"]:
        if i >= n or lines[i].strip() != chrome:
            raise FormatError("expected leading chrome %r at line %d" % (chrome, i + 1))
        notes.append("skipped leading chrome line %d: %r" % (i + 1, chrome))
        i = skip_blank(i + 1)
    title = None
    if cfg["title_line"]:
        title = lines[i].strip()
        i += 1

    end_re = re.compile(cfg["article_end"]) if cfg["article_end"] else None
    head_re = re.compile(cfg["comment_header"]) if cfg["comment_header"] else None
    cend_re = re.compile(cfg["comments_end"]) if cfg["comments_end"] else None

    paras = []
    while i < n and not (end_re and end_re.match(lines[i])):
        if head_re and head_re.match(lines[i]):
            raise FormatError("comment header inside article at line %d" % (i + 1))
        if not is_blank(lines[i]):
            paras.append((i + 1, lines[i].strip()))
        i += 1
    if end_re:
        if i >= n:
            raise FormatError("article end marker %r not found" % cfg["article_end"])
        start_chrome = i
        while i < n and not (head_re and head_re.match(lines[i])):
            if cend_re and cend_re.match(lines[i]):
                break
            i += 1
        skipped = [l.strip() for l in lines[start_chrome:i] if not is_blank(l)]
        notes.append("skipped chrome lines %d-%d: %s" % (
            start_chrome + 1, i, " | ".join(s[:50] for s in skipped)))

    comments = []
    while head_re and i < n:
        if cend_re and cend_re.match(lines[i]):
            break
        m = head_re.match(lines[i])
        if not m:
            if is_blank(lines[i]):
                i += 1
                continue
            raise FormatError("unexpected line %d in comments: %r" % (i + 1, lines[i]))
        author, hline = m.group("author").strip(), i + 1
        i += 1
        body = []
        while i < n and not head_re.match(lines[i]) and not (
                cend_re and cend_re.match(lines[i])):
            line = lines[i]
            if is_blank(line):
                body.append("")
            elif line.startswith(BODY_INDENT):
                body.append(line[len(BODY_INDENT):])
            else:
                raise FormatError("unindented line %d in comment body: %r" % (i + 1, line))
            i += 1
        text = "\n".join(body).strip()
        if not text:
            notes.append("skipped empty comment by %r (line %d)" % (author, hline))
            continue
        comments.append({"author": author, "text": text, "line": hline})
    if i < n:
        rest = [l.strip() for l in lines[i:] if not is_blank(l)]
        notes.append("skipped trailing chrome lines %d-%d: %s" % (
            i + 1, n, " | ".join(s[:50] for s in rest)))
    return title, paras, comments


def parse_xenforo(lines, cfg, notes):
    i, n = 0, len(lines)

    def skip_blank(i):
        while i < n and lines[i] == "":
            i += 1
        return i

    i = skip_blank(i)
    for chrome in cfg["leading_chrome"]:
        if lines[i].strip() != chrome:
            raise FormatError("expected %r at line %d" % (chrome, i + 1))
        notes.append("skipped leading chrome line %d: %r" % (i + 1, chrome))
        i = skip_blank(i + 1)
    title = lines[i].strip()
    i = skip_blank(i + 1)
    first_author = lines[i].strip()
    i = skip_blank(i + 1)
    stats_start = i
    if lines[i].strip().isupper():  # member rank, e.g. "ELITE MEMBER"
        i += 1
    while i < n and lines[i].strip() in cfg["stat_labels"]:
        i += 2
    notes.append("skipped member block of %r, lines %d-%d" % (
        first_author, stats_start + 1, i))

    posts, cur, start = [], [], i
    while i < n:
        line = lines[i]
        if line != "" and is_blank(line):  # NBSP-only separator line
            posts.append((start, cur))
            i += 1
            footer = []
            while i < n and lines[i].strip() in cfg["footer_lines"]:
                footer.append(lines[i].strip())
                i += 1
            if not footer:
                raise FormatError("post separator without footer at line %d" % i)
            cur, start = [], i
            continue
        cur.append(line)
        i += 1
    tail = [l.strip() for l in cur if l.strip()]
    if tail != cfg["trailing_chrome"]:
        raise FormatError("unexpected text after last post: %r" % tail)
    notes.append("skipped trailing chrome: %s" % " | ".join(tail))

    comments = []
    for k, (start, body) in enumerate(posts):
        text = "\n".join(body).strip()
        if not text:
            notes.append("skipped empty post at line %d" % (start + 1))
            continue
        comments.append({"author": first_author if k == 0 else None,
                         "text": text, "line": start + 1})
    return title, [], comments


# ---------------------------------------------------------------------------

def segment(path, stem, cfg):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\r" in raw:
        raise FormatError("unexpected CR line endings")
    lines = raw.split("\n")
    notes = []
    if cfg["format"] == "article":
        title, paras, comments = parse_article(lines, cfg, notes)
    elif cfg["format"] == "xenforo":
        title, paras, comments = parse_xenforo(lines, cfg, notes)
    else:
        raise FormatError("unknown format %r" % cfg["format"])

    annotate_comments(comments)

    items = []

    def add(kind, text, author=None, quoted=(), addressed_to=None):
        pos = len(items)
        items.append({
            "id": "seed%s-%s%03d" % (stem[:3], KIND_LETTER[kind], pos),
            "seed": stem,
            "kind": kind,
            "thread_title": title,
            "position": pos,
            "author": author,
            "text": text,
            "quoted": list(quoted),
            "addressed_to": addressed_to,
            "reply_hint": None,
        })
        return items[-1]

    if title is not None:
        add("article_title", title)
    seen = {}
    for lineno, p in paras:
        if p in seen:
            notes.append("skipped paragraph at line %d: exact duplicate of line %d (%r)"
                         % (lineno, seen[p], p[:60]))
            continue
        seen[p] = lineno
        add("article_paragraph", p)
    first_comment_pos = len(items)
    for c in comments:
        add("comment", c["text"], author=c["author"], quoted=c["quoted"],
            addressed_to=c["addressed_to"])
    for k, c in enumerate(comments):
        if c["_quote_sources"]:
            srcs = ["; ".join(items[first_comment_pos + s]["id"] for s in group)
                    for group in c["_quote_sources"]]
            notes.append("%s (line %d) quotes earlier post(s): %s" % (
                items[first_comment_pos + k]["id"], c["line"], ", ".join(srcs)))
    return items, notes


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds-dir", default=DEFAULT_SEEDS)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    files = sorted(f for f in os.listdir(args.seeds_dir) if f.endswith(".txt"))
    stems = [f[:-4] for f in files]
    if sorted(SEEDS) != stems:
        sys.exit("seed files %r do not match the configured seeds %r" % (stems, sorted(SEEDS)))

    all_items = []
    for stem in stems:
        try:
            items, notes = segment(os.path.join(args.seeds_dir, stem + ".txt"),
                                   stem, SEEDS[stem])
        except FormatError as e:
            sys.exit("%s: format error: %s" % (stem, e))
        all_items.extend(items)
        counts = Counter(it["kind"] for it in items)
        print("%s  title=%d paragraphs=%d comments=%d" % (
            stem, counts["article_title"], counts["article_paragraph"], counts["comment"]))
        for note in notes:
            print("    - " + note)

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for it in all_items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(all_items), args.out))


if __name__ == "__main__":
    main()
