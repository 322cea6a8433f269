#!/usr/bin/env python3
"""Fails on any cycle between modules of the workspace's crates.

Reads every crate's `src/` (the root package and `crates/*`), maps each
file to its module path (`lib.rs` is the crate, `a/mod.rs` and `a.rs` are
`a`, `a/b.rs` is `a::b`), and collects the paths each module names:
`use crate::…`, `use super::…` (braced groups expanded) and `crate::…` or
`super::…` written in the code. Test modules (`#[cfg(test)] mod … { }`)
are left out: a test may reach anywhere.

A reference from module `a::b::x` to `a::c::y` is an edge between the
siblings `a::b` and `a::c` (the children of their nearest common
ancestor); a module using its own ancestor or descendant is no edge.
Every strongly connected group of two or more siblings is a cycle, printed
with the references that make it, and the script exits with 1.

    python3 scripts/module_graph.py            # check
    python3 scripts/module_graph.py --edges    # also print every edge
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def crates():
    """(name, src dir) of every crate of the workspace."""
    found = [("vaccination-lot", ROOT / "src")]
    for manifest in sorted((ROOT / "crates").glob("*/Cargo.toml")):
        found.append((manifest.parent.name, manifest.parent / "src"))
    return [(name, src) for name, src in found if src.is_dir()]


def module_of(src, path):
    """The module path of a file, as a tuple (() for the crate root)."""
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts in (["lib"], ["main"]):
        return ()
    if parts and parts[0] == "bin":
        return None
    if parts[-1] == "mod":
        parts = parts[:-1]
    return tuple(parts)


def strip_comments_and_strings(text):
    """The code with comments and string contents blanked (lines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        if text.startswith("/*", i):
            depth = 0
            while i < n:
                if text.startswith("/*", i):
                    depth += 1
                    i += 2
                elif text.startswith("*/", i):
                    depth -= 1
                    i += 2
                    if depth == 0:
                        break
                else:
                    if text[i] == "\n":
                        out.append("\n")
                    i += 1
            continue
        raw = re.match(r'r(#*)"', text[i:i + 10]) if c == "r" and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")) else None
        if raw:
            hashes = raw.group(1)
            end = text.find('"' + hashes, i + len(raw.group(0)))
            end = n if end < 0 else end + 1 + len(hashes)
            out.append('""' + "\n" * text.count("\n", i, end))
            i = end
            continue
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append('""' + "\n" * text.count("\n", i, j + 1))
            i = j + 1
            continue
        if c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:i + 4]):
            m = re.match(r"'(\\.|[^\\'])'", text[i:i + 4])
            out.append("' '")
            i += len(m.group(0))
            continue
        out.append(c)
        i += 1
    return "".join(out)


def without_test_modules(code):
    """`code` with every `#[cfg(test)] mod name { … }` blanked."""
    pattern = re.compile(r"#\[cfg\(test\)\]\s*(pub(\([^)]*\))?\s+)?mod\s+\w+\s*\{")
    while True:
        m = pattern.search(code)
        if not m:
            return code
        depth, j = 1, m.end()
        while j < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[j], 0)
            j += 1
        code = code[:m.start()] + "\n" * code.count("\n", m.start(), j) + code[j:]


def expand_use_tree(tree):
    """Paths of a use tree: `a::{b::c, d}` → [a::b::c, a::d]."""
    tree = tree.strip()
    brace = tree.find("{")
    if brace < 0:
        return [tree]
    prefix = tree[:brace]
    inner = tree[brace + 1:tree.rfind("}")]
    items, depth, start = [], 0, 0
    for k, ch in enumerate(inner):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(inner[start:k])
            start = k + 1
    items.append(inner[start:])
    paths = []
    for item in items:
        if item.strip():
            paths.extend(prefix + p for p in expand_use_tree(item))
    return paths


def references(code):
    """(line, path segments) of every crate-relative path in `code`."""
    found = []
    for m in re.finditer(r"\buse\s+((?:crate|super|self)\b[^;]*);", code):
        line = code.count("\n", 0, m.start()) + 1
        for path in expand_use_tree(re.sub(r"\s+", "", m.group(1))):
            path = re.sub(r"\bas\w+$", "", path)
            found.append((line, [s for s in path.split("::") if s]))
    uses = [(m.start(), m.end()) for m in re.finditer(r"\buse\s+[^;]*;", code)]
    for m in re.finditer(r"\b(?:crate|super)(?:::(?:super|\w+))+", code):
        if any(a <= m.start() < b for a, b in uses):
            continue
        line = code.count("\n", 0, m.start()) + 1
        found.append((line, m.group(0).split("::")))
    return found


def resolve(module, segments, modules):
    """The module a path from `module` names (its longest module prefix)."""
    if not segments:
        return None
    head, rest = segments[0], segments[1:]
    if head == "crate":
        base = ()
    elif head in ("super", "self"):
        base = module
        while segments and segments[0] in ("super", "self"):
            if segments[0] == "super":
                base = base[:-1]
            segments = segments[1:]
        rest = segments
    else:
        return None
    path = base
    for seg in rest:
        if path + (seg,) in modules:
            path = path + (seg,)
        else:
            break
    return path


def strongly_connected(nodes, edges):
    """Tarjan's strongly connected components."""
    index, low, on_stack, stack, result = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            result.append(group)

    sys.setrecursionlimit(10000)
    for v in nodes:
        if v not in index:
            visit(v)
    return result


def check_crate(name, src, show_edges):
    files = {}
    for path in sorted(src.rglob("*.rs")):
        module = module_of(src, path)
        if module is not None:
            files[module] = path
    modules = set(files)
    edges, why = {}, {}
    for module, path in files.items():
        code = without_test_modules(strip_comments_and_strings(path.read_text()))
        for line, segments in references(code):
            target = resolve(module, segments, modules)
            if target is None or target == module:
                continue
            common = 0
            while common < min(len(module), len(target)) and module[common] == target[common]:
                common += 1
            if common == len(module) or common == len(target):
                continue  # an ancestor or a descendant
            a, b = module[:common + 1], target[:common + 1]
            edges.setdefault(a, set()).add(b)
            why.setdefault((a, b), []).append(f"{path.relative_to(ROOT)}:{line} {'::'.join(segments)}")
    show = lambda m: "::".join(m) or "crate"
    if show_edges:
        for (a, b), refs in sorted(why.items()):
            print(f"{name}: {show(a)} -> {show(b)} ({len(refs)})")
    cycles = [g for g in strongly_connected(sorted(edges), edges) if len(g) > 1]
    for group in cycles:
        members = sorted(group)
        print(f"{name}: a cycle between {', '.join(show(m) for m in members)}")
        for a in members:
            for b in members:
                if (a, b) in why:
                    print(f"  {show(a)} -> {show(b)}: {why[(a, b)][0]}" + (f" (and {len(why[(a, b)]) - 1} more)" if len(why[(a, b)]) > 1 else ""))
    return len(cycles)


def main():
    show_edges = "--edges" in sys.argv
    total = sum(check_crate(name, src, show_edges) for name, src in crates())
    if total:
        print(f"{total} module cycle(s)")
        return 1
    print("module graph: no cycles in " + ", ".join(name for name, _ in crates()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
