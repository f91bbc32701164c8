#!/usr/bin/env python3
"""Makes the open stand-in fonts of the page preview (resources/fonts/*.woff2).

The official 公文 fonts (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312) are proprietary and not ours to
bundle; the preview falls back to these open fonts, cut down to the GB 2312 characters, ASCII and
Chinese punctuation so the installer stays small. Run on Debian with
  apt-get install fonts-noto-cjk fonts-arphic-ukai python3-fonttools python3-brotli
and commit the results; the app does not need Python.
"""
from datetime import date
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent.parent / 'resources' / 'fonts'
# (source collection, face number of the Simplified Chinese face, output name)
FONTS = [
    ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 2, 'noto-serif-sc-regular.woff2'),
    ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 2, 'noto-serif-sc-bold.woff2'),
    ('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 2, 'noto-sans-sc-regular.woff2'),
    ('/usr/share/fonts/truetype/arphic/ukai.ttc', 0, 'ar-pl-ukai-cn.woff2'),
]


def characters() -> str:
    """Every character of GB 2312, printable ASCII, and the Chinese marks reports use."""
    chars = {chr(code) for code in range(0x20, 0x7F)} | set('“”‘’—…、。，；：？！（）《》〔〕【】')
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return ''.join(sorted(chars))


def main() -> None:
    text = characters()
    options = subset.Options()
    options.flavor = 'woff2'
    options.layout_features = ['*']
    options.hinting = False
    options.name_IDs = ['*']
    for source, number, name in FONTS:
        font = TTFont(source, fontNumber=number)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        # The Arphic licence asks each modified file to say how and when it was changed.
        notice = f'Subset to GB 2312, ASCII and Chinese punctuation for the 法治年报助手 page preview, {date.today().isoformat()}.'
        font['name'].removeNames(nameID=10)
        font['name'].setName(notice, 10, 3, 1, 0x409)
        font.flavor = 'woff2'
        font.save(OUT / name)
        print(name, (OUT / name).stat().st_size)


if __name__ == '__main__':
    main()
