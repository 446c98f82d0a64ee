"""The map of a session: actors -> effects -> values -> handling options.

``columns`` says what is shown; ``svg`` draws it as a light SVG for the web page (no matplotlib,
nothing fetched), ``png`` as a picture for the session brief.
"""

from assistant.picture.columns import MAX_ROWS, Box, columns, shorten, title_lines
from assistant.picture.png import png_size, render_map, render_map_svg
from assistant.picture.svg import map_svg

__all__ = [
    "MAX_ROWS",
    "Box",
    "columns",
    "map_svg",
    "png_size",
    "render_map",
    "render_map_svg",
    "shorten",
    "title_lines",
]
