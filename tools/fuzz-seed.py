#!/usr/bin/env python3
"""Seeds the fuzz corpora (fuzz/corpus/<target>/) from the bundled examples and test data.

Run from the repository root: python3 tools/fuzz-seed.py
The corpora are not committed; the fuzzer grows them from these seeds.
"""
import io
import pathlib
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "assets" / "examples"
CORPUS = ROOT / "fuzz" / "corpus"
# Must match PACKED_PATHS in fuzz/src/lib.rs.
PACKED_PATHS = ["manifest.json", "i18n/en.json", "i18n/ru.json", "script.js", "style.css",
                "images/logo_main.png", "images/logo.png", "templates/settings.twig", "lib/helper.js"]


def seed(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def main():
    for example in sorted(p for p in EXAMPLES.iterdir() if p.is_dir()):
        files = sorted(p for p in example.rglob("*") if p.is_file())
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in files:
                archive.write(path, path.relative_to(example).as_posix())
        seed("bundle_zip", example.name + ".zip", buffer.getvalue())
        packed = []
        for rel in PACKED_PATHS:
            path = example / rel
            if not path.is_file():
                # The examples name their script and style differently; take the first of each kind.
                kind = pathlib.PurePosixPath(rel).suffix
                found = [p for p in files if p.suffix == kind and "i18n" not in p.parts]
                path = found[0] if found and rel in ("script.js", "style.css") else None
            packed.append(path.read_bytes() if path else b"")
        seed("full_check", example.name, b"\xff\x00".join(packed))
        for path in files:
            name = f"{example.name}-{path.relative_to(example).as_posix().replace('/', '-')}"
            target = {".json": "json_positions", ".js": "js_rules", ".css": "css_rules",
                      ".png": "image_header", ".jpg": "image_header", ".gif": "image_header"}.get(path.suffix)
            if target:
                seed(target, name, path.read_bytes())


if __name__ == "__main__":
    main()
