#!/usr/bin/env bash
# subset-fonts.sh — regenerate the subset fonts the game draws with
# (assets/fonts/*.subset.ttf) from the full fonts beside them.
#
#   scripts/subset-fonts.sh
#
# The full fonts (DejaVu Sans in two weights, Symbola for emoji and symbols)
# are 4.6 MB, most of it glyphs the product never shows; every trainee's
# browser would download them. The subsets keep:
#   - every character of the texts the product draws: the scenarios
#     (scenarios/builtin), the window's message catalogues (assets/i18n), the rubric's
#     explanations and tips (scoring/rubric.toml), the crowd's lines
#     (game/crowd/pools_*.txt) and the window's own strings (game/**/*.go);
#   - what Dutch and English typing needs without a fallback: ASCII, Latin-1,
#     Latin Extended-A, general punctuation, the euro and trade marks, and the
#     replacement character;
#   - the layout tables (kerning, Arabic joining), the .notdef box, no hinting
#     (Ebiten's rasteriser does not use it).
# A character outside the subset is drawn with the full font, loaded when it
# first appears (game/fonts.go). game/fonts_test.go fails when a text the
# product draws has a character the subsets lack: run this script then.
#
# Needs fontTools (Debian: python3-fonttools). Only for regenerating: the
# subsets are committed, building and testing do not need it.
set -euo pipefail
cd "$(dirname "$0")/.."
py=/usr/bin/python3
[[ -x $py ]] || py=python3
if ! "$py" -c 'import fontTools' 2>/dev/null; then
  echo "subset-fonts: fontTools is missing (Debian: apt-get install python3-fonttools)" >&2
  exit 2
fi
"$py" - <<'PY'
import glob, os
from fontTools import subset
from fontTools.ttLib import TTFont

# The window's catalogue files only (the languages' own and the round's,
# session.*): the studio's, the control room's and the HTML player's words
# are drawn by a browser with the system's fonts (game/ui/fonts_test.go reads
# the same files).
sources = (sorted(glob.glob('scenarios/builtin/*.toml')) + sorted(glob.glob('assets/i18n/??.toml'))
           + sorted(glob.glob('assets/i18n/session.*.toml'))
           + ['scoring/rubric.toml'] + sorted(glob.glob('game/crowd/pools_*.txt'))
           + sorted(f for f in glob.glob('game/**/*.go', recursive=True) if not f.endswith('_test.go')))
used = set()
for f in sources:
    with open(f, encoding='utf-8') as fh:
        used |= {ord(c) for c in fh.read() if c >= ' '}
typing = set(range(0x20, 0x7f)) | set(range(0xa0, 0x180)) | set(range(0x2010, 0x2028)) \
    | set(range(0x2030, 0x205f)) | {0x20ac, 0x2122, 0xfffd}
wanted = used | typing

for name in ['DejaVuSans', 'DejaVuSans-Bold', 'Symbola']:
    full = f'assets/fonts/{name}.ttf'
    out = f'assets/fonts/{name}.subset.ttf'
    cmap = TTFont(full).getBestCmap()
    keep = sorted(u for u in wanted if u in cmap)
    if name == 'Symbola':
        # Symbola is the fallback for what DejaVu lacks: only those.
        dejavu = TTFont('assets/fonts/DejaVuSans.ttf').getBestCmap()
        keep = [u for u in keep if u not in dejavu]
    opts = subset.Options()
    opts.layout_features = ['*']
    opts.hinting = False
    opts.notdef_outline = True
    opts.name_IDs = ['*']
    opts.name_languages = ['*']
    font = subset.load_font(full, opts)
    s = subset.Subsetter(opts)
    s.populate(unicodes=keep)
    s.subset(font)
    font.recalcTimestamp = False  # the same input gives the same bytes
    subset.save_font(font, out, opts)
    print(f'{out}: {len(keep)} characters, {os.path.getsize(full)} -> {os.path.getsize(out)} bytes')
PY
