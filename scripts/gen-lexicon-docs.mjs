#!/usr/bin/env node
/**
 * Generates docs/lexicons.md from lexicons/*.json (retext-equality's rules.md habit: the docs of
 * the rules come from the same data, so they cannot drift). `npm run docs:lexicons` writes the
 * file; tests/lexicon-docs.test.ts renders it in memory and fails when the file is stale.
 * Reads the JSON directly (no build needed); deterministic: files in name order, entries in file order.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const LEXICON_DIR = join(ROOT, 'lexicons');
export const DOCS_PATH = join(ROOT, 'docs', 'lexicons.md');

/** The built-in lexicon files: [{ file: 'motives.json', data }], in name order. */
export function readBuiltinLexicons(dir = LEXICON_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '')) }));
}

const LANGS = ['fr', 'en'];
const LANG_NAMES = { fr: 'French', en: 'English' };

/** Inline code that survives any content (backticks inside, pipes in tables). */
function code(text) {
  const s = String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const ticks = s.includes('`') ? '``' : '`';
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${s}${pad}${ticks}`;
}

/** Plain text in Markdown: no HTML, no emphasis or links made by accident, one line. */
function plain(text) {
  return String(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function termText(term) {
  if (typeof term === 'string') return code(term);
  const flags = [term.stance === 'reject' ? 'reject' : null, term.exact ? 'exact' : null].filter(Boolean);
  return `${code(term.text)}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

function localized(text) {
  return LANGS.filter((l) => text?.[l]).map((l) => `${l}: ${plain(text[l])}`);
}

const GUIDE = `## Your own lexicons

A lexicon is a JSON file in the format of [\`lexicons/schema.json\`](../lexicons/schema.json). Start
it with \`"$schema"\` so that your editor checks it while you type:

\`\`\`json
{
  "$schema": "./node_modules/dissonance/lexicons/schema.json",
  "name": "my-team",
  "concepts": [
    {
      "id": "meetings",
      "label": { "fr": "les réunions", "en": "meetings" },
      "terms": { "fr": ["réunion", "point d'équipe"], "en": ["meeting", "stand-up", { "text": "no meetings", "stance": "reject" }] }
    },
    { "id": "generosity", "terms": { "fr": ["coup de main gratuit"] } }
  ],
  "oppositions": [
    {
      "id": "meetings-vs-focus",
      "between": ["meetings", "focus"],
      "message": { "fr": "Multiplier les réunions contredit le conseil de se concentrer.", "en": "Many meetings contradict the advice to focus." }
    }
  ],
  "examples": [
    { "lang": "en", "text": "We hold a meeting every morning.", "expect": [{ "concept": "meetings", "stance": "endorse", "mode": "practice" }] }
  ],
  "disable": ["transparency-vs-secrecy"]
}
\`\`\`

Use it with \`dissonance --lexicon my-team.json talk.txt\` (repeatable), or list it under \`"lexicons"\`
in \`.dissonancerc.json\`. \`--no-builtin-lexicons\` leaves the built-in lexicons below out.

How your files merge with the built-in ones (and with each other):

- **A new concept** is an entry with a new \`id\` and a \`label\`.
- **More terms for an existing concept** (built-in or from another file): an entry with that concept's
  \`id\` and only \`terms\`, no \`label\` (like \`generosity\` above). A \`label\` with an existing id is a
  duplicate, an error.
- **Oppositions** may join any loaded concepts, yours or built-in ones. Their \`id\` is the \`ruleId\` of
  the findings. A speaker who endorses both concepts contradicts herself; with \`"complementary": true\`
  the two are the two sides of one choice (charging or working for free), and rejecting both is a
  contradiction too ("never work for free" and "six logos without charging a penny"). Leave it out
  when one may reject both sides honestly (money and passion as motives). With \`"includes": true\` the
  first concept includes the second (self-interest includes profit): endorsing both is no
  contradiction, but rejecting the first and endorsing the second is ("on n'est pas là pour vendre"
  and "c'est sur le chêne que je fais ma marge").
- **\`disable\`** switches off concepts and oppositions of those ids defined in *other* files, with their
  terms and the oppositions and examples that name them. Your file may then define its own entry with
  the same id, to replace it. Ids that no loaded file defines are ignored.
- **Terms** are literal words and expressions, never regular expressions: they are split into words
  the way transcripts are (punctuation only separates words, case does not matter) and a word also
  matches its inflections unless \`"exact": true\`. A term may appear once per language across all loaded
  files; \`"stance": "reject"\` marks an expression that itself denies its concept.
- **Examples** are sentences with the mentions they must yield; the built-in ones are run as tests.

Check files with \`dissonance lexicons validate FILE...\`: every file is checked, against the schema
and together with the built-in lexicons (so duplicates and unknown concepts are found); a problem is
one line naming the file and the JSON pointer of the bad value, e.g.
\`my-team.json#/concepts/0/terms/en/2: must be a string or an object (got 3)\`, or \`file:line:column\`
for invalid JSON. \`dissonance lexicons list\` and \`dissonance lexicons show ID\` show what is loaded.
`;

/** The Markdown of docs/lexicons.md for these lexicon files. */
export function renderLexiconDocs(files = readBuiltinLexicons()) {
  const concepts = new Map();
  const oppositions = [];
  const examples = [];
  for (const { file, data } of files) {
    for (const c of data.concepts ?? []) {
      const entry = concepts.get(c.id) ?? { id: c.id, file, label: {}, description: undefined, terms: { fr: [], en: [] } };
      if (c.label) Object.assign(entry, { label: c.label, description: c.description, file });
      for (const l of LANGS) entry.terms[l].push(...(c.terms?.[l] ?? []));
      concepts.set(c.id, entry);
    }
    for (const o of data.oppositions ?? []) oppositions.push({ ...o, file });
    for (const e of data.examples ?? []) examples.push({ ...e, file });
  }
  const count = (l) => [...concepts.values()].reduce((n, c) => n + c.terms[l].length, 0);

  const out = [
    '# Lexicons',
    '',
    '<!-- Generated by scripts/gen-lexicon-docs.mjs from lexicons/*.json. Do not edit: run `npm run docs:lexicons`. -->',
    '',
    'What `dissonance` knows: **concepts** (ideas a speaker endorses or rejects, with the words that name',
    'them in French and English), **oppositions** (two concepts one speaker cannot both endorse: each is a',
    'rule, its id is the `ruleId` of findings) and **examples** (sentences with the stance they must get,',
    'run as tests). A speaker who asserts and denies the same concept is reported too (self-negation).',
    '',
    `Built in: ${oppositions.length} oppositions, ${concepts.size} concepts, ${count('fr')} French and ${count('en')} English terms, ` +
      `${examples.length} examples, in ${files.map((f) => `[\`lexicons/${f.file}\`](../lexicons/${f.file})`).join(', ') || 'no file'}.`,
    '',
    GUIDE,
    '## Built-in lexicons',
    '',
  ];
  for (const { file, data } of files) {
    out.push(`- [\`${file}\`](../lexicons/${file})${data.name ? ` (${plain(data.name)})` : ''}${data.description ? `: ${plain(data.description)}` : ''}`);
  }
  out.push('', '## Oppositions', '', 'Complementary: rejecting both sides is also a contradiction. Includes: the first concept includes the second, and only rejecting the first while endorsing the second is a contradiction.', '', '| Rule id | Between | Complementary | Message |', '| --- | --- | --- | --- |');
  for (const o of oppositions) {
    const between = o.between.map((c) => `[${code(c)}](#${anchor(c)})`).join(' ↔ ');
    out.push(`| ${code(o.id)} | ${between} | ${o.complementary ? 'yes' : o.includes ? 'includes' : ''} | ${localized(o.message).join('<br>')} |`);
  }
  out.push('', '## Concepts', '');
  for (const c of concepts.values()) {
    out.push(`### ${c.id}`, '');
    const labels = localized(c.label);
    if (labels.length) out.push(`Label: ${labels.join('; ')}.`, '');
    if (c.description) {
      for (const line of localized(c.description)) out.push(`- ${line}`);
      out.push('');
    }
    const opposed = oppositions
      .filter((o) => o.between.includes(c.id))
      .map((o) => {
        const other = o.between[0] === c.id ? o.between[1] : o.between[0];
        return `[${code(other)}](#${anchor(other)}) (${code(o.id)})`;
      });
    out.push(`Opposed to: ${opposed.length ? opposed.join(', ') : 'nothing (self-negation only)'}. Defined in \`lexicons/${c.file}\`.`, '');
    for (const l of LANGS) {
      const terms = c.terms[l];
      out.push(`**${LANG_NAMES[l]} terms (${terms.length})**: ${terms.length ? terms.map(termText).join(', ') : '(none)'}`, '');
    }
    const mine = examples.filter((e) => e.expect.some((x) => x.concept === c.id));
    if (mine.length) {
      out.push('Examples:', '');
      for (const e of mine) {
        const expect = e.expect.map((x) => `${x.concept} ${x.stance}${x.mode ? ` (${x.mode})` : ''}`).join(', ');
        out.push(`- ${e.lang}: “${plain(e.text)}” → ${expect}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** GitHub's heading anchors for our kebab-case ids: the id itself. */
function anchor(id) {
  return id;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DOCS_PATH, renderLexiconDocs());
  process.stdout.write(`wrote ${DOCS_PATH}\n`);
}
