#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
"""Validates a Web Annotation document against the W3C test suite's JSON schemas.

usage: validate_web_annotation.py ANNOTATION_MODEL_DIR FILE

FILE holds an Annotation, an AnnotationPage or an AnnotationCollection (with its
pages embedded or in "@included"). The collection is checked with
collections/collectionMusts.test, every page with collections/pages/pageMusts.test
and every annotation with annotations/annotationMusts.test. Pages and annotations
inside a collection inherit its @context; they get it for the check, as a consumer
serving each on its own would give it. The assertion schemas refer to the
definitions by bare file name, so definitions/*.json are preloaded under those names.
Exit status 0 when every assertion has its expected result, 1 otherwise.
"""
import json
import pathlib
import sys

from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4


def load(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def main(model_dir, document_path):
    model = pathlib.Path(model_dir)
    registry = Registry().with_resources(
        (definition.name, Resource(contents=load(definition), specification=DRAFT4))
        for definition in sorted((model / "definitions").glob("*.json")))

    def assertions(test_file):
        return [(name, load(model / name)) for name in load(model / test_file)["assertions"]]

    suites = {
        "AnnotationCollection": assertions("collections/collectionMusts.test"),
        "AnnotationPage": assertions("collections/pages/pageMusts.test"),
        "Annotation": assertions("annotations/annotationMusts.test"),
    }
    document = load(document_path)
    context = document.get("@context")
    failures = []
    checked = 0

    def check(kind, node, where):
        nonlocal checked
        node = dict(node)
        node.setdefault("@context", context)
        for name, schema in suites[kind]:
            validator = Draft4Validator(schema, registry=registry, format_checker=Draft4Validator.FORMAT_CHECKER)
            valid = validator.is_valid(node)
            expected = schema.get("expectedResult", "valid") == "valid"
            checked += 1
            if valid != expected:
                failures.append(f"{where}: {name}: {schema.get('errorMessage', 'failed')}")

    def check_page(page, where):
        check("AnnotationPage", page, where)
        for index, item in enumerate(page.get("items", []), start=1):
            check("Annotation", item, f"{where}, annotation {index}")

    kind = document.get("type")
    if kind == "AnnotationCollection":
        check("AnnotationCollection", {k: v for k, v in document.items() if k != "@included"}, "collection")
        pages = [document["first"]] if isinstance(document.get("first"), dict) else []
        pages += document.get("@included", [])
        for number, page in enumerate(pages, start=1):
            check_page(page, f"page {number}")
    elif kind == "AnnotationPage":
        check_page(document, "page")
    else:
        check("Annotation", document, "annotation")

    for failure in failures:
        print(failure)
    print(f"{document_path}: {checked} assertions checked, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
