#!/usr/bin/env python3
"""gen.py - writes random and mutated news articles for the property test.

Usage: gen.py CORPUS_DIR OUT_DIR [N] [SEED]

Deterministic for a given seed.  The articles mix real sentences from
CORPUS_DIR/*.txt with random bytes, shuffled punctuation, random
capitalized words, quotes and brackets, and unusual Unicode (right-to-left
and zero-width marks, emoji, combining accents, other scripts).  One file in
five is a JSON Lines file of several such articles.
"""
import glob
import json
import os
import random
import sys

ODD = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
       "\u202d", "\u202e", "\u2066", "\u2069", "\ufeff", "\u00a0", "\u2028", "\u2029",
       "\U0001F600", "\U0001F1FA\U0001F1F8", "\u0301", "\u0308", "\u05e9\u05dc\u05d5\u05dd",
       "\u0645\u0631\u062d\u0628\u0627", "\u4e2d\u56fd", "\u0416\u0443\u043a\u043e\u0432",
       "\ufffd", "\u00e9", "\u0130", "\u1e9e"]
PUNCT = list(".,;:!?-\u2014\u2013\"'()[]{}<>\u00ab\u00bb\u201c\u201d\u2018\u2019/\\|&#%*@$^~`")
TITLES = ["President", "Prime Minister", "Foreign Minister", "Chancellor", "King",
          "Secretary-General", "Defence Minister", "Emir", "Crown Prince"]
ORGS = ["NATO", "SCO", "BRICS", "the African Union", "ASEAN", "the CSTO", "the OSCE", "G20"]
CITIES = ["Berlin", "Astana", "Brussels", "Kazan", "Addis Ababa", "Jakarta", "Rio de Janeiro",
          "Minsk", "Dushanbe", "Manama", "Valletta"]


def sentences(corpus_dir):
    out = []
    for path in sorted(glob.glob(os.path.join(corpus_dir, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                for s in line.replace("\r", "").split(". "):
                    s = s.strip()
                    if len(s) > 20:
                        out.append(s.rstrip(".") + ".")
    return out


def rand_word(r):
    n = r.randint(2, 10)
    w = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))
    return w.capitalize() if r.random() < 0.7 else w


def rand_name(r):
    parts = [rand_word(r).capitalize() for _ in range(r.randint(1, 3))]
    if r.random() < 0.5:
        i = r.randrange(len(parts))
        parts[i] = parts[i][:2] + r.choice(ODD + PUNCT) + parts[i][2:]
    return " ".join(parts)


def synthetic(r):
    kind = r.randrange(4)
    who = "%s %s" % (r.choice(TITLES), rand_name(r))
    other = "%s %s" % (r.choice(TITLES), rand_name(r))
    city = r.choice(CITIES)
    if kind == 0:
        return "%s met %s in %s on %s." % (who, other, city, r.choice(["Monday", "Friday", "3 June 2024", "2023-11-02"]))
    if kind == 1:
        return "Leaders of %s gathered in %s; %s attended via video link." % (r.choice(ORGS), city, who)
    if kind == 2:
        return "%s, the %s of %s, said \"%s\" (%s)." % (rand_name(r), rand_word(r), r.choice(ORGS), rand_word(r), rand_word(r))
    return "%s skipped the %s summit in %s." % (who, r.choice(ORGS), city)


def mutate(r, text):
    ops = r.randint(1, 6)
    chars = list(text)
    for _ in range(ops):
        op = r.randrange(6)
        if not chars:
            chars = list(rand_word(r))
        i = r.randrange(len(chars))
        if op == 0:
            chars.insert(i, r.choice(ODD))
        elif op == 1:
            chars.insert(i, r.choice(PUNCT) * r.randint(1, 3))
        elif op == 2:
            chars[i] = r.choice(PUNCT)
        elif op == 3:
            chars.insert(i, " " + rand_name(r) + " ")
        elif op == 4:
            j = min(len(chars), i + r.randint(1, 40))
            del chars[i:j]
        else:
            chars.insert(i, r.choice(["\"", "'", "(", ")", "[", "]", "{", "}", "<", ">", "\u201c", "\u201d"]))
    return "".join(chars)


def article(r, pool):
    lines = []
    if r.random() < 0.6:
        lines.append(rand_name(r) + " " + rand_word(r) + " " + rand_word(r))
        lines.append("")
    if r.random() < 0.5:
        lines.append("%s, %s (%s) \u2014 " % (r.choice(CITIES).upper(), r.choice(["June 14", "28 November", "Sept. 3"]),
                                           r.choice(["Reuters", "AP", "BelTA", "AFP"])) + r.choice(pool))
    for _ in range(r.randint(1, 12)):
        s = r.choice(pool) if r.random() < 0.5 else synthetic(r)
        if r.random() < 0.5:
            s = mutate(r, s)
        lines.append(s)
    if r.random() < 0.3:
        r.shuffle(lines)
    text = "\n".join(lines) + "\n"
    return text


def raw(r, text):
    """Bytes of an article, sometimes damaged or re-encoded."""
    data = text.encode("utf-8")
    roll = r.random()
    if roll < 0.15:
        b = bytearray(data)
        for _ in range(r.randint(1, 8)):
            b.insert(r.randrange(len(b) + 1), r.choice([0x80, 0xC3, 0xE2, 0xF0, 0xFF, 0xFE, 0xC0, 0xED]))
        return bytes(b)
    if roll < 0.22:
        return b"\xff\xfe" + text.encode("utf-16-le")
    if roll < 0.27:
        return data.replace(b"\n", b"\r\n")
    if roll < 0.30:
        return bytes(r.randrange(1, 256) for _ in range(r.randint(1, 400)))
    return data


def main():
    corpus_dir, out_dir = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20240601
    r = random.Random(seed)
    pool = sentences(corpus_dir)
    os.makedirs(out_dir, exist_ok=True)
    for i in range(n):
        if i % 5 == 4:
            with open(os.path.join(out_dir, "p%03d.jsonl" % i), "w", encoding="utf-8") as f:
                for k in range(r.randint(1, 4)):
                    rec = {"id": "p%03d-%d%s" % (i, k, r.choice(["", "<&>", "\"x\"", " y"])),
                           "title": mutate(r, synthetic(r)), "text": article(r, pool)}
                    if r.random() < 0.5:
                        rec["date"] = r.choice(["2024-06-03", "2024-13-40", "yesterday", "2024-06-03T10:00:00Z"])
                    if r.random() < 0.3:
                        rec["url"] = "https://example.org/%s" % mutate(r, "a b\"c<d>")
                    f.write(json.dumps(rec, ensure_ascii=r.random() < 0.5) + "\n")
        else:
            with open(os.path.join(out_dir, "p%03d.txt" % i), "wb") as f:
                f.write(raw(r, article(r, pool)))


if __name__ == "__main__":
    main()
