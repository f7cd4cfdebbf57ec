/** The lexicon's rules as reports describe them: oppositions, and a self-negation rule per concept. */
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { RuleInfo } from '../report/types.js';

export function describeRules(lexicon: CompiledLexicon): RuleInfo[] {
  const label = (id: string, lang: 'fr' | 'en') => {
    const l = lexicon.concepts.get(id)?.label;
    return l?.[lang] ?? l?.en ?? l?.fr ?? id;
  };
  const rules: RuleInfo[] = [];
  for (const o of lexicon.oppositions.values()) {
    const [a, b] = o.between;
    rules.push({
      id: o.id,
      kind: 'opposition',
      concepts: [a, b],
      name: { fr: `${label(a, 'fr')} ↔ ${label(b, 'fr')}`, en: `${label(a, 'en')} ↔ ${label(b, 'en')}` },
      description: { ...o.message },
    });
  }
  for (const c of lexicon.concepts.values()) {
    rules.push({
      id: `${c.id}-self-negation`,
      kind: 'self-negation',
      concepts: [c.id],
      name: { fr: `${label(c.id, 'fr')} : affirmé puis nié`, en: `${label(c.id, 'en')}: asserted and denied` },
      description: {
        fr: `Le même locuteur affirme puis nie ${label(c.id, 'fr')}.`,
        en: `The same speaker asserts and denies ${label(c.id, 'en')}.`,
      },
    });
  }
  return rules;
}
