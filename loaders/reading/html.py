"""HTML files to their visible text, with BeautifulSoup.

Scripts, styles, navigation, forms and images are not content; headings, paragraphs, list items
and table rows each become one block (rows as "cell | cell"). The page's <title> is kept as a
fallback title. This module must not guess meaning.
"""
from __future__ import annotations

from loaders.read import normalise

HIDDEN = ("script", "style", "noscript", "template", "nav", "form", "button", "svg", "img",
          "iframe", "head")
BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "dt", "dd", "blockquote", "pre",
          "address", "figcaption", "caption")


def read_html(raw_text: str) -> tuple[str, str | None]:
    """(visible text with one block per paragraph, heading, list item or table row, <title>)."""
    from bs4 import BeautifulSoup, Comment
    soup = BeautifulSoup(raw_text, "html.parser")
    title_tag = soup.find("title")
    page_title = " ".join(title_tag.get_text(" ").split()) if title_tag else None
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    for tag in soup.find_all(HIDDEN):
        tag.decompose()
    body = soup.body or soup
    blocks: list[str] = []
    for el in body.find_all(BLOCKS + ("div", "section", "article", "td", "th", "br")):
        # only the innermost blocks: a <div> holding paragraphs is read through them
        if el.name == "br":
            continue
        if el.name != "li" and el.find(BLOCKS + ("div", "section", "article")):
            continue
        if el.find_parent(("li", "tr", "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre")) \
                and el.name not in ("li",):
            continue
        if el.name == "tr":
            cells = [" ".join(c.get_text(" ").split()) for c in el.find_all(("td", "th"))]
            text = " | ".join(cells) if any(cells) else ""
        elif el.name == "li":
            own = el.find_parent(("ul", "ol"))
            text = " ".join("".join(s for s in el.find_all(string=True)
                                    if s.find_parent(("ul", "ol")) is own).split())
        elif el.name == "pre":
            text = el.get_text().strip("\n")
        else:
            for br in el.find_all("br"):
                br.replace_with("\n")
            text = "\n".join(" ".join(line.split()) for line in el.get_text().split("\n"))
            text = "\n".join(line for line in text.split("\n") if line)
        if not text.strip():
            continue
        if el.name == "li":
            depth = len(el.find_parents(("ul", "ol"))) - 1
            parent = el.find_parent(("ul", "ol"))
            if parent is not None and parent.name == "ol":
                n = len(el.find_previous_siblings("li")) + int(parent.get("start", 1) or 1)
                text = f"{'  ' * depth}{n}. {text}"
            else:
                text = f"{'  ' * depth}- {text}"
        blocks.append(text)
    if not blocks:
        text = "\n".join(" ".join(line.split()) for line in body.get_text("\n").split("\n"))
        blocks = [line for line in text.split("\n") if line]
    return normalise("\n\n".join(blocks)), page_title
