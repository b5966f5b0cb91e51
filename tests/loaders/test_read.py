import pytest

from loaders.errors import SourceError
from loaders.read import fold_same_length, read_text

TEXT = "Informe de la reunión\n\nMéxico señala que «sí».\n"


def test_utf8_and_md(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(TEXT, encoding="utf-8")
    assert read_text(p) == TEXT


def test_bom_is_dropped(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert read_text(p) == TEXT


def test_crlf_becomes_lf(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert read_text(p) == TEXT


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encodings(tmp_path, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes((TEXT * 3).encode(encoding))
    assert "México señala" in read_text(p)


def test_cp1252_curly_quotes(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("La “Declaración” de Panamá – acuerdos".encode("cp1252"))
    assert "“Declaración”" in read_text(p)


@pytest.mark.parametrize("content,what", [
    (b"", "empty"), (b"  \n\r\n ", "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (bytes(range(256)) * 8, "binary"),
])
def test_refused(tmp_path, content, what):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(SourceError) as exc:
        read_text(p)
    msg = str(exc.value)
    assert msg.startswith(f"{p}:1: ") and "\n" not in msg     # the path as given
    assert what.lower() in msg.lower()


def test_fold_keeps_length():
    s = "Pro-Témpore MÉXICO ñandú Ü"
    assert len(fold_same_length(s)) == len(s) and fold_same_length(s) == "pro-tempore mexico nandu u"


def test_fifty_megabyte_file_is_refused_in_one_line(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.write(("Chile menciona que la CRM propone. " * 30).encode() + b"\n\n")
        fh.truncate(50 * 1000 * 1000)   # sparse: 50 MB on paper, instant to make
    with pytest.raises(SourceError) as exc:
        read_text(big)
    msg = str(exc.value)
    assert "huge.txt:1: the file is 50.0 MB" in msg and "\n" not in msg


def test_missing_file_and_folder_are_one_line(tmp_path):
    with pytest.raises(SourceError) as exc:
        read_text(tmp_path / "nope.txt")
    assert str(exc.value).endswith("nope.txt:1: no such file")
    with pytest.raises(SourceError) as exc:
        read_text(tmp_path)
    assert "is a folder" in str(exc.value)
