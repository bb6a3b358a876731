"""The subcommands: each a thin call into storage/ and demo/, printing what a clerk needs."""

from __future__ import annotations

import argparse
from pathlib import Path

from publish.outputs import merge_and_publish
from storage.errors import InputError
from storage.inputs import load_input
from storage.merge import input_problems
from storage.package import build_package, read_package
from storage.scorefile import read_score_file
from storage.workbook import read_workbook, write_template

OK, PROBLEMS = 0, 1


def demo(args: argparse.Namespace) -> int:
    from demo.builder import build_demo

    result = build_demo(args.folder)
    package = result.package
    print(f"demo event written to {result.folder}")
    print(f"  workbook  {result.workbook.name}")
    print(f"  materials {result.materials.name}/ ({len(package.materials)} files)")
    print(f"  package   {package.path.name}  code {package.code}")
    print(f"  scores    {result.scores.name}/ ({len(list(result.scores.iterdir()))} files)")
    print(f"next: python main.py merge {package.path} {result.scores} -o OUTDIR")
    return OK


def template(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() != ".xlsx":
        raise InputError("the template must be an .xlsx file", source=str(args.file))
    write_template(args.file)
    print(f"template written to {args.file}")
    return OK


def package(args: argparse.Namespace) -> int:
    event = read_workbook(args.workbook)
    info = build_package(event, args.materials, args.output)
    print(f"package written to {info.path}")
    print(f"  event     {event.name}")
    print(
        f"  projects  {len(event.projects)}, judges {len(event.judges)}, "
        f"materials {len(info.materials)}"
    )
    print(f"  code      {info.code}")
    if info.unmatched:
        print(f"not packaged ({len(info.unmatched)} files name no project code):")
        for name in info.unmatched:
            print(f"  - {name}")
    return OK


def merge(args: argparse.Namespace) -> int:
    pkg = read_package(args.package)
    for path in args.inputs:
        if not path.exists():
            raise InputError(
                "the file or folder does not exist", source=str(path), kind="not_found"
            )
    outcome, written = merge_and_publish(pkg, args.inputs, args.output)
    counted = [r for r in outcome.records if r.status == "counted"]
    paper = sum(1 for r in counted if r.kind == "paper")
    print(
        f"merged {len(counted)} inputs ({len(counted) - paper} score files, {paper} paper) "
        f"for {pkg.event.name}"
    )
    print(
        f"  projects ranked {sum(1 for p in outcome.ranking.projects if p.final is not None)}"
        f" of {len(pkg.event.projects)}"
    )
    print(f"  results digest  {outcome.results['results_digest']}")
    print(f"  written to      {', '.join(str(p) for p in written)}")
    if outcome.problems:
        print(f"problems ({len(outcome.problems)}):")
        for problem in outcome.problems:
            where = " ".join(x for x in (problem.judge, problem.project) if x)
            source = f" [{Path(problem.source).name}]" if problem.source else ""
            print(f"  - {problem.kind}: {where + ': ' if where else ''}{problem.message}{source}")
    return outcome.exit_code


def verify(args: argparse.Namespace) -> int:
    content = read_score_file(args.file)
    stored = content.meta.get("verification_code", "")
    code = content.verification_code()
    states = [s.state for s in content.sheets.values()]
    problems: list[str] = []
    if stored != code:
        problems.append(
            f"verification code mismatch: the file says {stored}, its content "
            f"gives {code}; the file was changed after export"
        )
    if args.package:
        pkg = read_package(args.package)
        item = load_input(args.file, pkg)
        problems += [
            f"{p.kind}: {p.project + ': ' if p.project else ''}{p.message}"
            for p in input_problems(item, pkg)
            if p.kind != "verification_mismatch"
        ]
    print(f"judge             {content.judge} {content.judge_name}")
    print(f"event             {content.event_id} (package code {content.package_code})")
    print(f"exported          {content.exported_at}, revision {content.revision}")
    print(
        f"projects          {len(content.sheets)}: {states.count('submitted')} submitted, "
        f"{states.count('draft')} draft"
    )
    print(f"scores            {sum(len(v) for v in content.scores.values())}")
    print(f"verification code {stored}")
    if problems:
        print(f"problems ({len(problems)}):")
        for line in problems:
            print(f"  - {line}")
        return PROBLEMS
    print("problems          none")
    return OK
