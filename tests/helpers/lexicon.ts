/**
 * A small lexicon written inside the tests, so that the classifier's mechanics (negation scope,
 * mode, attribution) are pinned independently of the built-in lexicons' content.
 */
import { CompiledLexicon } from '../../src/lexicon/compile.js';
import type { LexiconFile } from '../../src/lexicon/types.js';

export const TEST_LEXICON: LexiconFile = {
  concepts: [
    { id: 'self-interest', label: { fr: "l'opportunisme", en: 'self-interest' }, terms: { fr: ['opportunisme', 'par opportunisme', 'pour vendre', 'aspect commercial'], en: ['for the money', 'business decision'] } },
    { id: 'generosity', label: { fr: 'la générosité', en: 'generosity' }, terms: { fr: ['généreux', 'sans rien attendre en retour'], en: ['generous', 'give back'] } },
    { id: 'passion', label: { fr: 'la passion', en: 'passion' }, terms: { fr: ['passion', 'par passion'], en: ['passion', 'love it'] } },
    { id: 'values', label: { fr: 'les valeurs', en: 'values' }, terms: { fr: ['valeurs'], en: ['values'] } },
    { id: 'planning', label: { fr: 'la stratégie', en: 'planning' }, terms: { fr: ['stratégie'], en: ['strategy', 'plan'] } },
    { id: 'improvisation', label: { fr: "l'improvisation", en: 'improvisation' }, terms: { fr: ['improviser', 'improvisé'], en: ['improvise', 'wing it'] } },
    { id: 'advertising', label: { fr: 'la publicité', en: 'advertising' }, terms: { fr: ['publicité', 'promotion'], en: ['ads', 'promotion'] } },
    { id: 'quantity', label: { fr: 'la quantité', en: 'volume' }, terms: { fr: ['volume'], en: ['volume', { text: 'post less', stance: 'reject' }] } },
  ],
  oppositions: [
    { id: 'self-interest-vs-generosity', between: ['self-interest', 'generosity'], message: { fr: "L'opportunisme et la générosité s'excluent.", en: 'Opportunism and generosity exclude each other.' } },
    { id: 'self-interest-vs-passion', between: ['self-interest', 'passion'], message: { fr: "L'argent et la passion comme motifs s'excluent.", en: 'Money and passion as motives exclude each other.' } },
    { id: 'self-interest-vs-values', between: ['self-interest', 'values'], message: { fr: "L'opportunisme contredit les valeurs.", en: 'Opportunism contradicts values.' } },
    { id: 'planning-vs-improvisation', between: ['planning', 'improvisation'], message: { fr: "Stratégie et improvisation s'opposent.", en: 'Strategy and improvisation are opposed.' } },
  ],
};

export const testLexicon = (): CompiledLexicon => CompiledLexicon.compile([{ source: 'tests/helpers/lexicon.ts', data: TEST_LEXICON }]);
