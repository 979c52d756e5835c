#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# After `lupdate -pluralonly -locations none -no-obsolete -extensions cpp,h app models widgets
#   -ts translations/concurrency-lab_en.ts`: fills the new numerus messages with their English
#   singular and plural ("%n worker(s)" -> "%n worker" / "%n workers"). Check the result by eye.

import re, sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
def forms(src):
    many = re.sub(r'\((s|es)\)', r'\1', src)
    one = re.sub(r'\((s|es)\)', '', src)
    # plural-only sources ("%n matches", "%n tables contain"): the singular by hand
    for a, b in [('%n matches', '%n match'), ('%n tables contain', '%n table contains'), ('%n cores', '%n core'), ('%n runs', '%n run')]:
        one = one.replace(a, b)
    return one, many
def repl(m):
    src = m.group(1)
    one, many = forms(src.replace('&amp;', '&'))
    esc = lambda t: t.replace('&', '&amp;').replace('<', '&lt;')
    return (f'<message numerus="yes">\n        <source>{src}</source>\n        <translation>\n'
            f'            <numerusform>{esc(one)}</numerusform>\n            <numerusform>{esc(many)}</numerusform>\n        </translation>\n    </message>')
s = re.sub(r'<message numerus="yes">\s*<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>\s*</message>', repl, s, flags=re.S)
open(p, 'w', encoding='utf-8').write(s)
