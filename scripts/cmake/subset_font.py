"""Cuts a font down to the glyphs the UI uses and writes it with TrueType outlines.

    subset_font.py SOURCE OUTPUT UNICODES

Inter comes from Debian as CFF (.otf). stb_truetype, which Dear ImGui rasterises with,
interprets CFF charstrings far more slowly than TrueType's quadratic outlines, and the
atlas is built before the page's first frame: converting at build time (cubic to quadratic,
within 1/1000 em) makes that frame come sooner for a few KB more.
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable


def cut(font, unicodes):
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = [1, 2]
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "DSIG", "FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
    subsetter.subset(font)


def cff_to_truetype(font):
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    max_error = font["head"].unitsPerEm / 1000
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run anticlockwise, TrueType's clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, max_error, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():  # left side bearing = the outline's xMin in TrueType
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    font["post"].formatType = 3.0  # no glyph names: nothing here looks glyphs up by name
    font.sfntVersion = "\000\001\000\000"


def main():
    source, output, unicodes = sys.argv[1:4]
    font = TTFont(source)
    cut(font, unicodes)
    if "CFF " in font:
        cff_to_truetype(font)
    font.save(output)


if __name__ == "__main__":
    main()
