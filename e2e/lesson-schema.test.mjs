// The lesson format's JSON Schema: every built-in lesson validates against
// it, and lessons the app rejects for their shape are rejected by it too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const dir = new URL('../lessons/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('lesson.schema.json', dir), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const builtins = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'lesson.schema.json');

test('there are built-in lessons to check', () => {
  assert.deepEqual(builtins.sort(), ['article.json', 'blocking.json', 'event-loop.json', 'exercises.json', 'failure.json', 'one-thread.json', 'own-supervisor.json', 'policies.json']);
});

for (const name of builtins) {
  test(`built-in lesson ${name} validates against the schema`, () => {
    const lesson = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    assert.ok(validate(lesson), JSON.stringify(validate.errors, null, 2));
  });
}

test('the schema rejects the shapes the app rejects', () => {
  const step = { text: 'Look.' };
  const bad = [
    {},
    { title: 'T', steps: [] },
    { title: '', steps: [step] },
    { title: 'T', steps: [{ ...step, at_event: -1 }] },
    { title: 'T', steps: [{ ...step, at_event: '12' }] },
    { title: 'T', steps: [{ ...step, focus: 'roof' }] },
    { title: 'T', steps: [{ ...step, question: { kind: 'guess' } }] },
    { title: 'T', steps: [{ ...step, question: { kind: 'break-waste', station: 0 } }] },
    { title: 'T', steps: [{ ...step, question: { kind: 'be-the-loop', decisions: 0 } }] },
    { title: 'T', steps: [{ ...step, question: { kind: 'be-the-loop', decisions: 21 } }] },
    { title: 'T', steps: [{ ...step, question: { kind: 'next-turn', confidence: 'yes' } }] },
    { title: 'T', steps: [{ ...step, question: { kind: 'next-turn', reason: 1 } }] },
    { title: 'T', steps: [{ text: 'x'.repeat(2001) }] },
    { title: 'T', steps: Array(51).fill(step) },
    { title: 'T', lang: '<script>', steps: [step] },
    { title: 'T', summary: 3, steps: [step] },
    { title: 'T', summary: '', steps: [step] },
    { title: 'T', summary: 'x'.repeat(2001), steps: [step] },
    { title: 'T', steps: [{ ...step, question: { kind: 'program-lost' } }] },
    { title: 'T', steps: [{ ...step, python: '' }] },
    { title: 'T', steps: [{ ...step, python: 'x'.repeat(12289) }] },
    { title: 'T', steps: [{ ...step, goal: 'loses-nothing' }] },
    { title: 'T', steps: [{ ...step, goal: { kind: 'faster' } }] },
    { title: 'T', steps: [{ ...step, goal: { kind: 'cooperates' } }] },
    { title: 'T', steps: [{ ...step, goal: { kind: 'makespan-below' } }] },
    { title: 'T', steps: [{ ...step, goal: { kind: 'makespan-below', seconds: 0 } }] },
    { title: 'T', steps: [{ ...step, python: 'async def supervise(depot):\n    pass\n', goal: { kind: 'makespan-below', seconds: 5 } }] },
  ];
  for (const lesson of bad) {
    assert.equal(validate(lesson), false, JSON.stringify(lesson).slice(0, 120));
  }
  assert.ok(validate({ title: 'T', extra: true, steps: [{ ...step, note: 'ignored' }] }), 'unknown fields are allowed');
  assert.ok(validate({ title: 'T', summary: 'Tasks take turns.', steps: [step] }), 'a key idea is allowed');
  const program = 'async def supervise(depot):\n    await first_completed(depot)\n';
  assert.ok(validate({ title: 'T', steps: [{ ...step, python: program, question: { kind: 'program-lost' } }] }),
    'a program-lost question about the step\'s program');
  assert.ok(validate({ title: 'T', steps: [{ ...step, python: program, goal: { kind: 'loses-nothing' } }] }),
    'a goal checked on the step\'s program');
  assert.ok(validate({ title: 'T', steps: [{ ...step, goal: { kind: 'makespan-below', seconds: 11 } }] }),
    'a goal checked on the run on screen');
});
